import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databasePath: string;
  }
}

let server: ChildProcess | undefined;
let dataDir = '';

/** Starts `npm start`'s server (without rebuilding) on a free port with a fresh database. */
export default async function setup(project: TestProject): Promise<() => void> {
  const port = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'newswire-e2e-'));
  server = await startServer({ port, databasePath: join(dataDir, 'e2e.db') });
  project.provide('baseUrl', `http://localhost:${String(port)}`);
  project.provide('databasePath', join(dataDir, 'e2e.db'));
  return () => {
    server?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
}
