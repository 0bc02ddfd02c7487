// SPDX-License-Identifier: MIT
#include "personcard.h"

#include "domain/html.h"

#include <QCoreApplication>

namespace ks::people {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::people::PersonCard)
};

// Every value from the network is escaped; links only for http(s).
using html::link;
constexpr auto esc = html::escaped;

QString day(const QDateTime &when)
{
    return when.isValid() ? when.date().toString(Qt::ISODate) : QString();
}

} // namespace

PersonCard personCard(
    const store::PersonRecord &p, const std::optional<scoring::CandidateScore> &score, const QList<store::StageChange> &history)
{
    PersonCard card;
    QString &html = card.html;
    if (!p.excluded.isEmpty())
        html += QStringLiteral("<p style=\"color:#b00020\"><b>%1</b></p>").arg(Tr::tr("Excluded: %1").arg(esc(p.excluded)));
    const QString provenance
        = Tr::tr("from %1, read %2").arg(link(p.profileSourceUrl, Tr::tr("the GitHub profile")), day(p.profileFetchedAt));
    html += QStringLiteral("<p><b>%1</b> %2<br><small>%3</small></p>")
                .arg(Tr::tr("Location:"),
                    p.countryCode.isEmpty() ? Tr::tr("unknown") : esc(QStringLiteral("%1 (%2)").arg(p.country, p.region)),
                    Tr::tr("\"%1\" — %2; confidence %3; %4; %5")
                        .arg(esc(p.locationText), esc(p.locationReason), QString::number(p.locationConfidence, 'f', 2),
                            esc(p.locationSource), provenance));
    html += QStringLiteral("<p><b>%1</b> %2<br><small>%3</small></p>")
                .arg(Tr::tr("Employer:"), p.company.isEmpty() ? Tr::tr("unknown") : esc(p.company),
                    esc(p.companySource.isEmpty()         ? Tr::tr("nothing to go on")
                            : p.companyEvidence.isEmpty() ? p.companySource
                                                          : p.companyEvidence));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(Tr::tr("Contact:"), p.reachable ? Tr::tr("reachable") : Tr::tr("no address or handle found"));
    if (!p.channels.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const auto &ch : p.channels) {
            const QString value = ch.kind == QLatin1String("blog") ? link(ch.value, ch.value) : esc(ch.value);
            html += QStringLiteral("<li>%1: %2 <small>(%3; %4, read %5)</small></li>")
                        .arg(esc(ch.kind), value, esc(ch.detail), link(ch.sourceUrl, Tr::tr("source")), day(ch.fetchedAt));
        }
        html += QStringLiteral("</ul>");
    }

    // Why ranked: each part with the items behind it.
    if (score) {
        const scoring::CandidateScore &s = *score;
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(Tr::tr("Why ranked #%1 (%2 points)").arg(s.rank).arg(s.score, 0, 'f', 1), esc(s.worksOn));
        for (auto it = s.parts.cbegin(); it != s.parts.cend(); ++it) {
            html += QStringLiteral("<p><b>%1</b>: %2<ul>").arg(esc(it.key())).arg(it.value(), 0, 'f', 1);
            int shown = 0;
            for (const scoring::Evidence &e : s.evidence) {
                if (e.part != it.key() || shown++ >= 5)
                    continue;
                const QString where = e.filename.isEmpty()
                    ? QString()
                    : QStringLiteral(" <small>%1%2</small>")
                          .arg(esc(e.filename), e.line > 0 ? QStringLiteral(":%1").arg(e.line) : QString());
                html += QStringLiteral("<li>%1%2</li>").arg(link(e.url, e.label), where);
                card.evidence.insert(e.url, { e.filename, e.line });
            }
            html += QStringLiteral("</ul></p>");
        }
    }
    for (const auto &standing : p.standings) {
        if (standing.layer.isEmpty())
            continue;
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(Tr::tr("%1: first contribution %2, %3 merges and %4 approvals of others' PRs, %5 repositories")
                            .arg(esc(standing.layerName), day(standing.firstContribution))
                            .arg(standing.merges)
                            .arg(standing.approvals)
                            .arg(standing.repositories));
    }
    if (!history.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(Tr::tr("Stage history"));
        for (const auto &h : history)
            html += QStringLiteral("<li>%1 %2</li>")
                        .arg(h.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            esc(h.from.isEmpty() ? h.to : QStringLiteral("%1 → %2").arg(h.from, h.to)));
        html += QStringLiteral("</ul>");
    }
    return card;
}

} // namespace ks::people
