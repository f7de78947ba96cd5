import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { infographicsQuery } from '../../api/discoveryQueries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Skeleton } from '../../components/Skeleton';
import { Time } from '../../components/Time';
import './infographics.css';

/** Every infographic, newest first: a preview of the chart, title, lead; More infographics by cursor. */
export function InfographicCards() {
  const list = useInfiniteQuery(infographicsQuery());
  if (list.isPending) return <Skeleton lines={6} label="Loading the infographics" />;
  if (list.isLoadingError) return <ErrorMessage message={errorMessage(list.error)} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p>There are no infographics yet.</p>;
  return (
    <>
      <ul className="infographic-cards">
        {items.map((info) => (
          <li key={info.id} className="infographic-card">
            <img src={info.image.src} alt="" width={info.image.width} height={info.image.height} loading="lazy" decoding="async" />
            <h2>
              <Link to={info.url}>{info.title}</Link>
            </h2>
            <p className="infographic-card-time">
              <Time value={info.publishedAt} />
            </p>
            <p>{info.lead}</p>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <p className="infographic-more">
          <button type="button" className="button" aria-disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {list.isFetchNextPageError ? 'Try again: more infographics' : 'More infographics'}
          </button>
        </p>
      )}
      {list.isFetchNextPageError && <ErrorMessage message={errorMessage(list.error)} />}
    </>
  );
}
