import { markRead, useReadMarks } from '../../lib/readMarks';

interface MarkAllReadProps {
  stories: readonly { id: number }[];
  /** Says what happened (for the feed's live region). */
  onDone: (message: string) => void;
}

/** "Mark all as read": every story loaded in the list, at once (shown while some are unread). */
export function MarkAllRead({ stories, onDone }: MarkAllReadProps) {
  const marks = useReadMarks();
  const unread = stories.filter((story) => !marks.has(story.id));
  if (unread.length === 0) return null;
  return (
    <p className="mark-all-read needs-script">
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          const stored = markRead(unread);
          onDone(`${String(unread.length)} ${unread.length === 1 ? 'story' : 'stories'} marked as read${stored ? '' : ' for this visit (this browser would not store it)'}.`);
        }}
      >
        Mark all as read
      </button>
    </p>
  );
}
