import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { ApiError, errorMessage, isNetworkError } from '../api/client';
import { articleQuery } from '../api/articleQueries';
import { AsOf } from '../components/AsOf';
import { ErrorMessage } from '../components/ErrorMessage';
import { ArticleNotOnDevice } from '../features/article/ArticleNotOnDevice';
import { Skeleton } from '../components/Skeleton';
import { isSectionSlug } from '../contract/sections';
import { useRenderSnapshot } from '../lib/renderSnapshot';
import { ArticleView } from '../features/article/ArticleView';
import { pageIndex } from '../features/article/pageIndex';
import { TopStories } from '../features/feed/TopStories';
import { MostRead } from '../features/most-read/MostRead';
import { SaveButton } from '../features/saved/SaveButton';
import { useSavedCopy } from '../features/saved/useSavedCopy';
import { ShareButton } from '../features/share/ShareButton';
import { NotFoundPage } from './NotFoundPage';


/**
 * `/{section}/{id}`: one article, with Top stories and Most read beside it on wide screens. Offline,
 * the copy kept by the service worker, else the one saved for later, else the app's offline page.
 */
export function ArticlePage() {
  const { section = '', id = '' } = useParams();
  const [search] = useSearchParams();
  const articleId = /^[1-9]\d{0,15}$/.test(id) ? Number(id) : 0;
  const article = useQuery({ ...articleQuery(articleId), enabled: articleId > 0 && isSectionSlug(section) });
  // The article is drawn in a transition once it is in (in slices between paints): the query's news
  // of its arrival would otherwise draw the whole article in one long, uninterruptible task.
  const loaded = useDeferredValue(article.data);
  const current = loaded !== undefined && loaded.id === article.data?.id ? loaded : undefined;
  const drawing = article.isPending || (article.data !== undefined && current === undefined);
  const unreachable = article.isError && isNetworkError(article.error);
  const savedCopy = useSavedCopy(articleId, unreachable);
  const page = pageIndex(search.get('page'));
  const renderedOrigin = useRenderSnapshot()?.origin;

  if (articleId === 0 || !isSectionSlug(section)) return <NotFoundPage what="This article" />;
  if (drawing || (unreachable && savedCopy === undefined)) return <Skeleton lines={10} label="Loading the article" />;
  if (article.isError && savedCopy == null) {
    if (article.error instanceof ApiError && article.error.kind === 'not_found') return <NotFoundPage what="This article" />;
    if (unreachable) return <ArticleNotOnDevice />;
    return <ErrorMessage message={errorMessage(article.error)} onRetry={() => void article.refetch()} />;
  }
  const data = savedCopy ?? current;
  if (data === undefined) return null;
  if (data.section !== section) return <Navigate to={data.url + (page !== null && page > 0 ? `?page=${String(page + 1)}` : '')} replace />;
  if (page === null || page >= data.pages.length) return <NotFoundPage what="This page of the article" />;
  const canonical = new URL(data.url, renderedOrigin ?? window.location.origin).href;
  return (
    <div className="page page-article">
      <title>{`${data.title} — Newswire`}</title>
      <meta name="description" content={data.lead} />
      <div className="article-layout">
        <div>
          <AsOf savedAt={data.savedAt} fetchedAt={article.dataUpdatedAt} />
          <ArticleView
            article={data}
            page={page}
            actions={
              <>
                <ShareButton url={canonical} title={data.title} />
                <SaveButton article={data} />
              </>
            }
          />
        </div>
        <aside className="article-side" aria-label="More news">
          <TopStories />
          <MostRead />
        </aside>
      </div>
    </div>
  );
}
