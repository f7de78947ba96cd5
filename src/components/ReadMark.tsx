import { useReadMarks } from '../lib/readMarks';

/**
 * "Read" after a story's title, inside its link, when the reader opened it on this device: seen,
 * and heard as part of the link's name ("Title, Read").
 */
export function ReadMark({ id }: { id: number }) {
  if (!useReadMarks().has(id)) return null;
  return (
    <>
      <span className="read-mark-comma">, </span>
      <span className="read-mark">Read</span>
    </>
  );
}
