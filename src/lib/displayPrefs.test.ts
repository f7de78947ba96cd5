import { afterEach, describe, expect, it, vi } from 'vitest';
import { DISPLAY_STORAGE_KEY } from '../contract/displayChoices';
import { applyPrefs, DEFAULT_PREFS, isDataSaverOn, readPrefs, setPrefs } from './displayPrefs';

afterEach(() => {
  localStorage.clear();
  setPrefs(DEFAULT_PREFS);
});

describe('display preferences', () => {
  it('round-trips the choices through storage and applies them to <html>', () => {
    const prefs = { theme: 'dark', textSize: 'larger', lineWidth: 'narrow', motion: 'reduce', dataSaver: 'on' } as const;
    expect(setPrefs(prefs)).toBe(true);
    expect(readPrefs()).toEqual(prefs);
    const root = document.documentElement;
    expect([root.dataset.theme, root.dataset.textSize, root.dataset.lineWidth, root.dataset.motion]).toEqual(['dark', 'larger', 'narrow', 'reduce']);
  });

  it('falls back field by field for corrupted, hostile or outdated values', () => {
    const cases: [string, object][] = [
      ['{broken', DEFAULT_PREFS],
      ['"dark"', DEFAULT_PREFS],
      ['[1,2]', DEFAULT_PREFS],
      [JSON.stringify({ theme: 'dark', textSize: 'enormous' }), { ...DEFAULT_PREFS, theme: 'dark' }],
      [JSON.stringify({ theme: '<script>', lineWidth: 'wide', motion: null, dataSaver: 1 }), { ...DEFAULT_PREFS, lineWidth: 'wide' }],
      [JSON.stringify({ __proto__: { theme: 'dark' }, textSize: 'small' }), { ...DEFAULT_PREFS, textSize: 'small' }],
    ];
    for (const [stored, expected] of cases) {
      localStorage.setItem(DISPLAY_STORAGE_KEY, stored);
      expect(readPrefs(), stored).toEqual(expected);
    }
  });

  it('keeps a choice for the visit when storage refuses it', () => {
    const refusing = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(setPrefs({ ...DEFAULT_PREFS, theme: 'light' })).toBe(false);
    refusing.mockRestore();
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(readPrefs().theme).toBe('system'); // storage kept what it had
  });

  it('turns data saver on by choice, or when the browser asks to save data', () => {
    expect(isDataSaverOn({ ...DEFAULT_PREFS, dataSaver: 'on' })).toBe(true);
    expect(isDataSaverOn({ ...DEFAULT_PREFS, dataSaver: 'off' })).toBe(false);
    expect(isDataSaverOn(DEFAULT_PREFS)).toBe(false);
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    expect(isDataSaverOn(DEFAULT_PREFS)).toBe(true);
    expect(isDataSaverOn({ ...DEFAULT_PREFS, dataSaver: 'off' })).toBe(false);
    Reflect.deleteProperty(navigator, 'connection');
  });

  it('applies to any element', () => {
    const el = document.createElement('div');
    applyPrefs({ ...DEFAULT_PREFS, theme: 'dark' }, el);
    expect(el.dataset.theme).toBe('dark');
  });
});
