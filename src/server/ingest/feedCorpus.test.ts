import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyTestBackend, testExec, testRows } from '../../../test/testStore';
import { ingestDocument, IngestError } from './ingestFeed';

// Every file of the Python feedparser project's test corpus goes through ingest, on one in-memory
// database emptied between files (opening and migrating a database per file would cost ~3 s more). Files under http paths carry the HTTP headers to simulate in their opening
// comment ("Header: Content-type: ..."); like feedparser's own harness, each file is treated as
// served from http://127.0.0.1:8097/tests/<path> (the base of relative URLs).

const ROOT = resolve(import.meta.dirname, '../../../../shared/corpora/feedparser-tests');
const NOW = Date.parse('2026-11-28T12:00:00Z');

// skipped-only: a feed with entries, none of which has a title or any text, so nothing is stored.
type Outcome = { file: string; kind: 'articles' | 'skipped-only' | 'empty' | 'rejected' | 'crash'; reason?: string; ms: number; skipped?: number };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function simulatedHeaders(bytes: Buffer): Record<string, string> {
  const head = bytes.subarray(0, 4000).toString('latin1');
  return Object.fromEntries([...head.matchAll(/^Header:\s*([\w-]+):\s*(.*?)\s*$/gim)].map((m) => [(m[1] ?? '').toLowerCase(), m[2] ?? '']));
}

interface Stored {
  [column: string]: unknown;
  title: string;
  lead: string;
  pages: string;
  link: string | null;
  image_src: string | null;
}

const outcomes: Outcome[] = [];
const unsafe: string[] = [];
const emptyTitles: string[] = [];
const badLinks: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const { window } = new JSDOM('');

// On both stores (server and server-postgres projects).
const backend = await createEmptyTestBackend();
const deps = { store: backend.store, ingestStore: backend.ingestStore, now: () => NOW };
const reset = () =>
  testExec(backend, ['other_media', 'article_topics', 'article_persons', 'article_related', 'article_views', 'articles', 'topics', 'persons'].map((table) => `DELETE FROM ${table};`).join('\n'));

async function checkStored(file: string): Promise<void> {
  const articles = await testRows<Stored>(backend, 'SELECT title, lead, pages, link, image_src FROM articles');
  const media = await testRows<{ url: string }>(backend, 'SELECT url FROM other_media');
  const links = [...articles.flatMap((a) => [a.link, a.image_src]), ...media.map((m) => m.url)].filter((l): l is string => l !== null);
  for (const article of articles) {
    if (/<script|javascript:/i.test(article.title + article.lead)) unsafe.push(`${file}: title/lead ${article.title}`);
    for (const page of JSON.parse(article.pages) as string[]) {
      const template = window.document.createElement('template');
      template.innerHTML = page;
      for (const el of Array.from(template.content.querySelectorAll('*'))) {
        if (el.nodeName === 'SCRIPT') unsafe.push(`${file}: <script>`);
        for (const name of el.getAttributeNames()) {
          const value = el.getAttribute(name) ?? '';
          if (name.startsWith('on')) unsafe.push(`${file}: ${name} attribute`);
          if (/^\s*javascript:/i.test(value)) unsafe.push(`${file}: javascript: URL`);
          if (['href', 'src', 'cite'].includes(name)) links.push(value);
        }
      }
    }
  }
  for (const link of links) if (!/^https?:\/\/[^\s/]/i.test(link)) badLinks.push(`${file}: ${link}`);
}

async function ingestFile(path: string): Promise<Outcome> {
  const file = relative(ROOT, path);
  const bytes = readFileSync(path);
  const headers = simulatedHeaders(bytes);
  const served = `http://127.0.0.1:8097/tests/${file}`;
  const documentUrl = headers['content-location'] === undefined ? served : new URL(headers['content-location'], served).href;
  const started = performance.now();
  await reset();
  let outcome: Outcome;
  try {
    const doc = { label: file, bytes, documentUrl, ...(headers['content-type'] === undefined ? {} : { contentType: headers['content-type'] }) };
    const report = await ingestDocument(doc, { section: 'world' }, deps);
    const titles = (await testRows<{ title: string }>(backend, 'SELECT title FROM articles')).map((r) => r.title);
    const kind = report.status === 'empty' ? 'empty' : titles.length > 0 ? 'articles' : 'skipped-only';
    if (titles.some((t) => t.trim() === '')) emptyTitles.push(file);
    outcome = { file, kind, ms: 0, skipped: report.skipped };
    await checkStored(file);
  } catch (error) {
    outcome = error instanceof IngestError ? { file, kind: 'rejected', reason: error.reason, ms: 0 } : { file, kind: 'crash', reason: String(error), ms: 0 };
  }
  outcome.ms = performance.now() - started;
  return outcome;
}

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  const started = performance.now();
  for (const path of walk(ROOT).filter((p) => /\.(?:xml|json)$/.test(p)).sort()) outcomes.push(await ingestFile(path));
  const total = performance.now() - started;
  const count = (top: string, kind: Outcome['kind']) => outcomes.filter((o) => o.file.startsWith(`${top}/`) && o.kind === kind).length;
  const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a));
  const lines = ['wellformed', 'illformed', 'encoding', 'entities', 'json'].map(
    (top) =>
      `  ${top.padEnd(10)} articles ${String(count(top, 'articles')).padStart(4)} · skipped-only ${String(count(top, 'skipped-only')).padStart(3)} · empty feed ${String(count(top, 'empty')).padStart(4)} · rejected ${String(count(top, 'rejected')).padStart(3)} · crashed ${String(count(top, 'crash'))}`,
  );
  const reasons = new Map<string, number>();
  for (const o of outcomes) if (o.kind === 'rejected') reasons.set(o.reason ?? '', (reasons.get(o.reason ?? '') ?? 0) + 1);
  console.log(
    [
      `feedparser corpus: ${String(outcomes.length)} files in ${(total / 1000).toFixed(1)} s; slowest ${slowest.file} ${slowest.ms.toFixed(0)} ms`,
      `  entries skipped (no title or text): ${String(outcomes.reduce((n, o) => n + (o.skipped ?? 0), 0))} in ${String(outcomes.filter((o) => (o.skipped ?? 0) > 0).length)} files`,
      ...lines,
      '  rejections:',
      ...[...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `    ${String(n).padStart(4)} × ${reason}`),
    ].join('\n'),
  );
}, 300_000);

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('the feedparser corpus through ingest', () => {
  it('takes all 2,107 files, with no crash and no unhandled rejection', () => {
    expect(outcomes).toHaveLength(2107);
    expect(outcomes.filter((o) => o.kind === 'crash')).toEqual([]);
    expect(unhandled).toEqual([]);
  });

  it('ends each file as imported or rejected with a one-line reason', () => {
    for (const o of outcomes.filter((x) => x.kind === 'rejected')) {
      expect(o.reason, o.file).toMatch(/^\S.{3,200}$/);
    }
  });

  it('imports at least 95% of wellformed/ (articles stored, or a valid feed with no entries)', () => {
    const wellformed = outcomes.filter((o) => o.file.startsWith('wellformed/'));
    const imported = wellformed.filter((o) => o.kind !== 'rejected');
    expect(wellformed).toHaveLength(1749);
    expect(imported.length / wellformed.length).toBeGreaterThanOrEqual(0.95);
  });

  it('stores no <script>, no on* attribute and no javascript: URL, from the sanitize cases or any other', () => {
    expect(outcomes.filter((o) => o.file.startsWith('wellformed/sanitize/') && o.kind !== 'rejected').length).toBeGreaterThan(700);
    expect(unsafe).toEqual([]);
  });

  it('stores no story without a title: entries with neither title nor text are skipped and counted', () => {
    expect(emptyTitles).toEqual([]);
    const skippedOnly = outcomes.filter((o) => o.kind === 'skipped-only');
    expect(skippedOnly.length).toBeGreaterThan(0);
    for (const o of skippedOnly) expect(o.skipped, o.file).toBeGreaterThan(0);
  });

  it('stores every link as an absolute http(s) URL', () => {
    expect(badLinks).toEqual([]);
  });
});
