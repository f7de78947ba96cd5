import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../html/articleHtml';
import { createEmptyTestBackend, testRows } from '../../../test/testStore';
import type { Store } from '../store/createStore';
import type { Backend } from '../store/openBackend';
import { DEFAULT_PHOTO } from './entryToArticle';
import { type IngestDeps, ingestDocument, IngestError, type SectionRules } from './ingestFeed';

const NOW = Date.parse('2026-11-28T12:00:00Z');
// On both stores (server and server-postgres projects).
let backend: Backend;
let store: Store;
let deps: IngestDeps;

beforeEach(async () => {
  backend = await createEmptyTestBackend();
  store = backend.store;
  deps = { store, ingestStore: backend.ingestStore, now: () => NOW };
});

const bytes = (text: string) => new TextEncoder().encode(text);
const ingest = (text: string | Uint8Array, rules: SectionRules = { section: 'world' }, extra: { documentUrl?: string; contentType?: string } = {}) =>
  ingestDocument({ label: 'test-feed.xml', bytes: typeof text === 'string' ? bytes(text) : text, ...extra }, rules, deps);

interface Row {
  [column: string]: unknown;
  id: number;
  title: string;
  lead: string;
  link: string | null;
  guid: string | null;
  section: string;
  published_at: number;
  updated_at: number | null;
  pages: string;
  image_src: string | null;
  image_width: number | null;
  image_height: number | null;
}

function rows(): Promise<Row[]> {
  return testRows<Row>(backend, 'SELECT id, title, lead, link, guid, section, published_at, updated_at, pages, image_src, image_width, image_height FROM articles ORDER BY id');
}

const rss = (items: string, channel = '') =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Agency &amp; Co</title><link>https://agency.example/</link>${channel}${items}</channel></rss>`;

describe('formats', () => {
  it('reads RSS 2.0 with title, link, guid, date, description and content:encoded', async () => {
    const report = await ingest(rss(`<item><title>Budget &lt;b&gt;passed&lt;/b&gt;</title><link>https://agency.example/1</link><guid>https://agency.example/1</guid>
      <pubDate>Fri, 27 Nov 2026 10:00:00 +0300</pubDate><description>The Duma passed the budget.</description>
      <content:encoded><![CDATA[<p>The Duma passed the <em>budget</em>.</p><p>Second paragraph.</p>]]></content:encoded></item>`));
    expect(report).toMatchObject({ status: 'imported', format: 'rss', created: 1 });
    const [row] = await rows();
    expect(row).toMatchObject({ title: 'Budget passed', lead: 'The Duma passed the budget.', link: 'https://agency.example/1', guid: 'https://agency.example/1', published_at: Date.parse('2026-11-27T07:00:00Z'), section: 'world' });
    expect(JSON.parse(row!.pages)).toEqual(['<p>The Duma passed the <em>budget</em>.</p><p>Second paragraph.</p>']);
  });

  it('reads RSS 0.91, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.1', async () => {
    await ingest('<rss version="0.91"><channel><title>Old</title><link>http://old.example/</link><item><title>Old item</title><link>http://old.example/a</link><description>Old text</description></item></channel></rss>');
    await ingest(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="http://rdf.example/"><title>RDF</title><link>http://rdf.example/</link></channel>
      <item rdf:about="http://rdf.example/1"><title>RDF item</title><link>http://rdf.example/1</link><dc:date>2026-11-27T09:00:00Z</dc:date></item></rdf:RDF>`);
    await ingest(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:atom</id>
      <entry><id>urn:uuid:1</id><title type="html">Atom &lt;i&gt;item&lt;/i&gt;</title><link href="https://atom.example/1"/><updated>2026-11-27T08:00:00Z</updated>
      <summary type="text">Less &lt;than&gt; text</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>XHTML <b>body</b></p></div></content></entry></feed>`);
    await ingest(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'JSON', items: [{ id: 'j1', url: 'https://json.example/1', title: 'JSON <item>', summary: 'In short', content_text: 'Line one\n\nLine <two>', date_published: '2026-11-27T07:30:00+01:00', tags: ['Space'] }] }));
    const byTitle = new Map((await rows()).map((r) => [r.title, r]));
    expect([...byTitle.keys()]).toEqual(['Old item', 'RDF item', 'Atom item', 'JSON <item>']);
    expect(byTitle.get('RDF item')).toMatchObject({ guid: 'http://rdf.example/1', published_at: Date.parse('2026-11-27T09:00:00Z') });
    expect(byTitle.get('Atom item')).toMatchObject({ lead: 'Less <than> text', guid: 'urn:uuid:1' });
    expect(JSON.parse(byTitle.get('Atom item')!.pages)).toEqual(['<p>XHTML <b>body</b></p>']);
    expect(JSON.parse(byTitle.get('JSON <item>')!.pages)).toEqual(['<p>Line one</p><p>Line &lt;two&gt;</p>']);
    expect((await store.article(byTitle.get('JSON <item>')!.id))?.topics).toEqual([{ slug: 'space', title: 'Space' }]);
  });

  it('reads the legacy item bodies feedsmith skips: xhtml:body and escaped fullitem', async () => {
    await ingest(`<rss version="2.0" xmlns:xhtml="http://www.w3.org/1999/xhtml"><channel><title>Old</title>
      <item><title>With body</title><description>Short.</description><xhtml:body><p>Full <b>text</b>.</p><script>x()</script></xhtml:body></item>
      <item><fullitem>&lt;p&gt;Only a fullitem&lt;/p&gt;</fullitem></item></channel></rss>`);
    expect((await rows()).map((r) => [r.title, JSON.parse(r.pages) as string[]])).toEqual([
      ['With body', ['<p>Full <b>text</b>.</p>']],
      ['Only a fullitem', ['']],
    ]);
  });

  it('says in one line why a document is not a feed', async () => {
    const cases: [string, RegExp][] = [
      ['<!doctype html><html><body>Hello</body></html>', /HTML page, not a feed/],
      ['<opml version="2.0"><body/></opml>', /root element opml/],
      ['{"hello": 1}', /not a JSON Feed/],
      ['', /empty/],
      ['<rss><channel><title>x</title><item><title>broken</item></channel>', /malformed|not an RSS/],
    ];
    for (const [text, reason] of cases) {
      let error: unknown;
      try {
        await ingest(text);
      } catch (e) {
        error = e;
      }
      expect(error, text).toBeInstanceOf(IngestError);
      const message = error instanceof Error ? error.message : '';
      expect(message).toMatch(/^test-feed\.xml: /);
      expect(message).toMatch(reason);
      expect(message).not.toMatch(/\n/);
    }
  });

  it('counts a valid feed without entries as empty', async () => {
    expect(await ingest(rss(''))).toMatchObject({ status: 'empty', created: 0 });
  });
});

describe('encodings', () => {
  it('reads windows-1251 declared in the XML declaration', async () => {
    const table = new Map(Array.from(new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i))).map((c, i) => [c, i]));
    const text = '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Лента</title><item><title>Президент подписал закон</title><category>Политика</category></item></channel></rss>';
    const encoded = Uint8Array.from(Array.from(text), (c) => table.get(c) ?? 0x3f);
    expect(await ingest(encoded)).toMatchObject({ encoding: 'windows-1251', created: 1 });
    expect((await rows())[0]?.title).toBe('Президент подписал закон');
    expect((await store.article((await rows())[0]!.id))?.topics).toEqual([{ slug: 'politika', title: 'Политика' }]);
  });
});

describe('URLs', () => {
  it('resolves relative URLs against the feed URL and xml:base, and drops what is not http(s)', async () => {
    await ingest(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/news/"><title>t</title>
        <entry xml:base="2026/"><id>e1</id><title>Rel</title><link href="story.html"/>
          <content type="html" xml:base="https://cdn.example/c/">&lt;p&gt;&lt;a href="../x.html"&gt;x&lt;/a&gt; &lt;a href="javascript:alert(1)"&gt;j&lt;/a&gt; &lt;a href="#top"&gt;t&lt;/a&gt; &lt;img src="/i.jpg" alt="i"&gt;&lt;/p&gt;</content></entry></feed>`,
      { section: 'world' },
      { documentUrl: 'https://feeds.example/atom.xml' },
    );
    const [row] = await rows();
    expect(row?.link).toBe('https://base.example/news/2026/story.html');
    const page = (JSON.parse(row!.pages) as string[])[0] ?? '';
    expect(page).toContain('href="https://cdn.example/x.html"');
    expect(page).toContain('href="https://cdn.example/c/#top"');
    expect(page).not.toMatch(/javascript/i);
    expect(row?.image_src).toBe('https://cdn.example/i.jpg');
  });

  it('uses the document URL for relative links when the feed declares no base', async () => {
    await ingest(rss('<item><title>a</title><link>/a</link><description>&lt;a href="b"&gt;b&lt;/a&gt;</description></item>'), { section: 'world' }, { documentUrl: 'http://feeds.example/dir/rss' });
    expect((await rows())[0]?.link).toBe('http://feeds.example/a');
  });

  it('qualifies a guid that is not a URI by the feed, so two feeds cannot collide', async () => {
    await ingestDocument({ label: 'a', bytes: bytes(rss('<item><guid isPermaLink="false">42</guid><title>A</title></item>')), documentUrl: 'https://a.example/rss' }, { section: 'world' }, deps);
    await ingestDocument({ label: 'b', bytes: bytes(rss('<item><guid isPermaLink="false">42</guid><title>B</title></item>')), documentUrl: 'https://b.example/rss' }, { section: 'world' }, deps);
    expect((await rows()).map((r) => r.guid)).toEqual(['https://a.example/rss#42', 'https://b.example/rss#42']);
  });
});

describe('sanitizing', () => {
  it('stores bodies exactly as the article sanitizer leaves them, and titles/leads as plain text', async () => {
    const body = '<p onclick="x()">Safe<script>alert(1)</script> <a href="https://ok.example/" onmouseover="x()">link</a> <img src="https://i.example/a.png" onerror="x()"><iframe src="https://evil.example/"></iframe><style>p{}</style></p>';
    await ingest(rss(`<item><title>&lt;script&gt;alert(1)&lt;/script&gt;Title &lt;b onclick="x"&gt;bold&lt;/b&gt;</title><link>https://agency.example/s</link><description><![CDATA[<p>Lead <img src=x onerror=alert(1)> text</p>]]></description><content:encoded><![CDATA[${body}]]></content:encoded><media:content url="https://i.example/photo.jpg" medium="image" width="800" height="600"/></item>`));
    const [row] = await rows();
    expect(row?.title).toBe('Title bold');
    expect(row?.lead).toBe('Lead text');
    const page = (JSON.parse(row!.pages) as string[])[0] ?? '';
    expect(page).toBe(sanitizeArticleHtml(page));
    const doc = new JSDOM(page).window.document;
    expect(doc.querySelectorAll('script, iframe, style')).toHaveLength(0);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      expect(el.getAttributeNames().filter((n) => n.startsWith('on'))).toEqual([]);
    }
    expect(page).toContain('href="https://ok.example/"');
  });
});

describe('dates', () => {
  it('normalises dates, uses the ingest time when there is none, and clamps future dates to it', async () => {
    await ingest(rss(`<item><guid>https://d.example/1</guid><title>rfc</title><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate></item>
      <item><guid>https://d.example/2</guid><title>iso</title><dc:date>2026-11-25T10:00:00+03:00</dc:date></item>
      <item><guid>https://d.example/3</guid><title>none</title></item>
      <item><guid>https://d.example/4</guid><title>bad</title><pubDate>yesterday-ish</pubDate></item>
      <item><guid>https://d.example/5</guid><title>future</title><pubDate>Sat, 01 Jan 2050 00:00:00 GMT</pubDate></item>`));
    expect((await rows()).map((r) => [r.title, r.published_at])).toEqual([
      ['rfc', Date.parse('2026-11-26T10:00:00Z')],
      ['iso', Date.parse('2026-11-25T07:00:00Z')],
      ['none', NOW],
      ['bad', NOW],
      ['future', NOW],
    ]);
  });
});

describe('re-ingesting', () => {
  const item = (title: string, extra = '') => rss(`<item><guid>https://agency.example/77</guid><title>${title}</title><link>https://agency.example/77</link><description>About ${title}.</description>${extra}</item>`);

  it('updates the article found by guid instead of duplicating it, sets updatedAt, and the search index follows', async () => {
    expect(await ingest(item('Zeppelin arrives', '<category>Air</category>'))).toMatchObject({ created: 1 });
    const id = (await rows())[0]!.id;
    expect(await ingest(item('Zeppelin arrives', '<category>Air</category>'))).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    deps.now = () => NOW + 60_000;
    expect(await ingest(item('Hovercraft arrives', '<category>Sea</category>'))).toMatchObject({ created: 0, updated: 1 });
    expect((await rows())).toHaveLength(1);
    const article = await store.article(id);
    expect(article).toMatchObject({ title: 'Hovercraft arrives', updatedAt: new Date(NOW + 60_000).toISOString(), topics: [{ slug: 'sea', title: 'Sea' }] });
    const search = async (q: string) => (await store.search(q, { sections: null, from: null, to: null }, 10, null)).items.map((h) => h.id);
    expect(await search('hovercraft')).toEqual([id]);
    expect(await search('zeppelin')).toEqual([]);
  });

  it('keeps the words an update replaced as revisions, the last 10, newest first; a change of tags alone is none', async () => {
    const at = (minutes: number) => NOW + minutes * 60_000;
    expect(await ingest(item('Version 0', '<category>Air</category>'))).toMatchObject({ created: 1 });
    const id = (await rows())[0]!.id;
    expect((await store.article(id))?.revisions).toBeUndefined();
    deps.now = () => at(1);
    await ingest(item('Version 0', '<category>Sea</category>'));
    expect((await store.article(id))?.revisions).toBeUndefined();
    deps.now = () => at(2);
    await ingest(item('Version 1'));
    const first = (await store.article(id))?.revisions;
    expect(first?.map(({ at: when, title, lead }) => ({ when, title, lead }))).toEqual([{ when: new Date(at(1)).toISOString(), title: 'Version 0', lead: 'About Version 0.' }]);
    expect(Array.isArray(first?.[0]?.pages)).toBe(true);
    for (let v = 2; v <= 12; v++) {
      deps.now = () => at(v + 1);
      await ingest(item(`Version ${String(v)}`));
    }
    const article = await store.article(id);
    expect(article?.title).toBe('Version 12');
    expect(article?.revisions?.map((r) => r.title)).toEqual(['Version 11', 'Version 10', 'Version 9', 'Version 8', 'Version 7', 'Version 6', 'Version 5', 'Version 4', 'Version 3', 'Version 2']);
    expect(article?.revisions?.[0]?.at).toBe(new Date(at(12)).toISOString());
  });

  it('finds an article by link when the entry has no guid', async () => {
    const noGuid = (title: string) => rss(`<item><title>${title}</title><link>https://agency.example/88</link></item>`);
    await ingest(noGuid('First'));
    expect(await ingest(noGuid('Second'))).toMatchObject({ created: 0, updated: 1 });
    expect((await rows()).map((r) => r.title)).toEqual(['Second']);
  });

  it('keeps two stories with different guids apart even when they share a link', async () => {
    await ingest(rss('<item><guid>urn:a</guid><title>A</title><link>https://agency.example/</link></item><item><guid>urn:b</guid><title>B</title><link>https://agency.example/</link></item>'));
    expect((await rows()).map((r) => r.title)).toEqual(['A', 'B']);
  });

  it('keeps the first publication time when a later copy has no date', async () => {
    await ingest(item('Dated', '<pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate>'));
    deps.now = () => NOW + 3_600_000;
    await ingest(item('Dated, now undated'));
    expect((await rows())[0]?.published_at).toBe(Date.parse('2026-11-26T10:00:00Z'));
  });
});

describe('sections, topics and photos', () => {
  it('maps feed categories to sections by rule, else the default section; categories become topics', async () => {
    const rules: SectionRules = { section: 'society', categories: { sport: 'sports', 'Business News': 'economy' } };
    await ingest(rss(`<item><guid>urn:1</guid><title>Match</title><category>Football</category><category>SPORT</category><category>sport</category></item>
      <item><guid>urn:2</guid><title>Shares</title><category>business news</category><category>Markets &amp; Money</category></item>
      <item><guid>urn:3</guid><title>Other</title></item>`), rules);
    expect((await rows()).map((r) => r.section)).toEqual(['sports', 'economy', 'society']);
    expect((await store.article((await rows())[0]!.id))?.topics).toEqual([{ slug: 'football', title: 'Football' }, { slug: 'sport', title: 'SPORT' }]);
    expect((await store.article((await rows())[1]!.id))?.topics.map((t) => t.slug)).toEqual(['business-news', 'markets-money']);
  });

  it('takes the photo from media:content with its size, an image enclosure at 16:9, or the first image of the body', async () => {
    await ingest(rss(`<item><guid>urn:m</guid><title>Media</title><media:content url="https://i.example/m.jpg" type="image/jpeg" width="1200" height="800"><media:credit>Photo: Agency</media:credit><media:description>A caption</media:description></media:content></item>
      <item><guid>urn:e</guid><title>Enclosure</title><enclosure url="https://i.example/e.png" length="1000" type="image/png"/><enclosure url="https://i.example/a.mp3" length="1" type="audio/mpeg"/></item>
      <item><guid>urn:b</guid><title>Body</title><description><![CDATA[<p><img src="https://i.example/b.jpg" alt="Body pic" width="640" height="480"></p><p>Text after.</p>]]></description></item>
      <item><guid>urn:h</guid><title>Http only</title><enclosure url="http://i.example/h.jpg" length="1" type="image/jpeg"/></item>
      <item><guid>urn:x</guid><title>Not http</title><enclosure url="ftp://i.example/x.jpg" length="1" type="image/jpeg"/></item>`));
    const [media, enclosure, body, httpOnly, ftp] = await Promise.all((await rows()).map((r) => store.article(r.id)));
    expect(media?.image).toEqual({ src: 'https://i.example/m.jpg', alt: 'Media', width: 1200, height: 800, credit: 'Photo: Agency', caption: 'A caption' });
    expect(enclosure?.image).toEqual({ src: 'https://i.example/e.png', alt: 'Enclosure', ...DEFAULT_PHOTO });
    expect(body?.image).toEqual({ src: 'https://i.example/b.jpg', alt: 'Body pic', width: 640, height: 480 });
    expect(body?.pages[0]).not.toContain('<img');
    expect(body?.pages[0]).toContain('Text after.');
    // The server fetches the picture itself (src/server/images), so an http-only one is as good as any.
    expect(httpOnly?.image?.src).toBe('http://i.example/h.jpg');
    expect(ftp?.image).toBeUndefined();
  });

  it('cuts a long lead at a sentence, derives a missing title from the text, and skips entries with neither, counting them', async () => {
    const long = `${'The first sentence is here. '.repeat(8)}${'word '.repeat(60)}`;
    const report = await ingest(rss(`<item><guid>urn:l</guid><title>Long</title><description>${long}</description></item>
      <item><guid>urn:n</guid><description>Only a description, which becomes the title.</description></item>
      <item><guid>urn:u</guid><author>someone@example.com (Someone)</author></item>
      <item><link>https://agency.example/only-a-link</link><description><![CDATA[<img src="https://i.example/x.jpg">]]></description></item>`));
    expect(report).toMatchObject({ status: 'imported', created: 2, skipped: 2 });
    const [longRow, derived, ...rest] = await rows();
    expect(longRow!.lead.length).toBeLessThanOrEqual(300);
    expect(longRow!.lead).toMatch(/here\.$/);
    expect(derived?.title).toBe('Only a description, which becomes the title.');
    expect(rest).toEqual([]);
  });

  it('reports a feed whose every entry is empty as imported with all of them skipped, storing nothing', async () => {
    const report = await ingest(rss('<item><guid>urn:a</guid></item><item><link>https://agency.example/b</link></item>'));
    expect(report).toMatchObject({ status: 'imported', created: 0, skipped: 2 });
    expect((await rows())).toEqual([]);
  });
});

describe('safety', () => {
  it('does not expand external entities (XXE)', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://127.0.0.1:1/x">]>
      <rss version="2.0"><channel><title>t</title><item><title>Leak &xxe; &remote;</title><description>&xxe;</description></item></channel></rss>`;
    await ingest(xxe);
    const [row] = await rows();
    expect(row?.title).not.toMatch(/root:/);
    expect(row?.pages).not.toMatch(/root:/);
    expect(row?.title).toContain('&xxe;');
  });

  it('does not expand entities declared in a DTD ("billion laughs") and stays fast', async () => {
    const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${String(i + 1)} "${`&lol${String(i)};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]><rss version="2.0"><channel><title>t</title><item><title>Boom &lol10;</title></item></channel></rss>`;
    await ingest(bomb);
    const [row] = await rows();
    expect(row!.title.length).toBeLessThan(100);
    expect(row!.pages.length).toBeLessThan(1000);
  });

  it('writes all entries of a feed in one transaction: a failure stores none of them and names the feed', async () => {
    if (backend.sqlite !== null) backend.sqlite.exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON articles WHEN new.title = 'Second' BEGIN SELECT RAISE(ABORT, 'disk is full'); END");
    else {
      await backend.postgres?.rows("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF new.title = 'Second' THEN RAISE EXCEPTION 'disk is full'; END IF; RETURN new; END $$");
      await backend.postgres?.rows('CREATE TRIGGER refuse BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse()');
    }
    await expect(ingest(rss('<item><guid>urn:1</guid><title>First</title></item><item><guid>urn:2</guid><title>Second</title></item><item><guid>urn:3</guid><title>Third</title></item>'))).rejects.toThrow(
      /^test-feed\.xml: could not be stored \(disk is full\)$/,
    );
    expect((await rows())).toEqual([]);
    expect((await store.search('first', { sections: null, from: null, to: null }, 10, null)).total).toBe(0);
  });
});
