// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// GitHub REST objects as the sync engine needs them, decoded from JSON by
// githubdecoder.h. Plain values: they cross threads and go into the store.
namespace ks::github {

struct User
{
    qint64 id = 0;
    QString login;
    QString type; // "User", "Bot", "Organization"
    QString htmlUrl;
    QString avatarUrl;
    bool isNull() const { return id == 0; }
};

struct Profile
{
    User user;
    QString name, company, location, blog, email, twitterUsername, bio;
    bool hireableKnown = false;
    bool hireable = false;
};

struct Repo
{
    qint64 id = 0;
    QString owner, name, defaultBranch, htmlUrl;
};

struct Commit
{
    QString sha;
    User author; // the linked GitHub account, if any
    QString authorName, authorEmail;
    QDateTime authoredAt, committedAt;
    QString message;
    QString htmlUrl;
};

struct PullRequest
{
    qint64 id = 0;
    int number = 0;
    QString title, body, state;
    User author;
    QDateTime createdAt, updatedAt, closedAt, mergedAt;
    QString mergedByLogin; // only in the single-PR response
    QString mergeCommitSha;
    int additions = -1, deletions = -1, changedFiles = -1; // only in the single-PR response
    QString htmlUrl;
};

struct PullFile
{
    QString filename, status, patch, previousFilename;
    int additions = 0, deletions = 0;
    bool hasPatch = false;
};

struct Review
{
    qint64 id = 0;
    User reviewer;
    QString state, body, htmlUrl;
    QDateTime submittedAt;
};

struct ReviewComment
{
    qint64 id = 0, reviewId = 0;
    int pullNumber = 0;
    User user;
    QString path, diffHunk, body, htmlUrl;
    int line = -1;
    QDateTime createdAt, updatedAt;
};

} // namespace ks::github
