import { useRef, useState } from 'react';
import './display.css';

type Panel = typeof import('./DisplayPanel').DisplayPanel;

// The panel loads on demand: the first load carries only this button.
let panelModule: Promise<Panel> | undefined;
function loadPanel(): Promise<Panel> {
  panelModule ??= import('./DisplayPanel').then(
    (m) => m.DisplayPanel,
    (error: unknown) => {
      panelModule = undefined;
      throw error;
    },
  );
  return panelModule;
}

/** "Display" in the masthead: theme, text size, line width, motion and data saver. */
export function DisplayMenu() {
  const button = useRef<HTMLButtonElement>(null);
  const [panel, setPanel] = useState<{ Component: Panel } | null>(null);
  const [failed, setFailed] = useState(false);
  const preload = () => void loadPanel().catch(() => undefined);

  return (
    <div className="masthead-tool">
      <button
        ref={button}
        type="button"
        className="masthead-button"
        aria-haspopup="dialog"
        aria-expanded={panel !== null}
        onClick={() => {
          setFailed(false);
          loadPanel().then(
            (Component) => setPanel({ Component }),
            () => setFailed(true),
          );
        }}
        onPointerEnter={preload}
        onFocus={preload}
      >
        <span aria-hidden="true" className="display-button-icon">
          Aa
        </span>
        <span className="masthead-button-label">Display</span>
      </button>
      {failed && (
        <p className="masthead-error" role="alert">
          The display settings could not be opened: Newswire cannot reach its server. Check your connection and try again.
        </p>
      )}
      {panel !== null && (
        <panel.Component
          onClose={() => {
            setPanel(null);
            button.current?.focus();
          }}
        />
      )}
    </div>
  );
}
