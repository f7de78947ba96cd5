/** A rate document that cannot be used; the message says why, for the operator's log. */
export class RatesDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RatesDocumentError';
  }
}
