-- Vigilance workspace store, version 2: judgements on pairs of entities.
-- Append-only like the other tables: a later row of a pair supersedes an earlier one, and a
-- 'withdrawn' row takes one back; no row is ever updated or deleted by Vigilance.

CREATE TABLE judgements (
  id          INTEGER PRIMARY KEY,   -- from 1, in recording order
  left_id     TEXT NOT NULL,         -- the smaller entity id of the pair
  right_id    TEXT NOT NULL,         -- the larger entity id
  verdict     TEXT NOT NULL,         -- same, not-same, unsure, withdrawn
  judged_by   TEXT NOT NULL,
  judged_at   TEXT NOT NULL,         -- ISO-8601 instant, that of its journal entry
  score       REAL,                  -- the match score the judge saw, if any
  reason      TEXT NOT NULL,
  withdraws   INTEGER NOT NULL,      -- judgements.id withdrawn by this row, or 0
  journal_seq INTEGER NOT NULL REFERENCES journal(seq)
);
CREATE INDEX judgements_by_pair ON judgements(left_id, right_id);
