import * as z from 'zod/mini';
import { ErrorBody, ErrorCode } from '../contract/schemas';
import { reportServerReached } from '../lib/connection';
import { SAVED_AT_HEADER } from '../sw/cacheNames';

/** Why a request failed: an API error code, no connection, or an answer this app cannot read. */
export type ApiErrorKind = ErrorCode | 'network' | 'invalid_response';

const SerializedApiError = z.object({
  name: z.literal('ApiError'),
  status: z.number(),
  kind: z.enum([...ErrorCode.options, 'network', 'invalid_response']),
  message: z.string(),
});

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

  /** The error as JSON (a page rendered on the server carries its failures to the browser). */
  toJSON(): { name: 'ApiError'; status: number; kind: ApiErrorKind; message: string } {
    return { name: 'ApiError', status: this.status, kind: this.kind, message: this.message };
  }

  /** An ApiError from its JSON (toJSON), or null for anything else. */
  static fromJSON(value: unknown): ApiError | null {
    const parsed = SerializedApiError.safeParse(value);
    return parsed.success ? new ApiError(parsed.data.status, parsed.data.kind, parsed.data.message) : null;
  }

  /** True for answers that will not change on retry (400, 404). */
  get isPermanent(): boolean {
    return this.kind === 'bad_request' || this.kind === 'not_found';
  }
}

const OFFLINE = 'Newswire cannot reach its server. Check your connection and try again.';
const UNREADABLE = 'The server sent an answer this version of Newswire cannot read. Reload the page to get the latest version.';

/** How the app reaches its API: the browser's fetch, or (on the server, rendering a page) the API in-process. */
export type ApiFetch = (path: string, init: RequestInit) => Promise<Response>;

let apiFetch: ApiFetch = (path, init) => fetch(path, init);

/** Replaces how requests reach the API (the server's renderer answers them in-process). */
export function setApiFetch(next: ApiFetch): void {
  apiFetch = next;
}

async function request(path: string, init: RequestInit): Promise<Response> {
  try {
    const response = await apiFetch(path, init);
    // A copy from the service worker's cache says nothing about the server; any other answer does.
    if (!response.headers.has(SAVED_AT_HEADER)) reportServerReached(true);
    return response;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    reportServerReached(false);
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
  return (await getJsonCopy(path, schema, signal)).value;
}

/**
 * Like getJson, and says whether the answer is a copy kept on this device by the service worker:
 * `savedAt` is when that copy was fetched (ISO 8601), null for a fresh answer from the server.
 */
export async function getJsonCopy<S extends z.ZodMiniType>(path: string, schema: S, signal?: AbortSignal): Promise<{ value: z.infer<S>; savedAt: string | null }> {
  const response = await request(path, signal === undefined ? {} : { signal });
  if (!response.ok) throw await failure(response);
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, 'invalid_response', UNREADABLE);
  const stamp = Date.parse(response.headers.get(SAVED_AT_HEADER) ?? '');
  return { value: parsed.data, savedAt: Number.isNaN(stamp) ? null : new Date(stamp).toISOString() };
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

/** True for a request that failed because the server could not be reached (offline, no network). */
export function isNetworkError(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'network';
}
