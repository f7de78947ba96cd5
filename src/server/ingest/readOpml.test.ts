import { describe, expect, it } from 'vitest';
import { OpmlError, readOpml } from './readOpml';
import { sectionForName } from './opmlSections';
import type { FeedSource } from './sourcesFile';
import { writeOpml } from './writeOpml';

// An export as other readers write it (folders, categories, a duplicate, a plain-text outline, a comment).
const READER_EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My feeds</title></head>
  <body>
    <!-- <outline xmlUrl="https://commented.example/rss"/> -->
    <outline text="Business">
      <outline type="rss" text="Markets" xmlUrl="https://markets.example/rss"/>
      <outline text="Deep">
        <outline type="rss" text="Space news" xmlUrl="https://space.example/feed" category="/Science/Space"/>
      </outline>
    </outline>
    <outline type="rss" text="Sport daily" xmlUrl="https://sport.example/atom" category="/News/Sport,/Local"/>
    <outline type="rss" text="Unfiled" xmlUrl="https://unfiled.example/rss?a=1&amp;b=2"/>
    <outline text="Just a note"/>
    <outline text="Elsewhere"><outline type="rss" text="Markets again" xmlUrl="https://markets.example/rss"/></outline>
  </body>
</opml>
`;

const opml = (body: string) => `<?xml version="1.0"?>\n<opml version="2.0">\n<head/>\n<body>\n${body}\n</body>\n</opml>\n`;
const error = (text: string) => {
  try {
    readOpml(text, 'feeds.opml');
  } catch (e) {
    if (e instanceof OpmlError) return e.message;
    throw e;
  }
  throw new Error('no error');
};

describe('readOpml', () => {
  it('reads every feed outline at any depth, sections from category, then folders, else world', () => {
    expect(readOpml(READER_EXPORT, 'x.opml')).toEqual([
      { url: 'https://markets.example/rss', section: 'economy', categories: {}, intervalMinutes: 30, fullText: false },
      { url: 'https://space.example/feed', section: 'science', categories: {}, intervalMinutes: 30, fullText: false },
      { url: 'https://sport.example/atom', section: 'sports', categories: {}, intervalMinutes: 30, fullText: false },
      { url: 'https://unfiled.example/rss?a=1&b=2', section: 'world', categories: {}, intervalMinutes: 30, fullText: false },
    ]);
  });

  it('maps the documented names to sections, in any case and spacing', () => {
    expect(['Business & Economy', 'FINANCE', 'defence', 'Military', 'press-review', 'Culture', 'Diplomacy', 'sport', 'Tech'].map(sectionForName)).toEqual([
      'economy', 'economy', 'defense', 'defense', 'pressreview', 'society', 'politics', 'sports', 'science',
    ]);
    expect(sectionForName('Gardening')).toBeUndefined();
  });

  it('names the line of every error', () => {
    expect(error(opml('<outline xmlUrl="https://a.example/rss">\n<outline>\n</outline>'))).toMatch(/^feeds\.opml line \d+: not well-formed XML: /);
    expect(error(opml('<outline text="ok" xmlUrl="https://a.example/rss"/>\n<outline text="bad" xmlUrl="ftp://b.example/feed"/>'))).toBe(
      'feeds.opml line 6: xmlUrl "ftp://b.example/feed": must be an absolute http(s) URL',
    );
    expect(error(opml('<outline text="A">\n\n  <outline xmlUrl="https://a.example/rss" newswireIntervalMinutes="2"/>\n</outline>'))).toBe(
      'feeds.opml line 7: newswireIntervalMinutes "2": must be a whole number of minutes from 5 to 1440',
    );
    expect(error(opml('<outline xmlUrl="https://a.example/rss" newswireSection="gossip"/>'))).toBe('feeds.opml line 5: newswireSection must be one of the eight section slugs, not "gossip"');
    expect(error(opml('<outline xmlUrl="https://a.example/rss" newswireCategories="Sport"/>'))).toMatch(/^feeds\.opml line 5: newswireCategories must be/);
    expect(error('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>')).toBe('feeds.opml line 1: not OPML: the root element is <rss>, not <opml>');
    expect(error('<?xml version="1.0"?>\n<!DOCTYPE opml [<!ENTITY x "y">]>\n<opml><body/></opml>')).toBe('feeds.opml line 2: a DOCTYPE is not accepted in OPML (no entity is ever declared or expanded)');
    expect(error('<opml version="2.0"><head/></opml>')).toBe('feeds.opml: the OPML has no <body>');
  });

  it('round-trips the sources file through writeOpml, settings included', () => {
    const sources: FeedSource[] = [
      { url: 'https://a.example/rss?x=1&y="2"', section: 'economy', categories: { Sport: 'sports', 'Health & Care': 'society' }, intervalMinutes: 15, fullText: true },
      { url: 'https://b.example/atom', section: 'world', categories: {}, intervalMinutes: 30, fullText: false },
      { url: 'https://c.example/feed.json', section: 'economy', categories: {}, intervalMinutes: 1440, fullText: false },
    ];
    const text = writeOpml(sources, new Date('2026-12-04T01:00:00Z'));
    expect(text).toContain('<outline text="Business &amp; Economy">');
    expect(text).toContain('<dateCreated>Fri, 04 Dec 2026 01:00:00 GMT</dateCreated>');
    const back = readOpml(text, 'export.opml');
    // Grouped by section, in the sections' order (World before Business & Economy).
    expect(back).toEqual([sources[1], sources[0], sources[2]]);
  });
});
