import { Link } from 'react-router';

interface NotOnDeviceProps {
  /** "article": the whole page (with its heading); "list": a block inside a page. */
  what: 'article' | 'list';
}

const SENTENCES = {
  article: 'This article is not saved on this device, so it cannot be shown offline. It will open when you are back online.',
  list: 'This list is not saved on this device, so it cannot be shown offline. It will load when you are back online.',
};

/** The app's own offline page for something never kept on this device (never the browser's error page). */
export function NotOnDevice({ what }: NotOnDeviceProps) {
  const links = (
    <p className="not-on-device-links">
      <Link to="/saved">Saved for later</Link> · <Link to="/">News Feed</Link>
    </p>
  );
  if (what === 'list') {
    return (
      <div className="not-on-device" role="status">
        <p>{SENTENCES.list}</p>
        {links}
      </div>
    );
  }
  return (
    <div className="page page-offline not-on-device">
      <title>Offline — Newswire</title>
      <h1 className="page-title">You are offline</h1>
      <p>{SENTENCES.article}</p>
      <p>What you saved for later and the stories you opened recently can be read offline.</p>
      {links}
    </div>
  );
}
