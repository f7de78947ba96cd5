import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { CurrencyConverter } from './CurrencyConverter';

interface ConverterDialogProps {
  /** Called once the dialog has closed (Close, Escape, a click on the backdrop, or the page link). */
  onClosed: () => void;
}

/** The converter as a modal dialog (native <dialog>: focus kept inside, Esc closes). */
export function ConverterDialog({ onClosed }: ConverterDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (!element.open) element.showModal();
    // showModal() focuses the first control (Close); the reader came to type an amount.
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  const close = () => dialog.current?.close();
  return (
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
        <CurrencyConverter autoFocus />
        <p className="converter-page-link">
          <Link to="/converter" onClick={close}>
            Open the converter as a page
          </Link>
        </p>
      </div>
    </dialog>
  );
}
