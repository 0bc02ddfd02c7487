-- Schema 10: erasures keyed by a secret outside the file. Suppressions made
-- before this are salted SHA-256 with the salt in workspace_meta, which
-- anyone holding the file can test every GitHub id against; new ones are
-- HMAC-SHA-256 under the owner's erasure key (store/erasurekey.h), and the
-- old ones are re-keyed once the key exists.
ALTER TABLE suppressions ADD COLUMN scheme TEXT NOT NULL DEFAULT 'salted-sha256'; -- or 'hmac-sha256'

-- A forgotten person's words, as keyed hashes (domain/redactor.h): a term is
-- a token or a two- or three-word run that every incoming text is redacted
-- of; a first is the first word of a run, which only says where to look.
CREATE TABLE redactions (
    term_hash TEXT NOT NULL, -- hex HMAC-SHA-256 of the normalised term
    role      TEXT NOT NULL, -- 'term' or 'first' (a word can be both)
    added_at  TEXT NOT NULL,
    PRIMARY KEY (term_hash, role)
) WITHOUT ROWID;

-- A file path that names a forgotten person is stored as "[redacted-N]":
-- the same N for the same path each time it comes back, so keys and viewer
-- links still line up, and no two paths share one.
CREATE TABLE redacted_paths (
    path_hash TEXT PRIMARY KEY NOT NULL, -- hex HMAC-SHA-256 of the path
    n         INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
