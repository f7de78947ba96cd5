import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { Gallery, GalleryList, Infographic, InfographicList, PersonList, PersonPage, SearchPage, TopicList, TopicPage } from '../contract/discoverySchemas';
import type { SectionSlug } from '../contract/sections';
import { getJson } from './client';
import { FIRST_PAGE, withParams } from './withParams';

/** What a search asks for: the words and the filters (sections null = all; dates as YYYY-MM-DD). */
export interface SearchRequest {
  q: string;
  sections: readonly SectionSlug[] | null;
  from: string | null;
  to: string | null;
}

/** Search results, best first, paged by cursor ("More results"). */
export function searchQuery({ q, sections, from, to }: SearchRequest) {
  return infiniteQueryOptions({
    queryKey: ['search', { q, sections, from, to }],
    queryFn: ({ pageParam, signal }) =>
      getJson(withParams('/api/search', { q, sections: sections?.join(','), from, to, cursor: pageParam }), SearchPage, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The Topics index with article counts. */
export function topicsQuery() {
  return queryOptions({ queryKey: ['topics'], queryFn: ({ signal }) => getJson('/api/topics', TopicList, signal) });
}

/** A topic and its articles, newest first, paged by cursor. */
export function topicQuery(slug: string) {
  return infiniteQueryOptions({
    queryKey: ['topic', slug],
    queryFn: ({ pageParam, signal }) => getJson(withParams(`/api/topics/${encodeURIComponent(slug)}`, { cursor: pageParam }), TopicPage, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The Persons index with article counts. */
export function personsQuery() {
  return queryOptions({ queryKey: ['persons'], queryFn: ({ signal }) => getJson('/api/persons', PersonList, signal) });
}

/** A person and the articles that mention them, newest first, paged by cursor. */
export function personQuery(slug: string) {
  return infiniteQueryOptions({
    queryKey: ['person', slug],
    queryFn: ({ pageParam, signal }) => getJson(withParams(`/api/persons/${encodeURIComponent(slug)}`, { cursor: pageParam }), PersonPage, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Photo galleries, newest first, paged by cursor. */
export function galleriesQuery() {
  return infiniteQueryOptions({
    queryKey: ['galleries'],
    queryFn: ({ pageParam, signal }) => getJson(withParams('/api/galleries', { cursor: pageParam }), GalleryList, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** One gallery with all its photos. */
export function galleryQuery(id: number) {
  return queryOptions({ queryKey: ['gallery', id], queryFn: ({ signal }) => getJson(`/api/galleries/${String(id)}`, Gallery, signal), staleTime: 5 * 60_000 });
}

/** Infographics, newest first, paged by cursor. */
export function infographicsQuery() {
  return infiniteQueryOptions({
    queryKey: ['infographics'],
    queryFn: ({ pageParam, signal }) => getJson(withParams('/api/infographics', { cursor: pageParam }), InfographicList, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** One infographic with its text alternative. */
export function infographicQuery(id: number) {
  return queryOptions({ queryKey: ['infographic', id], queryFn: ({ signal }) => getJson(`/api/infographics/${String(id)}`, Infographic, signal), staleTime: 5 * 60_000 });
}
