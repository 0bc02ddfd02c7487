-- Schema 9: full-text search by person. search_text keeps one row per item;
-- a search that matches hundreds of thousands of items must then read whose
-- each one is. search_people holds one document per person (rowid = GitHub
-- user id): login and name, PR titles, review comments and notes, so the
-- people a search matches come straight from the index. Writes only mark
-- people dirty (a sync adds thousands of items per person); documents are
-- rebuilt for the dirty after each sync and before a search. (The marks
-- test before inserting: an outer upsert's conflict policy would override an
-- OR IGNORE here.)
CREATE VIRTUAL TABLE search_people USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE search_people_dirty (user_id INTEGER PRIMARY KEY);
INSERT INTO search_people_dirty SELECT id FROM github_users;

CREATE TRIGGER search_people_user_insert AFTER INSERT ON github_users
BEGIN INSERT INTO search_people_dirty SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = NEW.id); END;
CREATE TRIGGER search_people_user_update AFTER UPDATE OF login, name ON github_users
BEGIN INSERT INTO search_people_dirty SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = NEW.id); END;
CREATE TRIGGER search_people_user_delete AFTER DELETE ON github_users
BEGIN INSERT INTO search_people_dirty SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = OLD.id); END;

CREATE TRIGGER search_people_pr_insert AFTER INSERT ON pull_requests WHEN NEW.author_id IS NOT NULL
BEGIN INSERT INTO search_people_dirty SELECT NEW.author_id WHERE NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = NEW.author_id); END;
CREATE TRIGGER search_people_pr_update AFTER UPDATE OF title, author_id ON pull_requests
BEGIN
    INSERT INTO search_people_dirty SELECT OLD.author_id WHERE OLD.author_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = OLD.author_id);
    INSERT INTO search_people_dirty SELECT NEW.author_id WHERE NEW.author_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = NEW.author_id);
END;
CREATE TRIGGER search_people_pr_delete AFTER DELETE ON pull_requests WHEN OLD.author_id IS NOT NULL
BEGIN INSERT INTO search_people_dirty SELECT OLD.author_id WHERE NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = OLD.author_id); END;

CREATE TRIGGER search_people_comment_insert AFTER INSERT ON review_comments WHEN NEW.user_id IS NOT NULL
BEGIN INSERT INTO search_people_dirty SELECT NEW.user_id WHERE NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = NEW.user_id); END;
CREATE TRIGGER search_people_comment_update AFTER UPDATE OF body, user_id ON review_comments
BEGIN
    INSERT INTO search_people_dirty SELECT OLD.user_id WHERE OLD.user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = OLD.user_id);
    INSERT INTO search_people_dirty SELECT NEW.user_id WHERE NEW.user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = NEW.user_id);
END;
CREATE TRIGGER search_people_comment_delete AFTER DELETE ON review_comments WHEN OLD.user_id IS NOT NULL
BEGIN INSERT INTO search_people_dirty SELECT OLD.user_id WHERE NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = OLD.user_id); END;

CREATE TRIGGER search_people_note_insert AFTER INSERT ON notes
BEGIN INSERT INTO search_people_dirty SELECT NEW.user_id WHERE NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = NEW.user_id); END;
CREATE TRIGGER search_people_note_update AFTER UPDATE OF body ON notes
BEGIN INSERT INTO search_people_dirty SELECT NEW.user_id WHERE NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = NEW.user_id); END;
CREATE TRIGGER search_people_note_delete AFTER DELETE ON notes
BEGIN INSERT INTO search_people_dirty SELECT OLD.user_id WHERE NOT EXISTS (SELECT 1 FROM search_people_dirty WHERE user_id = OLD.user_id); END;

-- Rebuilding a person's document reads their notes by person.
CREATE INDEX notes_by_user ON notes(user_id);
