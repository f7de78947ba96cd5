import { useEffect, useId, useRef, useState } from 'react';
import { PREF_OPTIONS, setPrefs, useDisplayPrefs, type DisplayPrefs } from '../../lib/displayPrefs';
import './displayPanel.css';

interface DisplayPanelProps {
  /** Called once the dialog has closed. */
  onClose: () => void;
}

const LABELS: { [K in keyof DisplayPrefs]: { legend: string; options: Record<DisplayPrefs[K], string>; hint?: string } } = {
  theme: { legend: 'Theme', options: { system: 'Follow the system', light: 'Light', dark: 'Dark' } },
  textSize: { legend: 'Text size', options: { small: 'Small', medium: 'Medium', large: 'Large', larger: 'Larger', largest: 'Largest' } },
  lineWidth: { legend: 'Line width of articles', options: { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } },
  motion: { legend: 'Motion', options: { system: 'Follow the system', reduce: 'Reduce motion' } },
  dataSaver: {
    legend: 'Data saver',
    options: { auto: 'When the browser asks to save data', on: 'On', off: 'Off' },
    hint: 'With data saver on, pictures load only when you tap them, and stories are not fetched in the background.',
  },
};

/** The display settings: each choice applies at once and is remembered on this device. */
export function DisplayPanel({ onClose }: DisplayPanelProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const prefs = useDisplayPrefs();
  const [unsaved, setUnsaved] = useState(false);
  const ids = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (!element.open) element.showModal();
    element.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  const change = <K extends keyof DisplayPrefs>(key: K, value: DisplayPrefs[K]) => {
    setUnsaved(!setPrefs({ ...prefs, [key]: value }));
  };
  const close = () => dialog.current?.close();

  const group = <K extends keyof DisplayPrefs>(key: K, values: readonly DisplayPrefs[K][]) => (
    <fieldset className="display-group" aria-describedby={LABELS[key].hint === undefined ? undefined : `${ids}-${key}-hint`}>
      <legend>{LABELS[key].legend}</legend>
      <div className="display-options">
        {values.map((value) => (
          <label key={value} className="display-option">
            <input type="radio" name={`${ids}-${key}`} value={value} checked={prefs[key] === value} onChange={() => change(key, value)} />
            {LABELS[key].options[value]}
          </label>
        ))}
      </div>
      {LABELS[key].hint !== undefined && (
        <p id={`${ids}-${key}-hint`} className="display-hint">
          {LABELS[key].hint}
        </p>
      )}
    </fieldset>
  );

  return (
    <dialog
      ref={dialog}
      className="display-panel"
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) close();
      }}
    >
      <div className="display-panel-body">
        <div className="display-panel-head">
          <h2 id={`${ids}-title`}>Display</h2>
          <button type="button" className="button" onClick={close}>
            Done
          </button>
        </div>
        {group('theme', PREF_OPTIONS.theme)}
        {group('textSize', PREF_OPTIONS.textSize)}
        {group('lineWidth', PREF_OPTIONS.lineWidth)}
        {group('motion', PREF_OPTIONS.motion)}
        {group('dataSaver', PREF_OPTIONS.dataSaver)}
        <p className="display-hint" role="status">
          {unsaved ? 'This browser does not let Newswire remember your choices: they apply until you close the page.' : ''}
        </p>
      </div>
    </dialog>
  );
}
