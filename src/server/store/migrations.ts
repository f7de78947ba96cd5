/** One schema change; `version` is stored in SQLite's `user_version` once applied. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** Every schema change, in order. Append only: never edit a migration that has shipped. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, tags, other media, views, full-text index',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

      CREATE TABLE sections (
        slug TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        position INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        section TEXT NOT NULL REFERENCES sections(slug),
        title TEXT NOT NULL,
        lead TEXT NOT NULL,
        dateline_place TEXT NOT NULL DEFAULT '',
        published_at INTEGER NOT NULL,
        updated_at INTEGER,
        is_top INTEGER NOT NULL DEFAULT 0 CHECK (is_top IN (0, 1)),
        image_src TEXT,
        image_alt TEXT,
        image_credit TEXT,
        image_caption TEXT,
        image_width INTEGER,
        image_height INTEGER,
        image_srcset TEXT,
        pages TEXT NOT NULL CHECK (json_valid(pages)),
        body_text TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('demo', 'synthetic', 'feed')),
        guid TEXT UNIQUE,
        link TEXT
      );
      CREATE INDEX articles_by_time ON articles (published_at DESC, id DESC);
      CREATE INDEX articles_by_section_time ON articles (section, published_at DESC, id DESC);
      CREATE INDEX articles_top ON articles (is_top, published_at DESC) WHERE is_top = 1;
      CREATE INDEX articles_by_link ON articles (link) WHERE link IS NOT NULL;

      CREATE TABLE persons (slug TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE topics (slug TEXT PRIMARY KEY, title TEXT NOT NULL) WITHOUT ROWID;

      CREATE TABLE article_persons (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        person_slug TEXT NOT NULL REFERENCES persons(slug),
        position INTEGER NOT NULL,
        PRIMARY KEY (article_id, person_slug)
      ) WITHOUT ROWID;
      CREATE INDEX article_persons_by_person ON article_persons (person_slug, article_id);

      CREATE TABLE article_topics (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        topic_slug TEXT NOT NULL REFERENCES topics(slug),
        position INTEGER NOT NULL,
        PRIMARY KEY (article_id, topic_slug)
      ) WITHOUT ROWID;
      CREATE INDEX article_topics_by_topic ON article_topics (topic_slug, article_id);

      CREATE TABLE article_related (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        related_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (article_id, related_id)
      ) WITHOUT ROWID;

      CREATE TABLE other_media (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        url TEXT NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (article_id, position)
      ) WITHOUT ROWID;

      -- Reads per article per minute (bucket = floor(epoch ms / 60000)).
      CREATE TABLE article_views (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        bucket INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (article_id, bucket)
      ) WITHOUT ROWID;
      CREATE INDEX article_views_by_bucket ON article_views (bucket, article_id, count);

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, lead, body_text,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, lead, body_text) VALUES (new.id, new.title, new.lead, new.body_text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, lead, body_text) VALUES ('delete', old.id, old.title, old.lead, old.body_text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, lead, body_text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, lead, body_text) VALUES ('delete', old.id, old.title, old.lead, old.body_text);
        INSERT INTO articles_fts (rowid, title, lead, body_text) VALUES (new.id, new.title, new.lead, new.body_text);
      END;
    `,
  },
  {
    version: 2,
    description: 'exchange rates by source, date and currency; last update attempt per source',
    sql: `
      -- value is the price of nominal units of code in the source's base currency, as decimal text
      -- (never REAL: rates are used in exact decimal arithmetic).
      CREATE TABLE rates (
        source TEXT NOT NULL CHECK (source IN ('cbr', 'ecb')),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        code TEXT NOT NULL CHECK (length(code) = 3),
        name TEXT NOT NULL,
        nominal INTEGER NOT NULL CHECK (nominal > 0),
        value TEXT NOT NULL CHECK (value GLOB '[0-9]*' AND value NOT GLOB '*[^0-9.]*'),
        PRIMARY KEY (source, date, code)
      ) WITHOUT ROWID;

      CREATE TABLE rate_updates (
        source TEXT PRIMARY KEY CHECK (source IN ('cbr', 'ecb')),
        attempted_at INTEGER NOT NULL,
        succeeded_at INTEGER,
        message TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    description: 'photo galleries and infographics',
    sql: `
      CREATE TABLE galleries (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        lead TEXT NOT NULL,
        published_at INTEGER NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('demo', 'synthetic', 'feed'))
      );
      CREATE INDEX galleries_by_time ON galleries (published_at DESC, id DESC);

      CREATE TABLE gallery_photos (
        gallery_id INTEGER NOT NULL REFERENCES galleries(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        src TEXT NOT NULL,
        alt TEXT NOT NULL,
        credit TEXT,
        caption TEXT,
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        srcset TEXT,
        PRIMARY KEY (gallery_id, position)
      ) WITHOUT ROWID;

      CREATE TABLE gallery_related (
        gallery_id INTEGER NOT NULL REFERENCES galleries(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (gallery_id, article_id)
      ) WITHOUT ROWID;

      CREATE TABLE infographics (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        lead TEXT NOT NULL,
        published_at INTEGER NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('demo', 'synthetic', 'feed')),
        image_src TEXT NOT NULL,
        image_alt TEXT NOT NULL,
        image_credit TEXT,
        image_width INTEGER NOT NULL CHECK (image_width > 0),
        image_height INTEGER NOT NULL CHECK (image_height > 0),
        -- The text alternative (InfographicText of src/contract/schemas.ts) as JSON.
        text_json TEXT NOT NULL CHECK (json_valid(text_json))
      );
      CREATE INDEX infographics_by_time ON infographics (published_at DESC, id DESC);

      CREATE TABLE infographic_related (
        infographic_id INTEGER NOT NULL REFERENCES infographics(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (infographic_id, article_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 4,
    description: "feed polls: each poll's outcome, for the operator's view (npm run sources)",
    sql: `
      CREATE TABLE feed_polls (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        finished_at INTEGER NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('imported', 'empty', 'not-modified', 'failed')),
        created INTEGER NOT NULL DEFAULT 0 CHECK (created >= 0),
        updated INTEGER NOT NULL DEFAULT 0 CHECK (updated >= 0),
        unchanged INTEGER NOT NULL DEFAULT 0 CHECK (unchanged >= 0),
        skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped >= 0),
        error TEXT,
        -- When the poller that made this poll means to poll again; NULL for a one-off (npm run ingest).
        next_poll_at INTEGER
      );
      CREATE INDEX feed_polls_by_url ON feed_polls (url, started_at DESC, id DESC);
    `,
  },
  {
    version: 5,
    description: 'pictures of feeds fetched, checked and stored by the server; the original URL of an article photo',
    sql: `
      -- One row per picture URL seen in a feed: what it became (content key, size, widths stored) or why
      -- it was refused. retry_after: a picture that could not be reached is tried again after it.
      CREATE TABLE pictures (
        source_url TEXT PRIMARY KEY,
        key TEXT,
        width INTEGER,
        height INTEGER,
        widths TEXT CHECK (widths IS NULL OR json_valid(widths)),
        refused TEXT,
        checked_at INTEGER NOT NULL,
        retry_after INTEGER,
        CHECK ((key IS NULL) <> (refused IS NULL))
      ) WITHOUT ROWID;
      ALTER TABLE articles ADD COLUMN image_source TEXT;

      -- A feed story's photo stored before this version names another site, which the CSP (img-src 'self')
      -- now blocks: it is left out, its address kept as the source, until the feed brings the story again
      -- and the photo is fetched and stored here.
      UPDATE articles SET image_source = image_src, image_src = NULL, image_alt = NULL, image_credit = NULL, image_caption = NULL,
        image_width = NULL, image_height = NULL, image_srcset = NULL
        WHERE origin = 'feed' AND image_src IS NOT NULL AND image_src NOT LIKE '/%';
    `,
  },
  {
    version: 6,
    description: 'earlier versions of an article: the title, lead and pages it had before ingest changed them',
    sql: `
      -- The last 10 versions of a story an update replaced; revised_at is when that version was current
      -- from (its update time, or its publication). Removed with the article.
      CREATE TABLE article_revisions (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        revised_at INTEGER NOT NULL,
        title TEXT NOT NULL,
        lead TEXT NOT NULL,
        pages TEXT NOT NULL CHECK (json_valid(pages)),
        PRIMARY KEY (article_id, revised_at)
      ) WITHOUT ROWID;
    `,
  },
];
