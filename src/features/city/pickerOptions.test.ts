import { describe, expect, it } from 'vitest';
import type { City } from '../../contract/schemas';
import { filterOptions, pickerOptions } from './pickerOptions';
import { DEFAULT_CITY, type CityChoice } from './storedCity';

const cities: City[] = [
  { id: 'moscow', name: 'Moscow', timeZone: 'Europe/Moscow' },
  { id: 'brasilia', name: 'Brasília', timeZone: 'America/Sao_Paulo' },
  { id: 'new-york', name: 'New York', timeZone: 'America/New_York' },
  { id: 'atlantis', name: 'Atlantis', timeZone: 'Atlantic/Atlantis' },
];
const newYork: CityChoice = { kind: 'city', id: 'new-york', name: 'New York', timeZone: 'America/New_York' };

describe('picker options', () => {
  it('offers "My local time" first, then the listed cities whose zone this browser knows', () => {
    expect(pickerOptions(cities, DEFAULT_CITY).map((o) => o.label)).toEqual(['My local time', 'Moscow', 'Brasília', 'New York']);
  });

  it('still offers Moscow and the saved city without the list', () => {
    expect(pickerOptions(undefined, newYork).map((o) => o.label)).toEqual(['My local time', 'Moscow', 'New York']);
    expect(pickerOptions(undefined, DEFAULT_CITY).map((o) => o.label)).toEqual(['My local time', 'Moscow']);
  });

  it('filters by name or zone, ignoring case and accents', () => {
    const all = pickerOptions(cities, DEFAULT_CITY);
    expect(filterOptions(all, 'brasilia').map((o) => o.label)).toEqual(['Brasília']);
    expect(filterOptions(all, '  NEW y').map((o) => o.label)).toEqual(['New York']);
    expect(filterOptions(all, 'sao paulo').map((o) => o.label)).toEqual(['Brasília']);
    expect(filterOptions(all, 'zzz')).toEqual([]);
    expect(filterOptions(all, '')).toHaveLength(4);
  });
});
