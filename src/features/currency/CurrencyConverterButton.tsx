import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import './converterButton.css';

// The converter itself (big.js, the lists, the chart) loads on first open, not with the page; the
// /converter route imports the same module, so both share one chunk.
const loadConverter = () => import('./CurrencyConverter');
const CurrencyConverter = lazy(async () => ({ default: (await loadConverter()).CurrencyConverter }));

/** The masthead's "Currency converter" button and its modal dialog (native <dialog>: focus kept inside, Esc closes). */
export function CurrencyConverterButton() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (open && dialog.current?.open === false) dialog.current.showModal();
  }, [open]);

  const close = () => dialog.current?.close();
  const onClosed = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="masthead-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        onPointerEnter={() => void loadConverter()}
        onFocus={() => void loadConverter()}
      >
        <span aria-hidden="true" className="masthead-button-icon">
          ₽⇄
        </span>
        <span className="masthead-button-label">Currency converter</span>
      </button>
      {open && (
        <dialog
          ref={dialog}
          className="converter-dialog"
          aria-labelledby={titleId}
          onClose={onClosed}
          // The dialog element itself is only hit outside its padded body: a click on the backdrop closes it.
          onClick={(e) => e.target === dialog.current && close()}
        >
          <div className="converter-dialog-body">
            <div className="converter-dialog-head">
              <h2 id={titleId}>Currency converter</h2>
              <button type="button" className="button converter-close" onClick={close}>
                Close
              </button>
            </div>
            <Suspense fallback={<p>Loading the converter…</p>}>
              <CurrencyConverter autoFocus />
            </Suspense>
            <p className="converter-page-link">
              <Link to="/converter" onClick={close}>
                Open the converter as a page
              </Link>
            </p>
          </div>
        </dialog>
      )}
    </>
  );
}
