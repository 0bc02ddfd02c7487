// SPDX-License-Identifier: MIT
#pragma once

#include "fakegithub.h"

#include <QTimeZone>

// acme/kernels: 120 squash-merged PRs, half touching kernels/, each with a
// review and a review comment, by three people. Map it with the prefix
// "kernels".
inline void seedKernelRepo(ks::fake::FakeGitHub &github)
{
    ks::fake::FakeRepo repo;
    repo.owner = QStringLiteral("acme");
    repo.name = QStringLiteral("kernels");
    const QDateTime t0(QDate(2026, 9, 1), QTime(8, 0), QTimeZone::UTC);
    for (int n = 120; n >= 1; --n) {
        const QDateTime when = t0.addSecs(n * 3600);
        const QString path = n % 2 ? QStringLiteral("kernels/k%1.cu").arg(n) : QStringLiteral("docs/d%1.md").arg(n);
        ks::fake::FakePull p;
        p.id = 70000 + n;
        p.number = n;
        p.title = QStringLiteral("Kernel change %1").arg(n);
        p.authorLogin = n % 3 ? QStringLiteral("ada") : QStringLiteral("lin");
        p.state = QStringLiteral("closed");
        p.createdAt = when.addSecs(-7200);
        p.updatedAt = p.closedAt = p.mergedAt = when;
        p.mergeCommitSha = QStringLiteral("%1").arg(n, 40, 10, QLatin1Char('c'));
        p.files = { { path, QStringLiteral("modified"), 2, 1, QStringLiteral("@@ -1 +1,2 @@\n-x\n+__shared__ float tile[32][33];\n+y\n"),
            {} } };
        p.reviews = { { 80000 + n, QStringLiteral("grace"), QStringLiteral("APPROVED"), QStringLiteral("Padding avoids bank conflicts."),
            when } };
        repo.pulls.append(p);
        repo.commits.append({ p.mergeCommitSha, QStringLiteral("Kernel change %1 (#%1)").arg(n), p.authorLogin, {}, {}, when, { path } });
        repo.comments.append({ 90000 + n, 80000 + n, n, QStringLiteral("grace"), path, QStringLiteral("@@ -1 +1,2 @@\n+__shared__"),
            QStringLiteral("Why 33?"), 2, when, when });
    }
    github.addRepo(repo);
    github.addUser(
        { 0, QStringLiteral("ada"), QStringLiteral("User"), QStringLiteral("Ada"), {}, QStringLiteral("Bristol"), {}, {}, {}, {}, false });
    github.addUser(
        { 0, QStringLiteral("lin"), QStringLiteral("User"), QStringLiteral("Lin"), {}, QStringLiteral("Zurich"), {}, {}, {}, {}, false });
    github.addUser(
        { 0, QStringLiteral("grace"), QStringLiteral("User"), QStringLiteral("Grace"), {}, QStringLiteral("Lyon"), {}, {}, {}, {}, false });
}
