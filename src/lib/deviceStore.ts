import { useSyncExternalStore } from 'react';

// A value this device keeps for the reader in localStorage (display choices, follows, read marks, …):
// parsed and validated whenever it is read back, so a corrupted, hostile or outdated value falls back
// on its own; kept in step across this site's open tabs by the storage event; readable by React.

export interface DeviceStore<T> {
  /** The current value (read once, then kept until it changes here or in another tab). */
  get: () => T;
  /** The value read afresh from storage. */
  read: () => T;
  /** Replaces the value: at once for this tab, stored for the next visit. False when storage refused it (then it holds for this visit only). */
  set: (next: T) => boolean;
  /** The value, re-rendering on change; `empty` while the server renders and the browser hydrates. */
  use: () => T;
  /** Calls `listener` on every change (here or in another tab); returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
}

/**
 * A stored value under `key`. `parse` gets the stored JSON (null when there is none or it is not
 * JSON) and returns a valid value, dropping what it cannot use; it must not throw. `toJson` gives the
 * stored form of a value (itself unless given); null removes the item.
 */
export function createDeviceStore<T>(key: string, parse: (json: unknown) => T, empty: T, toJson: (value: T) => unknown = (value) => value): DeviceStore<T> {
  // The value as last read or set; `loaded` false: to be read from storage (null is a value too).
  let current = empty;
  let loaded = false;
  // Storage refused the value: it holds for this visit, whatever storage says.
  let held = false;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  // Another tab changed it (the event fires only in the other tabs).
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key && event.key !== null) return;
    loaded = false;
    held = false;
    changed();
  };

  const read = (): T => {
    let json: unknown = null;
    try {
      json = JSON.parse(localStorage.getItem(key) ?? 'null');
    } catch {
      // storage blocked, or not JSON
    }
    current = parse(json);
    loaded = true;
    return current;
  };
  const get = (): T => (loaded ? current : read());

  const set = (next: T): boolean => {
    current = next;
    loaded = true;
    try {
      const json = toJson(next);
      if (json === null) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(json));
      held = false;
    } catch {
      held = true;
    }
    changed();
    return !held;
  };

  const subscribe = (listener: () => void) => {
    if (listeners.size === 0) window.addEventListener('storage', onStorage);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0) return;
      window.removeEventListener('storage', onStorage);
      // Unwatched, another tab's change would go unseen: the next reader reads storage again.
      if (!held) loaded = false;
    };
  };

  return { get, read, set, subscribe, use: () => useSyncExternalStore(subscribe, get, () => empty) };
}
