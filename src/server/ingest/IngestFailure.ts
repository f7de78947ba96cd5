/** An expected reason why a feed cannot be ingested (bad URL, refused address, not a feed, ...): one line, no stack. */
export class IngestFailure extends Error {
  /** The other end could not be reached (name resolution, refused or reset connection, no answer in time), not a bad answer. */
  readonly network: boolean;

  constructor(reason: string, options: { network?: boolean } = {}) {
    super(reason.replace(/\s+/g, ' ').trim());
    this.name = 'IngestFailure';
    this.network = options.network ?? false;
  }
}
