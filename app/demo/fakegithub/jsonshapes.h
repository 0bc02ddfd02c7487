// SPDX-License-Identifier: MIT
#pragma once

#include "fakedata.h"

#include <QJsonObject>
#include <QJsonValue>

namespace ks::fake {

class FakeGitHub;

// GitHub's JSON shapes for the fake's records: snake_case keys, ISO 8601 UTC
// timestamps, null for missing values, html_url on github.com and url on the
// fake's own API base (which includes /api/v3 when the request used it).
class JsonShapes final
{
public:
    JsonShapes(const FakeGitHub &server, const QString &apiBase);

    QJsonValue user(const QString &login) const; // null for an empty login
    QJsonObject userDetail(const FakeUser &user) const;
    QJsonObject repo(const FakeRepo &repo) const;
    QJsonObject commit(const FakeRepo &repo, const FakeCommit &commit) const;
    QJsonObject pullListItem(const FakeRepo &repo, const FakePull &pull) const;
    QJsonObject pullDetail(const FakeRepo &repo, const FakePull &pull) const;
    QJsonObject file(const FakeFile &file) const;
    QJsonObject review(const FakeRepo &repo, const FakePull &pull, const FakeReview &review) const;
    QJsonObject reviewComment(const FakeRepo &repo, const FakeReviewComment &comment) const;

    static QJsonValue timestamp(const QDateTime &when); // "2026-03-01T12:00:00Z" or null
    static QJsonValue stringOrNull(const QString &s);
    static qint64 idForKey(const QString &key); // stable id for records without one
    static QString shaFor(const QString &seed); // 40 hex digits

private:
    QString htmlRepo(const FakeRepo &repo) const;
    QString apiRepo(const FakeRepo &repo) const;

    const FakeGitHub &m_server;
    QString m_apiBase;
};

} // namespace ks::fake
