/**
 * Versioned schema of the SQLite store, applied in order at open, each in a transaction, recorded in
 * `schema_migrations`. Never edit a released migration: add the next one.
 * Version 2 holds what connect persists (connect/connector.ts); `articles.row` is the integer key
 * later tables reference.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, versions, enrichment tables, inputs, failures, FTS5 index",
    sql: `
CREATE TABLE articles (
  row INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  key TEXT NOT NULL UNIQUE,
  input TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  published_at TEXT,
  day TEXT,
  updated_at TEXT,
  language TEXT NOT NULL,
  source_name TEXT,
  source_domain TEXT,
  source_key TEXT NOT NULL,
  author TEXT,
  url TEXT,
  first_stored_at TEXT NOT NULL,
  last_stored_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published_at DESC);
CREATE INDEX articles_source ON articles (source_key, published_at DESC);

CREATE TABLE article_versions (
  article_row INTEGER NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  input TEXT NOT NULL,
  title TEXT NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (article_row, version)
) WITHOUT ROWID;

CREATE TABLE article_tags (
  article_row INTEGER NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  text TEXT NOT NULL,
  norm TEXT NOT NULL,
  origin TEXT NOT NULL,
  scope TEXT NOT NULL,
  PRIMARY KEY (article_row, ord)
) WITHOUT ROWID;
CREATE INDEX article_tags_norm ON article_tags (norm);

CREATE TABLE article_entities (
  article_row INTEGER NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  entity_key TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  mentions TEXT NOT NULL,
  aliases TEXT NOT NULL,
  PRIMARY KEY (article_row, ord)
) WITHOUT ROWID;
CREATE INDEX article_entities_key ON article_entities (entity_key);

CREATE TABLE entity_spellings (
  article_row INTEGER NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  entity_key TEXT NOT NULL,
  spelling TEXT NOT NULL,
  PRIMARY KEY (article_row, entity_key, spelling)
) WITHOUT ROWID;
CREATE INDEX entity_spellings_spelling ON entity_spellings (spelling, entity_key);
CREATE INDEX entity_spellings_key ON entity_spellings (entity_key, spelling);

CREATE TABLE article_embeds (
  article_row INTEGER NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  platform TEXT NOT NULL,
  author TEXT,
  handle TEXT,
  posted_at TEXT,
  language TEXT,
  text TEXT NOT NULL,
  links TEXT NOT NULL,
  PRIMARY KEY (article_row, ord)
) WITHOUT ROWID;

CREATE TABLE article_quotes (
  article_row INTEGER NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  speaker TEXT,
  text TEXT NOT NULL,
  channel TEXT,
  PRIMARY KEY (article_row, ord)
) WITHOUT ROWID;

CREATE TABLE article_facts (
  article_row INTEGER NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL,
  value REAL NOT NULL,
  value_max REAL,
  qualifier TEXT NOT NULL,
  grp TEXT,
  text TEXT NOT NULL,
  PRIMARY KEY (article_row, ord)
) WITHOUT ROWID;

CREATE TABLE article_dates (
  article_row INTEGER NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  start INTEGER NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY (article_row, ord)
) WITHOUT ROWID;

CREATE TABLE inputs (
  input TEXT PRIMARY KEY,
  page_hash TEXT NOT NULL,
  stored_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE failures (
  input TEXT PRIMARY KEY,
  stage TEXT NOT NULL,
  code TEXT,
  reason TEXT NOT NULL,
  failed_at TEXT NOT NULL,
  attempts INTEGER NOT NULL
) WITHOUT ROWID;

-- The body lives only in the version record (article_versions.record) to keep one copy.
-- No prefix index: it tripled index writes, and prefix* queries scan the term range fast enough.
-- Contentless: the text lives in articles / versions; rows are keyed by articles.row and deleted with it.
-- Columns hold marsad's analyzed terms (see store/document.ts), so the tokenizer only splits on
-- spaces and keeps letters, marks and digits as they are.
CREATE VIRTUAL TABLE article_fts USING fts5 (
  title_s, title_n, body_s, body_n, meta,
  content = '', contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 0 categories 'L* M* N* Co'"
);
`,
  },
  {
    version: 2,
    name: "connect: queue, article links (duplicate group, story), groups, stories, redirects, connector state, leases",
    sql: `
-- Articles to connect: filled in the transaction that stores a new article or a new version
-- (an outbox), emptied by the connect step that handles them.
CREATE TABLE connect_queue (article_row INTEGER PRIMARY KEY REFERENCES articles (row) ON DELETE CASCADE);
INSERT INTO connect_queue (article_row) SELECT row FROM articles;

CREATE TABLE article_links (
  article_row INTEGER PRIMARY KEY REFERENCES articles (row) ON DELETE CASCADE,
  seq INTEGER NOT NULL UNIQUE,
  dup_group TEXT NOT NULL,
  dup_kind TEXT NOT NULL,
  dup_matched TEXT,
  dup_similarity REAL,
  story_id TEXT NOT NULL
);
CREATE INDEX article_links_group ON article_links (dup_group, seq);
CREATE INDEX article_links_story ON article_links (story_id, seq);

CREATE TABLE dup_groups (
  id TEXT PRIMARY KEY,
  earliest_id TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  central_article_id TEXT NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  article_count INTEGER NOT NULL,
  source_count INTEGER NOT NULL,
  conflict_count INTEGER NOT NULL,
  record TEXT NOT NULL,
  updated_seq INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX stories_recent ON stories (last_seen DESC, article_count DESC, id);

CREATE TABLE story_redirects (
  from_id TEXT PRIMARY KEY,
  to_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX story_redirects_to ON story_redirects (to_id);

CREATE TABLE connect_state (
  name TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  saved_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
`,
  },
  {
    version: 3,
    name: "indexes for the reader: entity spelling → articles, source name, entity counts",
    sql: `
-- An entity filter reads the articles of a set of spellings; (spelling, entity_key) made it walk
-- every entity of the spelling, this one goes straight to the article rows.
CREATE INDEX entity_spellings_spelling_row ON entity_spellings (spelling, article_row);
-- A source filter matches the source key or the source name (one outlet stored under both).
CREATE INDEX articles_source_name ON articles (source_name, published_at DESC);
-- An entity's page resolves its name with a count per entity key: covering, it reads no table row.
CREATE INDEX article_entities_key_cover ON article_entities (entity_key, article_row, type, name);
`,
  },
  {
    version: 4,
    name: "search folding: the rows of duplicate groups that have copies",
    sql: `
-- Search counts the groups among its matches; only groups with copies can fold, and their rows
-- are few: a partial index lists them.
CREATE INDEX article_links_copies ON article_links (dup_group) WHERE dup_kind <> 'new';
`,
  },
  {
    version: 5,
    name: "exact copies across time: the content hash of each connected article",
    sql: `
-- The connector holds a week of articles in memory; an exact copy of an older article is found
-- through this hash (connect/fingerprint.ts contentHash), whatever its age.
ALTER TABLE article_links ADD COLUMN body_hash TEXT;
CREATE INDEX article_links_body_hash ON article_links (body_hash, seq);
`,
  },
  {
    version: 6,
    name: "the source rows outlets fold",
    sql: `
-- Outlets fold (source key, name, domain) rows with their counts: read from this index alone.
CREATE INDEX articles_source_rows ON articles (source_key, source_name, source_domain, published_at);
`,
  },
  {
    version: 7,
    name: "the job queue of marsad worker",
    sql: `
-- store/job-sql.ts: one row per job (key = kind:input); times in milliseconds since the epoch.
CREATE TABLE jobs (
  seq INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  input TEXT NOT NULL,
  payload TEXT,
  page_hash TEXT,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  run_after INTEGER NOT NULL,
  holder TEXT,
  lease_expires INTEGER,
  reason TEXT,
  enqueued_at INTEGER NOT NULL,
  finished_at INTEGER
);
-- Claims walk the open jobs oldest first; done jobs (most of the table) are never read by a claim.
CREATE INDEX jobs_open ON jobs (seq) WHERE state IN ('queued', 'running');
-- Listing dead (or done) jobs, most recent first.
CREATE INDEX jobs_finished ON jobs (state, finished_at);
`,
  },
  {
    version: 8,
    name: "the forms a prefix starts, with the articles each is in",
    sql: `
-- A prefix is searched as its most frequent forms when it starts many (store/search-engine.ts):
-- document frequency of each normalized form of titles and bodies (PostgreSQL's n: keys in
-- term_stats), kept by every upsert. Rows already stored are counted from the index once.
CREATE TABLE form_stats (form TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE temp.form_instances USING fts5vocab(main, article_fts, instance);
INSERT INTO form_stats (form, df) SELECT term, count(DISTINCT doc) FROM temp.form_instances WHERE col IN ('title_n', 'body_n') GROUP BY term;
DROP TABLE temp.form_instances;
`,
  },
  {
    version: 9,
    name: "feed polling state",
    sql: `
-- store/feed-sql.ts: what marsad watch remembers per feed (validators, next poll, items taken), JSON
-- text; kept in the store so any process can poll any feed (keep in sync with PostgreSQL migration 9).
CREATE TABLE feed_states (url TEXT PRIMARY KEY, state TEXT NOT NULL, next_poll_at TEXT, saved_at TEXT NOT NULL);
`,
  },
  {
    version: 10,
    name: "the store generation search results are cached by",
    sql: `
-- store/search-cache.ts: every write that can change a search's answer (articles, connections)
-- adds one to its slot in its own transaction; the sum is the store's generation. SQLite has one
-- writer at a time and one slot (keep in sync with PostgreSQL migration 10).
CREATE TABLE store_changes (slot INTEGER PRIMARY KEY, n INTEGER NOT NULL);
`,
  },
  {
    version: 11,
    name: "per-source counts kept by triggers",
    sql: `
-- store/outlets.ts folds one row per stored (source key, name, domain) with its count and first and
-- last publication. Grouping every article for it cost a one-shot \`marsad search\` 0.13-0.22 s at
-- 100k articles; triggers keep the rows instead (SQLite has one writer, so one counter row per
-- source is never contended). Name and domain may be NULL: rows are matched with IS.
CREATE TABLE source_stats (
  source_key TEXT NOT NULL,
  source_name TEXT,
  source_domain TEXT,
  article_count INTEGER NOT NULL,
  first_published_at TEXT,
  last_published_at TEXT
);
CREATE INDEX source_stats_row ON source_stats (source_key, source_name, source_domain);
INSERT INTO source_stats SELECT source_key, source_name, source_domain, count(*), min(published_at), max(published_at)
  FROM articles GROUP BY source_key, source_name, source_domain;

CREATE TRIGGER articles_source_stats_insert AFTER INSERT ON articles BEGIN
  INSERT INTO source_stats SELECT NEW.source_key, NEW.source_name, NEW.source_domain, 0, NULL, NULL
    WHERE NOT EXISTS (SELECT 1 FROM source_stats WHERE source_key = NEW.source_key AND source_name IS NEW.source_name AND source_domain IS NEW.source_domain);
  UPDATE source_stats SET article_count = article_count + 1,
    first_published_at = CASE WHEN NEW.published_at IS NULL OR (first_published_at IS NOT NULL AND first_published_at <= NEW.published_at) THEN first_published_at ELSE NEW.published_at END,
    last_published_at = CASE WHEN NEW.published_at IS NULL OR (last_published_at IS NOT NULL AND last_published_at >= NEW.published_at) THEN last_published_at ELSE NEW.published_at END
    WHERE source_key = NEW.source_key AND source_name IS NEW.source_name AND source_domain IS NEW.source_domain;
END;

-- An old row's first and last are read again from articles_source_rows (two index probes).
CREATE TRIGGER articles_source_stats_delete AFTER DELETE ON articles BEGIN
  UPDATE source_stats SET article_count = article_count - 1,
    first_published_at = (SELECT min(published_at) FROM articles WHERE source_key = OLD.source_key AND source_name IS OLD.source_name AND source_domain IS OLD.source_domain),
    last_published_at = (SELECT max(published_at) FROM articles WHERE source_key = OLD.source_key AND source_name IS OLD.source_name AND source_domain IS OLD.source_domain)
    WHERE source_key = OLD.source_key AND source_name IS OLD.source_name AND source_domain IS OLD.source_domain;
  DELETE FROM source_stats WHERE article_count <= 0;
END;

CREATE TRIGGER articles_source_stats_update AFTER UPDATE OF source_key, source_name, source_domain, published_at ON articles
  WHEN OLD.source_key IS NOT NEW.source_key OR OLD.source_name IS NOT NEW.source_name OR OLD.source_domain IS NOT NEW.source_domain OR OLD.published_at IS NOT NEW.published_at
BEGIN
  UPDATE source_stats SET article_count = article_count - 1,
    first_published_at = (SELECT min(published_at) FROM articles WHERE source_key = OLD.source_key AND source_name IS OLD.source_name AND source_domain IS OLD.source_domain),
    last_published_at = (SELECT max(published_at) FROM articles WHERE source_key = OLD.source_key AND source_name IS OLD.source_name AND source_domain IS OLD.source_domain)
    WHERE source_key = OLD.source_key AND source_name IS OLD.source_name AND source_domain IS OLD.source_domain;
  DELETE FROM source_stats WHERE article_count <= 0;
  INSERT INTO source_stats SELECT NEW.source_key, NEW.source_name, NEW.source_domain, 0, NULL, NULL
    WHERE NOT EXISTS (SELECT 1 FROM source_stats WHERE source_key = NEW.source_key AND source_name IS NEW.source_name AND source_domain IS NEW.source_domain);
  UPDATE source_stats SET article_count = article_count + 1,
    first_published_at = CASE WHEN NEW.published_at IS NULL OR (first_published_at IS NOT NULL AND first_published_at <= NEW.published_at) THEN first_published_at ELSE NEW.published_at END,
    last_published_at = CASE WHEN NEW.published_at IS NULL OR (last_published_at IS NOT NULL AND last_published_at >= NEW.published_at) THEN last_published_at ELSE NEW.published_at END
    WHERE source_key = NEW.source_key AND source_name IS NEW.source_name AND source_domain IS NEW.source_domain;
END;
`,
  },
  {
    version: 12,
    name: "entity rows that repeat a name their article already gave",
    sql: `
-- The entity facet counts an article once a name with this flag instead of a count(DISTINCT) of
-- article rows (store/entity-sql.ts repeatsName; keep in sync with PostgreSQL migration 14).
ALTER TABLE article_entities ADD COLUMN repeats_name INTEGER NOT NULL DEFAULT 0;
UPDATE article_entities SET repeats_name = 1 WHERE EXISTS (SELECT 1 FROM article_entities f WHERE f.article_row = article_entities.article_row
  AND f.ord < article_entities.ord AND substr(f.entity_key, length(f.type) + 2) = substr(article_entities.entity_key, length(article_entities.type) + 2));
`,
  },
  {
    version: 13,
    name: "one index by entity key",
    sql: `
-- (entity_key) is the first column of article_entities_key_cover (entity_key, article_row, type,
-- name), which serves every read by entity key as well (as PostgreSQL migration 15 found). Entity
-- keys come in no order, so each entity row written dirtied a page of both indexes: from ~10,000
-- articles on, a page of write-ahead log per row and index (~15% of the store's WAL).
DROP INDEX IF EXISTS article_entities_key;
`,
  },
  {
    version: 14,
    name: "form_stats changes kept apart until folded",
    sql: `
-- A commit appends its form_stats changes here; every FOLD_ROWS rows, at an ingest's end and at
-- close one commit sums them into form_stats (sqlite-store.ts): form_stats keys come in no order,
-- so each commit that upserted them rewrote most of the table's pages. Readers add these rows to
-- form_stats'.
CREATE TABLE form_pending (form TEXT NOT NULL, df INTEGER NOT NULL);
`,
  },
  {
    version: 15,
    name: "entity spellings: one index by spelling, the distinct (key, spelling) pairs apart",
    sql: `
-- entity_spellings' three indexes had keys in no order: each commit of 64 pages rewrote a third of
-- each at 8,000 articles (with article_entities_key_cover, three quarters of the WAL). One index by
-- spelling serves spelling → keys (a skip scan), spelling → articles and the triggers' probe; key →
-- spellings reads the distinct pairs, which triggers keep and which a repeated entity never writes.
DROP INDEX entity_spellings_spelling;
DROP INDEX entity_spellings_spelling_row;
DROP INDEX entity_spellings_key;
CREATE INDEX entity_spellings_spelling_key ON entity_spellings (spelling, entity_key, article_row);
CREATE TABLE entity_key_spellings (
  entity_key TEXT NOT NULL,
  spelling TEXT NOT NULL,
  PRIMARY KEY (entity_key, spelling)
) WITHOUT ROWID;
INSERT INTO entity_key_spellings SELECT DISTINCT entity_key, spelling FROM entity_spellings;
CREATE TRIGGER entity_spellings_pair_insert AFTER INSERT ON entity_spellings BEGIN
  INSERT OR IGNORE INTO entity_key_spellings (entity_key, spelling) VALUES (NEW.entity_key, NEW.spelling);
END;
CREATE TRIGGER entity_spellings_pair_delete AFTER DELETE ON entity_spellings
  WHEN NOT EXISTS (SELECT 1 FROM entity_spellings WHERE spelling = OLD.spelling AND entity_key = OLD.entity_key)
BEGIN
  DELETE FROM entity_key_spellings WHERE entity_key = OLD.entity_key AND spelling = OLD.spelling;
END;
`,
  },
  {
    version: 16,
    name: "entity spellings by an integer id of their (key, spelling) pair",
    sql: `
-- entity_spellings_spelling_key (spelling, entity_key, article_row) held two texts a row in an index
-- whose keys come in no order: a commit of 64 pages rewrote 491 of its 1,443 pages at 8,000
-- articles. Each distinct pair gets an integer id in entity_key_spellings (written only when new,
-- deleted with its last row as before); entity_spellings keeps (article_row, pair_id), indexed by
-- the id. Spelling → keys reads the pairs by spelling; spelling → articles their ids' rows.
CREATE TABLE entity_pairs (
  id INTEGER PRIMARY KEY,
  entity_key TEXT NOT NULL,
  spelling TEXT NOT NULL,
  UNIQUE (entity_key, spelling)
);
INSERT INTO entity_pairs (entity_key, spelling) SELECT entity_key, spelling FROM entity_key_spellings ORDER BY spelling, entity_key;
CREATE TABLE entity_spellings_by_pair (
  article_row INTEGER NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  pair_id INTEGER NOT NULL,
  PRIMARY KEY (article_row, pair_id)
) WITHOUT ROWID;
INSERT INTO entity_spellings_by_pair SELECT s.article_row, p.id FROM entity_spellings s JOIN entity_pairs p ON p.entity_key = s.entity_key AND p.spelling = s.spelling;
DROP TRIGGER entity_spellings_pair_insert;
DROP TRIGGER entity_spellings_pair_delete;
DROP TABLE entity_spellings;
DROP TABLE entity_key_spellings;
ALTER TABLE entity_spellings_by_pair RENAME TO entity_spellings;
ALTER TABLE entity_pairs RENAME TO entity_key_spellings;
CREATE INDEX entity_key_spellings_spelling ON entity_key_spellings (spelling, entity_key);
CREATE INDEX entity_spellings_pair ON entity_spellings (pair_id);
CREATE TRIGGER entity_spellings_pair_delete AFTER DELETE ON entity_spellings
  WHEN NOT EXISTS (SELECT 1 FROM entity_spellings WHERE pair_id = OLD.pair_id)
BEGIN
  DELETE FROM entity_key_spellings WHERE id = OLD.pair_id;
END;
`,
  },
  {
    version: 17,
    name: "the version of the entity keys the rows hold",
    sql: `
-- Entity keys are made by store/entity-keys.ts entityKey; rows written before a change of it hold
-- keys of its older version (0: the normalized name) until sqlite-store.ts rekeyEntities re-makes
-- them as the store opens. Keep in sync with PostgreSQL migration 18.
CREATE TABLE entity_key_version (version INTEGER NOT NULL);
INSERT INTO entity_key_version (version) VALUES (0);
`,
  },
  {
    version: 18,
    name: "the connect queue in publication order",
    sql: `
-- A connect batch is the first articles of the queue in publication order (publishedAt, undated
-- last, then id: connect-sql.ts pendingInPublicationOrder); the whole queue was read and sorted for
-- each batch. Each entry now holds its article's publication time (Date.parse, in ms; NULL when
-- undated or unparsable) and id, written with it, and the index reads a batch in that order
-- (SQLite puts NULL first: the index leads with "undated"). Entries queued before this migration
-- are filled in its transaction (sqlite-store.ts orderQueuedArticles: Date.parse, as the sort did).
-- The ids are hex: BINARY orders them as JavaScript does. Keep in sync with PostgreSQL migration 19.
ALTER TABLE connect_queue ADD COLUMN published_ms INTEGER;
ALTER TABLE connect_queue ADD COLUMN article_id TEXT;
CREATE INDEX connect_queue_publication_order ON connect_queue (published_ms IS NULL, published_ms, article_id);
`,
  },
];
