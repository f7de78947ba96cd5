import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { galleriesQuery } from '../../api/discoveryQueries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Photo } from '../../components/Photo';
import { Skeleton } from '../../components/Skeleton';
import { Time } from '../../components/Time';
import './galleries.css';

/** Every photo gallery, newest first: cover, photo count, title, time; More galleries by cursor. */
export function GalleryCards() {
  const galleries = useInfiniteQuery(galleriesQuery());
  if (galleries.isPending) return <Skeleton lines={6} label="Loading the galleries" />;
  if (galleries.isLoadingError) return <ErrorMessage message={errorMessage(galleries.error)} onRetry={() => void galleries.refetch()} />;
  const items = galleries.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p>There are no photo galleries yet.</p>;
  return (
    <>
      <ul className="gallery-cards">
        {items.map((g, i) => (
          <li key={g.id} className="gallery-card">
            <Photo image={g.cover} sizes="(min-width: 48rem) 33vw, 100vw" priority={i === 0} />
            <span className="gallery-card-count">{`${String(g.photoCount)} photos`}</span>
            <h2>
              <Link to={g.url}>{g.title}</Link>
            </h2>
            <p>
              <Time value={g.publishedAt} />
            </p>
          </li>
        ))}
      </ul>
      {galleries.hasNextPage && (
        <p className="gallery-more">
          <button type="button" className="button" aria-disabled={galleries.isFetchingNextPage} onClick={() => void galleries.fetchNextPage()}>
            {galleries.isFetchNextPageError ? 'Try again: more galleries' : 'More galleries'}
          </button>
        </p>
      )}
      {galleries.isFetchNextPageError && <ErrorMessage message={errorMessage(galleries.error)} />}
    </>
  );
}
