import type { Store } from '../store/createStore';
import { syntheticArticle } from './syntheticArticles';

/**
 * Inserts `count` synthetic articles ending at `now`, in transactions of 1,000, reporting progress.
 * It yields to the event loop between transactions: DOMPurify's node iterators are held by
 * jsdom through WeakRefs, whose targets V8 keeps alive until the current job ends, so a loop
 * that never yields keeps every parsed article in memory (4 GB and a crash by 70,000 articles).
 */
export async function seedSynthetic(store: Store, count: number, now: number, progress?: (done: number) => void): Promise<void> {
  const batch = 1000;
  for (let start = 0; start < count; start += batch) {
    await store.transaction(async () => {
      for (let i = start; i < Math.min(count, start + batch); i++) await store.insertArticle(syntheticArticle(i, now));
    });
    progress?.(Math.min(count, start + batch));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
