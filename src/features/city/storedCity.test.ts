import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from '../../lib/zonedTime';
import { CITY_STORAGE_KEY, readStoredChoice } from './cityStore';
import { DEFAULT_CITY, resolveChoice, type CityChoice } from './storedCity';

// What the app reads back when `raw` is stored (null: nothing is).
function parseStoredChoice(raw: string | null): CityChoice {
  if (raw === null) localStorage.removeItem(CITY_STORAGE_KEY);
  else localStorage.setItem(CITY_STORAGE_KEY, raw);
  return readStoredChoice();
}
const serializeChoice = (choice: CityChoice) => JSON.stringify(choice);

const newYork: CityChoice = { kind: 'city', id: 'new-york', name: 'New York', timeZone: 'America/New_York' };

describe('the stored city', () => {
  it('reads back what it wrote', () => {
    expect(parseStoredChoice(serializeChoice(newYork))).toEqual(newYork);
    expect(parseStoredChoice(serializeChoice({ kind: 'local' }))).toEqual({ kind: 'local' });
  });

  it('falls back to Moscow for anything hostile or broken', () => {
    const hostile = [
      null,
      '',
      'new-york',
      '{"kind":"city"',
      'null',
      '42',
      '[]',
      '"local"',
      '{"kind":"town","id":"x","name":"X","timeZone":"UTC"}',
      '{"kind":"city","id":"mars","name":"Mars","timeZone":"Mars/Olympus_Mons"}',
      '{"kind":"city","id":"x","name":"X","timeZone":""}',
      '{"kind":"city","id":"new-york","name":"New York"}',
      '{"kind":"city","id":"../../etc","name":"X","timeZone":"UTC"}',
      '{"kind":"city","id":"x","name":"   ","timeZone":"UTC"}',
      '{"kind":"city","id":"x","name":{"toString":"boom"},"timeZone":"UTC"}',
      '{"__proto__":{"kind":"local"}}',
      `{"kind":"city","id":"x","name":"${'A'.repeat(600)}","timeZone":"UTC"}`,
    ];
    for (const raw of hostile) expect(parseStoredChoice(raw), String(raw)).toEqual(DEFAULT_CITY);
  });

  it('drops extra fields and keeps a hostile-looking but harmless name as plain text', () => {
    const raw = '{"kind":"city","id":"x","name":"<img src=x onerror=alert(1)>","timeZone":"Asia/Kathmandu","admin":true}';
    expect(parseStoredChoice(raw)).toEqual({ kind: 'city', id: 'x', name: '<img src=x onerror=alert(1)>', timeZone: 'Asia/Kathmandu' });
  });

  it('never throws and always yields a zone this browser accepts, whatever is stored', () => {
    const json = fc.oneof(
      fc.string(),
      fc.json(),
      fc.record({ kind: fc.constantFrom('city', 'local', 'x'), id: fc.string(), name: fc.string(), timeZone: fc.oneof(fc.string(), fc.constantFrom('UTC', 'Europe/Moscow', 'Etc/GMT+99')) }).map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(json, (raw) => {
        const city = resolveChoice(parseStoredChoice(raw));
        expect(isValidTimeZone(city.timeZone)).toBe(true);
        expect(city.label.length).toBeGreaterThan(0);
      }),
    );
  });

  it('resolves "My local time" to the browser’s zone', () => {
    const local = resolveChoice({ kind: 'local' });
    expect(local.label).toBe('My local time');
    expect(local.timeZone).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
