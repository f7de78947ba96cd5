import type { Image } from '../../contract/schemas';
import type { Store } from '../store/createStore';
import { demoArticles, demoPersons, demoTopics } from './demoCorpus';
import { demoGalleries } from './demoGalleries';
import { demoImages } from './demoImages';
import { demoInfographics } from './demoInfographics';
import { createPrng, hashString } from './prng';

/** Id of the oldest demo article; the others follow in publication order (like the agency's 6-digit ids). */
export const FIRST_DEMO_ID = 927_400;
/** Ids of the demo galleries and infographics, in the order of their lists. */
export const FIRST_GALLERY_ID = 5_100;
export const FIRST_INFOGRAPHIC_ID = 6_200;
/** Widths of the demo pictures' files. */
const WIDTHS = [480, 800, 1200];
const ANCHOR_KEY = 'demo_anchor';
const ordered = [...demoArticles].sort((a, b) => b.minutesAgo - a.minutesAgo);
const idOf = new Map(ordered.map((a, i) => [a.key, FIRST_DEMO_ID + i]));

function demoImage(name: string, caption: string): Image {
  const image = demoImages.find((i) => i.name === name);
  if (image === undefined) throw new Error(`demo corpus: unknown image "${name}"`);
  const file = (w: number) => `/images/demo/${image.name}-${String(w)}.webp`;
  return {
    src: file(image.width),
    srcset: image.widths.map((w) => `${file(w)} ${String(w)}w`).join(', '),
    alt: image.alt,
    credit: image.credit,
    caption,
    width: image.width,
    height: image.height,
  };
}

/**
 * Fills an empty store with the demo corpus, published relative to `now`, plus a week of
 * demo reads for Most read. Deterministic: the same `now` gives the same database.
 */
export async function seedDemo(store: Store, now: number): Promise<void> {
  const resolve = (key: string): number => {
    const id = idOf.get(key);
    if (id === undefined) throw new Error(`demo corpus: unknown article key "${key}"`);
    return id;
  };
  const urlOf = (key: string): string => {
    const target = ordered.find((a) => a.key === key);
    if (target === undefined) throw new Error(`demo corpus: unknown article key "${key}"`);
    return `/${target.section}/${String(resolve(key))}`;
  };
  const person = (slug: string) => {
    const found = demoPersons.find((p) => p.slug === slug);
    if (found === undefined) throw new Error(`demo corpus: unknown person "${slug}"`);
    return found;
  };
  const topic = (slug: string) => {
    const found = demoTopics.find((t) => t.slug === slug);
    if (found === undefined) throw new Error(`demo corpus: unknown topic "${slug}"`);
    return found;
  };

  await store.transaction(async () => {
    for (const a of ordered) {
      await store.insertArticle({
        id: resolve(a.key),
        section: a.section,
        title: a.title,
        lead: a.lead,
        datelinePlace: a.datelineCity,
        publishedAt: now - a.minutesAgo * 60_000,
        isTop: a.isTop === true,
        image: demoImage(a.image.name, a.image.caption),
        pages: a.pages.map((html) => html.replace(/href="@([a-z0-9-]+)"/g, (_m, key: string) => `href="${urlOf(key)}"`)),
        persons: a.persons.map(person),
        topics: a.topics.map(topic),
        otherMedia: a.otherMedia,
        origin: 'demo',
      });
    }
    for (const a of ordered) await store.setRelated(resolve(a.key), a.related.map(resolve));
    await seedReads(store, now);
    await seedDemoMedia(store, now);
    await store.setMeta(ANCHOR_KEY, String(now));
  });
}

function articleId(key: string): number {
  const id = idOf.get(key);
  if (id === undefined) throw new Error(`demo corpus: unknown article key "${key}"`);
  return id;
}

/** The demo photo galleries and infographics, published relative to `now`. */
async function seedDemoMedia(store: Store, now: number): Promise<void> {
  for (const [i, g] of demoGalleries.entries()) {
    await store.insertGallery({
      id: FIRST_GALLERY_ID + i,
      title: g.title,
      lead: g.lead,
      publishedAt: now - g.minutesAgo * 60_000,
      origin: 'demo',
      related: g.related.map(articleId),
      photos: g.photos.map((p) => {
        const file = (w: number) => `/images/demo/${p.name}-${String(w)}.webp`;
        return { src: file(1200), srcset: WIDTHS.map((w) => `${file(w)} ${String(w)}w`).join(', '), alt: p.alt, caption: p.caption, credit: 'Newswire illustration', width: 1200, height: 675 };
      }),
    });
  }
  for (const [i, info] of demoInfographics.entries()) {
    await store.insertInfographic({
      id: FIRST_INFOGRAPHIC_ID + i,
      title: info.title,
      lead: info.lead,
      publishedAt: now - info.minutesAgo * 60_000,
      origin: 'demo',
      image: { src: `/images/infographics/${info.name}.svg`, alt: info.alt, credit: 'Newswire infographic', width: info.width, height: info.height },
      text: info.text,
      related: info.related.map(articleId),
    });
  }
}

// A week of demo reads for Most read: each article is read from its publication on, most in its first hours.
async function seedReads(store: Store, now: number): Promise<void> {
  for (const [index, a] of ordered.entries()) {
    const random = createPrng(hashString(a.key));
    const appeal = (0.3 + random()) * (a.isTop === true ? 2.5 : 1);
    const age = Math.min(a.minutesAgo, 7 * 24 * 60 - 1);
    for (let i = 0; i < 24; i++) {
      const after = Math.floor(Math.pow(random(), 2.2) * age);
      const count = Math.max(1, Math.round(appeal * 40 * (1 - after / (age + 60)) * random()));
      await store.addViews(FIRST_DEMO_ID + index, now - (a.minutesAgo - after) * 60_000, count);
    }
  }
}

/**
 * Moves the demo corpus (articles and their reads) forward so that its newest story stays as
 * recent as on the day it was seeded; articles from real feeds keep their times.
 */
export async function reanchorDemo(store: Store, now: number): Promise<void> {
  const anchor = Number(await store.getMeta(ANCHOR_KEY));
  if (!Number.isFinite(anchor) || anchor <= 0) return;
  // A database seeded before galleries and infographics existed gets them now.
  if (!(await store.hasDemoMedia())) await store.transaction(() => seedDemoMedia(store, anchor));
  const minutes = Math.floor((now - anchor) / 60_000);
  if (minutes < 1) return;
  const anchored = anchor + minutes * 60_000;
  await store.transaction(async () => {
    await store.shiftDemo(minutes);
    await seedReads(store, anchored);
    await store.setMeta(ANCHOR_KEY, String(anchored));
  });
}
