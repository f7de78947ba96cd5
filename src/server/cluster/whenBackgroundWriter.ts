import cluster from 'node:cluster';
import * as z from 'zod/mini';

/** The primary's message that makes a worker the one running the background writers (see startWorkers). */
export const WRITER_MESSAGE = { type: 'newswire:background-writer' } as const;

const writerMessage = z.object({ type: z.literal(WRITER_MESSAGE.type) });

// Registered when the module loads, before main.ts has started listening: the primary sends the role
// once the worker listens, and the message must not arrive before anyone waits for it.
let assigned = false;
const waiting: (() => void)[] = [];
if (cluster.isWorker) {
  process.on('message', (message: unknown) => {
    if (!writerMessage.safeParse(message).success || assigned) return;
    assigned = true;
    for (const run of waiting.splice(0)) run();
  });
}

/**
 * Runs `start` (feed polling, the rates refresh: everything that writes in the background) in exactly one
 * process: at once in a process of its own (`npm start` with one worker), or in a cluster worker when the
 * primary gives it the role — at start, or when the worker that had it died. Returns the stop function.
 */
export function whenBackgroundWriter(start: () => () => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  const run = () => {
    if (!stopped) stop = start();
  };
  if (!cluster.isWorker || assigned) run();
  else waiting.push(run);
  return () => {
    stopped = true;
    stop?.();
  };
}
