import { OfflineSettings } from '../features/offline/OfflineSettings';
import { SavedList } from '../features/saved/SavedList';

/** `/saved`: the articles saved on this device, and the settings of offline reading. */
export function SavedPage() {
  return (
    <div className="page page-saved">
      <title>Saved for later — Newswire</title>
      <meta name="description" content="Articles saved on this device for reading offline." />
      <h1 className="page-title">Saved for later</h1>
      <div className="saved-layout">
        <SavedList />
        <OfflineSettings />
      </div>
    </div>
  );
}
