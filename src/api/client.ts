import type * as z from 'zod/mini';
import { ErrorBody, type ErrorCode } from '../contract/schemas';

/** Why a request failed: an API error code, no connection, or an answer this app cannot read. */
export type ApiErrorKind = ErrorCode | 'network' | 'invalid_response';

/** A failed API request, with a message fit to show to the reader. */
export class ApiError extends Error {
  readonly status: number;
  readonly kind: ApiErrorKind;

  constructor(status: number, kind: ApiErrorKind, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.kind = kind;
  }

  /** True for answers that will not change on retry (400, 404). */
  get isPermanent(): boolean {
    return this.kind === 'bad_request' || this.kind === 'not_found';
  }
}

const OFFLINE = 'Newswire cannot reach its server. Check your connection and try again.';
const UNREADABLE = 'The server sent an answer this version of Newswire cannot read. Reload the page to get the latest version.';

async function request(path: string, init: RequestInit): Promise<Response> {
  try {
    // No custom headers: the server's <link rel="preload"> of the same URL then serves this request.
    return await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', OFFLINE);
  }
}

async function failure(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) return new ApiError(response.status, parsed.data.error.code, parsed.data.error.message);
  return new ApiError(response.status, response.status >= 500 ? 'internal' : 'invalid_response', response.status >= 500 ? 'The server had a problem. Please try again in a moment.' : UNREADABLE);
}

/** GETs `path` and parses the JSON with `schema`; throws ApiError on any failure. */
export async function getJson<S extends z.ZodMiniType>(path: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  const response = await request(path, signal === undefined ? {} : { signal });
  if (!response.ok) throw await failure(response);
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, 'invalid_response', UNREADABLE);
  return parsed.data;
}

/** POSTs to `path` with no body, expecting 204; throws ApiError on any failure. */
export async function post(path: string): Promise<void> {
  const response = await request(path, { method: 'POST' });
  if (!response.ok) throw await failure(response);
}

/** A sentence for the reader about any failure (ApiError messages are written for readers). */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something unexpected went wrong. Please try again.';
}
