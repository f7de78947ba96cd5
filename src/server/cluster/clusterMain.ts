import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startWorkers } from './startWorkers';
import { workerCount } from './workerCount';

// `npm start` / `npm run serve`: WORKERS=n runs n server processes (src/server/main.ts) on one port under
// this primary; the default, one, is main.ts in this very process, as before.
let count;
try {
  count = workerCount(process.env.WORKERS, availableParallelism());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const main = new URL('../main.ts', import.meta.url);
if (count === 1) await import(main.href);
else startWorkers({ exec: fileURLToPath(main), count, log: (line) => console.log(line) });
