import { useQuery } from '@tanstack/react-query';
import { feedUpdatesQuery } from '../../api/queries';
import type { SectionSlug } from '../../contract/sections';

interface NewStoriesButtonProps {
  sections: readonly SectionSlug[] | null;
  /** The newest story the reader has; nothing is checked until there is one. */
  newestId: number | undefined;
  onShow: () => void;
}

/**
 * "3 new stories": checks every minute and when the tab regains focus (only this button re-renders
 * on each check, never the feed), and stays in view at the top while the reader scrolls.
 */
export function NewStoriesButton({ sections, newestId, onShow }: NewStoriesButtonProps) {
  const updates = useQuery({ ...feedUpdatesQuery(sections, newestId ?? 0), enabled: newestId !== undefined });
  const count = updates.data?.count ?? 0;
  if (count === 0) return null;
  return (
    <div className="new-stories">
      <button type="button" className="new-stories-button" onClick={onShow}>
        {count === 1 ? '1 new story' : `${String(count)} new stories`}
      </button>
    </div>
  );
}
