import { useEffect, useEffectEvent, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { GO_KEYS, isTypingTarget, nextStory, storyLinks } from './shortcutKeys';

const G_TIMEOUT_MS = 1500;

/**
 * Keyboard reading: j/k move between stories, o opens, u goes back to the list, / searches,
 * g then a section's key goes to it, ? shows the list. Never while typing in a field or in a dialog,
 * never with Ctrl, Alt or Cmd.
 */
export function useKeyboardShortcuts(onHelp: () => void, earlyKeys: readonly KeyboardEvent[] = [], onListening: () => void = () => undefined): void {
  const navigate = useNavigate();
  const location = useLocation();
  const pendingG = useRef(0);

  // `replay`: a press made before keyboard reading was here, handled once it is.
  const onKey = useEffectEvent((event: KeyboardEvent, replay = false) => {
    if ((event.defaultPrevented && !replay) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTypingTarget(event.target)) return;
    const key = event.key;
    if (pendingG.current > Date.now()) {
      pendingG.current = 0;
      const target = GO_KEYS.find((g) => g.key === key.toLowerCase());
      if (target !== undefined) {
        event.preventDefault();
        void navigate(target.slug === null ? '/' : `/${target.slug}`);
      }
      return;
    }
    switch (key) {
      case 'j':
      case 'k': {
        const link = nextStory(storyLinks(), document.activeElement, key === 'j' ? 1 : -1, headerBottom());
        if (link === undefined) return;
        event.preventDefault();
        link.focus();
        return;
      }
      case 'o': {
        const active = document.activeElement;
        if (active instanceof HTMLAnchorElement && active.hasAttribute('data-story-link')) {
          event.preventDefault();
          active.click();
        }
        return;
      }
      case 'u': {
        if (!/^\/[a-z]+\/\d+/.test(location.pathname)) return; // already on a list
        event.preventDefault();
        if (location.key !== 'default') void navigate(-1);
        else void navigate(`/${location.pathname.split('/')[1] ?? ''}`);
        return;
      }
      case '/': {
        event.preventDefault();
        const search = document.querySelector<HTMLInputElement>('header input[type="search"]');
        if (search !== null && search.offsetParent !== null) search.focus();
        else void navigate('/search');
        return;
      }
      case 'g':
        pendingG.current = Date.now() + G_TIMEOUT_MS;
        return;
      case '?':
        event.preventDefault();
        onHelp();
        return;
      default:
    }
  });

  // The early presses are handled once (those that came while this rendered too), then this listens itself.
  const handled = useRef(0);
  const listening = useEffectEvent(onListening);
  useEffect(() => {
    for (const event of earlyKeys.slice(handled.current)) onKey(event, true);
    handled.current = earlyKeys.length;
  }, [earlyKeys]);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    listening();
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

// Stories hidden under the masthead do not count as "in view".
function headerBottom(): number {
  return Math.max(0, document.querySelector('header')?.getBoundingClientRect().bottom ?? 0);
}
