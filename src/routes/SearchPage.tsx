import { useSearchParams } from 'react-router';
import type { SearchRequest } from '../api/discoveryQueries';
import { SearchForm, type SearchChange } from '../features/search/SearchForm';
import { SearchResults } from '../features/search/SearchResults';
import { parseSearchParams, searchParamsOf } from '../features/search/searchParams';
import '../features/search/search.css';

/** `/search?q=&sections=&from=&to=`: News Search; the address always holds the words and filters. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const { request, problems } = parseSearchParams(params);
  const onSearch = (next: SearchRequest, change: SearchChange) => {
    const target = searchParamsOf(next);
    if (target.toString() !== params.toString()) setParams(target, { replace: change === 'typing' });
  };

  return (
    <div className="page page-search">
      <title>{request.q === '' ? 'News Search — Newswire' : `${request.q} — News Search — Newswire`}</title>
      <h1 className="page-title">News Search</h1>
      <SearchForm request={request} onSearch={onSearch} />
      {problems.map((problem) => (
        <p key={problem} className="notice" role="status">
          {problem}
        </p>
      ))}
      {request.q === '' ? (
        <p className="search-hint">Type one or more words: stories that contain all of them are listed, the best match first.</p>
      ) : (
        <SearchResults request={request} onClearFilters={() => onSearch({ q: request.q, sections: null, from: null, to: null }, 'submit')} />
      )}
    </div>
  );
}
