// SPDX-License-Identifier: MIT
#pragma once

#include "domain/candidatescore.h"
#include "store/peoplestore.h"
#include "store/pipelinestore.h"

#include <QHash>
#include <QString>
#include <optional>

namespace ks::people {

// The detail pane's person card as HTML: exclusion, location and employer
// with their evidence, contact channels, why ranked (each score part with
// up to five items behind it), per-layer standings and the stage history.
// Every value from the network is escaped, and only http(s) addresses
// become links, so a hostile name, bio or URL stays text.
struct PersonCard
{
    struct Place
    {
        QString fileName;
        int line = 0;
    };
    QString html;
    QHash<QString, Place> evidence; // the evidence URLs shown -> where in the code
};

PersonCard personCard(
    const store::PersonRecord &person, const std::optional<scoring::CandidateScore> &score, const QList<store::StageChange> &history);

} // namespace ks::people
