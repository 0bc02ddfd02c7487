-- Schema 8: outreach drafting. A requisition's hiring context is written
-- once; templates are bundled or the user's; every saved draft is a version.

CREATE TABLE hiring_contexts (
    requisition_id INTEGER PRIMARY KEY REFERENCES requisitions(id) ON DELETE CASCADE,
    company        TEXT NOT NULL DEFAULT '',
    problem        TEXT NOT NULL DEFAULT '',   -- the technical problem the hire will work on
    compute        TEXT NOT NULL DEFAULT '',   -- e.g. "a cluster of H100s", "simulator only"
    compensation   TEXT NOT NULL DEFAULT '',
    team           TEXT NOT NULL DEFAULT '',   -- people worth naming
    sender_name    TEXT NOT NULL DEFAULT '',
    sender_email   TEXT NOT NULL DEFAULT '',
    signature      TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL
);

-- User templates (the bundled ones are resources, not rows).
CREATE TABLE outreach_templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    purpose    TEXT NOT NULL DEFAULT 'first_touch', -- 'first_touch', 'follow_up' or 'forum_first'
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE outreach_drafts (
    id             INTEGER PRIMARY KEY,
    requisition_id INTEGER NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL REFERENCES github_users(id) ON DELETE CASCADE,
    version        INTEGER NOT NULL,
    template_name  TEXT NOT NULL,
    evidence_url   TEXT,
    recipient      TEXT,
    subject        TEXT NOT NULL,
    body           TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    sent_at        TEXT,                       -- set when marked sent
    UNIQUE (requisition_id, user_id, version)
);

-- Phrases that make a message read as generic, beyond the bundled list.
CREATE TABLE generic_phrases (
    phrase   TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    added_at TEXT NOT NULL
) WITHOUT ROWID;
