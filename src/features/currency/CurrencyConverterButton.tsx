import { useRef, useState } from 'react';
import './converterButton.css';

type Dialog = typeof import('./ConverterDialog').ConverterDialog;

// The dialog and the converter (big.js, the lists, the chart) load on first open or when the pointer
// or focus reaches the button, not with the page.
let dialogModule: Promise<Dialog> | undefined;
function loadDialog(): Promise<Dialog> {
  dialogModule ??= import('./ConverterDialog').then(
    (m) => m.ConverterDialog,
    (error: unknown) => {
      dialogModule = undefined; // try again on the next click
      throw error;
    },
  );
  return dialogModule;
}

/** The masthead's "Currency converter" button, opening the converter in a modal dialog. */
export function CurrencyConverterButton() {
  const [dialog, setDialog] = useState<{ Component: Dialog } | null>(null);
  const [failed, setFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const preload = () => void loadDialog().catch(() => undefined);

  return (
    <div className="masthead-tool">
      <button
        ref={button}
        type="button"
        className="masthead-button"
        aria-haspopup="dialog"
        aria-expanded={dialog !== null}
        onClick={() => {
          setFailed(false);
          loadDialog().then(
            (Component) => setDialog({ Component }),
            () => setFailed(true),
          );
        }}
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
      {dialog !== null && (
        <dialog.Component
          onClosed={() => {
            setDialog(null);
            button.current?.focus();
          }}
        />
      )}
    </div>
  );
}
