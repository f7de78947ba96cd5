import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { bigFeedXml } from '../../../test/bigFeedXml';
import { freePort } from '../../../test/e2e/server';
import { testDatabaseEnv, testRows } from '../../../test/testStore';
import { databaseLocation, openBackend } from '../store/openBackend';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'newswire-stop-'));
const clientDir = join(dir, 'client');
mkdirSync(clientDir);
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>x</title>');

async function startServer(port: number, env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null>; database: Record<string, string> }> {
  // On both stores (server and server-postgres projects).
  const database = await testDatabaseEnv(join(dir, `stop-${String(port)}.db`));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), ...database, CLIENT_DIR: clientDir, INGEST_SOURCES: '', RATES_REFRESH: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!output.includes('running at')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, output: () => output, exited, database };
}

function get(port: number, agent: Agent, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('SIGTERM', () => {
  it('under 50 connections, answers every request in flight, then exits 0', async () => {
    const port = await freePort();
    const server = await startServer(port);
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const paths = ['/api/health', '/api/most-read?period=week', '/api/feed?limit=50', '/api/top-stories', '/api/search?q=energy'];
    const statuses = new Map<number, number>();
    const errors: string[] = [];
    let signalled = 0;
    let answeredAfterSignal = 0;
    const loop = async (n: number) => {
      for (let i = 0; ; i++) {
        try {
          const status = await get(port, agent, paths[(n + i) % paths.length] ?? '/');
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (signalled > 0) answeredAfterSignal += 1;
        } catch (error) {
          const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
          // Refused: the server no longer accepts connections, which is how a client learns it stopped.
          if (code !== 'ECONNREFUSED') errors.push(code);
          return;
        }
        if (signalled > 0 && Date.now() - signalled > 15_000) return;
      }
    };
    const loops = Array.from({ length: 50 }, (_, n) => loop(n));
    await new Promise((r) => setTimeout(r, 1_500));
    signalled = Date.now();
    server.child.kill('SIGTERM');
    await Promise.all(loops);
    agent.destroy();
    expect(await server.exited).toBe(0);
    expect(errors).toEqual([]);
    expect([...statuses.keys()].filter((s) => s !== 200)).toEqual([]);
    expect(answeredAfterSignal).toBeGreaterThan(0);
    expect(server.output()).toContain('SIGTERM: finishing the requests in flight');
    expect(server.output()).toMatch(/"msg":"stopped"}\n$/);
  }, 120_000);

  it('a second signal stops at once, with 1', async () => {
    const port = await freePort();
    const server = await startServer(port);
    // A request that never finishes arriving keeps the graceful stop waiting.
    const socket = connect(port, '127.0.0.1', () => socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n'));
    socket.on('error', () => undefined);
    await new Promise((r) => setTimeout(r, 200));
    server.child.kill('SIGTERM');
    while (!server.output().includes('finishing')) await new Promise((r) => setTimeout(r, 20));
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('SIGTERM again: stopping now');
    socket.destroy();
  }, 120_000);

  it('lets a running ingest finish before it closes the database and exits 0', async () => {
    const stories = 100;
    const feed = { fetched: false };
    const feedServer = createServer((_req, res) => {
      feed.fetched = true;
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(bigFeedXml(stories, { prefix: 'stop' }));
    });
    await new Promise<void>((done) => feedServer.listen(0, '127.0.0.1', done));
    const address = feedServer.address();
    const feedUrl = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}/feed.xml`;
    writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources: [{ url: feedUrl }] }));
    const port = await freePort();
    const server = await startServer(port, { INGEST_SOURCES: join(dir, 'sources.json'), INGEST_ALLOW_PRIVATE: '1' });
    while (!feed.fetched) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300)); // the worker is parsing and sanitizing now
    expect(server.output()).not.toContain(`${feedUrl}: ${String(stories)} new`);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    feedServer.close();
    const output = server.output();
    expect(output.indexOf(`${feedUrl}: ${String(stories)} new`)).toBeGreaterThan(output.indexOf('SIGTERM: finishing'));
    const backend = await openBackend(databaseLocation(server.database));
    expect(await testRows(backend, "SELECT count(*) AS n FROM articles WHERE guid LIKE 'urn:stop:%'")).toEqual([{ n: stories }]);
    await backend.close();
  }, 120_000);
});
