import { getRequestListener } from '@hono/node-server';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/testStore';
import { ErrorBody } from '../../contract/schemas';
import { createApp } from '../app';
import { createNodeServer, DEFAULT_LIMITS, type NodeServer } from './createNodeServer';

const limits = { ...DEFAULT_LIMITS, headersTimeoutMs: 600, requestTimeoutMs: 1_200, keepAliveTimeoutMs: 500 };
let node: NodeServer;
let port = 0;

beforeAll(async () => {
  const { store } = await createTestStore();
  const app = createApp({ store, logError: () => undefined });
  const listener = getRequestListener(app.fetch);
  node = createNodeServer((req, res) => void listener(req, res), limits);
  await new Promise<void>((resolve) => node.server.listen(0, '127.0.0.1', resolve));
  const address = node.server.address();
  port = typeof address === 'object' && address !== null ? address.port : 0;
});

afterAll(async () => {
  await node.stop();
});

function send(path: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

// Raw bytes on a socket: what the server answers (if anything) before it closes the connection.
function raw(bytes: string, to = port): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(to, '127.0.0.1', () => {
      if (bytes !== '') socket.write(bytes);
    });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open; it answered: ${answer}`));
    }, 10_000).unref();
  });
}

function errorOf(body: string) {
  return ErrorBody.parse(JSON.parse(body));
}

describe('oversized requests', () => {
  it('answers an address longer than the limit with 414 in the API error shape', async () => {
    const res = await send(`/api/feed?limit=20&pad=${'x'.repeat(DEFAULT_LIMITS.maxUrlBytes)}`);
    expect(res.status).toBe(414);
    expect(errorOf(res.body).error.message).toContain('address is longer than 8192 bytes');
    expect((await send('/api/health')).status).toBe(200);
  });

  it('answers headers larger than the limit with 431, also beyond what the parser takes', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 20; i++) many[`x-pad-${String(i)}`] = 'y'.repeat(1000);
    const res = await send('/api/health', { headers: many });
    expect(res.status).toBe(431);
    expect(errorOf(res.body).error.message).toContain('headers are larger than 16384 bytes');
    const huge = await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Pad: ${'y'.repeat(100_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1.1 431 /);
    expect(errorOf(huge.slice(huge.indexOf('\r\n\r\n') + 4)).error.code).toBe('bad_request');
    expect((await send('/api/health')).status).toBe(200);
  });

  it('answers a declared body larger than the limit with 413', async () => {
    const res = await send('/api/articles/1/views', { method: 'POST', headers: { 'Content-Length': String(DEFAULT_LIMITS.maxBodyBytes + 1) } });
    expect(res.status).toBe(413);
    expect(errorOf(res.body).error.message).toContain('body is larger than 65536 bytes');
  });

  it('answers bytes that are not HTTP with 400', async () => {
    expect(await raw('HELLO\r\n\r\n')).toMatch(/^HTTP\/1.1 400 /);
  });
});

describe('slow and idle clients', () => {
  it('closes a connection whose headers do not arrive in time, with 408', async () => {
    expect(await raw('GET /api/health HTTP/1.1\r\nHost: x\r\n')).toMatch(/^HTTP\/1.1 408 /);
  });

  it('closes a connection that sends nothing, with 408', async () => {
    expect(await raw('')).toMatch(/^HTTP\/1.1 408 /);
  });

  it('closes a connection whose body does not arrive in time, with 408', async () => {
    // A handler that reads the body, as any endpoint taking one would.
    const reading = createNodeServer((req, res) => {
      req.resume();
      req.on('end', () => res.end('read'));
    }, limits);
    await new Promise<void>((resolve) => reading.server.listen(0, '127.0.0.1', resolve));
    const address = reading.server.address();
    const readingPort = typeof address === 'object' && address !== null ? address.port : 0;
    const answer = await raw('POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc', readingPort);
    await reading.stop();
    expect(answer).toMatch(/^HTTP\/1.1 408 /);
  });

  it('answers, then closes an idle keep-alive connection', async () => {
    const answer = await raw('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1.1 200 /);
    expect(answer).toContain('Keep-Alive: timeout=0'); // limits.keepAliveTimeoutMs, in whole seconds
  });
});
