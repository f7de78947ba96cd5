import { useState } from 'react';
import { useHydrated } from '../../lib/useHydrated';
import { SECTIONS, type SectionSlug } from '../../contract/sections';
import type { SectionChoice } from './sectionChoice';

interface SectionFilterProps {
  choice: SectionChoice;
  /** Changes the filter from its latest value (null: all sections). */
  onUpdate: (change: (current: SectionChoice) => SectionSlug[] | null) => void;
}

/**
 * "Filter sections": choose any sections for the feed, applied at once; at least one stays chosen.
 * A disclosure and a GET form: before the app's script runs, and without it, the reader ticks the
 * sections and submits (`/?sections=politics&sections=sports`).
 */
export function SectionFilter({ choice, onUpdate }: SectionFilterProps) {
  const [notice, setNotice] = useState('');
  const hydrated = useHydrated();
  const chosen = new Set<SectionSlug>(choice ?? SECTIONS.map((s) => s.slug));
  const summary = choice === null ? 'All sections' : SECTIONS.filter((s) => chosen.has(s.slug)).map((s) => s.title).join(', ');

  const toggle = (slug: SectionSlug, checked: boolean) => {
    onUpdate((current) => {
      const next = new Set<SectionSlug>(current ?? SECTIONS.map((s) => s.slug));
      if (checked) next.add(slug);
      else next.delete(slug);
      if (next.size === 0) {
        setNotice('At least one section must stay selected. Use "Show all sections" to see everything.');
        return current;
      }
      setNotice('');
      return [...next];
    });
  };

  return (
    <details className="section-filter">
      <summary className="section-filter-bar">
        <span className="button button-small">Filter sections</span>
        <span className="section-filter-summary">
          <span className="visually-hidden">Showing: </span>
          {summary}
        </span>
      </summary>
      <form method="get" action="/" className="section-filter-panel" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Sections in your feed</legend>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.slug}>
                <label>
                  <input type="checkbox" name="sections" value={s.slug} checked={chosen.has(s.slug)} onChange={(e) => toggle(s.slug, e.currentTarget.checked)} />
                  {s.title}
                </label>
              </li>
            ))}
          </ul>
          {!hydrated && (
            <button type="submit" className="button button-small">
              Show these sections
            </button>
          )}
          {choice !== null && (
            <a
              href={`/?sections=${SECTIONS.map((s) => s.slug).join(",")}`}
              className="link-button"
              onClick={(e) => {
                e.preventDefault();
                onUpdate(() => null);
              }}
            >
              Show all sections
            </a>
          )}
          <p className="section-filter-notice" role="status">
            {notice}
          </p>
        </fieldset>
      </form>
    </details>
  );
}
