import type { ErrorCode } from '../../contract/schemas';

const STATUS: Record<ErrorCode, 400 | 404 | 429 | 500> = { bad_request: 400, not_found: 404, rate_limited: 429, internal: 500 };

/** A failure to report to the client with the API.md error body; thrown by handlers and validators. */
export class ApiProblem extends Error {
  readonly code: ErrorCode;
  readonly status: 400 | 404 | 429 | 500;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiProblem';
    this.code = code;
    this.status = STATUS[code];
  }
}

/** A 400 naming the bad parameter. */
export function badRequest(message: string): ApiProblem {
  return new ApiProblem('bad_request', message);
}

/** A 404. */
export function notFound(message: string): ApiProblem {
  return new ApiProblem('not_found', message);
}
