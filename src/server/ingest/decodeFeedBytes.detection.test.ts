import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyTestBackend, testRows } from '../../../test/testStore';
import type { Store } from '../store/createStore';
import type { Backend } from '../store/openBackend';
import { decodeFeedBytes } from './decodeFeedBytes';
import { type IngestDeps, ingestDocument } from './ingestFeed';

// Feeds in legacy code pages with no BOM, no HTTP charset and no encoding in the XML declaration: the
// bytes are made here by iconv-lite (a devDependency; Node encodes only UTF-8), and the detector
// (chardet) must find the code page before the windows-1252 fallback would garble them.
const FEEDS: Record<string, { decoder: string; titles: string[] }> = {
  'KOI8-R': { decoder: 'koi8-r', titles: ['Правительство утвердило новый бюджет на следующий год', 'В Москве открылась выставка современного искусства'] },
  'windows-1251': { decoder: 'windows-1251', titles: ['Центральный банк сохранил ключевую ставку', 'Зимние морозы пришли в Сибирь раньше обычного'] },
  Shift_JIS: { decoder: 'shift_jis', titles: ['東京で新しい美術館が開館しました', '政府は来年度の予算案を発表した'] },
  Big5: { decoder: 'big5', titles: ['台北市政府宣布新的交通政策', '颱風預計明天登陸台灣東部'] },
  'EUC-KR': { decoder: 'euc-kr', titles: ['서울에서 새로운 미술관이 문을 열었습니다', '정부는 내년 예산안을 발표했다'] },
  GB2312: { decoder: 'gb18030', titles: ['北京举行新闻发布会介绍经济形势', '国务院发布关于教育改革的通知'] },
};

const feed = (titles: readonly string[], declaration = '<?xml version="1.0"?>') =>
  `${declaration}\n<rss version="2.0"><channel><title>${titles[0] ?? ''}</title><link>https://agency.example/</link><description>News</description>${titles
    .map((t, i) => `<item><title>${t}</title><link>https://agency.example/${String(i)}</link><description><![CDATA[<p>${t}</p>]]></description></item>`)
    .join('')}</channel></rss>`;

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
const storedTitles = async () => (await testRows<{ title: string }>(backend, 'SELECT title FROM articles ORDER BY id')).map((r) => r.title);

describe('feeds without a usable declaration', () => {
  for (const [encoding, { decoder, titles }] of Object.entries(FEEDS)) {
    it(`reads the titles of a ${encoding} feed`, async () => {
      const bytes = new Uint8Array(iconv.encode(feed(titles), encoding));
      // The bytes are not UTF-8, so without detection they would have been read as windows-1252.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      const report = await ingestDocument({ label: `${encoding}.xml`, bytes }, { section: 'world' }, deps);
      expect(report).toMatchObject({ status: 'imported', created: 2, encoding: decoder });
      expect((await storedTitles())).toEqual(titles);
    });
  }
});

describe('evidence that matches the bytes still wins over the detector', () => {
  it('uses an XML declaration or an HTTP charset that decodes the bytes', () => {
    const titles = FEEDS['windows-1251']?.titles ?? [];
    const declared = new Uint8Array(iconv.encode(feed(titles, '<?xml version="1.0" encoding="windows-1251"?>'), 'windows-1251'));
    expect(decodeFeedBytes(declared).encoding).toBe('windows-1251');
    // KOI8-R bytes that the server labels KOI8-U (a superset): the label decodes them, so it is used.
    const koi = new Uint8Array(iconv.encode(feed(FEEDS['KOI8-R']?.titles ?? []), 'koi8-r'));
    expect(decodeFeedBytes(koi, 'application/rss+xml; charset=KOI8-U').encoding).toBe('koi8-u');
    // Latin text declared ISO-8859-2 stays ISO-8859-2 even where the detector would have guessed otherwise.
    const polish = new Uint8Array(iconv.encode(feed(['Zażółć gęślą jaźń'], '<?xml version="1.0" encoding="ISO-8859-2"?>'), 'iso-8859-2'));
    expect(decodeFeedBytes(polish)).toMatchObject({ encoding: 'iso-8859-2' });
    expect(decodeFeedBytes(polish).text).toContain('Zażółć gęślą jaźń');
  });

  it('does not use a declaration the bytes are invalid in: Shift_JIS declared as UTF-8 is detected', () => {
    const titles = FEEDS.Shift_JIS?.titles ?? [];
    const lying = new Uint8Array(iconv.encode(feed(titles, '<?xml version="1.0" encoding="UTF-8"?>'), 'shift_jis'));
    const decoded = decodeFeedBytes(lying, 'text/xml; charset=utf-8');
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.text).toContain(titles[0]);
  });

  it('still falls back to windows-1252 for Western text that is not UTF-8', () => {
    const bytes = new Uint8Array(iconv.encode(feed(['Les élèves ont été récompensés à Noël — café crème']), 'windows-1252'));
    const decoded = decodeFeedBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Les élèves ont été récompensés à Noël — café crème');
  });
});
