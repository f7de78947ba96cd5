import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { freePort } from '../../../test/e2e/server';
import { routeOf } from './metrics';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'newswire-metrics-'));
const LogLine = z.object({ level: z.number(), msg: z.string(), reqId: z.optional(z.string()), path: z.optional(z.string()), status: z.optional(z.number()), component: z.optional(z.string()) });

let server: ChildProcess;
let feedServer: Server;
let output = '';
let port = 0;
let metricsPort = 0;
let feedUrl = '';

beforeAll(async () => {
  feedServer = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>M</title><item><guid>urn:m:1</guid><title>Measured</title></item></channel></rss>');
  });
  await new Promise<void>((done) => feedServer.listen(0, '127.0.0.1', done));
  const address = feedServer.address();
  feedUrl = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}/feed.xml`;
  writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources: [{ url: feedUrl }] }));
  const clientDir = join(dir, 'client');
  mkdirSync(clientDir);
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>x</title>');
  port = await freePort();
  metricsPort = await freePort();
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      METRICS_PORT: String(metricsPort),
      DATABASE_PATH: join(dir, 'm.db'),
      CLIENT_DIR: clientDir,
      INGEST_SOURCES: join(dir, 'sources.json'),
      INGEST_ALLOW_PRIVATE: '1',
      RATES_REFRESH: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!output.includes('Metrics at') || !output.includes('running at')) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}, 90_000);

afterAll(async () => {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await new Promise((r) => feedServer.close(r));
});

function logLines() {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => LogLine.parse(JSON.parse(l)));
}

describe('logs', () => {
  it('are JSON lines with a request id per request, read from X-Request-Id and returned, and no query string', async () => {
    const given = await fetch(`http://127.0.0.1:${String(port)}/api/search?q=secret%20words`, { headers: { 'X-Request-Id': 'proxy-id-42' } });
    expect(given.headers.get('X-Request-Id')).toBe('proxy-id-42');
    const made = await fetch(`http://127.0.0.1:${String(port)}/api/feed`, { headers: { 'X-Request-Id': 'bad id\twith "quotes"' } });
    const id = made.headers.get('X-Request-Id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 100));
    const lines = logLines();
    expect(lines.find((l) => l.reqId === 'proxy-id-42')).toMatchObject({ msg: 'request', path: '/api/search', status: 200 });
    expect(lines.find((l) => l.reqId === id)).toMatchObject({ path: '/api/feed', status: 200 });
    expect(output).not.toContain('secret');
    expect(lines.some((l) => l.msg.includes('running at'))).toBe(true);
  });
});

describe('/metrics', () => {
  it('is on 127.0.0.1:METRICS_PORT in Prometheus text: requests, latency by route, cache hits, ingests per source, database size', async () => {
    for (let i = 0; i < 3; i++) await (await fetch(`http://127.0.0.1:${String(port)}/api/top-stories`)).arrayBuffer();
    const deadline = Date.now() + 30_000;
    while (!logLines().some((l) => l.component === 'ingest' && l.msg.startsWith(`${feedUrl}: 1 new`))) {
      if (Date.now() > deadline) throw new Error(`no ingest:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const res = await fetch(`http://127.0.0.1:${String(metricsPort)}/metrics`);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^newswire_http_requests_total\{route="\/api\/top-stories",method="GET",status="200"\} 3$/m);
    expect(text).toMatch(/^newswire_http_request_duration_seconds_bucket\{le="0\.1",route="\/api\/top-stories"\} 3$/m);
    expect(text).toMatch(/^newswire_cache_hits_total\{cache="response"\} [1-9]\d*$/m);
    expect(text).toContain(`newswire_ingest_results_total{source="${feedUrl}",result="imported"} 1`);
    expect(text).toMatch(/^newswire_database_bytes\{file="main"\} [1-9]\d*$/m);
    expect(text).toContain('process_cpu_seconds_total');
  }, 60_000);

  it('is not served on the public port, nor on any address but 127.0.0.1', async () => {
    const pub = await fetch(`http://127.0.0.1:${String(port)}/metrics`);
    expect(pub.status).toBe(404);
    expect(await pub.text()).not.toContain('newswire_http_requests_total');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal);
    if (external === undefined) return; // this machine has no other address to try
    const refused = await fetch(`http://${external.address}:${String(metricsPort)}/metrics`).then(
      () => 'answered',
      (error: unknown) => (error instanceof Error && error.cause instanceof Error && 'code' in error.cause ? String(error.cause.code) : 'failed'),
    );
    expect(refused).toBe('ECONNREFUSED');
  });
});

describe('routeOf', () => {
  it('keeps the label set small', () => {
    expect(
      ['/api/feed', '/api/articles/12/views', '/api/articles/99', '/api/topics/energy', '/api/x/y/z/w', '/assets/a-1.js', '/', '/politics', '/politics/927473', '/a/b/c'].map(routeOf),
    ).toEqual(['/api/feed', '/api/articles/:id/views', '/api/articles/:id', '/api/topics/:id', '/api/other', '/assets/*', '/', '/:page', '/:section/:id', '/other']);
  });
});
