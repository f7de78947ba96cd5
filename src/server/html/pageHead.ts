import type { ArticleSummary } from '../../contract/schemas';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML attribute value or element text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** What a page's <head> says about it to browsers, search engines and link previews. */
export interface PageHead {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** Absolute image URL for previews. */
  image?: string;
  article?: Pick<ArticleSummary, 'publishedAt' | 'section'>;
}

/**
 * The <head> tags of a page for link previews: canonical link, Open Graph and Twitter card, all escaped
 * (the page's own components render its <title> and description).
 */
export function previewTags(head: PageHead): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const tags = [
    `<link rel="canonical" href="${escapeHtml(head.url)}" />`,
    meta('property', 'og:site_name', 'Newswire'),
    meta('property', 'og:type', head.article === undefined ? 'website' : 'article'),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', head.url),
    meta('name', 'twitter:card', head.image === undefined ? 'summary' : 'summary_large_image'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
  ];
  if (head.image !== undefined) tags.push(meta('property', 'og:image', head.image), meta('name', 'twitter:image', head.image));
  if (head.article !== undefined) {
    tags.push(meta('property', 'article:published_time', head.article.publishedAt), meta('property', 'article:section', head.article.section));
  }
  return tags.join('\n    ');
}
