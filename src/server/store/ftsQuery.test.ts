import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './ftsQuery';

describe('toFtsQuery', () => {
  it('quotes every word and matches the last as a prefix', () => {
    expect(toFtsQuery('central bank')).toBe('"central" "bank"*');
    expect(toFtsQuery('oil "price')).toBe('"oil" """price"*');
    expect(toFtsQuery('NOT OR AND')).toBe('"NOT" "OR" "AND"*');
  });

  it('gives null when nothing is searchable', () => {
    expect(toFtsQuery('   ')).toBeNull();
    expect(toFtsQuery('*** ""')).toBeNull();
  });
});
