/**
 * Versioned schema of the PostgreSQL store, applied in order at open under an advisory lock (so
 * several workers starting together migrate once), each in a transaction, recorded in
 * `schema_migrations`. Never edit a released migration: add the next one.
 * Version 2 holds what connect persists (connect/connector.ts); `articles.row` is the key later
 * tables reference.
 */
import type { Migration } from "../sqlite/migrations.js";

export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, versions, enrichment tables, inputs, failures, tsvector index",
    sql: `
CREATE TABLE articles (
  row bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  key text NOT NULL UNIQUE,
  input text NOT NULL,
  content_hash text NOT NULL,
  version integer NOT NULL,
  title text NOT NULL,
  published_at text,
  day text,
  updated_at text,
  language text NOT NULL,
  source_name text,
  source_domain text,
  source_key text NOT NULL,
  author text,
  url text,
  first_stored_at text NOT NULL,
  last_stored_at text NOT NULL,
  -- The body lives only in the version record (article_versions.record), one copy.
  -- marsad's analyzed terms (store/document.ts) under the 'simple' configuration:
  -- A = title stems and forms, B = entity spellings and tags, D = body stems and forms.
  tsv tsvector NOT NULL
);
CREATE INDEX articles_published ON articles (published_at DESC);
CREATE INDEX articles_source ON articles (source_key, published_at DESC);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE article_versions (
  article_row bigint NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  version integer NOT NULL,
  content_hash text NOT NULL,
  stored_at text NOT NULL,
  input text NOT NULL,
  title text NOT NULL,
  record jsonb NOT NULL,
  PRIMARY KEY (article_row, version)
);

CREATE TABLE article_tags (
  article_row bigint NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord integer NOT NULL,
  text text NOT NULL,
  norm text NOT NULL,
  origin text NOT NULL,
  scope text NOT NULL,
  PRIMARY KEY (article_row, ord)
);
CREATE INDEX article_tags_norm ON article_tags (norm);

CREATE TABLE article_entities (
  article_row bigint NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord integer NOT NULL,
  entity_key text NOT NULL,
  type text NOT NULL,
  name text NOT NULL,
  mentions jsonb NOT NULL,
  aliases jsonb NOT NULL,
  PRIMARY KEY (article_row, ord)
);
CREATE INDEX article_entities_key ON article_entities (entity_key);

CREATE TABLE entity_spellings (
  article_row bigint NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  entity_key text NOT NULL,
  spelling text NOT NULL,
  PRIMARY KEY (article_row, entity_key, spelling)
);
CREATE INDEX entity_spellings_spelling ON entity_spellings (spelling, entity_key);
CREATE INDEX entity_spellings_key ON entity_spellings (entity_key, spelling);

CREATE TABLE article_embeds (
  article_row bigint NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord integer NOT NULL,
  platform text NOT NULL,
  author text,
  handle text,
  posted_at text,
  language text,
  text text NOT NULL,
  links jsonb NOT NULL,
  PRIMARY KEY (article_row, ord)
);

CREATE TABLE article_quotes (
  article_row bigint NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord integer NOT NULL,
  speaker text,
  text text NOT NULL,
  channel text,
  PRIMARY KEY (article_row, ord)
);

CREATE TABLE article_facts (
  article_row bigint NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord integer NOT NULL,
  kind text NOT NULL,
  value double precision NOT NULL,
  value_max double precision,
  qualifier text NOT NULL,
  grp text,
  text text NOT NULL,
  PRIMARY KEY (article_row, ord)
);

CREATE TABLE article_dates (
  article_row bigint NOT NULL REFERENCES articles (row) ON DELETE CASCADE,
  ord integer NOT NULL,
  text text NOT NULL,
  value text NOT NULL,
  start integer NOT NULL,
  kind text NOT NULL,
  PRIMARY KEY (article_row, ord)
);

CREATE TABLE inputs (
  input text PRIMARY KEY,
  page_hash text NOT NULL,
  stored_at text NOT NULL
);

CREATE TABLE failures (
  input text PRIMARY KEY,
  stage text NOT NULL,
  code text,
  reason text NOT NULL,
  failed_at text NOT NULL,
  attempts integer NOT NULL
);
`,
  },
  {
    version: 2,
    name: "connect: queue, article links (duplicate group, story), groups, stories, redirects, connector state, leases",
    sql: `
-- Articles to connect: filled in the transaction that stores a new article or a new version
-- (an outbox), emptied by the connect step that handles them.
CREATE TABLE connect_queue (article_row bigint PRIMARY KEY REFERENCES articles (row) ON DELETE CASCADE);
INSERT INTO connect_queue (article_row) SELECT row FROM articles;

CREATE TABLE article_links (
  article_row bigint PRIMARY KEY REFERENCES articles (row) ON DELETE CASCADE,
  seq bigint NOT NULL UNIQUE,
  dup_group text NOT NULL,
  dup_kind text NOT NULL,
  dup_matched text,
  dup_similarity double precision,
  story_id text NOT NULL
);
CREATE INDEX article_links_group ON article_links (dup_group, seq);
CREATE INDEX article_links_story ON article_links (story_id, seq);

CREATE TABLE dup_groups (
  id text PRIMARY KEY,
  earliest_id text NOT NULL
);

CREATE TABLE stories (
  id text PRIMARY KEY,
  title text NOT NULL,
  central_article_id text NOT NULL,
  first_seen text,
  last_seen text,
  article_count integer NOT NULL,
  source_count integer NOT NULL,
  conflict_count integer NOT NULL,
  record jsonb NOT NULL,
  updated_seq bigint NOT NULL
);
CREATE INDEX stories_recent ON stories (last_seen DESC NULLS LAST, article_count DESC, id);

CREATE TABLE story_redirects (
  from_id text PRIMARY KEY,
  to_id text NOT NULL
);
CREATE INDEX story_redirects_to ON story_redirects (to_id);

CREATE TABLE connect_state (
  name text PRIMARY KEY,
  seq bigint NOT NULL,
  data bytea NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE leases (
  name text PRIMARY KEY,
  holder text NOT NULL,
  expires_at bigint NOT NULL
);
`,
  },
  {
    version: 3,
    name: "indexes for the reader: entity spelling → articles, source name, entity counts",
    sql: `
-- Keep in sync with SQLite migration 3.
CREATE INDEX entity_spellings_spelling_row ON entity_spellings (spelling, article_row);
CREATE INDEX articles_source_name ON articles (source_name, published_at DESC);
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
ALTER TABLE article_links ADD COLUMN body_hash text;
CREATE INDEX article_links_body_hash ON article_links (body_hash, seq);
`,
  },
  {
    version: 6,
    name: "BM25 as SQLite ranks: field-coded lexemes, document lengths, collection statistics; the source rows outlets fold",
    sql: `
-- tsv now holds the five FTS5 columns as lexeme namespaces (postgres/tsquery.ts); rows written before
-- this version are rebuilt by the adapter at open (index_version < 2), then counted in the statistics.
ALTER TABLE articles ADD COLUMN doc_len integer NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN index_version smallint NOT NULL DEFAULT 1;
CREATE INDEX articles_outdated_index ON articles (row) WHERE index_version < 2;
-- Document frequency per term side (s:stem, n:form) and store size, each split over slots: a writer
-- adds to its own slot, so concurrent writers do not queue on the rows of common words.
CREATE TABLE term_stats (term text NOT NULL, slot smallint NOT NULL, df bigint NOT NULL, PRIMARY KEY (term, slot));
CREATE TABLE corpus_stats (slot smallint PRIMARY KEY, docs bigint NOT NULL, tokens bigint NOT NULL);
-- Outlets fold (source key, name, domain) rows with their counts: read from this index alone.
CREATE INDEX articles_source_rows ON articles (source_key, source_name, source_domain, published_at);
`,
  },
  {
    version: 7,
    name: "the job queue of marsad worker",
    sql: `
-- store/job-sql.ts: one row per job (key = kind:input); times in milliseconds since the epoch.
-- Keep in sync with SQLite migration 7.
CREATE TABLE jobs (
  seq bigserial PRIMARY KEY,
  key text NOT NULL UNIQUE,
  kind text NOT NULL,
  input text NOT NULL,
  payload text,
  page_hash text,
  state text NOT NULL,
  attempts integer NOT NULL,
  run_after bigint NOT NULL,
  holder text,
  lease_expires bigint,
  reason text,
  enqueued_at bigint NOT NULL,
  finished_at bigint
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
-- A prefix is searched as its most frequent forms when it starts many (store/search-engine.ts): the
-- n: keys of term_stats in a prefix's range, in code point order whatever the database's collation
-- (keep in sync with SQLite migration 8, form_stats).
CREATE INDEX term_stats_form ON term_stats ((term COLLATE "C"));
`,
  },
  {
    version: 9,
    name: "feed polling state",
    sql: `
-- store/feed-sql.ts: what marsad watch remembers per feed (validators, next poll, items taken), JSON
-- text; kept in the store so any process can poll any feed (keep in sync with SQLite migration 9).
CREATE TABLE feed_states (url TEXT PRIMARY KEY, state TEXT NOT NULL, next_poll_at TEXT, saved_at TEXT NOT NULL);
`,
  },
  {
    version: 10,
    name: "the store generation search results are cached by",
    sql: `
-- store/search-cache.ts: every write that can change a search's answer (articles, connections)
-- adds one to its writer's slot (as corpus_stats) in its own transaction; the sum is the store's
-- generation (keep in sync with SQLite migration 10).
CREATE TABLE store_changes (slot smallint PRIMARY KEY, n bigint NOT NULL);
`,
  },
  {
    version: 11,
    name: "tsvectors compressed with lz4 where the server has it",
    sql: `
-- A search detoasts every candidate's tsvector to rank it (5,000 at most); lz4 decompresses them in
-- half the CPU of pglz at the same size (100k-article store, 5,000 tsvectors of 4.3 kB: 90 -> 45 ms;
-- a broad word's ranking statement 200 -> 130 ms, a 20-form prefix's 220 -> 160 ms).
-- Rows written from now on are compressed so, older ones as they are rewritten (the newest, which a
-- search ranks first, soonest). A server without lz4 (before 14, or built without it) keeps pglz.
DO $$
BEGIN
  IF current_setting('server_version_num')::int >= 140000 THEN
    EXECUTE 'ALTER TABLE articles ALTER COLUMN tsv SET COMPRESSION lz4';
  END IF;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  RAISE NOTICE 'marsad: lz4 not available, tsvectors stay pglz';
END $$;
`,
  },
  {
    version: 12,
    name: "term_stats pages keep room for their rows' next versions",
    sql: `
-- Every upsert adds to the df of most of its terms' rows (tens of thousands a batch). With full pages
-- half of those updates found no room on their page and wrote a new row version elsewhere, with an
-- entry in both indexes; half-full pages keep the new version beside the old (a HOT update, no index
-- entry): 280k updates at 5k bench articles, HOT 50% -> 99.9%, the statement's time 10.7 -> 7.2 s.
-- Pages written from now on are filled so (existing ones as they are rewritten).
ALTER TABLE term_stats SET (fillfactor = 50);
`,
  },
  {
    version: 13,
    name: "a short pending list for the tsvector index",
    sql: `
-- GIN's fast update queues new entries in a pending list that every scan of the index reads whole,
-- until it passes gin_pending_list_limit (server default 4 MB: ~500 pages, ~380 articles) and is
-- merged by the write that passed it; a quiet store keeps it as it is (autovacuum, off on the test
-- server, would merge it). A capped prefix scans the index once a form (tsquery.ts tsqueryPieces):
-- at 100k articles its 20 scans re-read the same 473 pending pages, 9,450 of the statement's 9,650
-- index buffers (5 two-letter prefixes, index part 53-117 ms -> 3-37 ms on a loaded machine).
-- 256 kB (32 pages) bounds what a scan re-reads; writes merge it 16 times as often (the index's own
-- insert time for 3,000 articles 6.0-6.2 -> 8.4-8.7 s, a part of an upsert's).
ALTER INDEX articles_tsv SET (gin_pending_list_limit = 256);
SELECT gin_clean_pending_list('articles_tsv'::regclass);
`,
  },
  {
    version: 14,
    name: "entity rows that repeat a name their article already gave",
    sql: `
-- The entity facet counts, for each name, the sampled articles that give it (store/search-engine.ts
-- facetSql). An article can hold one name under two types (an imported one; marsad's merge never
-- stores that), so the count was a count(DISTINCT article_row), which sorts each name's rows apart:
-- 500 sampled articles' ~5,600 rows, backend CPU of the statement 15.3 -> 8.5 ms with this flag
-- instead (1 on a row whose article gave its name on an earlier row; store/entity-sql.ts repeatsName).
-- Keep in sync with SQLite migration 12.
ALTER TABLE article_entities ADD COLUMN repeats_name smallint NOT NULL DEFAULT 0;
UPDATE article_entities e SET repeats_name = 1 WHERE EXISTS (SELECT 1 FROM article_entities f WHERE f.article_row = e.article_row AND f.ord < e.ord
  AND substr(f.entity_key, length(f.type) + 2) = substr(e.entity_key, length(e.type) + 2));
`,
  },
  {
    version: 15,
    name: "lighter writes: version records compressed with lz4, one entity-key index",
    sql: `
-- An article's version record (its JSON, several kB) was compressed with pglz as it was written,
-- 2.6% of the server's CPU storing 10k bench articles; lz4 compresses several times faster and
-- decompresses a search's page of bodies (hitRows) faster too. Rows written from now on (as migration 11).
DO $$
BEGIN
  IF current_setting('server_version_num')::int >= 140000 THEN
    EXECUTE 'ALTER TABLE article_versions ALTER COLUMN record SET COMPRESSION lz4';
  END IF;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  RAISE NOTICE 'marsad: lz4 not available, version records stay pglz';
END $$;
-- (entity_key) is the first column of article_entities_key_cover (entity_key, article_row, type,
-- name), which serves every read by entity key (the entity list, its counts, an entity filter)
-- as well; each entity row written updated both.
DROP INDEX IF EXISTS article_entities_key;
`,
  },
  {
    version: 16,
    name: "term_stats keys compared byte by byte",
    sql: `
-- Every write upserts about 300 rows an article into term_stats, each a probe of its primary key;
-- keys compared in the database's collation (C.UTF-8 on the test server is not PostgreSQL's C: each
-- comparison a strcoll) cost more than in "C" (memcmp), and a new key went into two indexes, the
-- primary key and term_stats_form (the "C" order prefixForms reads a prefix's range in). With the
-- column in "C" the primary key is that order too: 2,400-key upserts, half of them new, 44.4 -> 36.0 ms.
-- The keys are marsad's analyzed terms: equality is the same in every collation.
ALTER TABLE term_stats ALTER COLUMN term TYPE text COLLATE "C";
DROP INDEX IF EXISTS term_stats_form;
`,
  },
  {
    version: 17,
    name: "the tsvector index's pending list limit set by each writing connection",
    sql: `
-- Migration 13 set the limit on the index, where it overrides every session's; a write of many
-- articles now raises it for its own statement and merges the list once (postgres-store.ts
-- writeBatch), and marsad's connections set 256 kB as before (GIN_PENDING_LIST_KB). A session
-- that sets nothing merges at the server's gin_pending_list_limit (default 4 MB).
ALTER INDEX articles_tsv RESET (gin_pending_list_limit);
`,
  },
  {
    version: 18,
    name: "the version of the entity keys the rows hold",
    sql: `
-- Entity keys are made by store/entity-keys.ts entityKey; rows written before a change of it hold
-- keys of its older version (0: the normalized name) until postgres-store.ts rekeyEntities re-makes
-- them as the store opens. Keep in sync with SQLite migration 17.
CREATE TABLE entity_key_version (version integer NOT NULL);
INSERT INTO entity_key_version (version) VALUES (0);
`,
  },
  {
    version: 19,
    name: "the connect queue in publication order",
    sql: `
-- A connect batch is the first articles of the queue in publication order (publishedAt, undated
-- last, then id: connect-sql.ts pendingInPublicationOrder); the whole queue was read and sorted for
-- each batch. Each entry now holds its article's publication time (Date.parse, in ms; NULL when
-- undated or unparsable) and id, written with it, and the index reads a batch in that order.
-- Entries queued before this migration are filled in its transaction (postgres-store.ts
-- orderQueuedArticles: Date.parse, as the sort did). The ids are hex: "C" orders them as JavaScript does.
ALTER TABLE connect_queue ADD COLUMN published_ms bigint, ADD COLUMN article_id text COLLATE "C";
CREATE INDEX connect_queue_publication_order ON connect_queue (published_ms, article_id);
`,
  },
];
