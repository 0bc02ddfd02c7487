// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ks::fake {

// One big generated repository for benchmarks and sync tests, added with
// FakeGitHub::addSynthetic(). Deterministic for a given spec (seed included):
// - pull numbers follow creation time; ~80% merged as a squash commit
//   "Title (#N)" with exactly the PR's paths; a few are closed unmerged by the
//   merge bot and land as a commit with a "Pull Request resolved:" trailer;
//   some are closed unmerged, the newest are mostly still open;
// - `mappedFraction` of pull requests touch one of `mappedPrefixes`, the rest
//   docs/, tests/ or other/;
// - commits beyond those landings are direct pushes (some by e-mail
//   addresses with no GitHub account);
// - review comments sit on PR files, attached to a review by their author;
// - besides `people` users there are bots: dependabot[bot] and
//   github-actions[bot] (type "Bot") and "<owner>-mergebot", a machine account
//   of type "User" as pytorchmergebot is on GitHub, which merges and comments.
struct SyntheticSpec
{
    QString owner = QStringLiteral("synth");
    QString name = QStringLiteral("big");
    int pulls = 5000;
    int commits = 20000;
    int reviewComments = 10000;
    double mappedFraction = 1.0 / 3;
    QStringList mappedPrefixes = { QStringLiteral("kernels"), QStringLiteral("compiler/passes") };
    int people = 300;
    QDateTime now; // invalid: 2026-11-01T00:00:00Z, so output never depends on the clock
    int monthsSpan = 12;
    quint32 seed = 1;
};

} // namespace ks::fake
