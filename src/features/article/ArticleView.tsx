import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Photo } from '../../components/Photo';
import { Time } from '../../components/Time';
import { ARTICLE_IMAGE_SIZES } from '../../contract/imageSizes';
import type { Article } from '../../contract/schemas';
import { sectionTitle } from '../../contract/sections';
import { markRead, readMarkStore } from '../../lib/readMarks';
import { ArticleBody } from './ArticleBody';
import { ArticlePager } from './ArticlePager';
import { ArticleTags } from './ArticleTags';
import { OtherMedia } from './OtherMedia';
import { RelatedArticles } from './RelatedArticles';
import { useCountRead } from './useCountRead';
import './article.css';

// With the diff package: only for an article that has earlier versions.
const ArticleChanges = lazy(async () => ({ default: (await import('./ArticleChanges')).ArticleChanges }));

interface ArticleViewProps {
  article: Article;
  /** Zero-based page of a multi-page article. */
  page: number;
  /** Actions under the headline (Share, Save). */
  actions?: ReactNode;
}

/** A whole article: section, headline (focused on arrival), time, lead, photo, dateline, body and what surrounds it. */
export function ArticleView({ article, page, actions }: ArticleViewProps) {
  const headline = useRef<HTMLHeadingElement>(null);
  useCountRead(article.id);
  const { id, updatedAt } = article;
  useEffect(() => {
    // A reader who read an earlier version keeps it as read until they see what changed (ArticleChanges).
    const before = readMarkStore.get().find((mark) => mark[0] === id)?.[2];
    const now = updatedAt === undefined ? 0 : Date.parse(updatedAt);
    markRead([{ id, updatedAt: before !== undefined && before < now ? (before === 0 ? undefined : new Date(before).toISOString()) : updatedAt }]);
  }, [id, updatedAt]);
  useEffect(() => {
    headline.current?.focus();
  }, [article.id, page]);

  const html = article.pages[page] ?? article.pages[0] ?? '';
  return (
    <article className="article">
      <header className="article-header">
        <Link to={`/${article.section}`} className="article-section">
          {sectionTitle(article.section)}
        </Link>
        <h1 ref={headline} tabIndex={-1} className="article-title">
          {article.title}
        </h1>
        <p className="article-time">
          <Time value={article.publishedAt} />
          {article.updatedAt !== undefined && (
            <>
              {' · updated '}
              <Time value={article.updatedAt} />
            </>
          )}
        </p>
        {article.revisions !== undefined && (
          <Suspense fallback={null}>
            <ArticleChanges article={article} />
          </Suspense>
        )}
        {actions !== undefined && <div className="article-actions">{actions}</div>}
        <p className="article-lead">{article.lead}</p>
      </header>
      {article.image !== undefined && page === 0 && (
        <Photo image={article.image} sizes={ARTICLE_IMAGE_SIZES} priority withCaption className="article-photo" />
      )}
      {page === 0 && article.dateline !== '' && <p className="article-dateline">{article.dateline}</p>}
      <ArticleBody html={html} />
      {article.pages.length > 1 && <ArticlePager count={article.pages.length} current={page} />}
      <ArticleTags persons={article.persons} topics={article.topics} />
      <OtherMedia links={article.otherMedia} />
      <RelatedArticles articles={article.related} />
    </article>
  );
}
