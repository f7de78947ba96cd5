import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Skeleton } from '../../components/Skeleton';
import { useHydrated } from '../../lib/useHydrated';
import { useId, useState } from 'react';
import { sectionTitle } from '../../contract/sections';
import { followStore } from '../../lib/follows';
import { runBackgroundPrefetch } from './backgroundPrefetch';
import { connectionHints, meteredReason, PREFETCH_CHOICES, readPrefetchCount, storePrefetchCount } from './prefetchSettings';
import { prefetchUsage } from './prefetchSections';
import { readSectionChoice } from './readSectionChoice';
import './offline.css';

const STORY_ESTIMATE_BYTES = 70 * 1024; // an article's JSON and one photo, before anything is kept

function megabytes(bytes: number): string {
  return bytes < 100 * 1024 ? `${String(Math.max(1, Math.round(bytes / 1024)))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

async function measureUsage(): Promise<{ bytes: number; stories: number; total: number | null }> {
  const kept = typeof caches === 'undefined' ? { bytes: 0, stories: 0 } : await prefetchUsage().catch(() => ({ bytes: 0, stories: 0 }));
  const estimate = 'storage' in navigator ? await navigator.storage.estimate().catch(() => undefined) : undefined;
  return { ...kept, total: estimate?.usage ?? null };
}

/**
 * Reading offline: how many of the newest stories of the reader's sections are kept, what that costs,
 * and when it is off. All of it is this device's, so it is drawn once the page has hydrated.
 */
export function OfflineSettings() {
  return useHydrated() ? <DeviceOfflineSettings /> : <Skeleton lines={3} label="Loading this device's offline settings" />;
}

function DeviceOfflineSettings() {
  const id = useId();
  const [count, setCount] = useState(readPrefetchCount);
  const queryClient = useQueryClient();
  const usage = useQuery({ queryKey: ['offline-usage'], queryFn: measureUsage, networkMode: 'always', staleTime: Infinity, retry: false });
  const [status, setStatus] = useState('');
  const sections = readSectionChoice(window.localStorage);
  const follows = followStore.use();
  const metered = meteredReason(connectionHints());
  const measure = () => queryClient.invalidateQueries({ queryKey: ['offline-usage'] });

  const change = async (next: number) => {
    setCount(next);
    if (!storePrefetchCount(next)) setStatus('This browser would not remember the choice (its storage is blocked).');
    if (metered !== null && next > 0) return;
    setStatus(next === 0 ? 'Removing the stories kept for offline reading…' : 'Downloading the newest stories of your sections and follows…');
    const result = await runBackgroundPrefetch(true);
    if (result === null) setStatus(navigator.onLine ? 'Could not download the stories now; Newswire will try again later.' : 'You are offline: the stories will be downloaded when the connection returns.');
    else {
      setStatus(next === 0 ? 'Stories kept for offline reading were removed.' : `${String(result.stories)} stories kept for offline reading.`);
    }
    await measure();
  };

  const kept = usage.data ?? { bytes: 0, stories: 0, total: null };
  const estimate = (kept.stories > 0 ? kept.bytes / kept.stories : STORY_ESTIMATE_BYTES) * count;
  return (
    <section className="offline-settings" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="block-heading">
        Reading offline
      </h2>
      <p>
        <label htmlFor={`${id}-count`}>Keep the newest stories of your sections and of what you follow for offline reading: </label>
        <select id={`${id}-count`} value={count} onChange={(event) => void change(Number(event.target.value))}>
          {PREFETCH_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n === 0 ? 'none (off)' : `${String(n)} stories`}
            </option>
          ))}
        </select>
      </p>
      <p className="offline-settings-detail">
        {count === 0 ? 'Nothing is downloaded in the background.' : `Uses about ${megabytes(estimate)} on this device.`}{' '}
        {`Your sections: ${sections === null ? 'all sections' : sections.map(sectionTitle).join(', ')} (as chosen in the News Feed's filter)${follows.length === 0 ? '' : `, and the ${String(follows.length)} you follow on My News`}.`}
      </p>
      {metered !== null && count > 0 && (
        <p className="notice">{`Off on this connection: ${metered}. Stories are downloaded on Wi-Fi or a wired connection, without Data Saver.`}</p>
      )}
      {kept.stories > 0 && <p className="offline-settings-detail">{`Kept now: ${String(kept.stories)} stories with their photos, ${megabytes(kept.bytes)}.`}</p>}
      {kept.total !== null && (
        <p className="offline-settings-detail">{`Newswire uses ${megabytes(kept.total)} of this device's storage in all (the app, kept copies and saved articles).`}</p>
      )}
      <p className="offline-settings-detail" role="status">
        {status}
      </p>
    </section>
  );
}
