import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Mutable } from '../lib/mutes';
import { useMuteTest } from '../lib/muteTestLoader';

const NONE: never[] = [];

/**
 * A list without the stories the reader's mutes hide, and the note that says so: "3 stories hidden
 * by your mutes — Show" (then "Hide them"). Nothing is hidden while the page is rendered on the server
 * and hydrated (the mutes live on this device); the list is filtered once the script runs.
 */
export function useMuteFilter<T extends Mutable>(list: readonly T[] | undefined): { shown: readonly T[]; notice: ReactNode } {
  const test = useMuteTest();
  const [showing, setShowing] = useState(false);
  const items = list ?? NONE;
  const kept = useMemo(() => items.filter((item) => !test(item)), [items, test]);
  const hidden = items.length - kept.length;
  if (hidden === 0) return { shown: items, notice: null };
  const count = `${String(hidden)} ${hidden === 1 ? 'story' : 'stories'}`;
  return {
    shown: showing ? items : kept,
    notice: (
      <p className="muted-notice">
        {showing ? `Showing ${count} hidden by your mutes` : `${count} hidden by your mutes`} —{' '}
        <button type="button" className="link-button" onClick={() => setShowing(!showing)}>
          {showing ? 'Hide them' : 'Show'}
        </button>{' '}
        · <Link to="/my#mutes">Your mutes</Link>
      </p>
    ),
  };
}
