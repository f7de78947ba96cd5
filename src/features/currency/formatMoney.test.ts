import { describe, expect, it } from 'vitest';
import { formatMoney, formatRate, formatRatesDate } from './formatMoney';

describe('formatMoney', () => {
  it('groups thousands and shows exactly the minor-unit decimals', () => {
    expect(formatMoney('6449.93', 'RUB')).toBe('6,449.93 RUB');
    expect(formatMoney('12962', 'JPY')).toBe('12,962 JPY');
    expect(formatMoney('30.523', 'KWD')).toBe('30.523 KWD');
    expect(formatMoney('0.00', 'USD')).toBe('0.00 USD');
  });

  it('formats beyond what a float holds, digit for digit', () => {
    expect(formatMoney('123456789012345678.91', 'RUB')).toBe('123,456,789,012,345,678.91 RUB');
  });
});

describe('formatRate and formatRatesDate', () => {
  it('keeps every decimal of a rate', () => {
    expect(formatRate('59.6663')).toBe('59.6663');
    expect(formatRate('16477.11')).toBe('16,477.11');
    expect(formatRate('0.00447528')).toBe('0.00447528');
  });

  it('writes the rates date in words', () => {
    expect(formatRatesDate('2017-01-23')).toBe('23 January 2017');
    expect(formatRatesDate('not a date')).toBe('not a date');
  });
});
