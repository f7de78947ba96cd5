import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databasePath: string;
  }
}

function freePort(): Promise<number> {
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

let server: ChildProcess | undefined;
let dataDir = '';

/** Starts `npm start`'s server (without rebuilding) on a free port with a fresh database. */
export default async function setup(project: TestProject): Promise<() => void> {
  const port = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'newswire-e2e-'));
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), DATABASE_PATH: join(dataDir, 'e2e.db') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
    server?.stdout?.on('data', onData);
    server?.stderr?.on('data', onData);
    server?.once('exit', (code) => reject(new Error(`server exited with ${String(code)}:\n${output}`)));
  });
  project.provide('baseUrl', `http://localhost:${String(port)}`);
  project.provide('databasePath', join(dataDir, 'e2e.db'));
  return () => {
    server?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
}
