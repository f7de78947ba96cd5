import { createHash } from 'node:crypto';

// Topic slugs must be lowercase ASCII letters, digits and hyphens (the API's slug rule). Cyrillic is
// transliterated (the agency's own feeds are Russian too); other scripts get a stable hashed slug.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
};

/** Longest slug produced (the API accepts up to 100 characters). */
export const MAX_SLUG_LENGTH = 80;

/** The topic slug of a category name ("World Cup 2018" → "world-cup-2018", "Экономика" → "ekonomika"). */
export function topicSlug(name: string): string {
  const latin = name
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = latin
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  if (slug !== '') return slug;
  return `topic-${createHash('sha256').update(name.trim().toLowerCase()).digest('hex').slice(0, 12)}`;
}
