// SPDX-License-Identifier: MIT
#include "landing.h"

#include "fakegithub.h"
#include "jsonshapes.h"

namespace ks::fake::landing {

namespace {

void setAuthor(const FakeGitHub &server, const QString &login, FakeCommit &commit)
{
    commit.authorLogin = login;
    const FakeUser *user = server.user(login);
    const qint64 id = user ? user->id : JsonShapes::idForKey(login);
    commit.authorName = user && !user->name.isEmpty() ? user->name : login;
    commit.authorEmail = user && !user->email.isEmpty() ? user->email : QStringLiteral("%1+%2@users.noreply.github.com").arg(id).arg(login);
}

} // namespace

QStringList pullPaths(const FakePull &pull)
{
    QStringList paths;
    for (const FakeFile &f : pull.files) {
        paths.append(f.filename);
        if (!f.previousFilename.isEmpty())
            paths.append(f.previousFilename);
    }
    return paths;
}

FakeCommit squashCommit(const FakeGitHub &server, const FakeRepo &repo, const FakePull &pull)
{
    FakeCommit c;
    c.sha = pull.mergeCommitSha.isEmpty()
        ? JsonShapes::shaFor(QStringLiteral("squash/%1/%2/%3").arg(repo.owner, repo.name).arg(pull.number))
        : pull.mergeCommitSha;
    c.message = QStringLiteral("%1 (#%2)").arg(pull.title).arg(pull.number);
    if (!pull.body.isEmpty())
        c.message += QStringLiteral("\n\n") + pull.body;
    setAuthor(server, pull.authorLogin, c);
    c.date = pull.mergedAt;
    c.paths = pullPaths(pull);
    return c;
}

FakeCommit trailerCommit(
    const FakeGitHub &server, const FakeRepo &repo, const FakePull &pull, const QString &approver, const QDateTime &when)
{
    FakeCommit c;
    c.sha = JsonShapes::shaFor(QStringLiteral("landed/%1/%2/%3").arg(repo.owner, repo.name).arg(pull.number));
    c.message = pull.title + QStringLiteral("\n\n");
    if (!pull.body.isEmpty())
        c.message += pull.body + u'\n';
    c.message += QStringLiteral("Pull Request resolved: https://github.com/%1/%2/pull/%3\n").arg(repo.owner, repo.name).arg(pull.number);
    if (!approver.isEmpty())
        c.message += QStringLiteral("Approved by: https://github.com/%1\n").arg(approver);
    setAuthor(server, pull.authorLogin, c);
    c.date = when;
    c.paths = pullPaths(pull);
    return c;
}

} // namespace ks::fake::landing
