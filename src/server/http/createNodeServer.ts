import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/** Sizes and times a client may use; anything beyond is answered (414, 431, 413, 408) or cut off. */
export interface ServerLimits {
  /** Longest request target (path and query), in bytes: 414 above. */
  maxUrlBytes: number;
  /** Largest header section (names and values), in bytes: 431 above. */
  maxHeaderBytes: number;
  /** Largest declared request body (Content-Length), in bytes: 413 above (bodies without a length are counted by the API). */
  maxBodyBytes: number;
  /** Time to receive the whole header section of a request (slow or idle clients), in ms. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included, in ms. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open, in ms. */
  keepAliveTimeoutMs: number;
}

/** The limits of `npm start`. */
export const DEFAULT_LIMITS: ServerLimits = {
  maxUrlBytes: 8 * 1024,
  maxHeaderBytes: 16 * 1024,
  maxBodyBytes: 64 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
};

// Node's own parser refuses header sections above this (answered by `clientError` below); smaller
// ones reach `guard`, which answers in the API's error shape.
const PARSER_HEADER_LIMIT = 64 * 1024;
// After a stop begins, connections still sending requests get their answers with `Connection: close`;
// only then are the remaining idle ones closed, so no request already on its way meets a reset.
const IDLE_GRACE_MS = 1_000;

/** The API's error body (API.md) as bytes. */
function errorBody(message: string): string {
  return JSON.stringify({ error: { code: 'bad_request', message } });
}

function refuse(res: ServerResponse, status: number, message: string): void {
  const body = errorBody(message);
  res.shouldKeepAlive = false; // the rest of what this client sends is not worth reading
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}

// Refusals of requests that are too big, before the app parses anything of them.
function guard(req: IncomingMessage, res: ServerResponse, limits: ServerLimits): boolean {
  if (Buffer.byteLength(req.url ?? '') > limits.maxUrlBytes) {
    refuse(res, 414, `The address is longer than ${String(limits.maxUrlBytes)} bytes.`);
    return false;
  }
  let headerBytes = 0;
  for (const part of req.rawHeaders) headerBytes += Buffer.byteLength(part) + 2;
  if (headerBytes > limits.maxHeaderBytes) {
    refuse(res, 431, `The request headers are larger than ${String(limits.maxHeaderBytes)} bytes.`);
    return false;
  }
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > limits.maxBodyBytes) {
    refuse(res, 413, `The request body is larger than ${String(limits.maxBodyBytes)} bytes.`);
    return false;
  }
  return true;
}

// What Node's parser refuses on its own: answered once, in the API's shape, then the socket goes.
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || socket.destroyed) {
    socket.destroy();
    return;
  }
  const [status, text, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', `The request headers are larger than ${String(PARSER_HEADER_LIMIT)} bytes.`]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'The request took too long to arrive.']
        : [400, 'Bad Request', 'The request is not valid HTTP.'];
  const body = errorBody(message);
  socket.end(
    `HTTP/1.1 ${String(status)} ${text}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${String(Buffer.byteLength(body))}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** The server of `npm start` and what stops it gracefully. */
export interface NodeServer {
  server: Server;
  /**
   * Stops accepting connections, lets every request in flight finish (answered with `Connection:
   * close`), then closes the idle connections; resolves once the last connection is gone.
   */
  stop: () => Promise<void>;
}

/**
 * A node:http server for `handle` with the size limits and timeouts of `limits`, and a graceful
 * stop. Oversized requests are refused before `handle` sees them; slow clients are cut off.
 */
export function createNodeServer(handle: (req: IncomingMessage, res: ServerResponse) => void, limits: ServerLimits = DEFAULT_LIMITS): NodeServer {
  let stopping = false;
  const server = createServer(
    {
      maxHeaderSize: PARSER_HEADER_LIMIT,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often the two timeouts above are checked (Node's default, 30 s, would let them slip by that much).
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    (req, res) => {
      if (stopping) res.shouldKeepAlive = false;
      if (guard(req, res, limits)) handle(req, res);
    },
  );
  server.on('clientError', answerClientError);

  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopped ??= new Promise<void>((resolve) => {
      stopping = true;
      // net.Server's close stops accepting and waits for the connections; http.Server's would also drop
      // idle keep-alive connections at once, racing a client that is just sending its next request.
      NetServer.prototype.close.call(server, () => resolve());
      const idle = setTimeout(() => {
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        sweep.unref();
        server.once('close', () => clearInterval(sweep));
        server.closeIdleConnections();
      }, IDLE_GRACE_MS);
      idle.unref();
    });
    return stopped;
  };

  return { server, stop };
}
