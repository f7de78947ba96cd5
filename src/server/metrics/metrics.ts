import { statSync } from 'node:fs';
import cluster from 'node:cluster';
import { AggregatorRegistry, Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Every metric of the process, served in Prometheus' text format by startMetricsServer. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });
// With WORKERS=n the primary serves /metrics for all workers (clusterMetrics): each worker answers its asks.
if (cluster.isWorker) {
  AggregatorRegistry.setRegistries([metricsRegistry]);
  new AggregatorRegistry();
}

/** Requests answered, by route (see routeOf), method and status. */
export const httpRequests = new Counter({
  name: 'newswire_http_requests_total',
  help: 'HTTP requests answered, by route, method and status',
  labelNames: ['route', 'method', 'status'] as const,
  registers: [metricsRegistry],
});

/** Time from a request's arrival to the end of its answer, by route. */
export const httpDuration = new Histogram({
  name: 'newswire_http_request_duration_seconds',
  help: 'Time from the arrival of a request to the end of its answer, by route',
  labelNames: ['route'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

/** Answers served from a cache: `response` (the API's response cache), `page` (rendered pages). */
export const cacheHits = new Counter({
  name: 'newswire_cache_hits_total',
  help: 'Answers served from a cache, by cache (response, page)',
  labelNames: ['cache'] as const,
  registers: [metricsRegistry],
});

/** Outcomes of feed ingests, by source (feed URL or file) and result (imported, empty, not-modified, failed). */
export const ingestResults = new Counter({
  name: 'newswire_ingest_results_total',
  help: 'Feed ingests by source and result (imported, empty, not-modified, failed)',
  labelNames: ['source', 'result'] as const,
  registers: [metricsRegistry],
});

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Reports the size of the database at `path` (the file and its WAL) at every scrape. */
export function watchDatabaseSize(path: string): void {
  metricsRegistry.removeSingleMetric('newswire_database_bytes');
  new Gauge({
    name: 'newswire_database_bytes',
    help: 'Size of the SQLite database on disk, by file (main, wal)',
    labelNames: ['file'] as const,
    registers: [metricsRegistry],
    // Every worker sees the same files: across workers, the size is one of them, not their sum.
    aggregator: 'max',
    collect() {
      this.set({ file: 'main' }, fileSize(path));
      this.set({ file: 'wal' }, fileSize(`${path}-wal`));
    },
  });
}

const API_PATTERNS: readonly [RegExp, string][] = [
  [/^\/api\/articles\/[^/]+\/views$/, '/api/articles/:id/views'],
  [/^\/api\/articles\/[^/]+$/, '/api/articles/:id'],
  [/^\/api\/(topics|persons|galleries|infographics)\/[^/]+$/, '/api/$1/:id'],
];

/**
 * The route label of a request path: few enough values for a metric. API paths keep their endpoint
 * with ids and slugs as placeholders (unknown ones are `/api/other`); built files are `/assets/*`;
 * every other path is a page: `/`, `/:section`, `/:section/:id` or `/other`.
 */
export function routeOf(path: string): string {
  if (path.startsWith('/api/')) {
    for (const [pattern, route] of API_PATTERNS) if (pattern.test(path)) return path.replace(pattern, route);
    return /^\/api\/[a-z-]+(\/[a-z-]+)?$/.test(path) && path.length <= 40 ? path : '/api/other';
  }
  if (path.startsWith('/assets/')) return '/assets/*';
  if (path === '/') return '/';
  if (/^\/[a-z-]+$/.test(path) && path.length <= 30) return '/:page';
  if (/^\/[a-z-]+\/\d+$/.test(path)) return '/:section/:id';
  return '/other';
}
