import { onDemand, useOnDemandDialog } from '../../lib/useOnDemandDialog';
import './converterButton.css';

// The dialog and the converter (big.js, the lists, the chart) load on first open or when the pointer
// or focus reaches the button, not with the page.
const loadDialog = onDemand(async () => (await import('./ConverterDialog')).ConverterDialog);

/** The masthead's "Currency converter" button, opening the converter in a modal dialog. */
export function CurrencyConverterButton() {
  const { button, Component: Dialog, failed, open, preload, close } = useOnDemandDialog(loadDialog);

  return (
    <div className="masthead-tool">
      <button
        ref={button}
        type="button"
        className="masthead-button"
        aria-haspopup="dialog"
        aria-expanded={Dialog !== null}
        onClick={open}
        onPointerEnter={preload}
        onFocus={preload}
      >
        <span aria-hidden="true" className="converter-button-icon">
          ₽⇄
        </span>
        <span className="masthead-button-label">Currency converter</span>
      </button>
      {failed && (
        <p className="masthead-error" role="alert">
          The converter could not be opened: Newswire cannot reach its server. Check your connection and try again.
        </p>
      )}
      {Dialog !== null && <Dialog onClosed={close} />}
    </div>
  );
}
