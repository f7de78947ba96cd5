import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from './migrations';
import { openDatabase } from './openDatabase';

const dir = mkdtempSync(join(tmpdir(), 'newswire-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 5 (pictures of feeds)', () => {
  it("leaves out a feed story's photo stored from another site (keeping its address as the source), and keeps the site's own photos", () => {
    const file = join(dir, 'v4.db');
    const old = new Database(file);
    for (const migration of migrations.filter((m) => m.version <= 4)) old.exec(migration.sql);
    old.exec("INSERT INTO sections (slug, title, position) VALUES ('world', 'World', 0)");
    old.pragma('user_version = 4');
    const insert = old.prepare(
      `INSERT INTO articles (id, section, title, lead, published_at, image_src, image_alt, image_credit, image_width, image_height, pages, body_text, origin)
       VALUES (?, 'world', ?, 'Lead', 1, ?, 'alt', 'credit', 800, 450, '["<p>x</p>"]', 'x', ?)`,
    );
    insert.run(1, 'Feed story', 'https://photos.example/a.jpg', 'feed');
    insert.run(2, 'Demo story', '/images/demo/bank-facade-1200.webp', 'demo');
    insert.run(3, 'Feed story, no photo', null, 'feed');
    old.close();

    const db = openDatabase(file);
    const rows = db.prepare('SELECT id, image_src, image_alt, image_width, image_source FROM articles ORDER BY id').all();
    db.close();
    expect(rows).toEqual([
      { id: 1, image_src: null, image_alt: null, image_width: null, image_source: 'https://photos.example/a.jpg' },
      { id: 2, image_src: '/images/demo/bank-facade-1200.webp', image_alt: 'alt', image_width: 800, image_source: null },
      { id: 3, image_src: null, image_alt: 'alt', image_width: 800, image_source: null },
    ]);
  });
});
