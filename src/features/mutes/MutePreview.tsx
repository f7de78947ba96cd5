import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { getJsonCopy } from '../../api/client';
import { copyOf } from '../../api/queries';
import { FeedPage } from '../../contract/schemas';
import { storyCount } from '../../lib/formatCount';
import { muteName, muteTest, type Mute } from '../../lib/mutes';
import './mutes.css';

/** How many of the newest stories a preview looks at. */
export const PREVIEW_STORIES = 100;

/** The newest 100 stories, for previews (possibly the copy kept on this device). */
const newestQuery = queryOptions({
  queryKey: ['feed-newest', PREVIEW_STORIES],
  queryFn: ({ signal }) => copyOf(getJsonCopy(`/api/feed?limit=${String(PREVIEW_STORIES)}`, FeedPage, signal)),
  staleTime: 60_000,
});

/** What a mute would hide, before it is saved: how many of the newest 100 stories, and which. */
export function MuteImpact({ mute }: { mute: Mute }) {
  const newest = useQuery(newestQuery);
  const test = useMemo(() => muteTest([mute]), [mute]);
  const hidden = useMemo(() => newest.data?.items.filter(test), [newest.data, test]);
  const name = muteName(mute);
  return (
    <div className="mute-impact">
      <p role="status">
        {newest.isPending
          ? 'Looking through the newest stories…'
          : hidden === undefined
            ? `There is no preview: the newest stories could not be loaded${navigator.onLine ? '' : ' offline'}. You can mute ${name} all the same.`
            : hidden.length === 0
              ? `Muting ${name} would hide none of the newest ${storyCount(newest.data?.items.length ?? 0)}.`
              : `Muting ${name} would hide ${String(hidden.length)} of the newest ${storyCount(newest.data?.items.length ?? 0)}:`}
      </p>
      {hidden !== undefined && hidden.length > 0 && (
        <ul className="mute-impact-list">
          {hidden.map((story) => (
            <li key={story.id}>
              <Link to={story.url}>{story.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface MutePreviewProps {
  id: string;
  mute: Mute;
  /** Mute it (the reader confirmed). */
  onMute: () => void;
  onCancel: () => void;
}

/** The preview of a mute with its confirmation: "Mute <name>" or Cancel. */
export function MutePreview({ id, mute, onMute, onCancel }: MutePreviewProps) {
  const name = muteName(mute);
  return (
    <div id={id} className="mute-preview" role="group" aria-label={`Mute ${name}?`}>
      <MuteImpact mute={mute} />
      <p className="mute-actions">
        <button type="button" className="button button-small" onClick={onMute}>
          {`Mute ${name}`}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}
