// SPDX-License-Identifier: MIT
#pragma once

#include "domain/candidatescore.h"

#include <optional>

namespace ks::outreach {

// The contributions a message may cite, one per URL, strongest first:
// pull requests and reviews in the layer's mapped paths (signal lines are
// views of those), the last twelve months before `now` ahead of older work.
QList<scoring::Evidence> citableEvidence(const QList<scoring::Evidence> &evidence, const QDateTime &now);
// The default: the first of those, if any.
std::optional<scoring::Evidence> chooseEvidence(const QList<scoring::Evidence> &evidence, const QDateTime &now);

} // namespace ks::outreach
