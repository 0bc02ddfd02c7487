// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace ks::fake {

class FakeGitHub;

// Loads users and repositories into `server` from a JSON fixture (for
// example resources/demo/github-fixture.json). On error no repository is
// added (users read before the error may be) and the message names the field
// ("repos[2].pulls[4].created_at: ...").
//
// {
//   "users": [{ "login": "ada", "id": 1001,            // id optional
//               "type": "User",                         // or "Bot"; "[bot]" logins are bots
//               "name": "", "company": "", "location": "", "blog": "", "email": "",
//               "twitter_username": "", "bio": "", "hireable": false }],
//   "repos": [{
//     "owner": "o", "name": "n", "id": 7, "default_branch": "main",   // id, branch optional
//     "commits": [{                                   // direct pushes (no pull request)
//       "sha": "...",                                 // optional, derived otherwise
//       "message": "...", "author": "ada",            // author: login, or null/absent
//       "author_name": "...", "author_email": "...",  // default: the user's name / noreply
//       "date": "2026-03-01T12:00:00Z", "paths": ["dir/file.cpp"] }],
//     "pulls": [{
//       "number": 12, "title": "...", "body": "...", "author": "ada",
//       "created_at": "...", "updated_at": "...",     // updated_at defaults to the latest event
//       "closed_at": "...",                           // state is "closed" when set, else "open"
//       "merged_at": "...", "merged_by": "bors",      // merged: a squash commit "Title (#12)"
//       "merge_commit_sha": "...",                    //   with the files' paths is added
//       "landed_by": "pytorchmergebot",               // closed, not merged, yet landed: a
//                                                     //   commit at closed_at with the trailer
//                                                     //   "Pull Request resolved: <html_url>"
//       "commits": 3,                                 // commit count, default 1
//       "files": [{ "filename": "a/b.py", "status": "modified", "patch": "@@ ...",
//                   "previous_filename": "a/old.py",  // for renames
//                   "additions": 3, "deletions": 1 }],// counted from the patch when absent
//       "reviews": [{ "user": "bob", "state": "APPROVED", "body": "...", "submitted_at": "..." }],
//       "review_comments": [{ "user": "bob", "path": "a/b.py", "body": "...",
//                             "line": 40,             // default: the last added line
//                             "diff_hunk": "...",     // default: cut from the file's patch
//                             "review": 0,            // index into "reviews"; default: that
//                                                     //   user's first review, else a new
//                                                     //   COMMENTED review is added
//                             "created_at": "...", "updated_at": "..." }] }] }] }
//
// Ids of pulls, reviews and comments come from FakeGitHub::nextId(), so a
// fixture loads identically every time into a fresh server.
ks::Status loadFixture(FakeGitHub &server, const QByteArray &json);
ks::Status loadFixtureFile(FakeGitHub &server, const QString &path);

} // namespace ks::fake
