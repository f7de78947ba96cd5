import { afterEach, describe, expect, it } from 'vitest';
import { Article, FeedPage } from '../../contract/schemas';
import type { SavedArticle } from '../../lib/savedStore';
import { exportReaderData, importReaderData, parseReaderData, type DataRegistry, type SavedArticles } from './readerData';

// A registry like the app's (src/routes/DataPage.tsx), small enough to read.
const registry: DataRegistry = {
  choices: [{ key: 'newswire.display', label: 'display choices', valid: (json) => typeof json === 'object' && json !== null && ['light', 'dark'].includes(String(Reflect.get(json, 'theme'))) }],
  lists: [
    {
      key: 'newswire.follows',
      one: 'follow',
      label: 'follows',
      parse: (json) => (Array.isArray(json) ? json.filter((v) => typeof v === 'string') : []),
      merge: (device, file) => [...new Set([...device, ...file])],
    },
  ],
};

function memorySaved(initial: SavedArticle[] = []): SavedArticles & { records: SavedArticle[]; failNext: boolean } {
  const box = {
    records: [...initial],
    failNext: false,
    list: () => Promise.resolve([...box.records]),
    write: (records: readonly SavedArticle[], replace: boolean) => {
      if (box.failNext) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      const kept = replace ? [] : box.records.filter((r) => !records.some((n) => n.id === r.id));
      box.records = [...kept, ...records];
      return Promise.resolve();
    },
  };
  return box;
}

async function articles(n: number): Promise<Article[]> {
  const feed = FeedPage.parse(await (await fetch(`http://localhost/api/feed?limit=${String(n)}`)).json());
  return Promise.all(feed.items.map(async (item) => Article.parse(await (await fetch(`http://localhost/api/articles/${String(item.id)}`)).json())));
}

const record = (article: Article, photo: Blob | null): SavedArticle => ({ id: article.id, savedAt: '2026-12-01T10:00:00.000Z', article, photo });

afterEach(() => localStorage.clear());

describe('your data', () => {
  it('exports everything, photos included, and imports it on another device as it was', async () => {
    const [a, b] = await articles(2);
    localStorage.setItem('newswire.display', JSON.stringify({ theme: 'dark' }));
    localStorage.setItem('newswire.follows', JSON.stringify(['topic:oil']));
    const photo = new Blob([new Uint8Array([0, 1, 2, 250, 255])], { type: 'image/webp' });
    const { file, savedUnreadable } = await exportReaderData(registry, memorySaved([record(a!, photo), record(b!, null)]), new Date('2026-12-08T09:00:00Z'));
    expect(savedUnreadable).toBe(false);
    const text = JSON.stringify(file);

    localStorage.clear();
    const other = memorySaved();
    const parsed = parseReaderData(text, registry);
    if (!('data' in parsed)) throw new Error(parsed.error);
    await importReaderData(parsed.data, 'replace', registry, other);
    expect(JSON.parse(localStorage.getItem('newswire.display')!)).toEqual({ theme: 'dark' });
    expect(JSON.parse(localStorage.getItem('newswire.follows')!)).toEqual(['topic:oil']);
    expect(other.records.map((r) => r.article)).toEqual([a, b]);
    const kept = other.records[0]!.photo!;
    expect(kept.type).toBe('image/webp');
    expect([...new Uint8Array(await kept.arrayBuffer())]).toEqual([0, 1, 2, 250, 255]);
  });

  it('merges: keeps this device’s choices, joins the lists, adds the saved articles it lacks', async () => {
    const [a, b] = await articles(2);
    const file = { format: 'newswire-reader-data', version: 1, exportedAt: '2026-12-08T09:00:00.000Z', storage: { 'newswire.display': { theme: 'dark' }, 'newswire.follows': ['topic:oil', 'person:ivanov'] }, saved: [{ savedAt: '2026-12-01T10:00:00.000Z', article: a, photo: null }, { savedAt: '2026-12-01T10:00:00.000Z', article: b, photo: null }] };
    localStorage.setItem('newswire.display', JSON.stringify({ theme: 'light' }));
    localStorage.setItem('newswire.follows', JSON.stringify(['topic:oil', 'section:world']));
    const saved = memorySaved([{ ...record(a!, null), savedAt: '2026-11-01T00:00:00.000Z' }]);
    const parsed = parseReaderData(JSON.stringify(file), registry);
    if (!('data' in parsed)) throw new Error(parsed.error);
    await importReaderData(parsed.data, 'merge', registry, saved);
    expect(JSON.parse(localStorage.getItem('newswire.display')!)).toEqual({ theme: 'light' });
    expect(JSON.parse(localStorage.getItem('newswire.follows')!)).toEqual(['topic:oil', 'section:world', 'person:ivanov']);
    expect(saved.records.map((r) => [r.id, r.savedAt])).toEqual([
      [a!.id, '2026-11-01T00:00:00.000Z'],
      [b!.id, '2026-12-01T10:00:00.000Z'],
    ]);
  });

  it('refuses a bad, foreign or too-new file, saying what is wrong', async () => {
    const [a] = await articles(1);
    const good = { format: 'newswire-reader-data', version: 1, exportedAt: '2026-12-08T09:00:00.000Z', storage: {}, saved: [] as unknown[] };
    const cases: [unknown, RegExp][] = [
      ['{not json', /not JSON/],
      [{ bookmarks: [] }, /not a Newswire data file/],
      [[1, 2], /not a Newswire data file/],
      [{ ...good, version: 2 }, /newer Newswire \(data version 2/],
      [{ ...good, exportedAt: 'yesterday' }, /damaged/],
      [{ ...good, storage: { 'newswire.display': { theme: 'neon' } } }, /display choices are not valid/],
      [{ ...good, storage: { 'newswire.follows': ['ok', 42] } }, /follows are not valid/],
      [{ ...good, storage: { 'evil.key': 1 } }, /does not know \(evil\.key\)/],
      [{ ...good, saved: [{ savedAt: '2026-12-01T10:00:00.000Z', article: { ...a, id: -1 }, photo: null }] }, /saved article 1 is not a valid article/],
      [{ ...good, saved: [{ savedAt: '2026-12-01T10:00:00.000Z', article: a, photo: { type: 'text/html', base64: 'PGI+' } }] }, /saved article 1 has a damaged photo/],
      [{ ...good, saved: [{ savedAt: '2026-12-01T10:00:00.000Z', article: a, photo: null }, { savedAt: '2026-12-01T10:00:00.000Z', article: a, photo: null }] }, /same saved article twice/],
    ];
    for (const [file, message] of cases) {
      const parsed = parseReaderData(typeof file === 'string' ? file : JSON.stringify(file), registry);
      expect('error' in parsed ? parsed.error : 'accepted', JSON.stringify(file).slice(0, 80)).toMatch(message);
    }
  });

  it('exports the rest, and says so, when the browser will not open the saved articles', async () => {
    localStorage.setItem('newswire.follows', JSON.stringify(['topic:oil']));
    const blocked: SavedArticles = { list: () => Promise.reject(new DOMException('blocked', 'SecurityError')), write: () => Promise.resolve() };
    const { file, savedUnreadable } = await exportReaderData(registry, blocked);
    expect(savedUnreadable).toBe(true);
    expect(file).toMatchObject({ storage: { 'newswire.follows': ['topic:oil'] }, saved: [] });
  });

  it('changes nothing when the saved articles cannot be written', async () => {
    const [a] = await articles(1);
    localStorage.setItem('newswire.display', JSON.stringify({ theme: 'light' }));
    const file = { format: 'newswire-reader-data', version: 1, exportedAt: '2026-12-08T09:00:00.000Z', storage: { 'newswire.display': { theme: 'dark' }, 'newswire.follows': ['topic:oil'] }, saved: [{ savedAt: '2026-12-01T10:00:00.000Z', article: a, photo: null }] };
    const parsed = parseReaderData(JSON.stringify(file), registry);
    if (!('data' in parsed)) throw new Error(parsed.error);
    const saved = memorySaved();
    saved.failNext = true;
    await expect(importReaderData(parsed.data, 'replace', registry, saved)).rejects.toThrow('full');
    expect(JSON.parse(localStorage.getItem('newswire.display')!)).toEqual({ theme: 'light' });
    expect(localStorage.getItem('newswire.follows')).toBeNull();
    expect(saved.records).toEqual([]);
  });
});
