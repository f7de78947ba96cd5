/** Why a picture of a feed is not kept: one line for the operator's log. */
export class PictureRefusal extends Error {
  /** The other end could not be reached or did not answer in time: worth trying again later. */
  readonly transient: boolean;

  constructor(reason: string, options: { transient?: boolean } = {}) {
    super(reason);
    this.name = 'PictureRefusal';
    this.transient = options.transient ?? false;
  }
}
