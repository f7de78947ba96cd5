import { useMemo, useState, type ReactNode } from 'react';
import type { Mutable } from '../lib/mutes';
import { useMutes } from '../lib/muteLoader';

const NONE: never[] = [];

/**
 * A list without the stories the reader's mutes hide, and the note that says so: "3 stories hidden
 * by your mutes — Show" (then "Hide them"). Nothing is hidden while the page is rendered on the server
 * and hydrated (the mutes live on this device); the list is filtered once the script runs.
 */
export function useMuteFilter<T extends Mutable>(list: readonly T[] | undefined): { shown: readonly T[]; notice: ReactNode } {
  const { test, Notice } = useMutes();
  const [showing, setShowing] = useState(false);
  const items = list ?? NONE;
  const kept = useMemo(() => items.filter((item) => !test(item)), [items, test]);
  const hidden = items.length - kept.length;
  if (hidden === 0 || Notice === null) return { shown: items, notice: null };
  return { shown: showing ? items : kept, notice: <Notice hidden={hidden} showing={showing} onToggle={() => setShowing(!showing)} /> };
}
