-- SPDX-License-Identifier: MIT
-- Version 1: role layers and the repo map. Later tables (people, contributions,
-- evidence, requisitions, ...) arrive with the issues that first write them.

CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE layers (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE layer_skills (
    layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    skill    TEXT NOT NULL,
    PRIMARY KEY (layer_id, position)
) WITHOUT ROWID;

-- An open key -> weight map; the scoring issue gives the keys their meaning.
CREATE TABLE layer_weights (
    layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    weight   REAL NOT NULL,
    PRIMARY KEY (layer_id, key)
) WITHOUT ROWID;

-- One row per GitHub repository, however many layers map it: sync fetches
-- each repository once.
CREATE TABLE repos (
    id    INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    name  TEXT NOT NULL,
    UNIQUE (owner COLLATE NOCASE, name COLLATE NOCASE)
);

CREATE TABLE layer_repos (
    layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
    repo_id  INTEGER NOT NULL REFERENCES repos(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (layer_id, repo_id)
) WITHOUT ROWID;
CREATE INDEX layer_repos_by_repo ON layer_repos(repo_id);

-- No row for a (layer, repo) pair means the whole repository is relevant.
CREATE TABLE layer_repo_paths (
    layer_id INTEGER NOT NULL,
    repo_id  INTEGER NOT NULL,
    prefix   TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (layer_id, repo_id, prefix),
    FOREIGN KEY (layer_id, repo_id) REFERENCES layer_repos(layer_id, repo_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE layer_forums (
    layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
    url      TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (layer_id, url)
) WITHOUT ROWID;
