import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTION_SLUGS } from '../../contract/sections';
import { parseSearchParams, searchParamsOf, validDate } from './searchParams';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe('parseSearchParams', () => {
  it('reads words, sections and dates', () => {
    expect(parse('q=+key+rate+&sections=economy,world&from=2017-01-01&to=2017-01-31')).toEqual({
      request: { q: 'key rate', sections: ['economy', 'world'], from: '2017-01-01', to: '2017-01-31' },
      problems: [],
    });
    expect(parse('')).toEqual({ request: { q: '', sections: null, from: null, to: null }, problems: [] });
  });

  it('leaves out what it cannot use and says so', () => {
    const { request, problems } = parse('q=oil&sections=economy,nope,<b>&from=2017-02-30&to=yesterday');
    expect(request).toEqual({ q: 'oil', sections: ['economy'], from: null, to: null });
    expect(problems).toEqual(['Unknown sections ignored: nope, <b>.', 'The “From” date in the address is not a date and was ignored.', 'The “To” date in the address is not a date and was ignored.']);
    expect(parse('q=x&from=2017-03-01&to=2017-02-01').problems).toEqual(['The “From” date was after the “To” date, so the dates were ignored.']);
    const long = parse(`q=${'я'.repeat(250)}`);
    expect(Array.from(long.request.q)).toHaveLength(200);
    expect(long.problems[0]).toContain('200');
  });

  it('round-trips any search it produced, and never throws on any address', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).map((s) => s.trim()),
        fc.option(fc.subarray([...SECTION_SLUGS], { minLength: 1 }), { nil: null }),
        fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
        (q, sections, from) => {
          const request = { q, sections, from, to: null };
          expect(parseSearchParams(searchParamsOf(request))).toEqual({ request, problems: [] });
        },
      ),
    );
    fc.assert(fc.property(fc.string(), (raw) => void parseSearchParams(new URLSearchParams(raw))));
  });

  it('accepts only real calendar dates', () => {
    expect(validDate('2016-02-29')).toBe('2016-02-29');
    for (const bad of ['2017-02-29', '2017-13-01', '17-01-01', '2017-1-1', '', null]) expect(validDate(bad)).toBeNull();
  });
});
