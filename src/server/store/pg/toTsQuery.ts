import { searchWords } from '../ftsQuery';

/**
 * The PostgreSQL twin of toFtsQuery: text for `to_tsquery('newswire', …)` (english stemming, see pgMigrations) that cannot be a syntax
 * error. Each word is a quoted lexeme (so punctuation inside it makes a phrase, never an operator),
 * all must match (&), and the last is also a prefix (:*). Null when nothing is searchable.
 *
 * Example: `oil "price` → `'oil' & '"price':*`
 */
export function toTsQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map((w, i) => `'${w.replaceAll('\\', '\\\\').replaceAll("'", "''")}'${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}
