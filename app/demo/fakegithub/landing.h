// SPDX-License-Identifier: MIT
#pragma once

#include "fakedata.h"

namespace ks::fake {

class FakeGitHub;

// How a pull request reaches the default branch, as commits: a squash merge
// ("Title (#N)") or, PyTorch style, a bot that closes the PR and pushes the
// change itself with a "Pull Request resolved:" trailer.
namespace landing {

QStringList pullPaths(const FakePull &pull); // filenames plus previous names of renames

FakeCommit squashCommit(const FakeGitHub &server, const FakeRepo &repo, const FakePull &pull);
FakeCommit trailerCommit(
    const FakeGitHub &server, const FakeRepo &repo, const FakePull &pull, const QString &approver, const QDateTime &when);

} // namespace landing
} // namespace ks::fake
