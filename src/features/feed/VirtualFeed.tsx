import { defaultRangeExtractor, measureElement, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref, type RefObject } from 'react';
import { FeedItem } from './FeedItem';
import type { FeedRow } from './feedRows';
import { visibleRow } from './visibleRow';

/** What the feed can ask of its list. */
export interface VirtualFeedHandle {
  /** Remembers where the row the reader is looking at sits, so that rows added above do not move it. */
  captureAnchor: () => void;
}

interface VirtualFeedProps {
  rows: FeedRow[];
  showSection: boolean;
  /** Focus this story's headline link (without scrolling) once it is rendered; `nonce` repeats a request. */
  focusRequest?: { key: string; nonce: number } | null;
  ref?: Ref<VirtualFeedHandle>;
}

const ESTIMATE = { day: 48, story: 150 };

function useListOffset(list: RefObject<HTMLUListElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const update = () => {
      if (list.current !== null) setOffset(Math.round(list.current.getBoundingClientRect().top + window.scrollY));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [list]);
  return offset;
}

/**
 * The feed's rows through a window virtualiser: only the rows near the viewport are in the DOM,
 * plus the focused one, so keyboard focus survives scrolling and rows added above or below.
 */
export function VirtualFeed({ rows, showSection, focusRequest = null, ref }: VirtualFeedProps) {
  const list = useRef<HTMLUListElement>(null);
  const scrollMargin = useListOffset(list);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const anchor = useRef<{ key: string; top: number } | null>(null);
  const keepKeys = [focusedKey, focusRequest?.key].filter((k): k is string => k != null);
  const keepSignature = keepKeys.map((k) => rows.findIndex((r) => r.key === k)).filter((i) => i >= 0).join(',');
  const rangeExtractor = useMemo(() => {
    const keep = keepSignature === '' ? [] : keepSignature.split(',').map(Number);
    return (range: Range) => [...new Set([...defaultRangeExtractor(range), ...keep])].sort((a, b) => a - b);
  }, [keepSignature]);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === 'day' ? ESTIMATE.day : ESTIMATE.story),
    // A row that measures 0 has no layout yet (hidden, or no layout engine): keep its estimate.
    measureElement: (el, entry, instance) => measureElement(el, entry, instance) || (el.classList.contains('feed-row-day') ? ESTIMATE.day : ESTIMATE.story),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
    scrollMargin,
    // Positions are written to the DOM as rows are measured, before the browser paints: rows never
    // visibly jump from their estimated place to their real one (no layout shift), and scrolling
    // re-renders only when the range of rows changes.
    directDomUpdates: true,
    rangeExtractor,
  });

  useImperativeHandle(ref, () => ({
    captureAnchor() {
      anchor.current = visibleRow(list.current);
    },
  }));

  // Rows were added above: scroll so that the anchored row stays exactly where it was on screen.
  useLayoutEffect(() => {
    const held = anchor.current;
    if (held === null) return;
    anchor.current = null;
    const index = rows.findIndex((r) => r.key === held.key);
    virtualizer.getVirtualItems();
    const item = virtualizer.measurementsCache[index];
    if (item !== undefined) window.scrollTo({ top: item.start - held.top, behavior: 'instant' });
  }, [rows, virtualizer]);

  useLayoutEffect(() => {
    if (focusRequest === null) return;
    const link = list.current?.querySelector<HTMLAnchorElement>(`[data-key="${focusRequest.key}"] h3 a`);
    link?.focus({ preventScroll: true });
  }, [focusRequest, rows]);

  const items = virtualizer.getVirtualItems();
  return (
    <ul
      ref={(node) => {
        list.current = node;
        virtualizer.containerRef(node);
      }}
      className="feed-rows"
      onFocus={(e) => setFocusedKey(e.target.closest('[data-key]')?.getAttribute('data-key') ?? null)}
    >
      {items.map((item) => {
        const row = rows[item.index];
        if (row === undefined) return null;
        return (
          <li
            key={row.key}
            data-key={row.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={row.kind === 'day' ? 'feed-row feed-row-day' : 'feed-row'}
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
          >
            {row.kind === 'day' ? <h2 className="feed-day-heading">{row.heading}</h2> : <FeedItem article={row.article} showSection={showSection} />}
          </li>
        );
      })}
    </ul>
  );
}
