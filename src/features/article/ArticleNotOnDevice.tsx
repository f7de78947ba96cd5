import { OfflineLinks } from '../../components/NotOnDevice';

/** The app's own offline page for an article never kept on this device (never the browser's error page). */
export function ArticleNotOnDevice() {
  return (
    <div className="page page-offline not-on-device">
      <title>Offline — Newswire</title>
      <h1 className="page-title">You are offline</h1>
      <p>This article is not saved on this device, so it cannot be shown offline. It will open when you are back online.</p>
      <p>What you saved for later and the stories you opened recently can be read offline.</p>
      <OfflineLinks />
    </div>
  );
}
