import { lazy, Suspense, type ReactNode } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { Skeleton } from '../components/Skeleton';
import { NotFoundPage } from '../routes/NotFoundPage';
import { RootLayout } from './RootLayout';

// Every page loads on demand: a page downloads only its own code besides the app's. The server renders
// them whole (it waits for every lazy page); the browser hydrates a page once its chunk is in (the
// page's HTML names it in a modulepreload, so it downloads beside the app's script).
const FeedPage = lazy(async () => ({ default: (await import('../routes/FeedPage')).FeedPage }));
const SectionPage = lazy(async () => ({ default: (await import('../routes/SectionPage')).SectionPage }));
const ArticlePage = lazy(async () => ({ default: (await import('../routes/ArticlePage')).ArticlePage }));
const ConverterPage = lazy(async () => ({ default: (await import('../routes/ConverterPage')).ConverterPage }));
const SearchPage = lazy(async () => ({ default: (await import('../routes/SearchPage')).SearchPage }));
const TopicsPage = lazy(async () => ({ default: (await import('../routes/TopicsPage')).TopicsPage }));
const TopicPage = lazy(async () => ({ default: (await import('../routes/TopicPage')).TopicPage }));
const PersonsPage = lazy(async () => ({ default: (await import('../routes/PersonsPage')).PersonsPage }));
const PersonPage = lazy(async () => ({ default: (await import('../routes/PersonPage')).PersonPage }));
const GalleriesPage = lazy(async () => ({ default: (await import('../routes/GalleriesPage')).GalleriesPage }));
const GalleryPage = lazy(async () => ({ default: (await import('../routes/GalleryPage')).GalleryPage }));
const InfographicsPage = lazy(async () => ({ default: (await import('../routes/InfographicsPage')).InfographicsPage }));
const InfographicPage = lazy(async () => ({ default: (await import('../routes/InfographicPage')).InfographicPage }));
const MyNewsPage = lazy(async () => ({ default: (await import('../routes/MyNewsPage')).MyNewsPage }));
const SavedPage = lazy(async () => ({ default: (await import('../routes/SavedPage')).SavedPage }));

function onDemand(label: string, page: ReactNode): ReactNode {
  return <Suspense fallback={<Skeleton lines={10} label={label} />}>{page}</Suspense>;
}

/**
 * Every route of the app in one table. `id` names the route for the server's data loading
 * (src/server/render/pageData.ts) and `module` the source file of a page loaded on demand, which the
 * server preloads from the build's manifest.
 */
export const ROUTES = [
  {
    id: 'root',
    element: <RootLayout />,
    children: [
      { id: 'feed', index: true, element: onDemand('Loading the news', <FeedPage />), handle: { module: 'src/routes/FeedPage.tsx' } },
      { id: 'converter', path: 'converter', element: onDemand('Loading the currency converter', <ConverterPage />), handle: { module: 'src/routes/ConverterPage.tsx' } },
      { id: 'saved', path: 'saved', element: onDemand('Loading your saved articles', <SavedPage />), handle: { module: 'src/routes/SavedPage.tsx' } },
      { id: 'my', path: 'my', element: onDemand('Loading My News', <MyNewsPage />), handle: { module: 'src/routes/MyNewsPage.tsx' } },
      { id: 'search', path: 'search', element: onDemand('Loading News Search', <SearchPage />), handle: { module: 'src/routes/SearchPage.tsx' } },
      { id: 'topics', path: 'topics', element: onDemand('Loading the topics', <TopicsPage />), handle: { module: 'src/routes/TopicsPage.tsx' } },
      { id: 'topic', path: 'topics/:slug', element: onDemand('Loading the topic', <TopicPage />), handle: { module: 'src/routes/TopicPage.tsx' } },
      { id: 'persons', path: 'persons', element: onDemand('Loading the persons', <PersonsPage />), handle: { module: 'src/routes/PersonsPage.tsx' } },
      { id: 'person', path: 'persons/:slug', element: onDemand('Loading the person', <PersonPage />), handle: { module: 'src/routes/PersonPage.tsx' } },
      { id: 'galleries', path: 'galleries', element: onDemand('Loading the galleries', <GalleriesPage />), handle: { module: 'src/routes/GalleriesPage.tsx' } },
      { id: 'gallery', path: 'galleries/:id', element: onDemand('Loading the gallery', <GalleryPage />), handle: { module: 'src/routes/GalleryPage.tsx' } },
      { id: 'infographics', path: 'infographics', element: onDemand('Loading the infographics', <InfographicsPage />), handle: { module: 'src/routes/InfographicsPage.tsx' } },
      { id: 'infographic', path: 'infographics/:id', element: onDemand('Loading the infographic', <InfographicPage />), handle: { module: 'src/routes/InfographicPage.tsx' } },
      { id: 'section', path: ':section', element: onDemand('Loading the news', <SectionPage />), handle: { module: 'src/routes/SectionPage.tsx' } },
      { id: 'article', path: ':section/:id', element: onDemand('Loading the article', <ArticlePage />), handle: { module: 'src/routes/ArticlePage.tsx' } },
      { id: 'not-found', path: '*', element: <NotFoundPage /> },
    ],
  },
] satisfies RouteObject[];

/** The routes, rendered by whichever router surrounds them (the browser's, or a memory router in tests). */
export function AppRoutes() {
  return useRoutes(ROUTES);
}
