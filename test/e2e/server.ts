import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `npm start`'s server (without building) on `port` with the given database, and the built
 * client from `clientDir` (default dist/client); resolves once it is listening, rejects with its
 * output when it exits or does not start within 30 s.
 */
export async function startServer(options: { port: number; databasePath: string; clientDir?: string; serverDir?: string }): Promise<ChildProcess> {
  // RATES_REFRESH=off: the tests convert at the bundled rates, never at whatever the network brings.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(options.port), DATABASE_PATH: options.databasePath, RATES_REFRESH: 'off' };
  if (options.clientDir !== undefined) env.CLIENT_DIR = options.clientDir;
  if (options.serverDir !== undefined) env.SERVER_DIR = options.serverDir;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${String(code)}:\n${output}`));
    });
  });
  return child;
}
