import { useEffect, useEffectEvent, useId, useState } from 'react';
import type { SearchRequest } from '../../api/discoveryQueries';
import { SECTIONS, isSectionSlug } from '../../contract/sections';
import { SearchIcon } from './SearchIcon';
import { MAX_QUERY_LENGTH, validDate } from './searchParams';

/** How a change should enter the browser history: typing replaces the entry, a submit adds one. */
export type SearchChange = 'typing' | 'submit';

interface SearchFormProps {
  request: SearchRequest;
  onSearch: (next: SearchRequest, change: SearchChange) => void;
}

// How long the reader may pause while typing before the search runs.
const DEBOUNCE_MS = 300;

/** The search field (searching as the reader types, after a pause) and the section and date filters. */
export function SearchForm({ request, onSearch }: SearchFormProps) {
  const [text, setText] = useState(request.q);
  const [shownQ, setShownQ] = useState(request.q);
  // The address changed from outside (Back, a link): show its words.
  if (request.q !== shownQ) {
    setShownQ(request.q);
    if (request.q !== text.trim()) setText(request.q);
  }
  const search = useEffectEvent((q: string) => onSearch({ ...request, q }, 'typing'));
  const typed = text.trim();
  useEffect(() => {
    if (typed === request.q) return;
    const timer = setTimeout(() => search(typed), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, request.q]);

  const ids = { q: useId(), section: useId(), from: useId(), to: useId() };
  const sectionValue = request.sections === null ? '' : request.sections.length === 1 ? (request.sections[0] ?? '') : 'several';
  const filtered = request.sections !== null || request.from !== null || request.to !== null;

  return (
    <form
      role="search"
      className="search-form"
      method="get"
      action="/search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch({ ...request, q: typed }, 'submit');
      }}
    >
      <label htmlFor={ids.q} className="search-label">
        Search news
      </label>
      <div className="search-field">
        <input id={ids.q} name="q" type="search" value={text} onChange={(e) => setText(e.target.value)} maxLength={MAX_QUERY_LENGTH} autoComplete="off" enterKeyHint="search" />
        <button type="submit" className="button search-submit">
          <SearchIcon />
          Search
        </button>
      </div>
      <fieldset className="search-filters">
        <legend className="visually-hidden">Filters</legend>
        <div>
          <label htmlFor={ids.section}>Section</label>
          <select
            id={ids.section}
            name="sections"
            value={sectionValue}
            onChange={(e) => {
              const value = e.target.value;
              if (value !== 'several') onSearch({ ...request, q: typed, sections: isSectionSlug(value) ? [value] : null }, 'submit');
            }}
          >
            <option value="">All sections</option>
            {SECTIONS.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
            {sectionValue === 'several' && <option value="several">{`${String(request.sections?.length ?? 0)} sections`}</option>}
          </select>
        </div>
        <div>
          <label htmlFor={ids.from}>From</label>
          <input id={ids.from} name="from" type="date" value={request.from ?? ''} max={request.to ?? undefined} onChange={(e) => onSearch({ ...request, q: typed, from: validDate(e.target.value) }, 'typing')} />
        </div>
        <div>
          <label htmlFor={ids.to}>To</label>
          <input id={ids.to} name="to" type="date" value={request.to ?? ''} min={request.from ?? undefined} onChange={(e) => onSearch({ ...request, q: typed, to: validDate(e.target.value) }, 'typing')} />
        </div>
        {filtered && (
          <button type="button" className="link-button" onClick={() => onSearch({ q: typed, sections: null, from: null, to: null }, 'submit')}>
            Clear filters
          </button>
        )}
      </fieldset>
    </form>
  );
}
