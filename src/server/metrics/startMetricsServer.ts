import { createServer, type Server } from 'node:http';
import { metricsRegistry } from './metrics';

/**
 * Serves `/metrics` in Prometheus' text format on 127.0.0.1:`port` only: a port of its own, never
 * the public one, so that only this machine (or a scraper given access to it) reads it.
 */
export function startMetricsServer(port: number, onListening: (port: number) => void): Server {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Only GET /metrics is served here.\n');
      return;
    }
    metricsRegistry.metrics().then(
      (text) => res.writeHead(200, { 'Content-Type': metricsRegistry.contentType }).end(text),
      (error: unknown) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`${error instanceof Error ? error.message : String(error)}\n`),
    );
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    onListening(typeof address === 'object' && address !== null ? address.port : port);
  });
  return server;
}
