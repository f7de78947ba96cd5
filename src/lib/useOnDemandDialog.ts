import { useRef, useState } from 'react';

/**
 * A module loaded the first time it is asked for: every caller shares the download, and a failed one
 * is tried again on the next call.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/**
 * A masthead tool's dialog whose code loads on demand: `open` loads and shows it (or sets `failed`),
 * `preload` starts the download early (pointer or focus on the button), `close` hides it and returns
 * focus to `button`.
 */
export function useOnDemandDialog<C>(load: () => Promise<C>) {
  const button = useRef<HTMLButtonElement>(null);
  const [shown, setShown] = useState<{ Component: C } | null>(null);
  const [failed, setFailed] = useState(false);
  return {
    button,
    Component: shown?.Component ?? null,
    failed,
    open: () => {
      setFailed(false);
      load().then(
        (Component) => setShown({ Component }),
        () => setFailed(true),
      );
    },
    preload: () => void load().catch(() => undefined),
    close: () => {
      setShown(null);
      button.current?.focus();
    },
    dismissFailure: () => setFailed(false),
  };
}
