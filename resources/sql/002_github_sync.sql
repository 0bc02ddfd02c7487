-- SPDX-License-Identifier: MIT
-- Version 2: what the GitHub sync stores. Rows are keyed by GitHub's own ids
-- (or sha / number within a repository) so every page can be re-applied
-- without duplicates. Each fact keeps where it came from (source_url) and
-- when (fetched_at).

ALTER TABLE repos ADD COLUMN github_id INTEGER;
ALTER TABLE repos ADD COLUMN default_branch TEXT;
ALTER TABLE repos ADD COLUMN html_url TEXT;

CREATE TABLE github_users (
    id               INTEGER PRIMARY KEY,      -- GitHub's numeric user id
    login            TEXT NOT NULL,
    type             TEXT NOT NULL DEFAULT 'User',
    is_machine       INTEGER NOT NULL DEFAULT 0,
    name             TEXT,
    company          TEXT,
    location         TEXT,
    blog             TEXT,
    email            TEXT,
    twitter_username TEXT,
    bio              TEXT,
    hireable         INTEGER,
    html_url         TEXT,
    avatar_url       TEXT,
    profile_source_url TEXT,
    profile_fetched_at TEXT,                   -- NULL until /users/{login} was read
    seen_at          TEXT NOT NULL
);
CREATE UNIQUE INDEX github_users_login ON github_users(login COLLATE NOCASE);

CREATE TABLE commits (
    repo_id      INTEGER NOT NULL REFERENCES repos(id) ON DELETE CASCADE,
    sha          TEXT NOT NULL,
    author_id    INTEGER REFERENCES github_users(id),
    author_login TEXT,
    author_name  TEXT,
    author_email TEXT,
    authored_at  TEXT,
    committed_at TEXT NOT NULL,
    message      TEXT NOT NULL,
    pr_number    INTEGER,                      -- from '(#N)', a trailer or /commits/{sha}/pulls
    pr_lookup_done INTEGER NOT NULL DEFAULT 0, -- the last-resort lookup ran
    html_url     TEXT,
    source_url   TEXT NOT NULL,
    fetched_at   TEXT NOT NULL,
    PRIMARY KEY (repo_id, sha)
) WITHOUT ROWID;
CREATE INDEX commits_by_pr ON commits(repo_id, pr_number);
CREATE INDEX commits_by_author ON commits(author_id);

-- Which mapped prefix walk found a commit ('' = the whole repository).
CREATE TABLE commit_prefixes (
    repo_id INTEGER NOT NULL,
    sha     TEXT NOT NULL,
    prefix  TEXT NOT NULL,
    PRIMARY KEY (repo_id, sha, prefix),
    FOREIGN KEY (repo_id, sha) REFERENCES commits(repo_id, sha) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE pull_requests (
    id               INTEGER PRIMARY KEY,      -- GitHub's id
    repo_id          INTEGER NOT NULL REFERENCES repos(id) ON DELETE CASCADE,
    number           INTEGER NOT NULL,
    title            TEXT NOT NULL,
    body             TEXT,
    state            TEXT NOT NULL,
    author_id        INTEGER REFERENCES github_users(id),
    author_login     TEXT,
    created_at       TEXT,
    updated_at       TEXT,
    closed_at        TEXT,
    merged_at        TEXT,
    merged_by_login  TEXT,
    merge_commit_sha TEXT,
    landed           INTEGER NOT NULL DEFAULT 0, -- merged, or its commit is on the default branch
    relevant         INTEGER NOT NULL DEFAULT 0, -- touches a mapped path prefix
    additions        INTEGER,
    deletions        INTEGER,
    changed_files    INTEGER,
    html_url         TEXT,
    source_url       TEXT NOT NULL,
    fetched_at       TEXT NOT NULL,
    details_updated_at TEXT,                   -- updated_at the files/reviews were read for
    details_fetched_at TEXT,
    UNIQUE (repo_id, number)
);
CREATE INDEX pull_requests_by_author ON pull_requests(author_id);
CREATE INDEX pull_requests_by_merge_commit ON pull_requests(repo_id, merge_commit_sha);

CREATE TABLE pr_files (
    pr_id             INTEGER NOT NULL REFERENCES pull_requests(id) ON DELETE CASCADE,
    filename          TEXT NOT NULL,
    status            TEXT,
    additions         INTEGER NOT NULL DEFAULT 0,
    deletions         INTEGER NOT NULL DEFAULT 0,
    patch             TEXT,                    -- NULL for binary or oversized files
    previous_filename TEXT,
    source_url        TEXT NOT NULL,
    fetched_at        TEXT NOT NULL,
    PRIMARY KEY (pr_id, filename)
) WITHOUT ROWID;

CREATE TABLE pr_reviews (
    id           INTEGER PRIMARY KEY,
    pr_id        INTEGER NOT NULL REFERENCES pull_requests(id) ON DELETE CASCADE,
    reviewer_id  INTEGER REFERENCES github_users(id),
    reviewer_login TEXT,
    state        TEXT NOT NULL,
    body         TEXT,
    submitted_at TEXT,
    html_url     TEXT,
    source_url   TEXT NOT NULL,
    fetched_at   TEXT NOT NULL
);
CREATE INDEX pr_reviews_by_pr ON pr_reviews(pr_id);
CREATE INDEX pr_reviews_by_reviewer ON pr_reviews(reviewer_id);

-- Repository-wide review comments; pr_number joins them to pull_requests.
CREATE TABLE review_comments (
    id          INTEGER PRIMARY KEY,
    repo_id     INTEGER NOT NULL REFERENCES repos(id) ON DELETE CASCADE,
    pr_number   INTEGER NOT NULL,
    review_id   INTEGER,
    user_id     INTEGER REFERENCES github_users(id),
    user_login  TEXT,
    path        TEXT NOT NULL,
    line        INTEGER,
    diff_hunk   TEXT,
    body        TEXT NOT NULL,
    created_at  TEXT,
    updated_at  TEXT,
    html_url    TEXT,
    source_url  TEXT NOT NULL,
    fetched_at  TEXT NOT NULL
);
CREATE INDEX review_comments_by_pr ON review_comments(repo_id, pr_number);
CREATE INDEX review_comments_by_user ON review_comments(user_id);

-- Conditional-request state per URL: a 304 costs no budget and means the
-- data already stored for that URL is current.
CREATE TABLE http_etags (
    url        TEXT PRIMARY KEY NOT NULL,
    etag       TEXT NOT NULL,
    fetched_at TEXT NOT NULL
) WITHOUT ROWID;

-- One row per walk (a paginated listing) of a repository. `cursor` is the
-- start time of the last walk that completed; an unfinished walk keeps its
-- next page, its start time and its stop bound so it resumes, not restarts.
CREATE TABLE sync_walks (
    repo_id      INTEGER NOT NULL REFERENCES repos(id) ON DELETE CASCADE,
    walk         TEXT NOT NULL,                -- 'commits:PREFIX', 'pulls', 'review_comments'
    cursor       TEXT,
    resume_url   TEXT,
    started_at   TEXT,
    bound        TEXT,
    pages_done   INTEGER NOT NULL DEFAULT 0,
    pages_total  INTEGER,
    PRIMARY KEY (repo_id, walk)
) WITHOUT ROWID;

CREATE TABLE sync_runs (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    api_root      TEXT NOT NULL,
    requests      INTEGER NOT NULL DEFAULT 0,
    not_modified  INTEGER NOT NULL DEFAULT 0,
    items_new     INTEGER NOT NULL DEFAULT 0,
    items_updated INTEGER NOT NULL DEFAULT 0,
    failed_repos  TEXT
);
