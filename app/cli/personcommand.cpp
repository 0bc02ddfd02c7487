// SPDX-License-Identifier: MIT
#include "command.h"
#include "people/locationresolver.h"
#include "people/personprofiler.h"
#include "store/database.h"
#include "store/peoplestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>
#include <optional>

namespace ks::cli {
namespace {

QString day(const QDateTime &when)
{
    return when.isValid() ? when.date().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const store::PersonRecord &p)
{
    QJsonArray channels;
    for (const auto &ch : p.channels)
        channels.append(QJsonObject { { QStringLiteral("kind"), ch.kind }, { QStringLiteral("value"), ch.value },
            { QStringLiteral("detail"), ch.detail }, { QStringLiteral("source"), ch.sourceUrl },
            { QStringLiteral("fetchedAt"), ch.fetchedAt.toString(Qt::ISODate) } });
    QJsonArray standings;
    for (const auto &s : p.standings)
        standings.append(QJsonObject { { QStringLiteral("layer"), s.layer }, { QStringLiteral("rank"), s.rank },
            { QStringLiteral("score"), std::round(s.score * 100) / 100 },
            { QStringLiteral("firstContribution"), s.firstContribution.toString(Qt::ISODate) },
            { QStringLiteral("lastActive"), s.lastActive.toString(Qt::ISODate) }, { QStringLiteral("merges"), s.merges },
            { QStringLiteral("approvals"), s.approvals }, { QStringLiteral("repositories"), s.repositories },
            { QStringLiteral("worksOn"), s.worksOn } });
    const QJsonObject provenance { { QStringLiteral("source"), p.profileSourceUrl },
        { QStringLiteral("fetchedAt"), p.profileFetchedAt.toString(Qt::ISODate) } };
    return QJsonObject {
        { QStringLiteral("login"), p.login },
        { QStringLiteral("githubId"), p.userId },
        { QStringLiteral("name"), p.name },
        { QStringLiteral("profile"), p.profileUrl },
        { QStringLiteral("location"),
            QJsonObject { { QStringLiteral("text"), p.locationText }, { QStringLiteral("country"), p.countryCode },
                { QStringLiteral("countryName"), p.country }, { QStringLiteral("region"), p.region },
                { QStringLiteral("confidence"), std::round(p.locationConfidence * 100) / 100 },
                { QStringLiteral("reason"), p.locationReason }, { QStringLiteral("from"), p.locationSource },
                { QStringLiteral("provenance"), provenance } } },
        { QStringLiteral("employer"),
            QJsonObject { { QStringLiteral("name"), p.company }, { QStringLiteral("from"), p.companySource },
                { QStringLiteral("evidence"), p.companyEvidence },
                { QStringLiteral("confidence"), std::round(p.companyConfidence * 100) / 100 },
                { QStringLiteral("profileCompany"), p.companyText }, { QStringLiteral("provenance"), provenance } } },
        { QStringLiteral("reachable"), p.reachable },
        { QStringLiteral("excluded"), p.excluded.isEmpty() ? QJsonValue() : QJsonValue(p.excluded) },
        { QStringLiteral("contactChannels"), channels },
        { QStringLiteral("layers"), standings },
    };
}

void printText(Output &out, const store::PersonRecord &p)
{
    auto safe = [](const QString &s) { return Output::printable(s); };
    out.line(p.name.isEmpty() ? safe(p.login) : QStringLiteral("%1 (%2)").arg(safe(p.name), safe(p.login)));
    out.line(QStringLiteral("  GitHub: %1 (id %2), profile read %3")
            .arg(safe(p.profileUrl), QString::number(p.userId), day(p.profileFetchedAt)));
    if (!p.excluded.isEmpty())
        out.line(tr("  EXCLUDED: %1").arg(safe(p.excluded)));
    const QString where = p.countryCode.isEmpty() ? tr("unknown") : QStringLiteral("%1, %2").arg(p.country, p.region);
    // One arg() call each: a chained arg() would read a "%3" inside a
    // stranger's location text as the next placeholder.
    out.line(tr("  Location: %1 — from \"%2\" (%3; confidence %4; %5)")
            .arg(where, safe(p.locationText), safe(p.locationReason), QString::number(p.locationConfidence, 'f', 2),
                safe(p.locationSource)));
    out.line(tr("  Employer: %1 — %2 (%3; confidence %4)")
            .arg(p.company.isEmpty() ? tr("unknown") : safe(p.company),
                p.companySource.isEmpty() ? tr("nothing to go on") : p.companySource, safe(p.companyEvidence),
                QString::number(p.companyConfidence, 'f', 2)));
    out.line(p.reachable ? tr("  Reachable: yes") : tr("  Reachable: no e-mail address or handle found"));
    for (const auto &ch : p.channels)
        out.line(QStringLiteral("    %1: %2 (%3; %4, read %5)")
                .arg(ch.kind, safe(ch.value), safe(ch.detail), safe(ch.sourceUrl), day(ch.fetchedAt)));
    for (const auto &s : p.standings)
        out.line(tr("  %1: rank %2, score %3; first contribution %4, last active %5; %6 merges and %7 approvals of others' PRs; "
                    "%8 repositories; works on %9")
                .arg(s.layer)
                .arg(s.rank)
                .arg(s.score, 0, 'f', 1)
                .arg(day(s.firstContribution), day(s.lastActive))
                .arg(s.merges)
                .arg(s.approvals)
                .arg(s.repositories)
                .arg(safe(s.worksOn)));
}

} // namespace

int runPerson(const Command &c)
{
    if (c.args.size() != 1)
        return c.usage(
            tr("usage: kernelscout person LOGIN [--set-country CC] [--set-company NAME] [--clear-overrides] [--format text|json]"));
    store::Database db;
    if (!c.openDatabase(db))
        return Failure;
    store::PeopleStore people(db);
    auto person = people.find(c.args[0]);
    if (!person)
        return c.fail(person.error());

    const bool setCountry = c.parser.isSet(QStringLiteral("set-country"));
    const bool setCompany = c.parser.isSet(QStringLiteral("set-company"));
    if (setCountry || setCompany || c.parser.isSet(QStringLiteral("clear-overrides"))) {
        std::optional<QString> country, company;
        if (setCountry) {
            country = c.parser.value(QStringLiteral("set-country")).trimmed().toUpper();
            if (!country->isEmpty() && !people::LocationResolver().forCountryCode(*country).known())
                return c.usage(tr("--set-country: '%1' is not an ISO 3166 country code (GB, DE, US, ...).").arg(country->left(10)));
        }
        if (setCompany)
            company = c.parser.value(QStringLiteral("set-company")).trimmed().left(200);
        const Status changed = c.parser.isSet(QStringLiteral("clear-overrides")) ? people.clearOverride(person->userId)
                                                                                 : people.setOverride(person->userId, country, company);
        if (!changed)
            return c.fail(changed.error());
        if (const auto refreshed = people::PersonProfiler(db).refresh(); !refreshed)
            return c.fail(refreshed.error());
        person = people.find(c.args[0]);
        if (!person)
            return c.fail(person.error());
    }
    if (c.out.isJson())
        c.out.json(toJson(person.value()));
    else
        printText(c.out, person.value());
    return Success;
}

} // namespace ks::cli
