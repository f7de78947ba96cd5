import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { errorMessage, isNetworkError } from '../../api/client';
import { searchQuery, type SearchRequest } from '../../api/discoveryQueries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Skeleton } from '../../components/Skeleton';
import { formatCount } from '../../lib/formatCount';
import { LocalSearchResults } from './LocalSearchResults';
import { NoResults } from './NoResults';
import { SearchHitItem } from './SearchHitItem';

interface SearchResultsProps {
  request: SearchRequest;
  onClearFilters: () => void;
}


/** Results of a search, best first: how many in all, the hits, More results; or why there are none. */
export function SearchResults({ request, onClearFilters }: SearchResultsProps) {
  // While the next words are searched, the last results stay (dimmed) instead of a blank page.
  const search = useInfiniteQuery({ ...searchQuery(request), placeholderData: keepPreviousData });
  const filtered = request.sections !== null || request.from !== null || request.to !== null;

  if (search.isPending) return <Skeleton lines={6} label="Searching" />;
  if (search.isLoadingError && isNetworkError(search.error)) return <LocalSearchResults request={request} />;
  if (search.isLoadingError) return <ErrorMessage title="The search failed" message={errorMessage(search.error)} onRetry={() => void search.refetch()} />;

  const pages = search.data.pages;
  const total = pages[0]?.total ?? 0;
  const hits = pages.flatMap((p) => p.items);
  const stale = search.isPlaceholderData;
  return (
    <section className="search-results" aria-label="Search results" aria-busy={stale}>
      <p className="search-total" role="status">
        {stale ? 'Searching…' : total === 0 ? 'No results.' : `${formatCount(total)} ${total === 1 ? 'result' : 'results'} for “${request.q}”`}
      </p>
      {total === 0 && !stale ? (
        <NoResults q={request.q} filtered={filtered} onClearFilters={onClearFilters} />
      ) : (
        <ol className="search-hits" data-stale={stale}>
          {hits.map((hit) => (
            <SearchHitItem key={hit.id} hit={hit} />
          ))}
        </ol>
      )}
      {search.hasNextPage && !stale && (
        <p className="search-more">
          <button
            type="button"
            className="button"
            aria-disabled={search.isFetchingNextPage}
            onClick={() => {
              if (!search.isFetchingNextPage) void search.fetchNextPage();
            }}
          >
            {search.isFetchNextPageError ? 'Try again: more results' : search.isFetchingNextPage ? 'Loading more results…' : 'More results'}
          </button>
        </p>
      )}
      {search.isFetchNextPageError && <ErrorMessage message={errorMessage(search.error)} />}
      {!search.hasNextPage && hits.length > 0 && !stale && <p className="search-end">{`That is all: ${formatCount(total)} ${total === 1 ? 'story' : 'stories'}.`}</p>}
    </section>
  );
}
