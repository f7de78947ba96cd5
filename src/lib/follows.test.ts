import { afterEach, describe, expect, it, vi } from 'vitest';
import { followParams, followStore, MAX_FOLLOWS, parseFollows, setFollowed } from './follows';

afterEach(() => {
  localStorage.clear();
  followStore.read();
});

describe('follows on this device', () => {
  it('keeps the good entries of a damaged list and drops the rest', () => {
    const stored = [
      { kind: 'topic', slug: 'arctic-shipping', name: 'Arctic shipping' },
      { kind: 'topic', slug: 'arctic-shipping', name: 'Twice' },
      { kind: 'person', slug: '../etc', name: 'X' },
      { kind: 'person', slug: 'x', name: '   ' },
      { kind: 'section', slug: 'moon', name: 'Moon' },
      { kind: 'section', slug: 'world', name: '<b>ignored: sections are named by the app</b>' },
      { kind: 'account', slug: 'a', name: 'A' },
      'topic:oil',
      null,
      { kind: 'person', slug: 'ivan-petrov', name: 'Ivan Petrov', admin: true },
    ];
    expect(parseFollows(stored)).toEqual([
      { kind: 'topic', slug: 'arctic-shipping', name: 'Arctic shipping' },
      { kind: 'section', slug: 'world', name: 'World' },
      { kind: 'person', slug: 'ivan-petrov', name: 'Ivan Petrov' },
    ]);
    for (const bad of [null, 42, 'x', {}, { 0: 1 }]) expect(parseFollows(bad)).toEqual([]);
  });

  it('reads back a broken stored value as nothing followed, without throwing', () => {
    localStorage.setItem('newswire.follows', '{broken');
    expect(followStore.read()).toEqual([]);
  });

  it('follows (newest first) and unfollows, at most 100, and says when storage refused it', () => {
    expect(setFollowed({ kind: 'topic', slug: 'oil', name: 'Oil' }, true)).toBe('saved');
    expect(setFollowed({ kind: 'section', slug: 'world', name: 'World' }, true)).toBe('saved');
    expect(JSON.parse(localStorage.getItem('newswire.follows') ?? '[]')).toEqual([
      { kind: 'section', slug: 'world', name: 'World' },
      { kind: 'topic', slug: 'oil', name: 'Oil' },
    ]);
    expect(followParams(followStore.get())).toEqual({ sections: ['world'], topics: ['oil'], persons: [] });
    expect(setFollowed({ kind: 'topic', slug: 'oil', name: 'Oil' }, false)).toBe('saved');
    expect(followStore.read()).toEqual([{ kind: 'section', slug: 'world', name: 'World' }]);

    for (let i = followStore.get().length; i < MAX_FOLLOWS; i++) setFollowed({ kind: 'topic', slug: `t-${String(i)}`, name: `T ${String(i)}` }, true);
    expect(setFollowed({ kind: 'person', slug: 'one-more', name: 'One more' }, true)).toBe('full');
    expect(followStore.get()).toHaveLength(MAX_FOLLOWS);

    localStorage.clear();
    followStore.read();
    const refusing = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(setFollowed({ kind: 'topic', slug: 'oil', name: 'Oil' }, true)).toBe('unsaved');
    refusing.mockRestore();
    expect(followStore.get()).toEqual([{ kind: 'topic', slug: 'oil', name: 'Oil' }]);
  });
});
