import { useQuery } from '@tanstack/react-query';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../api/client';
import { articleQuery } from '../api/queries';
import { ErrorMessage } from '../components/ErrorMessage';
import { Skeleton } from '../components/Skeleton';
import { isSectionSlug } from '../contract/sections';
import { ArticleView } from '../features/article/ArticleView';
import { TopStories } from '../features/feed/TopStories';
import { MostRead } from '../features/most-read/MostRead';
import { ShareButton } from '../features/share/ShareButton';
import { NotFoundPage } from './NotFoundPage';

/** Parses "?page=2" into a zero-based page index; null when the value is not a page number. */
function pageIndex(raw: string | null): number | null {
  if (raw === null) return 0;
  return /^[1-9]\d{0,2}$/.test(raw) ? Number(raw) - 1 : null;
}

/** `/{section}/{id}`: one article, with Top stories and Most read beside it on wide screens. */
export function ArticlePage() {
  const { section = '', id = '' } = useParams();
  const [search] = useSearchParams();
  const articleId = /^[1-9]\d{0,15}$/.test(id) ? Number(id) : 0;
  const article = useQuery({ ...articleQuery(articleId), enabled: articleId > 0 && isSectionSlug(section) });
  const page = pageIndex(search.get('page'));

  if (articleId === 0 || !isSectionSlug(section)) return <NotFoundPage what="This article" />;
  if (article.isPending) return <Skeleton lines={10} label="Loading the article" />;
  if (article.isError) {
    if (article.error instanceof ApiError && article.error.kind === 'not_found') return <NotFoundPage what="This article" />;
    return <ErrorMessage message={errorMessage(article.error)} onRetry={() => void article.refetch()} />;
  }
  const data = article.data;
  if (data.section !== section) return <Navigate to={data.url + (page !== null && page > 0 ? `?page=${String(page + 1)}` : '')} replace />;
  if (page === null || page >= data.pages.length) return <NotFoundPage what="This page of the article" />;
  const canonical = new URL(data.url, window.location.origin).href;
  return (
    <div className="page page-article">
      <title>{`${data.title} — Newswire`}</title>
      <meta name="description" content={data.lead} />
      <div className="article-layout">
        <ArticleView article={data} page={page} actions={<ShareButton url={canonical} title={data.title} />} />
        <aside className="article-side" aria-label="More news">
          <TopStories />
          <MostRead />
        </aside>
      </div>
    </div>
  );
}
