import { lazy, Suspense, type ComponentType } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { Skeleton } from '../components/Skeleton';
import { NotFoundPage } from '../routes/NotFoundPage';
import { RootLayout } from './RootLayout';

// Every page loads on demand: a page downloads only its own code besides the app's. The server renders
// them whole (it waits for every lazy page); the browser hydrates a page once its chunk is in (the
// page's HTML names it in a modulepreload, so it downloads beside the app's script).

/**
 * A page loaded on demand: `id` names it for the server's data loading, `name` is both its module
 * (src/routes/{name}.tsx, which the server preloads from the build's manifest) and its component.
 */
function page(id: string, path: string | undefined, name: string, load: () => Promise<Record<string, ComponentType>>, label: string): RouteObject {
  const Page = lazy(async () => ({ default: (await load())[name] ?? NotFoundPage }));
  const element = (
    <Suspense fallback={<Skeleton lines={10} label={label} />}>
      <Page />
    </Suspense>
  );
  const handle = { module: `src/routes/${name}.tsx` };
  return path === undefined ? { id, index: true, element, handle } : { id, path, element, handle };
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
      page('feed', undefined, 'FeedPage', () => import('../routes/FeedPage'), 'Loading the news'),
      page('converter', 'converter', 'ConverterPage', () => import('../routes/ConverterPage'), 'Loading the currency converter'),
      page('saved', 'saved', 'SavedPage', () => import('../routes/SavedPage'), 'Loading your saved articles'),
      page('my', 'my', 'MyNewsPage', () => import('../routes/MyNewsPage'), 'Loading My News'),
      page('data', 'data', 'DataPage', () => import('../routes/DataPage'), 'Loading your data'),
      page('search', 'search', 'SearchPage', () => import('../routes/SearchPage'), 'Loading News Search'),
      page('topics', 'topics', 'TopicsPage', () => import('../routes/TopicsPage'), 'Loading the topics'),
      page('topic', 'topics/:slug', 'TopicPage', () => import('../routes/TopicPage'), 'Loading the topic'),
      page('persons', 'persons', 'PersonsPage', () => import('../routes/PersonsPage'), 'Loading the persons'),
      page('person', 'persons/:slug', 'PersonPage', () => import('../routes/PersonPage'), 'Loading the person'),
      page('galleries', 'galleries', 'GalleriesPage', () => import('../routes/GalleriesPage'), 'Loading the galleries'),
      page('gallery', 'galleries/:id', 'GalleryPage', () => import('../routes/GalleryPage'), 'Loading the gallery'),
      page('infographics', 'infographics', 'InfographicsPage', () => import('../routes/InfographicsPage'), 'Loading the infographics'),
      page('infographic', 'infographics/:id', 'InfographicPage', () => import('../routes/InfographicPage'), 'Loading the infographic'),
      page('section', ':section', 'SectionPage', () => import('../routes/SectionPage'), 'Loading the news'),
      page('article', ':section/:id', 'ArticlePage', () => import('../routes/ArticlePage'), 'Loading the article'),
      { id: 'not-found', path: '*', element: <NotFoundPage /> },
    ],
  },
] satisfies RouteObject[];

/** The routes, rendered by whichever router surrounds them (the browser's, or a memory router in tests). */
export function AppRoutes() {
  return useRoutes(ROUTES);
}
