// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "githubtypes.h"

#include <QByteArray>

// Pure JSON -> value decoders for GitHub REST responses, so tests feed them
// recorded bodies. Malformed input is an error naming what was wrong;
// invalid UTF-8 inside strings is replaced, never passed on.
namespace ks::github::decode {

Result<Repo> repo(const QByteArray &json);
Result<QList<Commit>> commits(const QByteArray &json);
Result<PullRequest> pullRequest(const QByteArray &json);
Result<QList<PullRequest>> pullRequests(const QByteArray &json);
Result<QList<PullFile>> pullFiles(const QByteArray &json);
Result<QList<Review>> reviews(const QByteArray &json);
Result<QList<ReviewComment>> reviewComments(const QByteArray &json);
Result<Profile> profile(const QByteArray &json);
// GitHub's {"message": "..."} error body, or an empty string.
QString errorMessage(const QByteArray &json);

// The PR number at the end of a pull_request_url (".../pulls/123").
int pullNumberFromUrl(const QString &url);

} // namespace ks::github::decode
