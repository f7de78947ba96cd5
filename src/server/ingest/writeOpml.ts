import { SECTIONS } from '../../contract/sections';
import type { FeedSource } from './sourcesFile';

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}

// What readers show for a feed that has no title of its own in the sources file: host and path.
function feedName(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname === '/' ? '' : parsed.pathname}`;
}

/**
 * The sources as OPML 2.0: one folder per section (named by its title, which readOpml maps back),
 * each feed an `rss` outline whose `category` is its section; Newswire's own settings travel in
 * `newswire…` attributes (other readers ignore attributes they do not know), so an export imports
 * back to the same sources.
 */
export function writeOpml(sources: readonly FeedSource[], now: Date): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', '  <head>', '    <title>Newswire sources</title>', `    <dateCreated>${now.toUTCString()}</dateCreated>`, '  </head>', '  <body>'];
  for (const section of SECTIONS) {
    const feeds = sources.filter((s) => s.section === section.slug);
    if (feeds.length === 0) continue;
    out.push(`    <outline text="${attr(section.title)}">`);
    for (const feed of feeds) {
      const rules = Object.entries(feed.categories).map(([category, target]) => `${category.replace(/[;=]/g, ' ')}=${target}`).join('; ');
      const name = attr(feedName(feed.url));
      out.push(
        `      <outline type="rss" text="${name}" title="${name}" xmlUrl="${attr(feed.url)}" category="/${section.slug}" newswireSection="${section.slug}"` +
          ` newswireIntervalMinutes="${String(feed.intervalMinutes)}" newswireFullText="${String(feed.fullText)}"${rules === '' ? '' : ` newswireCategories="${attr(rules)}"`}/>`,
      );
    }
    out.push('    </outline>');
  }
  out.push('  </body>', '</opml>', '');
  return out.join('\n');
}
