// What the nginx and workers tests share: the built app's workers on a fresh database (a temp dir),
// nginx in front of them, requests on fresh connections, and the processes stopped by their own ids.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx, type RunningNginx } from '../../scripts/nginx/startNginx';

/** A port nobody listens on right now (the OS's choice). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => ok(port));
    });
  });
}

/** A fresh folder that nginx's workers (nobody, when started by root) can reach. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `newswire-${name}-`));
  chmodSync(dir, 0o755);
  return dir;
}

/** One answer, read whole. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET (or another method) on a new connection each time, so that node:cluster hands it to the next worker. */
export function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', fail);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`${url} did not answer in 10 s`)));
    req.on('error', fail);
    req.end();
  });
}

/** The app under test: its primary (WORKERS > 1) or only process, its port and everything it printed. */
export interface RunningApp {
  child: ChildProcess;
  origin: string;
  dir: string;
  databasePath: string;
  output: () => string;
  /** SIGKILL to the whole process group: the primary and every worker, as a crash of the machine's app would. */
  kill: () => Promise<void>;
}

/** Starts `src/server/cluster/clusterMain.ts` (the built app) with `workers` processes on a fresh database. */
export async function startApp({ workers, env = {} }: { workers: number; env?: Record<string, string> }): Promise<RunningApp> {
  const dir = tempDir('app');
  const port = await freePort();
  const databasePath = join(dir, 'newswire.db');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cluster/clusterMain.ts'], {
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath, RATES_REFRESH: 'off', WORKERS: String(workers), NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: kill() reaches the workers too
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const running = () => (output.match(/Newswire is running at/g) ?? []).length;
  const deadline = Date.now() + 60_000;
  while (running() < workers) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${String(child.exitCode)}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the app did not start ${String(workers)} workers in 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    origin: `127.0.0.1:${String(port)}`,
    dir,
    databasePath,
    output: () => output,
    kill: async () => {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
      await exited;
    },
  };
}

/** nginx from deploy/nginx in front of `origin`, its cache in a fresh folder. */
export async function startCache(origin: string): Promise<RunningNginx> {
  return startNginx({ listen: `127.0.0.1:${String(await freePort())}`, origin, cacheDir: join(tempDir('nginx'), 'cache') });
}

/** Calls `check` every `everyMs` until it returns a value (not undefined) or `timeoutMs` has passed (then throws). */
export async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>, everyMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${String(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
