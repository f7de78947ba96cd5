/**
 * `text` cut to at most `max` characters: at the end of a sentence when one ends in the second half,
 * else at a word boundary with an ellipsis. Text within the limit is returned unchanged.
 */
export function cutText(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const sentenceEnds = [...head.matchAll(/[.!?…]["'»”’)]*(?=\s)/g)].map((m) => m.index + m[0].length);
  const sentence = sentenceEnds.filter((i) => i >= head.length / 2).at(-1);
  if (sentence !== undefined) return head.slice(0, sentence);
  const room = chars.slice(0, max - 1).join('');
  const space = room.search(/\s\S*$/);
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}
