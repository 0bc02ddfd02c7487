-- SPDX-License-Identifier: MIT
-- Version 6: the candidate pipeline. Requisitions are open roles, each tied
-- to a layer; a person's stage, next action, notes, tags and stage history
-- are kept per requisition, so the same person can be shortlisted for one
-- role and not a fit for another.

CREATE TABLE requisitions (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    layer_id   INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
    status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at TEXT NOT NULL,
    closed_at  TEXT
);

-- A workspace may rename stages or add its own, but each has a fixed role
-- that other features rely on (outreach moves people to the 'contacted' role).
CREATE TABLE stages (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    role     TEXT NOT NULL CHECK (role IN ('sourced', 'shortlisted', 'contacted', 'replied', 'interviewing', 'offer', 'hired',
                                           'not_a_fit', 'not_now', 'custom')),
    position INTEGER NOT NULL
);
INSERT INTO stages(id, name, role, position) VALUES
    (1, 'Sourced', 'sourced', 1), (2, 'Shortlisted', 'shortlisted', 2), (3, 'Contacted', 'contacted', 3),
    (4, 'Replied', 'replied', 4), (5, 'Interviewing', 'interviewing', 5), (6, 'Offer', 'offer', 6),
    (7, 'Hired', 'hired', 7), (8, 'Not a fit', 'not_a_fit', 8), (9, 'Not now', 'not_now', 9);

-- No row: the person is at the first stage ("Sourced") with nothing planned.
CREATE TABLE pipeline_entries (
    requisition_id INTEGER NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL REFERENCES github_users(id) ON DELETE CASCADE,
    stage_id       INTEGER NOT NULL REFERENCES stages(id),
    next_action_at TEXT,                        -- date of the next step (a snooze, a follow-up)
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (requisition_id, user_id)
) WITHOUT ROWID;
CREATE INDEX pipeline_entries_by_stage ON pipeline_entries(requisition_id, stage_id);

-- The Pipeline tab counts people less the excluded few, and sorts and
-- filters by last activity.
CREATE INDEX person_profiles_excluded ON person_profiles(user_id) WHERE excluded IS NOT NULL;
CREATE INDEX candidate_scores_by_activity ON candidate_scores(layer_id, last_active);
CREATE INDEX pipeline_entries_due ON pipeline_entries(next_action_at) WHERE next_action_at IS NOT NULL;

CREATE TABLE stage_history (
    id             INTEGER PRIMARY KEY,
    requisition_id INTEGER NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL REFERENCES github_users(id) ON DELETE CASCADE,
    from_stage_id  INTEGER REFERENCES stages(id),
    to_stage_id    INTEGER NOT NULL REFERENCES stages(id),
    changed_at     TEXT NOT NULL
);
CREATE INDEX stage_history_by_person ON stage_history(requisition_id, user_id, changed_at);

CREATE TABLE notes (
    id             INTEGER PRIMARY KEY,
    requisition_id INTEGER NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL REFERENCES github_users(id) ON DELETE CASCADE,
    body           TEXT NOT NULL,               -- Markdown
    created_at     TEXT NOT NULL
);
CREATE INDEX notes_by_person ON notes(requisition_id, user_id, created_at);

CREATE TABLE tags (
    requisition_id INTEGER NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL REFERENCES github_users(id) ON DELETE CASCADE,
    tag            TEXT NOT NULL,
    PRIMARY KEY (requisition_id, user_id, tag)
) WITHOUT ROWID;

-- Full-text search over what a sourcer remembers about people: names and
-- logins, PR titles, review comments and notes. One row per item; the rowid
-- encodes the item (id * 4 + kind) so triggers can replace it directly.
CREATE VIRTUAL TABLE search_text USING fts5(body, user_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO search_text(rowid, body, user_id) SELECT id * 4, login || ' ' || coalesce(name, ''), id FROM github_users;
INSERT INTO search_text(rowid, body, user_id) SELECT id * 4 + 1, title, author_id FROM pull_requests WHERE author_id IS NOT NULL;
INSERT INTO search_text(rowid, body, user_id) SELECT id * 4 + 2, body, user_id FROM review_comments WHERE user_id IS NOT NULL;

CREATE TRIGGER search_user_insert AFTER INSERT ON github_users
BEGIN INSERT INTO search_text(rowid, body, user_id) VALUES (NEW.id * 4, NEW.login || ' ' || coalesce(NEW.name, ''), NEW.id); END;
CREATE TRIGGER search_user_update AFTER UPDATE OF login, name ON github_users
BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 4;
    INSERT INTO search_text(rowid, body, user_id) VALUES (NEW.id * 4, NEW.login || ' ' || coalesce(NEW.name, ''), NEW.id);
END;
CREATE TRIGGER search_user_delete AFTER DELETE ON github_users
BEGIN DELETE FROM search_text WHERE rowid = OLD.id * 4; END;

CREATE TRIGGER search_pr_insert AFTER INSERT ON pull_requests WHEN NEW.author_id IS NOT NULL
BEGIN INSERT INTO search_text(rowid, body, user_id) VALUES (NEW.id * 4 + 1, NEW.title, NEW.author_id); END;
CREATE TRIGGER search_pr_update AFTER UPDATE OF title, author_id ON pull_requests
BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 4 + 1;
    INSERT INTO search_text(rowid, body, user_id) SELECT NEW.id * 4 + 1, NEW.title, NEW.author_id WHERE NEW.author_id IS NOT NULL;
END;
CREATE TRIGGER search_pr_delete AFTER DELETE ON pull_requests
BEGIN DELETE FROM search_text WHERE rowid = OLD.id * 4 + 1; END;

CREATE TRIGGER search_comment_insert AFTER INSERT ON review_comments WHEN NEW.user_id IS NOT NULL
BEGIN INSERT INTO search_text(rowid, body, user_id) VALUES (NEW.id * 4 + 2, NEW.body, NEW.user_id); END;
CREATE TRIGGER search_comment_update AFTER UPDATE OF body, user_id ON review_comments
BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 4 + 2;
    INSERT INTO search_text(rowid, body, user_id) SELECT NEW.id * 4 + 2, NEW.body, NEW.user_id WHERE NEW.user_id IS NOT NULL;
END;
CREATE TRIGGER search_comment_delete AFTER DELETE ON review_comments
BEGIN DELETE FROM search_text WHERE rowid = OLD.id * 4 + 2; END;

CREATE TRIGGER search_note_insert AFTER INSERT ON notes
BEGIN INSERT INTO search_text(rowid, body, user_id) VALUES (NEW.id * 4 + 3, NEW.body, NEW.user_id); END;
CREATE TRIGGER search_note_update AFTER UPDATE OF body ON notes
BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 4 + 3;
    INSERT INTO search_text(rowid, body, user_id) VALUES (NEW.id * 4 + 3, NEW.body, NEW.user_id);
END;
CREATE TRIGGER search_note_delete AFTER DELETE ON notes
BEGIN DELETE FROM search_text WHERE rowid = OLD.id * 4 + 3; END;
