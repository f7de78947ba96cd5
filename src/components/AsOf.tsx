import { useOffline } from '../lib/connection';
import { Time } from './Time';

interface AsOfProps {
  /** When the copy kept on this device was fetched (a service-worker copy), if this is one. */
  savedAt: string | undefined;
  /** When the page got what it shows (ms); said only while offline, when it may be out of date. */
  fetchedAt: number;
  /** False once the server has confirmed the copy is still current. */
  stillCopy?: boolean;
}

/** "Copy on this device, as of January 23, 13:01 UTC+3": under anything shown from a kept copy, or while offline. */
export function AsOf({ savedAt, fetchedAt, stillCopy = true }: AsOfProps) {
  const offline = useOffline();
  const at = offline ? (savedAt ?? (fetchedAt > 0 ? new Date(fetchedAt).toISOString() : undefined)) : stillCopy ? savedAt : undefined;
  if (at === undefined) return null;
  return (
    <p className="as-of">
      Copy on this device, as of <Time value={at} />
    </p>
  );
}
