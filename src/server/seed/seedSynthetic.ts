import type { Store } from '../store/createStore';
import { syntheticArticle } from './syntheticArticles';

/** Inserts `count` synthetic articles ending at `now`, in transactions of 5,000, reporting progress. */
export function seedSynthetic(store: Store, count: number, now: number, progress?: (done: number) => void): void {
  const batch = 5000;
  for (let start = 0; start < count; start += batch) {
    store.transaction(() => {
      for (let i = start; i < Math.min(count, start + batch); i++) store.insertArticle(syntheticArticle(i, now));
    });
    progress?.(Math.min(count, start + batch));
  }
}
