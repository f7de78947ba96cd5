import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Skeleton } from '../components/Skeleton';
import { FeedPage } from '../routes/FeedPage';
import { NotFoundPage } from '../routes/NotFoundPage';
import { SectionPage } from '../routes/SectionPage';
import { RootLayout } from './RootLayout';

// Pages other than the feeds load on demand, keeping the first load of `/` small.
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

const onDemand = (label: string, page: React.ReactNode) => <OnDemand label={label}>{page}</OnDemand>;
const SavedPage = lazy(async () => ({ default: (await import('../routes/SavedPage')).SavedPage }));

function OnDemand({ children, label }: { children: React.ReactNode; label: string }) {
  return <Suspense fallback={<Skeleton lines={10} label={label} />}>{children}</Suspense>;
}

/** Every route of the app in one table. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route index element={<FeedPage />} />
        <Route
          path="converter"
          element={
            <OnDemand label="Loading the currency converter">
              <ConverterPage />
            </OnDemand>
          }
        />
        <Route
          path="saved"
          element={
            <OnDemand label="Loading your saved articles">
              <SavedPage />
            </OnDemand>
          }
        />
        <Route path=":section" element={<SectionPage />} />
        <Route
          path=":section/:id"
          element={
            <OnDemand label="Loading the article">
              <ArticlePage />
            </OnDemand>
          }
        />
        <Route path="search" element={onDemand('Loading News Search', <SearchPage />)} />
        <Route path="topics" element={onDemand('Loading the topics', <TopicsPage />)} />
        <Route path="topics/:slug" element={onDemand('Loading the topic', <TopicPage />)} />
        <Route path="persons" element={onDemand('Loading the persons', <PersonsPage />)} />
        <Route path="persons/:slug" element={onDemand('Loading the person', <PersonPage />)} />
        <Route path="galleries" element={onDemand('Loading the galleries', <GalleriesPage />)} />
        <Route path="galleries/:id" element={onDemand('Loading the gallery', <GalleryPage />)} />
        <Route path="infographics" element={onDemand('Loading the infographics', <InfographicsPage />)} />
        <Route path="infographics/:id" element={onDemand('Loading the infographic', <InfographicPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
