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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
