import { describe, expect, it } from 'vitest';
import { ARTICLE_CACHE, IMAGE_CACHE, LIST_CACHE } from './cacheNames';
import { CACHEABLE_STATUSES, isAppNavigation, RUNTIME_RULES, runtimeRuleFor, samePictureAtAnotherWidth } from './swRoutes';

const ORIGIN = 'https://newswire.example';
const rule = (path: string, origin = ORIGIN) => runtimeRuleFor(new URL(path, origin), ORIGIN);

describe('the service worker rules', () => {
  it('answers news lists network-first within 3 s, falling back to the cache', () => {
    for (const path of ['/api/feed', '/api/feed?sections=politics,world&cursor=abc', '/api/top-stories', '/api/most-read?period=today', '/api/sections', '/api/topics/oil', '/api/persons/putin', '/api/galleries', '/api/galleries/12', '/api/following?topics=oil&persons=putin']) {
      expect(rule(path), path).toMatchObject({ strategy: 'network-first', cacheName: LIST_CACHE });
      expect(rule(path)?.networkTimeoutSeconds, path).toBeLessThanOrEqual(3);
    }
  });

  it('answers articles stale-while-revalidate, keeping the last 20 opened', () => {
    expect(rule('/api/articles/927473')).toMatchObject({ strategy: 'stale-while-revalidate', cacheName: ARTICLE_CACHE, maxEntries: 20 });
  });

  it('answers the app’s own pictures cache-first, never other sites’ (opaque) ones', () => {
    expect(rule('/images/demo/rocket-launch-800.webp')).toMatchObject({ strategy: 'cache-first', cacheName: IMAGE_CACHE });
    expect(rule('https://cdn.example.org/photo.jpg', 'https://cdn.example.org')).toBeUndefined();
  });

  it('leaves everything else to the network: updates, rates, cities, search, POSTed reads, health, other origins', () => {
    for (const path of ['/api/feed/updates?after=1', '/api/rates?source=cbr', '/api/cities', '/api/search?q=oil', '/api/articles/1/views', '/api/health', '/api/articles/abc', '/api/articles/0', '/api/following?topics=oil&since=2026-12-01T00:00:00Z&limit=1']) {
      expect(rule(path), path).toBeUndefined();
    }
    expect(rule('/api/feed', 'https://evil.example')).toBeUndefined();
  });

  it('bounds every runtime cache and stores only complete 200 answers', () => {
    for (const r of RUNTIME_RULES) {
      expect(r.maxEntries, r.name).toBeGreaterThan(0);
      expect(r.maxEntries, r.name).toBeLessThanOrEqual(200);
      expect(r.maxAgeSeconds, r.name).toBeGreaterThan(0);
      expect(r.maxAgeSeconds, r.name).toBeLessThanOrEqual(31 * 24 * 3600);
    }
    expect(CACHEABLE_STATUSES).toEqual([200]);
  });

  it('answers app pages with the shell, but not the API, built files or anything with an extension', () => {
    for (const path of ['/', '/politics', '/politics/927473', '/converter', '/saved', '/search', '/no-such-page']) expect(isAppNavigation(new URL(path, ORIGIN)), path).toBe(true);
    for (const path of ['/api/feed', '/api', '/assets/index-abc.js', '/sw.js', '/manifest.webmanifest', '/robots.txt', '/images/demo/a.webp', '/icons/icon-192.png']) {
      expect(isAppNavigation(new URL(path, ORIGIN)), path).toBe(false);
    }
  });

  it('finds a kept picture at another width for one the device lacks, the widest, never another picture', () => {
    const key = '0123456789abcdef0123456789abcdef';
    const kept = [`/images/feeds/${key}-480.webp`, `/images/feeds/${key}-1200.webp`, '/images/feeds/ffffffffffffffffffffffffffffffff-800.webp', '/api/articles/3', '/images/demo/bank-facade-480.webp'];
    expect(samePictureAtAnotherWidth(`/images/feeds/${key}-800.webp`, kept)).toBe(`/images/feeds/${key}-1200.webp`);
    expect(samePictureAtAnotherWidth('/images/demo/bank-facade-1200.webp', kept)).toBe('/images/demo/bank-facade-480.webp');
    expect(samePictureAtAnotherWidth('/images/demo/rocket-launch-800.webp', kept)).toBeNull();
    expect(samePictureAtAnotherWidth('/images/demo/bank-facade-800.png', kept)).toBeNull();
    expect(samePictureAtAnotherWidth('/api/articles/3', kept)).toBeNull();
  });
});
