import { AsyncLocalStorage } from 'node:async_hooks';
import { dehydrate, QueryClient, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, StaticRouter, type RouteObject } from 'react-router';
import { setApiFetch, type ApiFetch } from '../../api/client';
import { App } from '../../app/App';
import { isPermanentFailure } from '../../app/queryClient';
import { ROUTES } from '../../app/routeTable';
import { setArticleSanitizer } from '../../lib/sanitizeArticleHtml';
import { articleQuery } from '../../api/articleQueries';
import { isSectionSlug, sectionTitle } from '../../contract/sections';
import type { RenderSnapshot } from '../../lib/renderSnapshot';
import { zoneOffsets, type ZoneOffsets } from '../../lib/zonedTime';
import type { PageHead } from '../html/pageHead';
import { sanitizeArticleHtml } from '../html/articleHtml';
import { PAGE_DATA, type PageContext } from './pageData';

// Every page is rendered by the app's own components, with the app's own queries: React Router's static
// handler matches the address and runs the route's data loading (the API answers in-process, through the
// response cache), then React renders the page once all of it, lazy pages included, is ready — inside the
// same router element tree as the browser's (a StaticRouter where the browser has its BrowserRouter, both
// rendering the route table with useRoutes), so that every useId and every node is the same on both sides. The browser hydrates the HTML with the same data (dehydrated into
// the page) and the same snapshot (src/lib/renderSnapshot.ts).

// Article bodies are sanitized again as the browser does, with the same allow-list on jsdom.
setArticleSanitizer(sanitizeArticleHtml);

const apiFetches = new AsyncLocalStorage<ApiFetch>();
setApiFetch((path, init) => {
  const fetchApi = apiFetches.getStore();
  return fetchApi === undefined ? Promise.reject(new Error(`API request outside a page render: ${path}`)) : fetchApi(path, init);
});

/** What one page render needs: the address, what it is rendered for, and how to reach the API. */
export interface RenderRequest {
  url: URL;
  snapshot: RenderSnapshot;
  fetchApi: ApiFetch;
}

/** A rendered page: the app's HTML, the data to hydrate it with, its status and the route modules it uses. */
export interface RenderedPage {
  status: number;
  /** Set when the address must change (an article asked for under another section). */
  redirect?: string;
  /** The HTML inside #root. */
  html: string;
  /** The data to hydrate with, and the API paths it came from (the service worker keeps them for offline reading). */
  state: { queries: DehydratedState; snapshot: RenderSnapshot; api: string[]; zone?: ZoneOffsets };
  /** Source files of the lazily loaded pages this page renders (to preload their chunks). */
  modules: string[];
  /** Route ids from the root to the page. */
  routeIds: string[];
  /** What link previews say of the page (articles and sections). */
  head: PageHead | null;
}


// Link previews of articles and sections, from the data the page was rendered with.
function headOf(routeId: string | undefined, params: Record<string, string | undefined>, queryClient: QueryClient, origin: string): PageHead | null {
  const section = params.section ?? '';
  if (routeId === 'section' && isSectionSlug(section)) {
    const title = sectionTitle(section);
    return { title: `${title} — Newswire`, description: `The latest ${title} news from Newswire.`, url: `${origin}/${section}` };
  }
  if (routeId !== 'article' || !/^[1-9]\d{0,15}$/.test(params.id ?? '')) return null;
  const article = queryClient.getQueryData(articleQuery(Number(params.id)).queryKey);
  if (article === undefined) return null;
  return {
    title: `${article.title} — Newswire`,
    description: article.lead,
    url: `${origin}${article.url}`,
    image: article.image === undefined ? undefined : new URL(article.image.src, origin).href,
    article,
  };
}

function withLoaders(routes: readonly RouteObject[], url: URL, page: PageContext): RouteObject[] {
  return routes.map((route): RouteObject => {
    const load = route.id === undefined ? undefined : PAGE_DATA[route.id];
    const loader = load === undefined ? undefined : async ({ params }: { params: Record<string, string | undefined> }) => {
      await load({ params, url, page, q: page.queryClient });
      return null;
    };
    const children = route.children === undefined ? undefined : withLoaders(route.children, url, page);
    return route.index === true ? { ...route, index: true, children: undefined, loader } : { ...route, index: false, children, loader };
  });
}

function text(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

function moduleOf(handle: unknown): string | null {
  if (typeof handle !== 'object' || handle === null) return null;
  const module: unknown = Reflect.get(handle, 'module');
  return typeof module === 'string' ? module : null;
}

// The query cache's clock times (when each answer was fetched, when the cache was dehydrated) as the
// render's minute, the clock the page itself shows: the same content then makes the same bytes in every
// render and every worker, so the page's ETag (a hash of its body) is the same wherever it was made.
function renderedAt(state: DehydratedState, minute: number): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({
      ...query,
      dehydratedAt: minute,
      state: { ...query.state, dataUpdatedAt: query.state.dataUpdatedAt === 0 ? 0 : minute, errorUpdatedAt: query.state.errorUpdatedAt === 0 ? 0 : minute },
    })),
  };
}

const DAY = 86_400_000;
const zoneTables = new Map<string, ZoneOffsets>();

/**
 * The offsets of the page's zone from 400 days before its day to 3 days after (src/lib/zonedTime.ts):
 * the browser draws the page's times, and those of the stories it loads next, without Intl. Worked out
 * once a day per zone.
 */
function pageZoneOffsets(timeZone: string, minute: number): ZoneOffsets {
  const day = Math.floor(minute / DAY) * DAY;
  const key = `${timeZone}|${String(day)}`;
  let table = zoneTables.get(key);
  if (table === undefined) {
    if (zoneTables.size >= 64) zoneTables.clear();
    table = zoneOffsets(timeZone, day - 400 * DAY, day + 3 * DAY);
    zoneTables.set(key, table);
  }
  return table;
}

/** Renders the page at `url` with the app's components, after loading the data its route needs. */
export async function renderPage({ url, snapshot, fetchApi }: RenderRequest): Promise<RenderedPage> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity, retryOnMount: (query) => !isPermanentFailure(query.state.error) } } });
  const page: PageContext = { queryClient, snapshot, status: 200 };
  const handler = createStaticHandler(withLoaders(ROUTES, url, page));
  const api: string[] = [];
  const recorded: ApiFetch = (path, init) => {
    api.push(path);
    return fetchApi(path, init);
  };
  const context = await apiFetches.run(recorded, () => handler.query(new Request(url.href)));
  if (context instanceof Response) throw new Error(`Unexpected response from the page's data loading: ${String(context.status)}`);
  if (page.redirect !== undefined) return { status: 301, redirect: page.redirect, html: '', state: { queries: { queries: [], mutations: [] }, snapshot, api: [] }, modules: [], routeIds: [], head: null };
  let failure: unknown = null;
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App queryClient={queryClient} snapshot={snapshot} router={(routes) => <StaticRouter location={`${url.pathname}${url.search}`}>{routes}</StaticRouter>} />
    </StrictMode>,
    {
      // One document, no scripts: React would otherwise write big boundaries out of line and move
      // them in place with an inline script, which the page's CSP does not allow.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError(error) {
        failure ??= error;
      },
    },
  );
  const html = await text(prelude);
  if (failure !== null) throw failure instanceof Error ? failure : new Error('The page could not be rendered.');
  const modules = context.matches.map((match) => moduleOf(match.route.handle)).filter((m): m is string => m !== null);
  const leaf = context.matches.at(-1);
  return {
    status: page.status,
    html,
    // Permanent failures (not retried on mount) are rendered as failures: the browser hydrates them so.
    state: {
      queries: renderedAt(dehydrate(queryClient, { shouldDehydrateQuery: (q) => q.state.status === 'success' || isPermanentFailure(q.state.error) }), snapshot.minute),
      snapshot,
      api,
      zone: pageZoneOffsets(snapshot.city.timeZone, snapshot.minute),
    },
    modules,
    routeIds: context.matches.map((m) => m.route.id),
    head: headOf(leaf?.route.id, leaf?.params ?? {}, queryClient, snapshot.origin),
  };
}
