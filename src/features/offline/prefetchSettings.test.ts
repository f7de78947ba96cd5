import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFETCH_COUNT, meteredReason, PREFETCH_CHOICES, readPrefetchCount, storePrefetchCount } from './prefetchSettings';
import { readSectionChoice } from './readSectionChoice';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('the offline download budget', () => {
  it('remembers each offered choice and refuses others', () => {
    for (const n of PREFETCH_CHOICES) {
      const storage = memoryStorage();
      expect(storePrefetchCount(n, storage)).toBe(true);
      expect(readPrefetchCount(storage)).toBe(n);
    }
    const storage = memoryStorage();
    expect(storePrefetchCount(7, storage)).toBe(false);
    expect(readPrefetchCount(storage)).toBe(DEFAULT_PREFETCH_COUNT);
  });

  it('reads any stored garbage as the default and removes it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const storage = memoryStorage({ 'newswire.offline.prefetch': raw });
        const count = readPrefetchCount(storage);
        expect(PREFETCH_CHOICES).toContain(count);
        if (count === DEFAULT_PREFETCH_COUNT && !raw.includes('"count":30')) expect(storage.getItem('newswire.offline.prefetch')).toBeNull();
      }),
    );
  });

  it('is off on mobile data and with Save-Data, and says why', () => {
    expect(meteredReason({ type: 'cellular' })).toBe('this device is on mobile data');
    expect(meteredReason({ type: 'wifi', saveData: true })).toBe('Data Saver (Save-Data) is on');
    expect(meteredReason({ type: 'wifi', saveData: false })).toBeNull();
    // The reader's own data saver (Display settings) stops them too; turned off, it overrides Save-Data.
    expect(meteredReason({ type: 'wifi', saveData: false }, 'on')).toBe('data saver is on in your Display settings');
    expect(meteredReason({ type: 'wifi', saveData: true }, 'off')).toBeNull();
    expect(meteredReason({ type: 'cellular', saveData: false }, 'off')).toBe('this device is on mobile data');
    expect(meteredReason(undefined)).toBeNull();
  });
});

describe("reading the feed's section choice", () => {
  it('reads a valid choice in display order, and all sections for anything else', () => {
    expect(readSectionChoice(memoryStorage({ 'newswire.feed.sections': '{"version":1,"sections":["sports","politics"]}' }))).toEqual(['politics', 'sports']);
    for (const raw of ['', 'null', '{', '{"version":2,"sections":["sports"]}', '{"version":1,"sections":[]}', '{"version":1,"sections":["nope"]}', '[]']) {
      expect(readSectionChoice(memoryStorage({ 'newswire.feed.sections': raw })), raw).toBeNull();
    }
    expect(readSectionChoice(undefined)).toBeNull();
    const blocked = { getItem: () => { throw new DOMException('blocked', 'SecurityError'); } };
    expect(readSectionChoice(blocked)).toBeNull();
  });
});
