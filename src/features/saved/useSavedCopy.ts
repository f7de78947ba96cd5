import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { Article } from '../../contract/schemas';
import { savedArticleQuery } from './savedQueries';

/** A saved article ready to show: its kept photo as a blob: URL (no network needed), and when it was saved. */
export type SavedCopy = Article & { savedAt: string };

/**
 * The copy of article `id` saved on this device, looked up only when `enabled` (the network failed);
 * undefined while looking, null when there is none.
 */
export function useSavedCopy(id: number, enabled: boolean): SavedCopy | null | undefined {
  const saved = useQuery({ ...savedArticleQuery(id), enabled });
  const record = saved.data;
  const photoUrl = useMemo(() => (record?.photo == null ? null : URL.createObjectURL(record.photo)), [record]);
  useEffect(() => () => {
    if (photoUrl !== null) URL.revokeObjectURL(photoUrl);
  }, [photoUrl]);

  if (!enabled || saved.isPending) return undefined;
  if (saved.isError || record == null) return null;
  const { article } = record;
  // Without its kept photo a saved article is shown without one, rather than with a picture that cannot load offline.
  const image = article.image === undefined || photoUrl === null ? undefined : { ...article.image, src: photoUrl, srcset: undefined };
  return { ...article, image, savedAt: record.savedAt };
}
