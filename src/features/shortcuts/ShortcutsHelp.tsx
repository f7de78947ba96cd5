import { useEffect, useId, useRef } from 'react';
import { GO_KEYS, SHORTCUTS } from './shortcutKeys';
import './shortcuts.css';

interface ShortcutsHelpProps {
  onClose: () => void;
}

/** The list of keyboard shortcuts ("?"), as a modal dialog; focus returns where it was. */
export function ShortcutsHelp({ onClose }: ShortcutsHelpProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const ids = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    opener.current ??= document.activeElement;
    if (!element.open) element.showModal();
  }, []);

  const closed = () => {
    if (opener.current instanceof HTMLElement) opener.current.focus();
    onClose();
  };

  return (
    <dialog ref={dialog} className="shortcuts-help" aria-labelledby={`${ids}-title`} onClose={closed}>
      <div className="shortcuts-head">
        <h2 id={`${ids}-title`}>Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <table className="shortcuts-table">
        <caption className="visually-hidden">Keys and what they do</caption>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <th scope="row">
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && (k === '…' ? ' then ' : ' or ')}
                    {k === '…' ? 'a key' : <kbd>{k}</kbd>}
                  </span>
                ))}
              </th>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="shortcuts-subhead">Go to (press g, then)</h3>
      <table className="shortcuts-table">
        <caption className="visually-hidden">Keys after g and the pages they open</caption>
        <tbody>
          {GO_KEYS.map((g) => (
            <tr key={g.key}>
              <th scope="row">
                <kbd>g</kbd> then <kbd>{g.key}</kbd>
              </th>
              <td>{g.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="shortcuts-note">Shortcuts do nothing while you type in a field.</p>
    </dialog>
  );
}
