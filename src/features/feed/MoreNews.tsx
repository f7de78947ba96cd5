import { useEffect, useEffectEvent, useRef } from 'react';

interface MoreNewsProps {
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  onMore: () => void;
}

/**
 * "More news": a button, and the next page also loads by itself when the end of the list comes
 * near the viewport (not after a failure: then the reader retries with the button). The button is
 * never disabled while loading, so keyboard focus stays on it.
 */
export function MoreNews({ hasMore, loading, failed, onMore }: MoreNewsProps) {
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
      <button
        type="button"
        className="button"
        aria-disabled={loading}
        onClick={() => {
          if (!loading) onMore();
        }}
      >
        {failed ? 'Try again: more news' : 'More news'}
      </button>
      <p className="feed-loading" role="status">
        {loading ? 'Loading more news…' : ''}
      </p>
    </div>
  );
}
