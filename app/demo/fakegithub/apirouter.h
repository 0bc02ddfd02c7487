// SPDX-License-Identifier: MIT
#pragma once

#include "fakedata.h"
#include "httpmessage.h"
#include "jsonshapes.h"

#include <QJsonArray>

namespace ks::fake {

class FakeGitHub;

// Maps one GET request to GitHub's answer over the server's records; knows
// nothing of rate limits, ETags or transport. /repos/{owner}/{name}/... and
// /repositories/{id}/... are the same routes.
class ApiRouter final
{
public:
    ApiRouter(const FakeGitHub &server, const Request &request, const QString &apiBase);

    Response route() const;

private:
    Response repoRoute(const FakeRepo &repo, const QStringList &rest) const;
    Response userRoute(const QString &login) const;
    Response commits(const FakeRepo &repo) const;
    Response commit(const FakeRepo &repo, const QString &sha) const;
    Response pullsForCommit(const FakeRepo &repo, const QString &sha) const;
    Response pulls(const FakeRepo &repo) const;
    Response pull(const FakeRepo &repo, const FakePull &pull) const;
    Response pullFiles(const FakeRepo &repo, const FakePull &pull) const;
    Response pullReviews(const FakeRepo &repo, const FakePull &pull) const;
    Response reviewComments(const FakeRepo &repo, int pullNumber) const; // 0: repo-wide
    Response contents(const FakeRepo &repo, const QString &path) const;

    // Slices `items` (already filtered and ordered) into the requested page.
    template<typename T, typename ToJson> Response page(const FakeRepo &repo, const QList<const T *> &items, ToJson toJson) const;

    QString param(const char *name) const;
    static Response notFound();

    const FakeGitHub &m_server;
    const Request &m_request;
    QString m_apiBase;
    JsonShapes m_shapes;
    mutable QString m_linkSuffix; // the path after /repos/{o}/{n}, for Link headers
};

} // namespace ks::fake
