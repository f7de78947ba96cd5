/** One thing to stop, in order: its name for the log, and how (may wait for work in progress). */
export interface StopStep {
  name: string;
  stop: () => void | Promise<void>;
}

/** How the process ends on SIGTERM / SIGINT. */
export interface GracefulStopOptions {
  /** Run one after the other; a step that throws is logged and the next one still runs. */
  steps: readonly StopStep[];
  log: (line: string) => void;
  /** After this long the process exits anyway, with 1 (default 10 s). */
  forceAfterMs?: number;
  exit?: (code: number) => void;
  signals?: readonly NodeJS.Signals[];
}

/**
 * On the first SIGTERM or SIGINT, runs `steps` (stop accepting, finish the requests in flight, stop
 * polling, let a running ingest end, close the database) and exits 0; a second signal, or
 * `forceAfterMs` without finishing, exits 1 at once.
 */
export function onStopSignals({ steps, log, forceAfterMs = 10_000, exit = (code) => process.exit(code), signals = ['SIGTERM', 'SIGINT'] }: GracefulStopOptions): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log(`${signal} again: stopping now, without waiting`);
      exit(1);
      return;
    }
    stopping = true;
    log(`${signal}: finishing the requests in flight, then stopping (send it again to stop at once)`);
    const force = setTimeout(() => {
      log(`still not stopped after ${String(forceAfterMs / 1000)} s: stopping now`);
      exit(1);
    }, forceAfterMs);
    force.unref();
    void (async () => {
      for (const step of steps) {
        try {
          await step.stop();
        } catch (error) {
          log(`could not stop ${step.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      clearTimeout(force);
      log('stopped');
      exit(0);
    })();
  };
  for (const signal of signals) process.on(signal, handler);
}
