-- SPDX-License-Identifier: MIT
-- Version 4: each layer's contributions, kept current incrementally, so that
-- ranking after a sync reads one ordered table instead of joining every PR,
-- file, review and comment again.

-- Every write that can change someone's standing logs the unit it touched:
-- 1 = a PR (authorship, merge, files, reviews, signals), 2 = a review
-- comment, 3 = a commit (by sha), 4 = a person (name, login, machine flag). Layers apply the log past their watermark;
-- rows every layer has applied are pruned.
CREATE TABLE contribution_changes (
    seq       INTEGER PRIMARY KEY,      -- pruning keeps the newest row, so seq only grows
    unit_kind INTEGER NOT NULL,
    unit      NOT NULL                  -- PR or comment id, commit sha
);

-- One row per item that counts for a layer: what it is worth before recency
-- and the layer's weights, when it happened, and where.
CREATE TABLE layer_contributions (
    layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL,
    kind     INTEGER NOT NULL,          -- 1 PR authored, 2 commit, 3 review comment, 4 review, 5 merge, 6 signal
    place    TEXT NOT NULL DEFAULT '',  -- PRs: works-on sub-path; signals: category
    tag      TEXT NOT NULL DEFAULT '',  -- signals: signal id
    repo_id  INTEGER NOT NULL,
    item     NOT NULL,                  -- PR, commit sha, comment, review or signal-hit id
    unit     NOT NULL,                  -- the logged unit it derives from
    at       REAL,                      -- julian day
    value    REAL NOT NULL,             -- landed-work, review or signal points
    extra    REAL NOT NULL DEFAULT 0,   -- maintainership points
    PRIMARY KEY (layer_id, user_id, kind, place, tag, repo_id, item)
) WITHOUT ROWID;
CREATE INDEX layer_contributions_by_unit ON layer_contributions(layer_id, kind, unit);

-- How far each layer has applied the change log, and for which repository
-- map: a new layer, or one whose map changed, is rebuilt. Its scores were
-- last computed for `scored_for` (the "now" and the weights): while that
-- holds, only the people a refresh touched are scored again.
CREATE TABLE layer_contribution_state (
    layer_id    INTEGER PRIMARY KEY REFERENCES layers(id) ON DELETE CASCADE,
    applied_seq INTEGER NOT NULL,
    map_key     TEXT NOT NULL,             -- the repositories and prefixes it was built for
    scored_for  TEXT,
    scored_at   TEXT
);

-- Users that appear after a PR was merged by them turn the merge into theirs.
CREATE INDEX pull_requests_by_merger ON pull_requests(merged_by_login COLLATE NOCASE);

CREATE TRIGGER lc_pr_insert AFTER INSERT ON pull_requests
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (1, NEW.id); END;
CREATE TRIGGER lc_pr_update AFTER UPDATE OF repo_id, number, author_id, created_at, updated_at, closed_at, merged_at,
    merged_by_login, landed ON pull_requests
    WHEN OLD.repo_id IS NOT NEW.repo_id OR OLD.number IS NOT NEW.number OR OLD.author_id IS NOT NEW.author_id OR OLD.created_at IS NOT NEW.created_at OR OLD.updated_at IS NOT NEW.updated_at OR OLD.closed_at IS NOT NEW.closed_at OR OLD.merged_at IS NOT NEW.merged_at OR OLD.merged_by_login IS NOT NEW.merged_by_login OR OLD.landed IS NOT NEW.landed
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (1, NEW.id); END;
CREATE TRIGGER lc_pr_delete AFTER DELETE ON pull_requests
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (1, OLD.id); END;

CREATE TRIGGER lc_file_insert AFTER INSERT ON pr_files
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (1, NEW.pr_id); END;
CREATE TRIGGER lc_file_update AFTER UPDATE OF pr_id, filename, additions, deletions ON pr_files
    WHEN OLD.pr_id IS NOT NEW.pr_id OR OLD.filename IS NOT NEW.filename OR OLD.additions IS NOT NEW.additions OR OLD.deletions IS NOT NEW.deletions
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (1, NEW.pr_id); END;
CREATE TRIGGER lc_file_delete AFTER DELETE ON pr_files
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (1, OLD.pr_id); END;

CREATE TRIGGER lc_review_insert AFTER INSERT ON pr_reviews
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (1, NEW.pr_id); END;
CREATE TRIGGER lc_review_update AFTER UPDATE OF pr_id, reviewer_id, state, submitted_at ON pr_reviews
    WHEN OLD.pr_id IS NOT NEW.pr_id OR OLD.reviewer_id IS NOT NEW.reviewer_id OR OLD.state IS NOT NEW.state OR OLD.submitted_at IS NOT NEW.submitted_at
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (1, NEW.pr_id); END;
CREATE TRIGGER lc_review_delete AFTER DELETE ON pr_reviews
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (1, OLD.pr_id); END;

CREATE TRIGGER lc_hit_insert AFTER INSERT ON signal_hits WHEN NEW.pr_id IS NOT NULL
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (1, NEW.pr_id); END;
CREATE TRIGGER lc_hit_delete AFTER DELETE ON signal_hits WHEN OLD.pr_id IS NOT NULL
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (1, OLD.pr_id); END;

CREATE TRIGGER lc_comment_insert AFTER INSERT ON review_comments
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (2, NEW.id); END;
CREATE TRIGGER lc_comment_update AFTER UPDATE OF repo_id, pr_number, user_id, path, created_at ON review_comments
    WHEN OLD.repo_id IS NOT NEW.repo_id OR OLD.pr_number IS NOT NEW.pr_number OR OLD.user_id IS NOT NEW.user_id OR OLD.path IS NOT NEW.path OR OLD.created_at IS NOT NEW.created_at
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (2, NEW.id); END;
CREATE TRIGGER lc_comment_delete AFTER DELETE ON review_comments
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (2, OLD.id); END;

CREATE TRIGGER lc_commit_insert AFTER INSERT ON commits
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (3, NEW.sha); END;
CREATE TRIGGER lc_commit_update AFTER UPDATE OF author_id, committed_at, pr_number ON commits
    WHEN OLD.author_id IS NOT NEW.author_id OR OLD.committed_at IS NOT NEW.committed_at OR OLD.pr_number IS NOT NEW.pr_number
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (3, NEW.sha); END;
CREATE TRIGGER lc_commit_delete AFTER DELETE ON commits
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (3, OLD.sha); END;
CREATE TRIGGER lc_prefix_insert AFTER INSERT ON commit_prefixes
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (3, NEW.sha); END;
CREATE TRIGGER lc_prefix_delete AFTER DELETE ON commit_prefixes
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (3, OLD.sha); END;

CREATE TRIGGER lc_user_insert AFTER INSERT ON github_users
BEGIN
    INSERT INTO contribution_changes(unit_kind, unit) VALUES (4, NEW.id);
    INSERT INTO contribution_changes(unit_kind, unit)
    SELECT 1, id FROM pull_requests WHERE merged_by_login = NEW.login COLLATE NOCASE;
END;
CREATE TRIGGER lc_user_update AFTER UPDATE OF name, is_machine ON github_users
    WHEN OLD.name IS NOT NEW.name OR OLD.is_machine IS NOT NEW.is_machine
BEGIN INSERT INTO contribution_changes(unit_kind, unit) VALUES (4, NEW.id); END;
CREATE TRIGGER lc_user_rename AFTER UPDATE OF login ON github_users
    WHEN OLD.login IS NOT NEW.login
BEGIN
    INSERT INTO contribution_changes(unit_kind, unit) VALUES (4, NEW.id);
    INSERT INTO contribution_changes(unit_kind, unit)
    SELECT 1, id FROM pull_requests WHERE merged_by_login IN (OLD.login COLLATE NOCASE, NEW.login COLLATE NOCASE);
END;

-- Re-ranking after a sync renumbers many people; an index on rank would make
-- each renumbered row cost an index update. Views read in score order.
DROP INDEX candidate_scores_by_rank;
CREATE INDEX candidate_scores_by_score ON candidate_scores(layer_id, score DESC);
