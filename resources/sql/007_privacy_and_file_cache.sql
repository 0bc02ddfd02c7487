-- Schema 7: privacy controls for UK/EU sourcing, and the code viewer's cache
-- of files fetched on demand.

-- People who asked to be forgotten. Only a salted hash of an identity that
-- survives renames is kept (GitHub's numeric user id; a forum's host and user
-- id), so a later sync can refuse them without the workspace holding who they
-- are. The salt is workspace_meta 'suppression_salt', so the list travels
-- with the workspace file.
CREATE TABLE suppressions (
    identity_hash TEXT PRIMARY KEY NOT NULL,   -- hex SHA-256 of salt, kind and identity
    kind          TEXT NOT NULL,               -- 'github' or 'forum'
    suppressed_at TEXT NOT NULL
) WITHOUT ROWID;

-- Retention counts from when a person was first imported; people synced
-- before this schema count from when they were last seen.
ALTER TABLE github_users ADD COLUMN first_seen_at TEXT;
UPDATE github_users SET first_seen_at = seen_at;

-- A file at a commit, read from GitHub when the code viewer first needs it.
CREATE TABLE file_contents (
    repo_id    INTEGER NOT NULL REFERENCES repos(id) ON DELETE CASCADE,
    ref        TEXT NOT NULL,                  -- a commit sha
    path       TEXT NOT NULL,
    status     TEXT NOT NULL,                  -- 'ok', 'binary', 'too_large' or 'missing'
    content    BLOB,                           -- UTF-8 text when status is 'ok'
    source_url TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (repo_id, ref, path)
) WITHOUT ROWID;
