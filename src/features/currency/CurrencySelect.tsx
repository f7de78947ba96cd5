import type { CurrencyChoice } from './resolvePair';

interface CurrencySelectProps {
  id: string;
  /** The form field's name (`from`, `to`). */
  name: string;
  label: string;
  choices: readonly CurrencyChoice[];
  value: string;
  onChange: (code: string) => void;
}

/** A labelled list of the source's currencies by code and name; those without a rate say so. */
export function CurrencySelect({ id, name, label, choices, value, onChange }: CurrencySelectProps) {
  return (
    <div className="converter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {choices.map((c) => (
          <option key={c.code} value={c.code}>
            {`${c.code} — ${c.name}${c.rate === null ? ' (no rate)' : ''}`}
          </option>
        ))}
      </select>
    </div>
  );
}
