import type { RatesSource } from '../../contract/ratesSchemas';
import { SOURCE_NAMES } from './sourceNames';

interface SourceChoiceProps {
  name: string;
  value: RatesSource;
  onChange: (source: RatesSource) => void;
}

const SOURCES: readonly RatesSource[] = ['cbr', 'ecb'];

/** Whose rates to use: the Bank of Russia's or the ECB's. */
export function SourceChoice({ name, value, onChange }: SourceChoiceProps) {
  return (
    <fieldset className="converter-sources">
      <legend>Rates of</legend>
      {SOURCES.map((source) => (
        <label key={source} className="converter-source">
          <input type="radio" name={name} value={source} checked={value === source} onChange={() => onChange(source)} />
          {SOURCE_NAMES[source]}
        </label>
      ))}
    </fieldset>
  );
}
