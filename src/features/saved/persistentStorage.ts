/** What the browser said when asked to keep this site's storage: kept, may be cleared, or no such feature. */
export type Persistence = 'granted' | 'not-granted' | 'unsupported';

let asked: Promise<Persistence> | null = null;

/** Whether this site's storage is already persistent (survives the browser's clean-ups when space is low). */
export async function storagePersistence(): Promise<Persistence> {
  if (typeof navigator === 'undefined' || !('storage' in navigator)) return 'unsupported';
  try {
    return (await navigator.storage.persisted()) ? 'granted' : 'not-granted';
  } catch {
    return 'unsupported';
  }
}

/** Asks once per page for persistent storage (the first time the reader saves), answering what the browser decided. */
export function askPersistentStorage(): Promise<Persistence> {
  asked ??= (async () => {
    if (typeof navigator === 'undefined' || !('storage' in navigator)) return 'unsupported';
    try {
      if (await navigator.storage.persisted()) return 'granted';
      return (await navigator.storage.persist()) ? 'granted' : 'not-granted';
    } catch {
      return 'unsupported';
    }
  })();
  return asked;
}

/** A sentence for the reader about what the browser decided. */
export function persistenceSentence(persistence: Persistence): string {
  if (persistence === 'granted') return 'This browser keeps saved articles until you remove them.';
  if (persistence === 'not-granted') return 'This browser did not grant lasting storage: it may clear saved articles if the device runs short of space.';
  return 'This browser does not say whether it keeps saved articles when the device runs short of space.';
}
