// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Plain records the fake GitHub serves. Tests build them directly, the fixture
// loader and the synthetic generator fill them; FakeGitHub::repo() hands out a
// mutable pointer so a test can add data between two syncs.
namespace ks::fake {

struct FakeUser
{
    qint64 id = 0; // 0: derived from the login when added
    QString login;
    QString type = QStringLiteral("User"); // "User" or "Bot"
    QString name, company, location, blog, email, twitterUsername, bio;
    bool hireable = false;
};

struct FakeCommit
{
    QString sha;
    QString message;
    QString authorLogin; // empty: the e-mail is not linked to a GitHub account
    QString authorName;
    QString authorEmail;
    QDateTime date; // author and committer date
    QStringList paths;
};

struct FakeFile
{
    QString filename;
    QString status = QStringLiteral("modified"); // added, removed, modified, renamed
    int additions = 0;
    int deletions = 0;
    QString patch; // empty: GitHub omits "patch" (binary or huge files)
    QString previousFilename; // only for status "renamed"
};

struct FakeReview
{
    qint64 id = 0;
    QString login;
    QString state; // APPROVED, CHANGES_REQUESTED, COMMENTED
    QString body;
    QDateTime submittedAt;
};

struct FakePull
{
    qint64 id = 0;
    int number = 0;
    QString title, body, authorLogin;
    QString state = QStringLiteral("open"); // "open" or "closed"
    QDateTime createdAt, updatedAt, closedAt;
    QDateTime mergedAt; // null unless merged
    QString mergedByLogin;
    QString mergeCommitSha;
    int commitCount = 1; // "commits" in the detail shape
    QList<FakeFile> files;
    QList<FakeReview> reviews;
};

struct FakeReviewComment
{
    qint64 id = 0;
    qint64 reviewId = 0;
    int pullNumber = 0;
    QString login, path, diffHunk, body;
    int line = 0;
    QDateTime createdAt, updatedAt;
};

struct FakeRepo
{
    qint64 id = 0; // 0: derived from owner/name when added
    QString owner, name;
    QString defaultBranch = QStringLiteral("main");
    QList<FakeCommit> commits;
    QList<FakePull> pulls;
    QList<FakeReviewComment> comments;
};

} // namespace ks::fake
