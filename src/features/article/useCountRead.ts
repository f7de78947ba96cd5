import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { post } from '../../api/client';

// Page views already counted in this tab, by history entry: re-renders and React's development
// double effects never count twice.
const counted = new Set<string>();

function isPageTurn(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'pageTurn' in state && state.pageTurn === true;
}

/**
 * Counts one read of the article for Most read: once per page view (arriving at the article),
 * not on re-render and not when turning its pages. A failure (offline) is not the reader's concern.
 */
export function useCountRead(articleId: number): void {
  const location = useLocation();
  const key = location.key;
  const state: unknown = location.state;
  useEffect(() => {
    const view = `${key}:${String(articleId)}`;
    if (counted.has(view) || isPageTurn(state)) return;
    counted.add(view);
    post(`/api/articles/${String(articleId)}/views`).catch(() => undefined);
  }, [key, state, articleId]);
}
