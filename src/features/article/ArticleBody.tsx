import { useMemo, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { isDataSaverOn, useDisplayPrefs } from '../../lib/displayPrefs';
import { isPlainClick } from '../../lib/isPlainClick';
import { deferImages, showDeferredImage } from './deferImages';
import { sanitizeArticleHtml } from '../../lib/sanitizeArticleHtml';

interface ArticleBodyProps {
  /** One page of the article's HTML, as the API gives it. */
  html: string;
}

/** The body of an article: sanitized again here; links inside the site ("Read also") navigate in the app. */
export function ArticleBody({ html }: ArticleBodyProps) {
  const navigate = useNavigate();
  const saver = isDataSaverOn(useDisplayPrefs());
  const clean = useMemo(() => (saver ? deferImages(html) : sanitizeArticleHtml(html)), [html, saver]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const deferred = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('button[data-deferred-src]') : null;
    if (deferred !== null) {
      showDeferredImage(deferred);
      return;
    }
    if (event.defaultPrevented || !isPlainClick(event)) return;
    const target = event.target instanceof Element ? event.target.closest('a') : null;
    const href = target?.getAttribute('href');
    if (href == null || !href.startsWith('/') || href.startsWith('//')) return;
    event.preventDefault();
    void navigate(href);
  };

  // The HTML was sanitized by DOMPurify with the article allow-list just above (TrustedHTML where the
  // browser enforces Trusted Types; React hands it to innerHTML as it is).
  return <div className="article-body" onClick={onClick} dangerouslySetInnerHTML={{ __html: clean }} />;
}
