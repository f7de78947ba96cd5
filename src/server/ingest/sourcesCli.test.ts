import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPollStore } from '../store/createPollStore';
import { openDatabase } from '../store/openDatabase';
import { readOpml } from './readOpml';
import { loadSourcesFile } from './sourcesFile';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'newswire-sources-cli-'));
const db = join(dir, 'app.db');
const sourcesPath = join(dir, 'sources.json');
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(
        '<rss version="2.0"><channel><title>Loop</title><item><guid>urn:1</guid><title>One</title></item><item><guid>urn:2</guid><title>Two</title></item><item><guid>urn:3</guid></item></channel></rss>',
      );
    } else if (req.url === '/list.opml') {
      res.writeHead(200, { 'Content-Type': 'text/x-opml' }).end(
        `<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="Sport"><outline type="rss" text="Loop" xmlUrl="${origin}/feed.xml"/></outline><outline type="rss" text="Gone" xmlUrl="${origin}/gone.xml"/></body></opml>`,
      );
    } else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

// Asynchronous: the child fetches from this process's loopback server, which must keep answering.
async function run(script: 'sourcesCli' | 'ingestCli', args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/server/ingest/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: db, INGEST_ALLOW_PRIVATE: '1', INGEST_SOURCES: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  return { status, stdout, stderr };
}

describe('npm run sources and npm run ingest -- --opml', () => {
  it('imports an OPML into the sources file, ingests it, shows each source, exports it back', async () => {
    const imported = await run('sourcesCli', ['import', `${origin}/list.opml`, '--sources', sourcesPath]);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe(`2 feed(s) added to ${sourcesPath} from ${origin}/list.opml; 0 already there; 2 in all.\n`);
    expect(loadSourcesFile(sourcesPath).map((s) => [s.url, s.section])).toEqual([[`${origin}/feed.xml`, 'sports'], [`${origin}/gone.xml`, 'world']]);
    const again = await run('sourcesCli', ['import', `${origin}/list.opml`, '--sources', sourcesPath]);
    expect(again.stdout).toContain('0 feed(s) added');

    const ingest = await run('ingestCli', ['--opml', `${origin}/list.opml`]);
    expect(ingest.status).toBe(1);
    expect(ingest.stdout).toContain(`ok     ${origin}/feed.xml: 2 new, 0 updated, 0 unchanged, 1 skipped (no title or text) (rss, utf-8)`);
    expect(ingest.stderr).toContain(`failed ${origin}/gone.xml: HTTP 404 Not Found`);

    const json = await run('sourcesCli', ['--json', '--sources', sourcesPath]);
    expect(json.status).toBe(0);
    const report: unknown = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      sourcesFile: sourcesPath,
      sources: [
        { url: `${origin}/feed.xml`, settings: { section: 'sports', intervalMinutes: 30, fullText: false }, lastPoll: { result: 'imported', created: 2, updated: 0, unchanged: 0, skipped: 1, error: null }, lastError: null, nextPoll: null },
        { url: `${origin}/gone.xml`, lastPoll: { result: 'failed', error: 'HTTP 404 Not Found' }, lastError: { error: 'HTTP 404 Not Found' }, nextPoll: null },
      ],
    });

    // What the server's poller records also carries its next poll.
    // (A minute after the CLI's own poll, so that it is the last one.)
    const at = Date.now() + 60_000;
    const minute = (ms: number) => `${new Date(ms).toISOString().slice(0, 10)} ${new Date(ms).toISOString().slice(11, 16)} UTC`;
    const database = openDatabase(db);
    await createPollStore(database).record({ url: `${origin}/feed.xml`, startedAt: at, finishedAt: at + 1000, result: 'not-modified', created: 0, updated: 0, unchanged: 0, skipped: 0, error: null, nextPollAt: at + 1000 + 30 * 60_000 });
    database.close();
    const text = await run('sourcesCli', ['--sources', sourcesPath]);
    expect(text.stdout.split('\n').slice(0, 8)).toEqual([
      `${origin}/feed.xml  (sports, every 30 min)`,
      `  last poll   ${minute(at)} — not modified`,
      '  last error  none',
      `  next poll   ${minute(at + 1000 + 30 * 60_000)}`,
      `${origin}/gone.xml  (world, every 30 min)`,
      expect.stringMatching(/^ {2}last poll {3}\d{4}-\d\d-\d\d \d\d:\d\d UTC — failed: HTTP 404 Not Found$/),
      expect.stringMatching(/^ {2}last error {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC — HTTP 404 Not Found$/),
      '  next poll   when the server polls (INGEST_SOURCES)',
    ]);

    const exported = await run('sourcesCli', ['export', '--sources', sourcesPath]);
    expect(exported.status).toBe(0);
    // The export groups by section in the sections' order: World (gone.xml) before Sport (feed.xml).
    const [loop, gone] = loadSourcesFile(sourcesPath);
    expect(readOpml(exported.stdout, 'export')).toEqual([gone, loop]);
  }, 120_000);

  it('refuses a broken OPML naming its line, and changes nothing', async () => {
    const bad = join(dir, 'bad.opml');
    writeFileSync(bad, '<?xml version="1.0"?>\n<opml version="2.0">\n<body>\n<outline xmlUrl="javascript:alert(1)"/>\n</body>\n</opml>\n');
    const before = readFileSync(sourcesPath, 'utf8');
    const result = await run('sourcesCli', ['import', bad, '--sources', sourcesPath]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${bad} line 4: xmlUrl "javascript:alert(1)": must be an absolute http(s) URL\n`);
    expect(readFileSync(sourcesPath, 'utf8')).toBe(before);
    const ingest = await run('ingestCli', ['--opml', bad]);
    expect(ingest.status).toBe(1);
    expect(ingest.stderr).toContain(`${bad} line 4: xmlUrl`);
    const unknown = await run('sourcesCli', ['remove']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown command "remove"\.\nUsage: npm run sources/);
  }, 120_000);
});
