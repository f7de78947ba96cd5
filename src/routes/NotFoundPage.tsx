import { Link } from 'react-router';

interface NotFoundPageProps {
  /** What was not found, e.g. "This article". */
  what?: string;
}

/** The app's own 404 page. */
export function NotFoundPage({ what = 'This page' }: NotFoundPageProps) {
  return (
    <div className="page page-not-found">
      <title>Page not found — Newswire</title>
      <h1 className="page-title">Page not found</h1>
      <p>{what} does not exist or has been removed. Check the address, or go to the News Feed.</p>
      <p>
        <Link to="/" className="button">
          Go to the News Feed
        </Link>
      </p>
    </div>
  );
}
