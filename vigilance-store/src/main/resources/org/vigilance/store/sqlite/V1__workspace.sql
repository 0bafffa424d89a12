-- Vigilance workspace store, version 1.
-- Append-only tables: fragments, rejects, batches, journal. A row is never updated or deleted by Vigilance.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE journal (
  seq       INTEGER PRIMARY KEY,   -- position in the chain, from 1
  at        TEXT NOT NULL,         -- ISO-8601 instant
  kind      TEXT NOT NULL,
  subject   TEXT NOT NULL,
  payload   TEXT NOT NULL,         -- key=value lines
  prev_hash TEXT NOT NULL,         -- sha256:... of the entry before
  hash      TEXT NOT NULL          -- sha256(prev_hash || canonical bytes of the entry)
);

CREATE TABLE collections (
  name        TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  journal_seq INTEGER NOT NULL REFERENCES journal(seq)
);

CREATE TABLE sources (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  collection  TEXT NOT NULL REFERENCES collections(name),
  blob        TEXT NOT NULL,
  size        INTEGER NOT NULL,
  media_type  TEXT NOT NULL,
  importer    TEXT NOT NULL,
  sensitivity TEXT NOT NULL,
  grade       TEXT NOT NULL,
  origin_url  TEXT,
  licence     TEXT,
  captured_at TEXT NOT NULL,
  captured_by TEXT NOT NULL,
  journal_seq INTEGER NOT NULL REFERENCES journal(seq)
);

CREATE TABLE source_completions (
  source_id   TEXT PRIMARY KEY REFERENCES sources(id),
  records     INTEGER NOT NULL,
  fragments   INTEGER NOT NULL,
  rejects     INTEGER NOT NULL,
  journal_seq INTEGER NOT NULL REFERENCES journal(seq)
);

CREATE TABLE batches (
  id             INTEGER PRIMARY KEY,
  source_id      TEXT NOT NULL REFERENCES sources(id),
  seq            INTEGER NOT NULL,
  first_record   INTEGER NOT NULL,
  last_record    INTEGER NOT NULL,
  fragments      INTEGER NOT NULL,
  rejects        INTEGER NOT NULL,
  first_fragment INTEGER NOT NULL,  -- fragments.id range of this batch (empty when fragments = 0)
  last_fragment  INTEGER NOT NULL,
  recorded_at    TEXT NOT NULL,     -- shared by every fragment of the batch
  recorded_by    TEXT NOT NULL,
  journal_seq    INTEGER NOT NULL REFERENCES journal(seq),
  UNIQUE (source_id, seq)
);

-- One row per fragment; its source, recording time and recorder are those of its batch.
CREATE TABLE fragments (
  id          INTEGER PRIMARY KEY,
  batch_id    INTEGER NOT NULL,     -- batches.id
  entity_id   TEXT NOT NULL,
  schema      TEXT NOT NULL,
  properties  TEXT NOT NULL,        -- JSON object: property -> [values]
  locator     TEXT NOT NULL
);

-- The entity index, kept apart from the fragments so that committing a batch writes only the
-- fragments (appended in id order), not thousands of scattered index pages. It is brought up to
-- date after the batches, in one sorted pass (FragmentStore.settle: at the end of an import, and
-- whenever enough fragments wait): every fragment whose id is at most the highest entity_index_runs
-- row is in fragments_by_entity; later ones (the tail) are found by scanning them. Derived data,
-- written in its own transactions: a crash leaves it covering a prefix of the fragments.
CREATE TABLE fragments_by_entity (
  entity_id   TEXT NOT NULL,
  fragment_id INTEGER NOT NULL,     -- fragments.id
  PRIMARY KEY (entity_id, fragment_id)
) WITHOUT ROWID;

CREATE TABLE entity_index_runs (
  upto INTEGER PRIMARY KEY         -- fragments.id up to which fragments_by_entity is complete
);

CREATE TABLE rejects (
  id        INTEGER PRIMARY KEY,
  source_id TEXT NOT NULL,
  batch_seq INTEGER NOT NULL,
  locator   TEXT NOT NULL,
  field     TEXT,
  reason    TEXT NOT NULL,
  raw       BLOB NOT NULL
);
CREATE INDEX rejects_by_batch ON rejects(source_id, batch_seq);
