import { lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

const ShortcutsHelp = lazy(async () => ({ default: (await import('./ShortcutsHelp')).ShortcutsHelp }));

interface KeyboardShortcutsProps {
  /** The presses made before keyboard reading was here (the first one loaded it), handled in order. */
  earlyKeys: readonly KeyboardEvent[];
  /** Called once keyboard reading listens itself. */
  onListening: () => void;
}

/** Keyboard reading for the whole app, with its help dialog ("?") loaded on demand. */
export function KeyboardShortcuts({ earlyKeys, onListening }: KeyboardShortcutsProps) {
  const [help, setHelp] = useState(false);
  useKeyboardShortcuts(() => setHelp(true), earlyKeys, onListening);
  if (!help) return null;
  return (
    <ErrorBoundary fallback={null}>
      <Suspense fallback={null}>
        <ShortcutsHelp onClose={() => setHelp(false)} />
      </Suspense>
    </ErrorBoundary>
  );
}
