import { useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { FeedItem } from './FeedItem';
import type { FeedRow } from './feedRows';
import { visibleRow } from './visibleRow';
import type { VirtualFeedHandle } from './VirtualFeed';

interface PlainFeedProps {
  rows: FeedRow[];
  showSection: boolean;
  /** Focus this story's headline link (without scrolling) once it is rendered; `nonce` repeats a request. */
  focusRequest?: { key: string; nonce: number } | null;
  ref?: React.Ref<VirtualFeedHandle>;
}

/**
 * The feed's rows, every one in the page: what the server renders and the browser hydrates, and the
 * list until the reader has loaded more stories than is worth drawing at once (then VirtualFeed).
 */
export function PlainFeed({ rows, showSection, focusRequest = null, ref }: PlainFeedProps) {
  const list = useRef<HTMLUListElement>(null);
  const anchor = useRef<{ key: string; top: number } | null>(null);

  useImperativeHandle(ref, () => ({
    captureAnchor() {
      anchor.current = visibleRow(list.current);
    },
  }));

  // Rows were added above: scroll so that the anchored row stays exactly where it was on screen.
  useLayoutEffect(() => {
    const held = anchor.current;
    anchor.current = null;
    const row = held === null ? null : list.current?.querySelector(`[data-key="${held.key}"]`);
    if (held !== null && row != null) window.scrollBy({ top: row.getBoundingClientRect().top - held.top, behavior: 'instant' });
  }, [rows]);

  useLayoutEffect(() => {
    if (focusRequest === null) return;
    list.current?.querySelector<HTMLAnchorElement>(`[data-key="${focusRequest.key}"] h3 a`)?.focus({ preventScroll: true });
  }, [focusRequest, rows]);

  return (
    <ul ref={list} className="feed-rows feed-rows-plain">
      {rows.map((row) => (
        <li key={row.key} data-key={row.key} className={row.kind === 'day' ? 'feed-row feed-row-day' : 'feed-row'}>
          {row.kind === 'day' ? <h2 className="feed-day-heading">{row.heading}</h2> : <FeedItem article={row.article} showSection={showSection} />}
        </li>
      ))}
    </ul>
  );
}
