import { useId, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { SECTIONS } from '../contract/sections';

/**
 * The eight sections, the current one marked with aria-current. On phones the list collapses
 * behind a "Sections" button (a disclosure: Enter/Space opens it, Escape closes it and returns focus).
 */
export function SectionNav() {
  const { pathname } = useLocation();
  // The menu is open on the page where it was opened: going to another page closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const listId = useId();

  return (
    <nav
      className="section-nav"
      aria-label="Sections"
      data-open={open}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          e.currentTarget.querySelector('button')?.focus();
        }
      }}
    >
      <button type="button" className="section-nav-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true" className="section-nav-icon" />
        Sections
      </button>
      <ul id={listId}>
        {SECTIONS.map((s) => (
          <li key={s.slug}>
            <NavLink to={`/${s.slug}`}>{s.title}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
