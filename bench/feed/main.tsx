// The feed benchmark's page: loads N stories from the API, then renders them either through the
// app's virtualised list or fully (the reference), and reports paint time and DOM size.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { FeedPage } from '../../src/contract/schemas';
import type { ArticleSummary } from '../../src/contract/schemas';
import { FeedItem } from '../../src/features/feed/FeedItem';
import { feedRows, type FeedRow } from '../../src/features/feed/feedRows';
import { VirtualFeed } from '../../src/features/feed/VirtualFeed';
import '../../src/app/styles.css';
import '../../src/features/feed/feed.css';

declare global {
  interface Window {
    benchResult?: { items: number; paintMs: number; domElements: number };
  }
}

function FullFeed({ rows }: { rows: FeedRow[] }) {
  return (
    <ul className="feed-rows-full">
      {rows.map((row) => (
        <li key={row.key}>{row.kind === 'day' ? <h2 className="feed-day-heading">{row.heading}</h2> : <FeedItem article={row.article} />}</li>
      ))}
    </ul>
  );
}

async function load(n: number): Promise<ArticleSummary[]> {
  const items: ArticleSummary[] = [];
  let cursor: string | null = null;
  while (items.length < n) {
    const query = `limit=100${cursor === null ? '' : `&cursor=${cursor}`}`;
    const page = FeedPage.parse(await (await fetch(`/api/feed?${query}`)).json());
    items.push(...page.items);
    cursor = page.nextCursor;
    if (cursor === null) break;
  }
  return items.slice(0, n);
}

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 1000);
const mode = params.get('mode') === 'full' ? 'full' : 'virtual';
const items = await load(n);
const rows = feedRows(items, new Date(), 'Europe/Moscow');
const root = document.getElementById('root');
if (root === null) throw new Error('no root');

const start = performance.now();
flushSync(() => {
  createRoot(root).render(
    <MemoryRouter>{mode === 'full' ? <FullFeed rows={rows} /> : <VirtualFeed rows={rows} showSection />}</MemoryRouter>,
  );
});
requestAnimationFrame(() => {
  setTimeout(() => {
    window.benchResult = { items: items.length, paintMs: performance.now() - start, domElements: document.getElementsByTagName('*').length };
  }, 0);
});
