import { lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

const ShortcutsHelp = lazy(async () => ({ default: (await import('./ShortcutsHelp')).ShortcutsHelp }));

/** Keyboard reading for the whole app, with its help dialog ("?") loaded on demand; `firstKey` is the press that loaded it. */
export function KeyboardShortcuts({ firstKey }: { firstKey: KeyboardEvent | null }) {
  const [help, setHelp] = useState(false);
  useKeyboardShortcuts(() => setHelp(true), firstKey);
  if (!help) return null;
  return (
    <ErrorBoundary fallback={null}>
      <Suspense fallback={null}>
        <ShortcutsHelp onClose={() => setHelp(false)} />
      </Suspense>
    </ErrorBoundary>
  );
}
