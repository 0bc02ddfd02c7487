-- SPDX-License-Identifier: MIT
-- Version 5: what Kernel Scout makes of each person — where they are, who
-- employs them, how to reach them, and whether to leave them alone. Derived
-- from profiles and commits (person_profiles, contact_channels), corrected by
-- hand (person_overrides), filtered by imported lists (exclusions).

CREATE TABLE person_profiles (
    user_id             INTEGER PRIMARY KEY REFERENCES github_users(id) ON DELETE CASCADE,
    location_text       TEXT,                 -- as the profile gives it
    country_code        TEXT,                 -- ISO 3166-1 alpha-2; NULL when unknown
    country             TEXT,
    region              TEXT,
    location_confidence REAL NOT NULL DEFAULT 0,
    location_reason     TEXT,
    location_source     TEXT,                 -- 'profile' or 'set by hand'
    company             TEXT,                 -- canonical where the directory knows it
    company_source      TEXT,                 -- 'commit e-mail', 'profile company' or 'set by hand'
    company_evidence    TEXT,
    company_confidence  REAL NOT NULL DEFAULT 0,
    reachable           INTEGER NOT NULL DEFAULT 0,
    excluded            TEXT,                 -- NULL, or why: "own staff (login)", "do not poach: NVIDIA", "in the ATS (e-mail)"
    inputs_key          TEXT NOT NULL,        -- digest of what it was derived from
    computed_at         TEXT NOT NULL
);
CREATE INDEX person_profiles_by_region ON person_profiles(region, country_code);
CREATE INDEX person_profiles_by_company ON person_profiles(company COLLATE NOCASE);

-- Ways to reach a person, each with where it was found.
CREATE TABLE contact_channels (
    user_id    INTEGER NOT NULL REFERENCES github_users(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,                 -- 'email', 'commit_email', 'blog', 'twitter'
    value      TEXT NOT NULL,
    detail     TEXT,                          -- "12 commits, latest 2026-10-02"
    source_url TEXT,
    fetched_at TEXT,
    PRIMARY KEY (user_id, kind, value)
) WITHOUT ROWID;

-- A sourcer's corrections; they win over anything derived.
CREATE TABLE person_overrides (
    user_id      INTEGER PRIMARY KEY REFERENCES github_users(id) ON DELETE CASCADE,
    country_code TEXT,
    company      TEXT,
    updated_at   TEXT NOT NULL
);

-- Imported lists: own staff, do-not-poach companies, people already in the ATS.
CREATE TABLE exclusions (
    id          INTEGER PRIMARY KEY,
    list        TEXT NOT NULL CHECK (list IN ('staff', 'do_not_poach', 'ats')),
    login       TEXT,
    email       TEXT,
    name        TEXT,
    company     TEXT,                         -- canonical where the directory knows it
    source_file TEXT NOT NULL,
    line        INTEGER NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE UNIQUE INDEX exclusions_unique ON exclusions(list, ifnull(lower(login), ''), ifnull(lower(email), ''), ifnull(lower(company), ''));
