import { afterEach, describe, expect, it } from 'vitest';
import { decodeFirstPaint, FIRST_PAINT_COOKIE } from '../contract/firstPaint';
import { chooseCity } from '../features/city/cityStore';
import { DEFAULT_CITY } from '../features/city/storedCity';
import { storeChoice } from '../features/feed/sectionChoice';
import { DEFAULT_PREFS, setPrefs } from './displayPrefs';
import { keepFirstPaintCookie } from './firstPaintCookie';

// The cookie lets the server draw a page's first paint as this reader's app will draw it.
const cookie = () => decodeFirstPaint(new RegExp(`(?:^|; )${FIRST_PAINT_COOKIE}=([^;]*)`).exec(document.cookie)?.[1]);

afterEach(() => {
  localStorage.clear();
  setPrefs(DEFAULT_PREFS);
  chooseCity(DEFAULT_CITY);
  storeChoice(null);
});

describe('the first-paint cookie', () => {
  it('is written at start and rewritten whenever the reader changes a display choice, the city or the feed filter', () => {
    keepFirstPaintCookie();
    expect(cookie()).toEqual({ prefs: { theme: 'system', textSize: 'medium', lineWidth: 'medium', motion: 'system' }, limits: { otherCity: false, filteredFeed: false, noPictures: false } });

    setPrefs({ theme: 'dark', textSize: 'larger', lineWidth: 'wide', motion: 'reduce', dataSaver: 'on' });
    expect(cookie()).toEqual({ prefs: { theme: 'dark', textSize: 'larger', lineWidth: 'wide', motion: 'reduce' }, limits: { otherCity: false, filteredFeed: false, noPictures: true } });

    chooseCity({ kind: 'city', id: 'london', name: 'London', timeZone: 'Europe/London' });
    expect(cookie()?.limits.otherCity).toBe(true);
    chooseCity(DEFAULT_CITY);
    expect(cookie()?.limits.otherCity).toBe(false);

    storeChoice(['world', 'sports']);
    expect(cookie()?.limits.filteredFeed).toBe(true);
    storeChoice(null);
    expect(cookie()?.limits).toEqual({ otherCity: false, filteredFeed: false, noPictures: true });
  });

  it('reports the reader’s own local time as another city', () => {
    chooseCity({ kind: 'local' });
    keepFirstPaintCookie();
    expect(cookie()?.limits.otherCity).toBe(true);
  });
});
