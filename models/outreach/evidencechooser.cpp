// SPDX-License-Identifier: MIT
#include "evidencechooser.h"

#include "domain/clock.h"
#include "draftfields.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ks::outreach {

QList<scoring::Evidence> citableEvidence(const QList<scoring::Evidence> &evidence, const QDateTime &now)
{
    const QDateTime recentSince = (now.isValid() ? now : ks::Clock::now()).addDays(-365);
    QList<scoring::Evidence> out;
    for (const scoring::Evidence &e : evidence) {
        if (e.url.startsWith("https://"_L1) && (e.part == "landed_work"_L1 || e.part == "reviews"_L1))
            out.append(e);
    }
    // A person with only signal evidence still has something to cite.
    if (out.isEmpty()) {
        for (const scoring::Evidence &e : evidence) {
            if (e.url.startsWith("https://"_L1))
                out.append(e);
        }
    }
    std::stable_sort(out.begin(), out.end(), [&](const scoring::Evidence &a, const scoring::Evidence &b) {
        const bool aRecent = a.happenedAt >= recentSince, bRecent = b.happenedAt >= recentSince;
        if (aRecent != bRecent)
            return aRecent;
        if (a.points != b.points)
            return a.points > b.points;
        return a.happenedAt > b.happenedAt;
    });
    QSet<QString> seen;
    QList<scoring::Evidence> unique;
    for (const scoring::Evidence &e : std::as_const(out)) {
        if (!seen.contains(normalizedUrl(e.url))) {
            seen.insert(normalizedUrl(e.url));
            unique.append(e);
        }
    }
    return unique;
}

std::optional<scoring::Evidence> chooseEvidence(const QList<scoring::Evidence> &evidence, const QDateTime &now)
{
    const QList<scoring::Evidence> list = citableEvidence(evidence, now);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

} // namespace ks::outreach
