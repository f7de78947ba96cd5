import cluster, { type Worker } from 'node:cluster';
import { WRITER_MESSAGE } from './whenBackgroundWriter';

/** What the primary needs: the worker script, how many, and where its lines go. */
export interface WorkersOptions {
  /** The server's entry (src/server/main.ts), run by every worker with the primary's Node flags. */
  exec: string;
  count: number;
  log: (line: string) => void;
  /** How long the workers have to stop by themselves (their own graceful stop allows 10 s) before they are killed. */
  stopTimeoutMs?: number;
}

/**
 * The primary of `WORKERS=n npm start`: forks n workers of the server on one port (node:cluster shares the
 * listening socket), the first alone so that it creates and seeds a new database before the others open
 * it. One worker at a time is told to run the background writers (whenBackgroundWriter); when it dies,
 * another that is listening gets the role at once. A worker that dies after it was listening is
 * replaced; one that dies before (a bad setting, the port in use) is not, and the primary exits once no
 * worker is left. SIGINT/SIGTERM stop every worker, then the primary.
 */
export function startWorkers({ exec, count, log, stopTimeoutMs = 12_000 }: WorkersOptions): void {
  cluster.setupPrimary({ exec });
  const listening = new Set<Worker>();
  let writer: Worker | null = null;
  let stopping = false;
  let failed = false;

  const assignWriter = () => {
    if (writer !== null || stopping) return;
    const next = [...listening][0];
    if (next === undefined) return;
    writer = next;
    next.send(WRITER_MESSAGE);
    log(`Worker ${String(next.process.pid)} runs the background writers (feed polling, rates refresh).`);
  };

  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.once('listening', () => {
      listening.add(worker);
      assignWriter();
      if (Object.keys(cluster.workers ?? {}).length < count && !stopping) fork();
    });
    worker.once('exit', (code, signal) => {
      const wasListening = listening.delete(worker);
      if (writer === worker) writer = null;
      if (stopping) return;
      if (!wasListening) {
        failed = true;
        log(`A worker stopped before it could serve (exit ${String(code)}); not restarting it.`);
      } else {
        log(`Worker ${String(worker.process.pid)} died (exit code ${String(code)}, signal ${signal}); starting another.`);
        assignWriter();
        fork();
      }
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
    });
    return worker;
  };

  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    if (workers.length === 0) process.exit(0);
    let left = workers.length;
    for (const worker of workers) {
      worker.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(0);
      });
      worker.process.kill('SIGTERM');
    }
    setTimeout(() => {
      for (const worker of workers) worker.process.kill('SIGKILL');
      process.exit(1);
    }, stopTimeoutMs).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  log(`Starting ${String(count)} workers.`);
  fork();
}
