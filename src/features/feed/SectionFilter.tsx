import { useId, useState } from 'react';
import { SECTIONS, type SectionSlug } from '../../contract/sections';
import type { SectionChoice } from './sectionChoice';

interface SectionFilterProps {
  choice: SectionChoice;
  /** Changes the filter from its latest value (null: all sections). */
  onUpdate: (change: (current: SectionChoice) => SectionSlug[] | null) => void;
}

/** "Filter sections": choose any sections for the feed, applied at once; at least one stays chosen. */
export function SectionFilter({ choice, onUpdate }: SectionFilterProps) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const panelId = useId();
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
    <div className="section-filter">
      <div className="section-filter-bar">
        <button type="button" className="button button-small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          Filter sections
        </button>
        <p className="section-filter-summary">
          <span className="visually-hidden">Showing: </span>
          {summary}
        </p>
        {choice !== null && (
          <button type="button" className="link-button" onClick={() => onUpdate(() => null)}>
            Show all sections
          </button>
        )}
      </div>
      <fieldset id={panelId} className="section-filter-panel" hidden={!open}>
        <legend>Sections in your feed</legend>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.slug}>
              <label>
                <input type="checkbox" checked={chosen.has(s.slug)} onChange={(e) => toggle(s.slug, e.currentTarget.checked)} />
                {s.title}
              </label>
            </li>
          ))}
        </ul>
        <p className="section-filter-notice" role="status">
          {notice}
        </p>
      </fieldset>
    </div>
  );
}
