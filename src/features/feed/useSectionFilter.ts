import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { SectionSlug } from '../../contract/sections';
import { useRenderSnapshot } from '../../lib/renderSnapshot';
import { choiceFromUrl, choiceToUrl, normalizeChoice, sectionsParam, storeChoice, filterStore, type SectionChoice } from './sectionChoice';

// "?sections=politics,sports" with readable commas (URLSearchParams would write %2C).
function searchWith(current: URLSearchParams, sections: string | null): string {
  const rest = new URLSearchParams(current);
  rest.delete('sections');
  const query = [rest.toString(), sections === null ? '' : `sections=${sections}`].filter((p) => p !== '').join('&');
  return query === '' ? '' : `?${query}`;
}

/** The reader's section filter: from the URL when it has one, else as remembered; kept in both. */
export function useSectionFilter() {
  const [params] = useSearchParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const fromUrl = useMemo(() => choiceFromUrl(sectionsParam(params)), [params]);
  // A page rendered on the server hydrates with the filter it was rendered with, then takes the stored one.
  const rendered = useRenderSnapshot()?.sections;
  const remembered = useSyncExternalStore(filterStore.subscribe, filterStore.get, () => (rendered === undefined ? filterStore.get() : rendered));
  const choice: SectionChoice = fromUrl === undefined ? remembered : fromUrl.choice;
  const urlValue = choiceToUrl(choice);

  // A remembered filter is shown in the URL so it can be shared; a filter from the URL is remembered.
  useEffect(() => {
    if (fromUrl !== undefined) storeChoice(fromUrl.choice);
    const wanted = searchWith(params, urlValue);
    if (wanted !== search) void navigate({ search: wanted }, { replace: true });
  }, [fromUrl, urlValue, params, search, navigate]);

  // Navigation renders as a transition, so a quick reader can change the filter again before the
  // URL has caught up: each change starts from the last one asked for, not from the URL.
  const requested = useRef<SectionChoice | undefined>(undefined);
  useEffect(() => {
    if (requested.current !== undefined && choiceToUrl(requested.current) === urlValue) requested.current = undefined;
  }, [urlValue]);

  const update = useCallback(
    (change: (current: SectionChoice) => readonly SectionSlug[] | null) => {
      const current = requested.current === undefined ? choice : requested.current;
      const sections = change(current);
      const next = sections === null ? null : normalizeChoice(sections);
      requested.current = next;
      storeChoice(next);
      const rest = new URLSearchParams(params);
      rest.delete('cursor'); // another filter starts at the newest story
      void navigate({ search: searchWith(rest, choiceToUrl(next)) }, { replace: true });
    },
    [choice, params, navigate],
  );

  return { choice, unknown: fromUrl?.unknown ?? [], update };
}
