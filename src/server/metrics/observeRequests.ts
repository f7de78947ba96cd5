import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log/createLogger';
import { httpDuration, httpRequests, routeOf } from './metrics';

// A caller's id is kept only when it looks like one (no room for log injection or reader data).
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Wraps the server's handler: each request gets an id (the client's or a proxy's `X-Request-Id`
 * when it is a plain token, else a new UUID), returned in `X-Request-Id`; when the answer ends, one
 * log line (id, method, path without the query, status, ms: nothing else of the reader) and the
 * request metrics.
 */
export function observeRequests(handle: (req: IncomingMessage, res: ServerResponse) => void, logger: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = process.hrtime.bigint();
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    const method = req.method ?? 'GET';
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(path);
      // An answer cut off before it ended is logged with status 0 ("never completed").
      const status = res.writableFinished ? res.statusCode : 0;
      httpRequests.inc({ route, method, status: String(status) });
      httpDuration.observe({ route }, seconds);
      logger.info({ reqId: id, method, path: path.length > 300 ? `${path.slice(0, 300)}…` : path, status, ms: Math.round(seconds * 10_000) / 10 }, 'request');
    });
    handle(req, res);
  };
}
