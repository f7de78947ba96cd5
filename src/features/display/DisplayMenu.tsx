import { onDemand, useOnDemandDialog } from '../../lib/useOnDemandDialog';
import './display.css';

// The panel loads on demand: the first load carries only this button.
const loadPanel = onDemand(async () => (await import('./DisplayPanel')).DisplayPanel);

/** "Display" in the masthead: theme, text size, line width, motion and data saver. */
export function DisplayMenu() {
  const { button, Component: Panel, failed, open, preload, close } = useOnDemandDialog(loadPanel);

  return (
    <div className="masthead-tool">
      <button
        ref={button}
        type="button"
        className="masthead-button"
        aria-haspopup="dialog"
        aria-expanded={Panel !== null}
        onClick={open}
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
      {Panel !== null && <Panel onClose={close} />}
    </div>
  );
}
