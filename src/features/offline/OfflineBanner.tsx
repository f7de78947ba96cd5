import { useOffline } from '../../lib/connection';
import './offline.css';

/** "You are offline": shown while there is no connection to Newswire, gone as soon as it returns. */
export function OfflineBanner() {
  const offline = useOffline();
  return (
    <div className="offline-banner-region" role="status">
      {offline && (
        <p className="offline-banner">
          <strong>You are offline.</strong> Showing what is kept on this device; news will refresh when the connection returns.
        </p>
      )}
    </div>
  );
}
