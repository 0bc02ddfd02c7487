// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "store/pipelinestore.h"

namespace ks::outreach {

// How long after a first message the follow-up is due.
constexpr int DefaultFollowUpDays = 7;

// Where a person stands once their message went out: the stage with the
// "contacted" role (whatever the workspace calls it), follow-up due in
// `followUpDays`.
Result<store::PipelinePosition> contactedPosition(
    const store::PipelineStore &pipeline, const QDate &sentOn, int followUpDays = DefaultFollowUpDays);

// Marks a saved draft sent: stamps it, then moves the person. Two writes,
// in that order, so a failed move leaves the draft honestly marked sent.
// The Outreach tab moves through the undo stack instead (TriageCommand).
Status markSent(
    store::Database &db, qint64 draftId, qint64 requisitionId, qint64 userId, const QDateTime &at, int followUpDays = DefaultFollowUpDays);

} // namespace ks::outreach
