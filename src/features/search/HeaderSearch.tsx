import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { SearchIcon } from './SearchIcon';
import './headerSearch.css';

/**
 * News Search in the masthead: a labelled field that opens /search?q=. On phones only a search
 * button shows; it reveals the field (Escape hides it again and returns focus to the button).
 * Not shown on the search page itself, which has its own, larger field.
 */
export function HeaderSearch() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const formId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (pathname === '/search') return null;
  return (
    <div className="header-search" data-open={open}>
      <button ref={toggle} type="button" className="header-search-toggle" aria-expanded={open} aria-controls={formId} onClick={() => setOpenOn(open ? null : pathname)}>
        <SearchIcon />
        <span className="visually-hidden">Search</span>
      </button>
      <form
        id={formId}
        role="search"
        className="header-search-form"
        method="get"
        action="/search"
        onSubmit={(e) => {
          e.preventDefault();
          const q = (input.current?.value ?? '').trim();
          setOpenOn(null);
          void navigate(q === '' ? '/search' : `/search?${new URLSearchParams({ q }).toString()}`);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            setOpenOn(null);
            toggle.current?.focus();
          }
        }}
      >
        <label htmlFor={inputId} className="visually-hidden">
          Search news
        </label>
        <input ref={input} id={inputId} name="q" type="search" placeholder="Search news" maxLength={200} autoComplete="off" enterKeyHint="search" />
        <button type="submit" className="header-search-submit">
          <SearchIcon />
          <span className="visually-hidden">Search</span>
        </button>
      </form>
    </div>
  );
}
