import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while the server renders and while the browser hydrates that HTML, true afterwards: for the
 * parts that read what only the browser knows (this device's storage and connection), which the
 * server cannot render the same way.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(never, () => true, () => false);
}
