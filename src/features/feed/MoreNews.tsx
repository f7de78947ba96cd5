import { useEffect, useEffectEvent, useRef } from 'react';
import { isPlainClick } from '../../lib/isPlainClick';

interface MoreNewsProps {
  /** The address of the next page of stories, or null at the end of the feed. */
  next: string | null;
  loading: boolean;
  failed: boolean;
  onMore: () => void;
}

/**
 * "More news": a link to the next page of stories (it works before the script and without it); with
 * the script it loads them in place, and the next page also loads by itself when the end of the list
 * comes near the viewport (not after a failure: then the reader retries with it). It never becomes
 * disabled while loading, so keyboard focus stays on it.
 */
export function MoreNews({ next, loading, failed, onMore }: MoreNewsProps) {
  const hasMore = next !== null;
  const sentinel = useRef<HTMLDivElement>(null);
  const auto = hasMore && !loading && !failed;
  const onVisible = useEffectEvent(() => onMore());

  useEffect(() => {
    const el = sentinel.current;
    if (!auto || el === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) onVisible();
    }, { rootMargin: '0px 0px 800px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [auto]);

  if (!hasMore) return <p className="feed-end">You have reached the end of the feed.</p>;
  return (
    <div className="feed-more" ref={sentinel}>
      <a
        href={next}
        className="button"
        aria-disabled={loading}
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          if (!loading) onMore();
        }}
      >
        {failed ? 'Try again: more news' : 'More news'}
      </a>
      <p className="feed-loading" role="status">
        {loading ? 'Loading more news…' : ''}
      </p>
    </div>
  );
}
