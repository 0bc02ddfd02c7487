// SPDX-License-Identifier: MIT
#include "layerscorer.h"

#include "contributionindex.h"
#include "scoreformula.h"
#include "signalcatalogue.h"
#include "store/sqlstatement.h"

#include <QTimeZone>
#include <cmath>
#include <limits>

namespace ks::scoring {
namespace {

constexpr double UnixEpochJulianDay = 2440587.5;

QString ago(const QDateTime &when, const QDateTime &now)
{
    const qint64 days = when.daysTo(now);
    if (days < 1)
        return QStringLiteral("today");
    if (days < 14)
        return QStringLiteral("%1 days ago").arg(days);
    if (days < 60)
        return QStringLiteral("%1 weeks ago").arg(days / 7);
    if (days < 730)
        return QStringLiteral("%1 months ago").arg(days / 30);
    return QStringLiteral("%1 years ago").arg(days / 365);
}

// One person's rows of the aggregate, summed as they stream past.
struct Tally
{
    qint64 user = 0;
    bool contributes = false; // has work beyond signals
    double landed = 0, review = 0, maintain = 0;
    int pulls = 0, commits = 0, reviewComments = 0, reviews = 0;
    double first = std::numeric_limits<double>::infinity();
    double last = -std::numeric_limits<double>::infinity();
    QList<qint64> repos;
    QHash<QString, double> byCategory;
    QHash<QString, double> bySignal;
    QList<std::tuple<int, QString, double>> places; // PR count, sub-path, latest
};

} // namespace

double LayerScorer::julianDay(const QDateTime &when)
{
    return UnixEpochJulianDay + double(when.toMSecsSinceEpoch()) / 86400000.0;
}

QDateTime LayerScorer::fromJulianDay(double day)
{
    if (!std::isfinite(day))
        return {};
    return QDateTime::fromSecsSinceEpoch(std::llround((day - UnixEpochJulianDay) * 86400.0), QTimeZone::UTC);
}

LayerScorer::LayerScorer(const RoleLayer &layer, const QDateTime &now)
    : m_layer(layer)
    , m_now(now)
    , m_landed(layer.weights.value(QStringLiteral("activity.recent_paths"), 1.0))
    , m_review(layer.weights.value(QStringLiteral("activity.code_review"), 1.0))
    , m_maintain(layer.weights.value(QStringLiteral("activity.maintainership"), 0.6))
{
    for (const SignalCategory &category : SignalCatalogue::standard().categories())
        m_categoryWeight.insert(category.id, layer.weights.value(category.weightKey, 0.0));
}

Result<QList<CandidateScore>> LayerScorer::score(sqlite3 *db, bool onlyTouched) const
{
    using R = Result<QList<CandidateScore>>;
    auto only = [&](QLatin1StringView column) {
        return onlyTouched ? QStringLiteral(" AND %1 IN (SELECT user_id FROM temp.ks_touched)").arg(column) : QString();
    };
    // Who may be ranked: named, and not a machine.
    QHash<qint64, QPair<QString, QString>> names;
    {
        store::SqlStatement q(db,
            QStringLiteral("SELECT id, login, coalesce(name, '') FROM github_users "
                           "WHERE NOT is_machine")
                + only(QLatin1StringView("id")));
        while (q.next())
            names.insert(q.int64(0), { q.text(1), q.text(2) });
        if (!q.status())
            return R::failure(q.status().error());
    }
    // The layer's rows are stored in (user, kind, place, tag, repo) order, so
    // this aggregate streams without sorting and arrives one person at a time.
    store::SqlStatement q(db,
        QStringLiteral("SELECT user_id, kind, place, tag, repo_id, count(*), sum(value * r), sum(extra * r), max(at), min(at) "
                       "FROM (SELECT user_id, kind, place, tag, repo_id, value, extra, at, ks_recency(?1 - at) AS r "
                       "      FROM layer_contributions WHERE layer_id = ?2%1) "
                       "GROUP BY user_id, kind, place, tag, repo_id")
            .arg(only(QLatin1StringView("user_id"))));
    q.bind(1, julianDay(m_now));
    q.bind(2, m_layer.id);

    QList<CandidateScore> scores;
    scores.reserve(names.size());
    auto finish = [&](Tally &t) {
        const auto name = names.constFind(t.user);
        if (!t.contributes || name == names.cend())
            return; // signals alone do not make a candidate; machines are never ranked
        CandidateScore c;
        c.userId = t.user;
        c.login = name->first;
        c.name = name->second;
        c.pulls = t.pulls;
        c.commits = t.commits;
        c.reviews = t.reviews;
        c.reviewComments = t.reviewComments;
        c.firstContribution = fromJulianDay(t.first);
        c.lastActive = fromJulianDay(t.last);
        auto add = [&](const QString &part, double points) {
            if (points != 0.0)
                c.parts.insert(part, points);
        };
        add(QStringLiteral("landed_work"), m_landed * formula::damp(t.landed));
        add(QStringLiteral("reviews"), m_review * formula::damp(t.review));
        add(QStringLiteral("maintainership"), m_maintain * formula::damp(t.maintain));
        for (auto s = t.byCategory.cbegin(); s != t.byCategory.cend(); ++s)
            add(QStringLiteral("signals.") + s.key(), m_categoryWeight.value(s.key(), 0.0) * formula::damp(s.value()));
        add(QStringLiteral("breadth"), 0.5 * double(t.repos.size() - 1));
        if (c.firstContribution.isValid())
            add(QStringLiteral("tenure"), 0.3 * std::min(3.0, double(c.firstContribution.daysTo(m_now)) / 365.0));
        for (double v : std::as_const(c.parts))
            c.score += v;
        // Strongest signals first.
        QList<QPair<double, QString>> strongest;
        for (auto s = t.bySignal.cbegin(); s != t.bySignal.cend(); ++s) {
            if (s.value() > 0)
                strongest.append({ s.value(), s.key() });
        }
        std::sort(strongest.begin(), strongest.end(), std::greater<>());
        for (qsizetype i = 0; i < std::min<qsizetype>(3, strongest.size()); ++i)
            c.topSignals.append(strongest[i].second);
        // "Works on": the sub-paths with most of their PRs, with counts and recency.
        std::stable_sort(t.places.begin(), t.places.end(), [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
        QStringList where;
        for (qsizetype i = 0; i < std::min<qsizetype>(2, t.places.size()); ++i) {
            const auto &[count, place, latest] = t.places[i];
            where.append(QStringLiteral("%1: %2 %3, last %4")
                    .arg(place)
                    .arg(count)
                    .arg(count == 1 ? QStringLiteral("PR") : QStringLiteral("PRs"))
                    .arg(ago(fromJulianDay(latest), m_now)));
        }
        if (where.isEmpty() && (c.reviews + c.reviewComments) > 0)
            where.append(QStringLiteral("reviews: %1 reviews, %2 review comments").arg(c.reviews).arg(c.reviewComments));
        c.worksOn = where.join(QLatin1String("; "));
        scores.append(std::move(c));
    };

    Tally t;
    while (q.next()) {
        const qint64 user = q.int64(0);
        if (user != t.user) {
            if (t.user)
                finish(t);
            t = Tally {};
            t.user = user;
        }
        const auto kind = ContributionKind(q.int64(1));
        const int count = int(q.int64(5));
        const double points = q.real(6);
        if (kind == ContributionKind::SignalHit) {
            t.byCategory[q.text(2)] += points;
            t.bySignal[q.text(3)] += points;
            continue;
        }
        t.contributes = true;
        if (!q.isNull(8)) {
            t.last = std::max(t.last, q.real(8));
            t.first = std::min(t.first, q.real(9));
        }
        if (!t.repos.contains(q.int64(4)))
            t.repos.append(q.int64(4));
        switch (kind) {
        case ContributionKind::AuthoredPull:
            t.landed += points;
            t.pulls += count;
            t.places.append({ count, q.text(2), q.real(8) });
            break;
        case ContributionKind::Commit:
            t.landed += points;
            t.commits += count;
            break;
        case ContributionKind::ReviewComment:
            t.review += points;
            t.reviewComments += count;
            break;
        case ContributionKind::Review:
            t.review += points;
            t.maintain += q.real(7);
            t.reviews += count;
            break;
        case ContributionKind::Merge:
            t.maintain += q.real(7);
            break;
        case ContributionKind::SignalHit:
            break;
        }
    }
    if (!q.status())
        return R::failure(q.status().error());
    if (t.user)
        finish(t);
    return scores;
}

} // namespace ks::scoring
