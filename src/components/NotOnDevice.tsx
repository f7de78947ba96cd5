import { Link } from 'react-router';

/** What can be read offline, linked: under every "not on this device" note. */
export function OfflineLinks() {
  return (
    <p className="not-on-device-links">
      <Link to="/saved">Saved for later</Link> · <Link to="/">News Feed</Link>
    </p>
  );
}

/** The app's own offline note for a list never kept on this device (never the browser's error page). */
export function NotOnDevice() {
  return (
    <div className="not-on-device" role="status">
      <p>This list is not saved on this device, so it cannot be shown offline. It will load when you are back online.</p>
      <OfflineLinks />
    </div>
  );
}
