import { pino, type Logger } from 'pino';

/** The server's logger (pino). */
export type { Logger };

/**
 * JSON lines on stdout (pino), at LOG_LEVEL (default info). Buffered and written asynchronously, so a
 * slow reader of stdout never holds up requests; pino writes out what is left when the process exits.
 */
export function createLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  const level = env.LOG_LEVEL?.trim() || 'info';
  return pino({ level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 1, sync: false }));
}
