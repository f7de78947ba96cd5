// `npm run start:cached`: nginx in front of the workers in one command, the URL printed, both stopped by SIGTERM.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, get, tempDir, waitFor } from './harness';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm run start:cached', () => {
  it('serves through nginx at the printed URL and stops nginx and every worker on SIGTERM', async () => {
    const dir = tempDir('start-cached');
    const [port, originPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/startCached.ts'], {
      env: { ...process.env, PORT: String(port), ORIGIN_PORT: String(originPort), WORKERS: '2', DATABASE_PATH: join(dir, 'app.db'), NEWSWIRE_CACHE_DIR: join(dir, 'nginx'), RATES_REFRESH: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    try {
      await waitFor('the URL line', 60_000, () => Promise.resolve(output.includes(`Newswire through nginx: http://localhost:${String(port)}`) ? true : undefined), 200);
      expect((await get(`http://127.0.0.1:${String(port)}/`)).headers['x-cache-status']).toBe('MISS');
      expect((await get(`http://127.0.0.1:${String(port)}/`)).headers['x-cache-status']).toBe('HIT');
      const nginxPid = Number(readFileSync(join(dir, 'nginx', 'nginx.pid'), 'utf8'));
      const workers = [...output.matchAll(/Worker (\d+) runs/g)].map((m) => Number(m[1]));
      expect(alive(nginxPid)).toBe(true);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(alive(nginxPid)).toBe(false);
      for (const pid of workers) expect(alive(pid)).toBe(false);
      await expect(get(`http://127.0.0.1:${String(originPort)}/`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
