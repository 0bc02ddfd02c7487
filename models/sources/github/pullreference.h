// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ks::github {

// The pull request a landed commit came from, read from its message: the
// squash-merge suffix "Title (#123)" on the first line, GitHub's merge commit
// "Merge pull request #123 from ...", or a trailer such as
// "Pull Request resolved: https://github.com/OWNER/NAME/pull/123" (pytorch's
// merge bot). Returns 0 when the message names none for this repository.
int pullNumberFromMessage(const QString &message, const QString &owner, const QString &name);

} // namespace ks::github
