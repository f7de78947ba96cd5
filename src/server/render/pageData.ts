import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { ApiError } from '../../api/client';
import { galleriesQuery, galleryQuery, infographicQuery, infographicsQuery, personQuery, personsQuery, searchQuery, topicQuery, topicsQuery } from '../../api/discoveryQueries';
import { articleQuery, mostReadQuery } from '../../api/articleQueries';
import { feedQuery, topStoriesQuery } from '../../api/queries';
import { ratesQuery } from '../../api/ratesQueries';
import { isSectionSlug } from '../../contract/sections';
import { pageIndex } from '../../features/article/pageIndex';
import { choiceFromUrl, sectionsParam } from '../../features/feed/sectionChoice';
import { mostReadPeriod } from '../../features/most-read/MostRead';
import { parseSearchParams } from '../../features/search/searchParams';
import type { RenderSnapshot } from '../../lib/renderSnapshot';

/** What a page's data loading learns for the answer: its status (404 for a page that does not exist). */
export interface PageContext {
  queryClient: QueryClient;
  snapshot: RenderSnapshot;
  status: number;
  /** Where the page must send the reader instead (an article asked for under another section). */
  redirect?: string;
}

type Loader = (args: { params: LoaderFunctionArgs['params']; url: URL; page: PageContext; q: QueryClient }) => Promise<unknown>;

const ID = /^[1-9]\d{0,15}$/;

// Fetches a query into the page's cache (the components then render with it); a 404 answer makes the page a 404.
async function settle(page: PageContext, fetching: Promise<unknown>): Promise<void> {
  try {
    await fetching;
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'not_found') page.status = 404;
    // Any other failure is rendered by the page as it would be in the browser (an error message).
  }
}


const notFound = (page: PageContext): Promise<void> => {
  page.status = 404;
  return Promise.resolve();
};

/**
 * The data each route's components ask for, by route id (src/app/routeTable.tsx), fetched before the
 * server renders the page so that the first render already has it. The queries are the app's own.
 */
export const PAGE_DATA: Record<string, Loader> = {
  feed: async ({ url, page, q }) => {
    const fromUrl = choiceFromUrl(sectionsParam(url.searchParams));
    const sections = fromUrl === undefined ? page.snapshot.sections : fromUrl.choice;
    await Promise.all([settle(page, q.query(topStoriesQuery())), settle(page, q.infiniteQuery(feedQuery(sections, url.searchParams.get('cursor'))))]);
  },
  section: async ({ params, url, page, q }) => {
    const section = params.section ?? '';
    if (!isSectionSlug(section)) return notFound(page);
    await settle(page, q.infiniteQuery(feedQuery([section], url.searchParams.get('cursor'))));
  },
  article: async ({ params, url, page, q }) => {
    const { section = '', id = '' } = params;
    if (!isSectionSlug(section) || !ID.test(id)) return notFound(page);
    await Promise.all([settle(page, q.query(articleQuery(Number(id)))), settle(page, q.query(topStoriesQuery())), settle(page, q.query(mostReadQuery(mostReadPeriod(url.searchParams.get('mostRead')))))]);
    const article = q.getQueryData(articleQuery(Number(id)).queryKey);
    if (article !== undefined && article.section !== section) page.redirect = article.url;
    const index = pageIndex(url.searchParams.get('page'));
    if (article !== undefined && (index === null || index >= article.pages.length)) page.status = 404;
  },
  search: async ({ url, page, q }) => {
    const { request } = parseSearchParams(url.searchParams);
    if (request.q === '') return;
    await Promise.all([settle(page, q.infiniteQuery(searchQuery(request))), settle(page, q.query(topicsQuery()))]);
  },
  topics: ({ page, q }) => settle(page, q.query(topicsQuery())),
  topic: ({ params, page, q }) => settle(page, q.infiniteQuery(topicQuery(params.slug ?? ''))),
  persons: ({ page, q }) => settle(page, q.query(personsQuery())),
  person: ({ params, page, q }) => settle(page, q.infiniteQuery(personQuery(params.slug ?? ''))),
  galleries: ({ page, q }) => settle(page, q.infiniteQuery(galleriesQuery())),
  gallery: ({ params, page, q }) => (ID.test(params.id ?? '') ? settle(page, q.query(galleryQuery(Number(params.id)))) : notFound(page)),
  infographics: ({ page, q }) => settle(page, q.infiniteQuery(infographicsQuery())),
  infographic: ({ params, page, q }) => (ID.test(params.id ?? '') ? settle(page, q.query(infographicQuery(Number(params.id)))) : notFound(page)),
  converter: ({ page, q }) => Promise.all([settle(page, q.query(ratesQuery('cbr'))), settle(page, q.query(ratesQuery('ecb')))]),
  'not-found': ({ page }) => notFound(page),
};
