-- SPDX-License-Identifier: MIT
-- Version 3: kernel-code signals found in synced work, and per-layer scores
-- with their evidence, stored so views need not recompute them.

-- What has been scanned; a changed patch, body or comment is scanned again.
ALTER TABLE pr_files ADD COLUMN scanned_at TEXT;
ALTER TABLE review_comments ADD COLUMN scanned_at TEXT;
ALTER TABLE pr_reviews ADD COLUMN scanned_at TEXT;
ALTER TABLE pull_requests ADD COLUMN body_scanned_at TEXT;

CREATE TABLE signal_hits (
    id                INTEGER PRIMARY KEY,
    source_kind       TEXT NOT NULL,    -- 'pr_file', 'pr_body', 'review', 'review_comment'
    pr_id             INTEGER,          -- the PR the evidence belongs to
    review_id         INTEGER,
    review_comment_id INTEGER,
    filename          TEXT,
    line              INTEGER NOT NULL, -- new-file line for patches
    col               INTEGER NOT NULL,
    length            INTEGER NOT NULL,
    signal_id         TEXT NOT NULL,
    category          TEXT NOT NULL,
    anti              INTEGER NOT NULL,
    weight            REAL NOT NULL,
    user_id           INTEGER           -- whose evidence: author, reviewer or commenter
);
CREATE INDEX signal_hits_by_user ON signal_hits(user_id);
CREATE INDEX signal_hits_by_pr ON signal_hits(pr_id);
CREATE INDEX signal_hits_by_comment ON signal_hits(review_comment_id);

CREATE TABLE candidate_scores (
    layer_id           INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
    user_id            INTEGER NOT NULL REFERENCES github_users(id) ON DELETE CASCADE,
    rank               INTEGER NOT NULL,
    score              REAL NOT NULL,
    parts              TEXT NOT NULL,   -- JSON object: part -> points
    works_on           TEXT NOT NULL,
    last_active        TEXT,
    first_contribution TEXT,
    commits            INTEGER NOT NULL DEFAULT 0,
    pulls              INTEGER NOT NULL DEFAULT 0,
    reviews            INTEGER NOT NULL DEFAULT 0,
    review_comments    INTEGER NOT NULL DEFAULT 0,
    top_signals        TEXT NOT NULL,   -- JSON array of signal ids, strongest first
    top_evidence_url   TEXT,
    computed_at        TEXT NOT NULL,
    as_of              TEXT NOT NULL,   -- the "now" recency was measured against
    PRIMARY KEY (layer_id, user_id)
) WITHOUT ROWID;
CREATE INDEX candidate_scores_by_rank ON candidate_scores(layer_id, rank);

-- The items behind each part of a score, for the people near the top.
CREATE TABLE score_evidence (
    layer_id  INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL,
    part      TEXT NOT NULL,
    points    REAL NOT NULL,
    label     TEXT NOT NULL,
    url       TEXT,
    filename  TEXT,
    line      INTEGER,
    signal_id TEXT,
    happened_at TEXT
);
CREATE INDEX score_evidence_by_person ON score_evidence(layer_id, user_id);
