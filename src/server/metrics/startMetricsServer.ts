import { createServer, type Server } from 'node:http';
import { AggregatorRegistry } from 'prom-client';
import { metricsRegistry } from './metrics';

/** What /metrics serves: this process's metrics, or with WORKERS=n (in the primary) every worker's, added up. */
export interface MetricsSource {
  metrics: () => Promise<string>;
  contentType: string;
}

/** This process's own metrics. */
export const processMetrics: MetricsSource = { metrics: () => metricsRegistry.metrics(), contentType: metricsRegistry.contentType };

/** The workers' metrics, asked for over the cluster's IPC and aggregated (counters summed; sizes by their `aggregator`). */
export function clusterMetrics(): MetricsSource {
  const registry = new AggregatorRegistry();
  return { metrics: () => registry.clusterMetrics(), contentType: registry.contentType };
}

/**
 * Serves `/metrics` in Prometheus' text format on 127.0.0.1:`port` only: a port of its own, never
 * the public one, so that only this machine (or a scraper given access to it) reads it.
 */
export function startMetricsServer(port: number, onListening: (port: number) => void, source: MetricsSource = processMetrics): Server {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Only GET /metrics is served here.\n');
      return;
    }
    source.metrics().then(
      (text) => res.writeHead(200, { 'Content-Type': source.contentType }).end(text),
      (error: unknown) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`${error instanceof Error ? error.message : String(error)}\n`),
    );
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    onListening(typeof address === 'object' && address !== null ? address.port : port);
  });
  return server;
}

/** METRICS_PORT as a port number, or null when it is not set; throws with what is wrong otherwise. */
export function metricsPortFrom(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`METRICS_PORT must be a port number (0–65535), not "${value.slice(0, 40)}".`);
  return port;
}
