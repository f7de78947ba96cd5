import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { clusterMetrics, metricsPortFrom, startMetricsServer } from '../metrics/startMetricsServer';
import { startWorkers } from './startWorkers';
import { workerCount } from './workerCount';

// `npm start` / `npm run serve`: WORKERS=n runs n server processes (src/server/main.ts) on one port under
// this primary; the default, one, is main.ts in this very process, as before.
let count;
let metricsPort;
try {
  count = workerCount(process.env.WORKERS, availableParallelism());
  metricsPort = metricsPortFrom(process.env.METRICS_PORT);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const main = new URL('../main.ts', import.meta.url);
if (count === 1) await import(main.href);
else {
  startWorkers({ exec: fileURLToPath(main), count, log: (line) => console.log(line) });
  // METRICS_PORT: the primary answers /metrics with every worker's figures added up (workers serve none).
  if (metricsPort !== null) {
    startMetricsServer(metricsPort, (listening) => console.log(`Metrics of all ${String(count)} workers at http://127.0.0.1:${String(listening)}/metrics`), clusterMetrics()).on('error', (error: NodeJS.ErrnoException) => {
      console.error(error.code === 'EADDRINUSE' ? `METRICS_PORT ${String(metricsPort)} is in use: stop the other server or set another METRICS_PORT.` : error.message);
      process.exit(1);
    });
  }
}
