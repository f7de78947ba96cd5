import type { Mutable } from '../lib/mutes';
import { useMutes } from '../lib/muteLoader';
import { useReadMarks } from '../lib/readMarks';

/** One mark after a title: seen, and heard as part of the link's name ("Title, Read"). */
function Mark({ text }: { text: string }) {
  return (
    <>
      <span className="read-mark-comma">, </span>
      <span className="read-mark">{text}</span>
    </>
  );
}

/**
 * The marks after a story's title, inside its link: "Read" when the reader opened it on this device,
 * "Muted" when one of the reader's mutes would hide it (where it is shown all the same: search, a
 * list the reader asked to show in full).
 */
export function StoryMarks({ story }: { story: Mutable & { id: number } }) {
  const read = useReadMarks().has(story.id);
  const muted = useMutes().test(story);
  return (
    <>
      {read && <Mark text="Read" />}
      {muted && <Mark text="Muted" />}
    </>
  );
}
