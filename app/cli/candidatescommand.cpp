// SPDX-License-Identifier: MIT
#include "command.h"
#include "domain/csvwriter.h"
#include "jobs/standings.h"
#include "scoring/ranker.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/scorestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <optional>

namespace ks::cli {
namespace {

// Scans what is new and re-ranks when the stored ranking is older than the
// data (or was made against another "now").
Status ensureRanked(store::Database &db, const RoleLayer &layer, const QDateTime &asOf, bool forced)
{
    store::ScoreStore scores(db);
    if (!forced && scores.isCurrent(layer.id, asOf))
        return {};
    jobs::StandingsRequest request;
    request.now = asOf;
    request.layer = layer;
    return Status::from(jobs::updateStandings(db, request));
}

// Opens the workspace, finds the layer and brings its ranking up to date;
// prints the error and returns nothing when any step fails. A ranking "as
// of" another day is computed in a throwaway copy (in `scratch`): a read
// never stores scores for another date, so the next plain read is unchanged.
std::optional<RoleLayer> openRanked(
    const Command &c, store::Database &db, std::optional<QTemporaryDir> &scratch, const QString &layerKey, const QDateTime &asOf)
{
    if (asOf.isValid()) {
        // A private folder (0700), removed when the command ends.
        scratch.emplace();
        store::Database workspace;
        workspace.setForceReadOnly(true);
        if (!c.openDatabase(workspace))
            return std::nullopt;
        const QString copy = scratch->filePath(QStringLiteral("as-of.sqlite"));
        if (Status s = scratch->isValid() ? workspace.copyTo(copy) : Status::failure(scratch->errorString()); !s) {
            c.out.error(s.error());
            return std::nullopt;
        }
        workspace.close();
        db.setChangePollInterval(0);
        if (Status s = db.open(copy, store::Database::OpenMode::MustExist); !s) {
            c.out.error(s.error());
            return std::nullopt;
        }
    } else if (!c.openDatabase(db)) {
        return std::nullopt;
    }
    const auto layer = store::LayerStore(db).find(layerKey);
    if (!layer) {
        c.out.error(layer.error());
        return std::nullopt;
    }
    if (Status s = ensureRanked(db, layer.value(), asOf, false); !s) {
        c.out.error(s.error());
        return std::nullopt;
    }
    return layer.value();
}

QString partsText(const QMap<QString, double> &parts)
{
    QStringList list;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        list.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value(), 0, 'f', 1));
    return list.join(QLatin1String(", "));
}

} // namespace

int runCandidates(const Command &c)
{
    const QString layerKey = c.parser.value(QStringLiteral("layer"));
    if (layerKey.isEmpty() || !c.args.isEmpty())
        return c.usage(tr("usage: kernelscout candidates --layer ID [--limit N] [--since DATE] [--as-of DATE] [--region R] [--country CC] "
                          "[--company C] [--exclude-company C] [--reachable] [--include-excluded] [--format table|json|csv]"));
    const QString format = c.parser.value(QStringLiteral("format"));
    int limit = 50;
    if (c.parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = c.parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return c.usage(tr("--limit takes a positive number."));
    }
    QDateTime asOf;
    store::CandidateFilter filter;
    if (!c.dateOption(QStringLiteral("since"), filter.activeSince) || !c.dateOption(QStringLiteral("as-of"), asOf))
        return UsageError;
    auto list = [&](const char *option) {
        QStringList values = c.parser.value(QString::fromLatin1(option)).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &v : values)
            v = v.trimmed();
        return values;
    };
    filter.regions = list("region");
    filter.countries = list("country");
    filter.companies = list("company");
    filter.notCompanies = list("exclude-company");
    filter.reachableOnly = c.parser.isSet(QStringLiteral("reachable"));
    filter.includeExcluded = c.parser.isSet(QStringLiteral("include-excluded"));
    std::optional<QTemporaryDir> scratch;
    store::Database db;
    const auto layer = openRanked(c, db, scratch, layerKey, asOf);
    if (!layer)
        return Failure;
    const auto rows = store::ScoreStore(db).top(layer->id, limit, filter);
    if (!rows)
        return c.fail(rows.error());

    if (c.out.isJson()) {
        QJsonArray array;
        for (const scoring::CandidateScore &s : rows.value()) {
            QJsonObject parts;
            for (auto it = s.parts.cbegin(); it != s.parts.cend(); ++it)
                parts.insert(it.key(), it.value());
            array.append(
                QJsonObject { { QStringLiteral("rank"), s.rank }, { QStringLiteral("login"), s.login }, { QStringLiteral("name"), s.name },
                    { QStringLiteral("score"), std::round(s.score * 100) / 100 }, { QStringLiteral("parts"), parts },
                    { QStringLiteral("worksOn"), s.worksOn }, { QStringLiteral("lastActive"), s.lastActive.toString(Qt::ISODate) },
                    { QStringLiteral("commits"), s.commits }, { QStringLiteral("pullRequests"), s.pulls },
                    { QStringLiteral("reviews"), s.reviews }, { QStringLiteral("reviewComments"), s.reviewComments },
                    { QStringLiteral("topSignals"), QJsonArray::fromStringList(s.topSignals) },
                    { QStringLiteral("topEvidence"), s.topEvidenceUrl }, { QStringLiteral("country"), s.countryCode },
                    { QStringLiteral("region"), s.region }, { QStringLiteral("company"), s.company },
                    { QStringLiteral("reachable"), s.reachable },
                    { QStringLiteral("excluded"), s.excluded.isEmpty() ? QJsonValue() : QJsonValue(s.excluded) },
                    { QStringLiteral("stage"), QJsonValue() } });
        }
        c.out.json(array);
        return Success;
    }
    const QStringList headers { tr("RANK"), tr("LOGIN"), tr("NAME"), tr("SCORE"), tr("PARTS"), tr("WORKS ON"), tr("LAST ACTIVE"),
        tr("COMMITS"), tr("PRS"), tr("REVIEWS"), tr("REVIEW COMMENTS"), tr("TOP SIGNALS"), tr("TOP EVIDENCE"), tr("STAGE"), tr("COUNTRY"),
        tr("REGION"), tr("COMPANY"), tr("REACHABLE"), tr("EXCLUDED") };
    QList<QStringList> table;
    for (const scoring::CandidateScore &s : rows.value())
        table.append({ QString::number(s.rank), s.login, s.name, QString::number(s.score, 'f', 1), partsText(s.parts), s.worksOn,
            s.lastActive.date().toString(Qt::ISODate), QString::number(s.commits), QString::number(s.pulls), QString::number(s.reviews),
            QString::number(s.reviewComments), s.topSignals.join(QLatin1String(", ")), s.topEvidenceUrl, QString(), s.countryCode, s.region,
            s.company, s.reachable ? tr("yes") : tr("no"), s.excluded });
    if (format == QLatin1String("csv")) {
        CsvWriter csv(headers);
        for (const QStringList &row : std::as_const(table))
            csv.addRow(row);
        c.out.raw(csv.toUtf8());
        return Success;
    }
    // The terminal table keeps to the columns a person scans; an excluded
    // person (shown only when asked for) is marked in the login column.
    QList<QStringList> narrow;
    for (const QStringList &row : std::as_const(table)) {
        const QString login = row[18].isEmpty() ? row[1] : row[1] + QStringLiteral(" [excluded: %1]").arg(row[18]);
        const QString where = row[15].isEmpty() ? QString() : row[15] + QStringLiteral(" (") + row[14] + QLatin1Char(')');
        narrow.append({ row[0], login, row[2], row[3], where, row[16], row[5], row[6], row[11] });
    }
    c.out.table({ headers[0], headers[1], headers[2], headers[3], headers[15], headers[16], headers[5], headers[6], headers[11] }, narrow);
    return Success;
}

int runWhy(const Command &c)
{
    const QString layerKey = c.parser.value(QStringLiteral("layer"));
    if (layerKey.isEmpty() || c.args.size() != 1)
        return c.usage(tr("usage: kernelscout why LOGIN --layer ID [--as-of DATE]"));
    QDateTime asOf;
    if (!c.dateOption(QStringLiteral("as-of"), asOf))
        return UsageError;
    std::optional<QTemporaryDir> scratch;
    store::Database db;
    const auto layer = openRanked(c, db, scratch, layerKey, asOf);
    if (!layer)
        return Failure;
    store::ScoreStore scores(db);
    auto person = scores.person(layer->id, c.args[0]);
    if (!person)
        return c.fail(person.error());
    scoring::CandidateScore s = person.value();
    if (s.evidence.isEmpty()) {
        // Below the stored depth: compute this person's evidence now.
        scoring::Ranker ranker(db);
        ranker.setNow(scores.asOf(layer->id));
        const auto evidence = ranker.evidenceFor(layer.value(), s.userId);
        if (!evidence)
            return c.fail(evidence.error());
        s.evidence = evidence.value();
    }
    if (c.out.isJson()) {
        QJsonArray parts;
        for (auto it = s.parts.cbegin(); it != s.parts.cend(); ++it) {
            QJsonArray items;
            for (const scoring::Evidence &e : std::as_const(s.evidence)) {
                if (e.part == it.key())
                    items.append(QJsonObject { { QStringLiteral("label"), e.label }, { QStringLiteral("url"), e.url },
                        { QStringLiteral("file"), e.filename }, { QStringLiteral("line"), e.line },
                        { QStringLiteral("signal"), e.signalId }, { QStringLiteral("when"), e.happenedAt.toString(Qt::ISODate) } });
            }
            parts.append(QJsonObject {
                { QStringLiteral("part"), it.key() }, { QStringLiteral("points"), it.value() }, { QStringLiteral("evidence"), items } });
        }
        c.out.json(QJsonObject { { QStringLiteral("login"), s.login }, { QStringLiteral("rank"), s.rank },
            { QStringLiteral("score"), s.score }, { QStringLiteral("worksOn"), s.worksOn }, { QStringLiteral("parts"), parts } });
        return Success;
    }
    c.out.line(tr("%1%2 ranks #%3 for %4 with %5 points.")
            .arg(s.login, s.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.name))
            .arg(s.rank)
            .arg(layer->name)
            .arg(s.score, 0, 'f', 1));
    if (!s.worksOn.isEmpty())
        c.out.line(tr("Works on: %1").arg(s.worksOn));
    for (auto it = s.parts.cbegin(); it != s.parts.cend(); ++it) {
        c.out.line(QStringLiteral("  %1: %2 points").arg(it.key()).arg(it.value(), 0, 'f', 1));
        int shown = 0;
        for (const scoring::Evidence &e : std::as_const(s.evidence)) {
            if (e.part != it.key() || shown++ >= 5)
                continue;
            const QString where = e.filename.isEmpty() ? QString()
                : e.line > 0                           ? QStringLiteral(" [%1:%2]").arg(e.filename).arg(e.line)
                                                       : QStringLiteral(" [%1]").arg(e.filename);
            c.out.line(QStringLiteral("    - %1%2 %3").arg(e.label, where, e.url));
        }
    }
    return Success;
}

} // namespace ks::cli
