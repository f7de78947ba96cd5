/** An expected reason why a feed cannot be ingested (bad URL, refused address, not a feed, ...): one line, no stack. */
export class IngestFailure extends Error {
  constructor(reason: string) {
    super(reason.replace(/\s+/g, ' ').trim());
    this.name = 'IngestFailure';
  }
}
