import { useQuery } from '@tanstack/react-query';
import type { SearchRequest } from '../../api/discoveryQueries';
import { Skeleton } from '../../components/Skeleton';
import { formatCount } from '../../lib/formatCount';
import { listLocalArticles } from '../../lib/localArticles';
import { searchLocal } from './searchLocal';
import { SearchHitItem } from './SearchHitItem';


/** Offline: the search runs over the stories kept on this device, and says so. */
export function LocalSearchResults({ request }: { request: SearchRequest }) {
  const local = useQuery({
    queryKey: ['local-search', request],
    queryFn: async () => {
      const articles = (await listLocalArticles()).map((copy) => copy.article);
      return { kept: articles.length, hits: searchLocal(articles, request) };
    },
    networkMode: 'always',
    staleTime: 0,
  });
  if (local.isPending) return <Skeleton lines={4} label="Searching the stories on this device" />;
  const kept = local.data?.kept ?? 0;
  const hits = local.data?.hits ?? [];
  return (
    <section className="search-results" aria-label="Search results">
      <p className="notice">
        {`You are offline, so this search covers only the ${formatCount(kept)} ${kept === 1 ? 'story' : 'stories'} kept on this device (saved for later, opened recently or downloaded for offline reading). Search again when you are back online for everything.`}
      </p>
      <p className="search-total" role="status">
        {hits.length === 0 ? 'No results on this device.' : `${formatCount(hits.length)} ${hits.length === 1 ? 'result' : 'results'} on this device for “${request.q}”`}
      </p>
      {hits.length > 0 && (
        <ol className="search-hits">
          {hits.map((hit) => (
            <SearchHitItem key={hit.id} hit={hit} />
          ))}
        </ol>
      )}
    </section>
  );
}
