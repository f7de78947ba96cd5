import { RatesDocumentError } from './RatesDocumentError';

/** A parsed element as a record of its attributes and children, or a clear refusal. */
export function element(value: unknown, label: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RatesDocumentError(`${label} is not an element with attributes or children.`);
  }
  return Object.fromEntries(Object.entries(value));
}

/** The text of child element or attribute `name`, or a clear refusal when absent or not plain text. */
export function text(record: Record<string, unknown>, name: string, label: string): string {
  const value = record[name];
  if (value === undefined) throw new RatesDocumentError(`${label} has no ${name}.`);
  if (typeof value !== 'string') throw new RatesDocumentError(`${label} has a ${name} that is not plain text (repeated, or with attributes or children).`);
  return value;
}

/** Like `text`, but undefined when absent. */
export function optionalText(record: Record<string, unknown>, name: string, label: string): string | undefined {
  return record[name] === undefined ? undefined : text(record, name, label);
}

/** The repeated child elements `name`, empty ones (`<Cube></Cube>`) left out. */
export function children(record: Record<string, unknown>, name: string): unknown[] {
  const value = record[name];
  const all: unknown[] = Array.isArray(value) ? value : [value];
  return all.filter((v) => v !== undefined && v !== '');
}
