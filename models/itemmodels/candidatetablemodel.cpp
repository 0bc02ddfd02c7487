// SPDX-License-Identifier: MIT
#include "candidatetablemodel.h"

#include "domain/clock.h"
#include "people/avatarcache.h"
#include "rowcounter.h"
#include "store/database.h"
#include "store/personsearch.h"
#include "store/pipelinestore.h"
#include "store/sqlstatement.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>

namespace ks::itemmodels {
namespace {

using namespace Qt::StringLiterals;

// A requisition's people are its layer's scores. The stage join falls back
// to the Sourced stage because a missing pipeline entry means "Sourced".
const QString &from()
{
    static const QString sql = u"candidate_scores s "
                               "JOIN requisitions r ON r.id = ? AND r.layer_id = s.layer_id "
                               "JOIN github_users u ON u.id = s.user_id "
                               "LEFT JOIN person_profiles p ON p.user_id = s.user_id "
                               "LEFT JOIN pipeline_entries e ON e.requisition_id = r.id AND e.user_id = s.user_id "
                               "LEFT JOIN stages st ON st.id = coalesce(e.stage_id, %1)"_s.arg(store::SourcedStageId);
    return sql;
}

const QString &columns()
{
    static const QString sql = u"s.user_id, s.rank, u.login, coalesce(u.name, ''), s.score, s.top_signals, s.works_on, s.last_active, "
                               "coalesce(p.country_code, ''), coalesce(p.region, ''), coalesce(p.company, ''), coalesce(p.reachable, 0), "
                               "coalesce(p.excluded, ''), coalesce(e.stage_id, %1), coalesce(st.name, ''), coalesce(st.role, ''), "
                               "e.next_action_at, coalesce(u.avatar_url, '')"_s.arg(store::SourcedStageId);
    return sql;
}

// One ORDER BY term, written for ascending order. Descending flips every term
// except `fixed` ones: blanks stay at the bottom and ties stay best-first.
struct Term
{
    QLatin1StringView expr;
    bool descending = false;
    bool fixed = false;
};

QList<Term> sortTerms(int column)
{
    const Term bestFirst { "s.score"_L1, true, true };
    switch (column) {
    case CandidateTableModel::PersonColumn:
        return { { "lower(u.login)"_L1 } };
    case CandidateTableModel::ScoreColumn:
        return { { "s.score"_L1 } };
    case CandidateTableModel::SignalsColumn:
        return { { "s.top_signals = '[]'"_L1, false, true }, { "s.top_signals"_L1 }, bestFirst };
    case CandidateTableModel::WorksOnColumn:
        return { { "s.works_on = ''"_L1, false, true }, { "lower(s.works_on)"_L1 }, bestFirst };
    case CandidateTableModel::LastActiveColumn:
        return { { "s.last_active IS NULL"_L1, false, true }, { "s.last_active"_L1 }, bestFirst };
    case CandidateTableModel::LocationColumn:
        return { { "coalesce(p.region, '') = ''"_L1, false, true }, { "lower(p.region)"_L1 },
            { "coalesce(p.country_code, '') = ''"_L1, false, true }, { "lower(p.country_code)"_L1 }, bestFirst };
    case CandidateTableModel::CompanyColumn:
        return { { "coalesce(p.company, '') = ''"_L1, false, true }, { "lower(p.company)"_L1 }, bestFirst };
    case CandidateTableModel::StageColumn:
        return { { "st.position"_L1 }, bestFirst };
    case CandidateTableModel::NextActionColumn:
        return { { "e.next_action_at IS NULL"_L1, false, true }, { "e.next_action_at"_L1 }, bestFirst };
    default:
        return { { "s.score"_L1, true } }; // rank 1 is the best score; uses the (layer_id, score DESC) index
    }
}

QString orderBy(int column, Qt::SortOrder order)
{
    // s.user_id last makes the order total, so LIMIT/OFFSET pages neither
    // repeat nor skip anyone.
    const QList<Term> all = sortTerms(column) << Term { "s.user_id"_L1 };
    QStringList terms;
    for (const Term &t : all) {
        const bool descending = t.descending != (order == Qt::DescendingOrder && !t.fixed);
        terms.append(QString(t.expr) + (descending ? " DESC"_L1 : ""_L1));
    }
    return terms.join(", "_L1);
}

// The user's words as an FTS5 query that cannot be FTS5 syntax: each word
// becomes a quoted string (quotes doubled), the last one a prefix. Words
// without a letter or digit hold no token and are dropped. Empty: no words.
QString ftsQuery(const QString &search)
{
    QStringList phrases;
    for (const QString &word : search.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            phrases.append(u'"' + QString(word).replace(u'"', "\"\""_L1) + u'"');
    }
    if (!phrases.isEmpty())
        phrases.last().append(u'*');
    return phrases.join(u' ');
}

QString marks(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u',');
}

// ks_search_hit(set, user_id): whether a common search's words occur in
// anything of the person's. `set` is the address of the model's set of
// matching people, bound as a number; the set lives on the model, which
// runs every statement on its connection from its own thread.
void sqlSearchHit(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *set = reinterpret_cast<const QSet<qint64> *>(quintptr(sqlite3_value_int64(argv[0])));
    sqlite3_result_int(context, set && set->contains(sqlite3_value_int64(argv[1])) ? 1 : 0);
}

// Once per connection: defining a function again is refused while a
// statement on the connection is reading.
bool registerSearchHit(sqlite3 *handle)
{
    if (!handle)
        return false;
    sqlite3_stmt *probe = nullptr;
    const bool known = sqlite3_prepare_v2(handle, "SELECT ks_search_hit(0, 0)", -1, &probe, nullptr) == SQLITE_OK;
    sqlite3_finalize(probe);
    return known
        || sqlite3_create_function_v2(
               handle, "ks_search_hit", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, sqlSearchHit, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace

CandidateTableModel::CandidateTableModel(store::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

CandidateTableModel::~CandidateTableModel() = default;

void CandidateTableModel::setFilter(const PipelineFilter &filter)
{
    m_filter = filter;
    reload();
}

void CandidateTableModel::refresh()
{
    reload();
}

void CandidateTableModel::setAvatarCache(people::AvatarCache *cache, int size)
{
    if (m_avatars)
        disconnect(m_avatars, nullptr, this, nullptr);
    m_avatars = cache;
    m_avatarSize = std::max(1, size);
    if (m_avatars)
        connect(m_avatars, &people::AvatarCache::avatarChanged, this, &CandidateTableModel::avatarChanged);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, PersonColumn), index(int(m_rows.size()) - 1, PersonColumn), { Qt::DecorationRole });
}

void CandidateTableModel::avatarChanged(qint64 userId)
{
    // People not fetched yet get the new picture when their page is read.
    const int row = rowOfUser(userId);
    if (row < 0)
        return;
    const QModelIndex cell = index(row, PersonColumn);
    Q_EMIT dataChanged(cell, cell, { Qt::DecorationRole });
}

QDate CandidateTableModel::effectiveToday() const
{
    return m_filter.today.isValid() ? m_filter.today : ks::Clock::today();
}

Result<int> CandidateTableModel::dueCount() const
{
    // The same people the due view lists: scored in the requisition's layer,
    // the excluded only when shown, due "before tomorrow" as in fromWhere().
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString sql = u"SELECT count(*) FROM pipeline_entries e JOIN requisitions r ON r.id = e.requisition_id "
                  "JOIN candidate_scores s ON s.layer_id = r.layer_id AND s.user_id = e.user_id "_s;
    if (!m_filter.includeExcluded)
        sql += u"LEFT JOIN person_profiles p ON p.user_id = e.user_id "_s;
    sql += u"WHERE e.requisition_id = ? AND e.next_action_at < ?"_s;
    if (!m_filter.includeExcluded)
        sql += u" AND p.excluded IS NULL"_s;
    if (!q.prepare(sql))
        return Result<int>::failure(store::Database::describe(q.lastError()));
    q.addBindValue(m_filter.requisitionId);
    q.addBindValue(effectiveToday().addDays(1).toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Result<int>::failure(store::Database::describe(q.lastError()));
    return q.value(0).toInt();
}

void CandidateTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : int(RankColumn);
    m_sortOrder = order;
    reload();
}

QString CandidateTableModel::fromWhere(QVariantList &binds, bool forCount) const
{
    // Only the shape of the clause varies; every value is bound.
    const qsizetype firstBind = binds.size();
    const QDate today = effectiveToday();
    binds.append(m_filter.requisitionId);
    QStringList where { u"1"_s };
    auto anyOf = [&](const QString &expr, const QStringList &values) {
        for (const QString &v : values)
            binds.append(v.trimmed().toLower());
        return u"%1 IN (%2)"_s.arg(expr, marks(values.size()));
    };
    if (!m_filter.stageIds.isEmpty()) {
        where.append(u"coalesce(e.stage_id, %1) IN (%2)"_s.arg(store::SourcedStageId).arg(marks(m_filter.stageIds.size())));
        for (qint64 id : m_filter.stageIds)
            binds.append(id);
    }
    if (!m_filter.regions.isEmpty())
        where.append(anyOf(u"lower(p.region)"_s, m_filter.regions));
    if (!m_filter.countries.isEmpty())
        where.append(anyOf(u"lower(p.country_code)"_s, m_filter.countries));
    if (!m_filter.companies.isEmpty())
        where.append(anyOf(u"lower(p.company)"_s, m_filter.companies));
    if (!m_filter.notCompanies.isEmpty()) // people with no known employer stay
        where.append(u"NOT "_s + anyOf(u"lower(coalesce(p.company, ''))"_s, m_filter.notCompanies));
    if (m_filter.activeWithinMonths > 0) {
        // ISO text compares in time order; a bare date sorts before that day's times.
        where.append(u"s.last_active >= ?"_s);
        binds.append(today.addMonths(-m_filter.activeWithinMonths).toString(Qt::ISODate));
    }
    if (m_filter.minScore > 0) {
        where.append(u"s.score >= ?"_s);
        binds.append(m_filter.minScore);
    }
    if (m_filter.hasReviewed)
        where.append(u"s.reviews + s.review_comments > 0"_s);
    if (m_filter.reachableOnly)
        where.append(u"p.reachable = 1"_s);
    if (!m_filter.includeExcluded)
        where.append(u"p.excluded IS NULL"_s);
    if (m_filter.dueOnly) {
        // "Before tomorrow" rather than "<= today", so a stored time of day still counts as due today.
        where.append(u"e.next_action_at < ?"_s);
        binds.append(today.addDays(1).toString(Qt::ISODate));
    }
    QString matches; // the few people a rare search finds, as the first table of the join
    if (!m_filter.search.trimmed().isEmpty()) {
        const QString query = ftsQuery(m_filter.search);
        if (query.isEmpty()) {
            where.append(u"0"_s); // only punctuation: it names no one, so show no one
        } else if (m_searchIsRare && !forCount) {
            // Start from the matches and look each up by key, instead of
            // walking everyone in score order to find a handful.
            matches = u"(SELECT DISTINCT %1 AS id FROM %2 WHERE %2 MATCH ?) m CROSS JOIN "_s.arg(searchWho(), searchTable());
            binds.insert(firstBind, query); // the join's first table takes the first value
            where.append(u"s.user_id = m.id"_s);
        } else if (m_searchHitsReady && !forCount) {
            // A common search: the people it matches were gathered once into
            // a set; walking in score order tests each against it, instead of
            // SQLite indexing every matching comment again for each page.
            where.append(u"ks_search_hit(?, s.user_id)"_s);
            binds.append(qint64(quintptr(&m_searchHits)));
        } else {
            where.append(u"s.user_id IN (SELECT %1 FROM %2 WHERE %2 MATCH ?)"_s.arg(searchWho(), searchTable()));
            binds.append(query);
        }
    }
    if (!forCount)
        return u"FROM %1%2 WHERE %3"_s.arg(matches, from(), where.join(" AND "_L1));
    // Counting joins only what the filter reads: at 100,000 candidates each
    // needless join costs a lookup per row, and the count runs on every
    // keystroke of a search.
    const bool entries = !m_filter.stageIds.isEmpty() || m_filter.dueOnly;
    QString from = u"candidate_scores s JOIN requisitions r ON r.id = ? AND r.layer_id = s.layer_id"_s;
    if (entries)
        from += u" LEFT JOIN pipeline_entries e ON e.requisition_id = r.id AND e.user_id = s.user_id"_s;
    if (profileFilter()) {
        from += u" LEFT JOIN person_profiles p ON p.user_id = s.user_id"_s;
        return u"FROM %1 WHERE %2"_s.arg(from, where.join(" AND "_L1));
    }
    // Only "hide the excluded" reads profiles: countRows() counts everyone
    // and subtracts the (few) excluded, instead of a profile lookup per row.
    where.removeAll(u"p.excluded IS NULL"_s);
    return u"FROM %1 WHERE %2"_s.arg(from, where.join(" AND "_L1));
}

bool CandidateTableModel::profileFilter() const
{
    return !m_filter.regions.isEmpty() || !m_filter.countries.isEmpty() || !m_filter.companies.isEmpty() || !m_filter.notCompanies.isEmpty()
        || m_filter.reachableOnly;
}

QString CandidateTableModel::countSql(QVariantList &binds) const
{
    QString sql = u"SELECT count(*) "_s + fromWhere(binds, true);
    if (!m_filter.includeExcluded && !profileFilter()) {
        // Everyone matching, less the excluded among them (found through the
        // partial index of excluded people, so it costs almost nothing).
        QVariantList again;
        const QString rest = fromWhere(again, true).mid(5); // without "FROM "
        sql = u"SELECT (%1) - (SELECT count(*) FROM person_profiles p CROSS JOIN %2 "
              "AND p.user_id = s.user_id AND p.excluded IS NOT NULL)"_s.arg(sql, rest);
        binds += again;
    }
    return sql;
}

Result<QList<CandidateTableModel::Row>> CandidateTableModel::readPage(int offset) const
{
    using R = Result<QList<Row>>;
    QVariantList binds;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT %1 %2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(columns(), fromWhere(binds), orderBy(m_sortColumn, m_sortOrder))))
        return R::failure(store::Database::describe(q.lastError()));
    binds << PageSize << offset;
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(store::Database::describe(q.lastError()));
    QList<Row> rows;
    rows.reserve(PageSize);
    while (q.next()) {
        Row r;
        r.userId = q.value(0).toLongLong();
        r.rank = q.value(1).toInt();
        r.login = q.value(2).toString();
        r.name = q.value(3).toString();
        r.score = q.value(4).toDouble();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
            r.topSignals.append(v.toString());
        r.worksOn = q.value(6).toString();
        r.lastActive = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        r.countryCode = q.value(8).toString();
        r.region = q.value(9).toString();
        r.company = q.value(10).toString();
        r.reachable = q.value(11).toBool();
        r.excluded = q.value(12).toString();
        r.stageId = q.value(13).toLongLong();
        r.stageName = q.value(14).toString();
        r.stageRole = q.value(15).toString();
        r.nextAction = QDate::fromString(q.value(16).toString().left(10), Qt::ISODate); // a date, or a date and time
        r.avatarUrl = QUrl(q.value(17).toString());
        rows.append(std::move(r));
    }
    if (q.lastError().isValid())
        return R::failure(store::Database::describe(q.lastError()));
    return rows;
}

bool CandidateTableModel::searchIsRare() const
{
    const QString query = ftsQuery(m_filter.search);
    if (query.isEmpty())
        return false;
    // Reading at most this many matches costs well under a millisecond.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM %2 WHERE %2 MATCH ? LIMIT %1)"_s.arg(m_rareSearch + 1).arg(searchTable()));
    q.addBindValue(query);
    return q.exec() && q.next() && q.value(0).toInt() <= m_rareSearch;
}

void CandidateTableModel::collectSearchHits()
{
    m_searchHits.clear();
    m_searchHitsReady = false;
    const QString query = ftsQuery(m_filter.search);
    if (query.isEmpty() || m_searchIsRare || !registerSearchHit(static_cast<sqlite3 *>(m_db.nativeHandle())))
        return;
    // Hundreds of thousands of rows: the C API, not a QVariant per value.
    store::SqlStatement hits(m_db, u"SELECT %1 FROM %2 WHERE %2 MATCH ?"_s.arg(searchWho(), searchTable()));
    hits.bind(1, query);
    while (hits.next())
        m_searchHits.insert(hits.int64(0));
    m_searchHitsReady = hits.status().ok();
}

void CandidateTableModel::choosePersonSearch()
{
    m_byPerson = false;
    if (ftsQuery(m_filter.search).isEmpty())
        return;
    // Documents of people touched since the last sync or note are rebuilt
    // first when they are few (a note, a triage session); after a sync the
    // standings step has rebuilt them already. Otherwise, or read-only, the
    // search reads items and says whose each one is.
    store::PersonSearch people(m_db);
    auto pending = people.pending();
    if (pending && pending.value() > 0 && pending.value() <= m_personRefreshLimit && !m_db.isReadOnly())
        pending = people.refresh().ok() ? people.pending() : pending;
    m_byPerson = pending && pending.value() == 0;
}

QString CandidateTableModel::searchTable() const
{
    return m_byPerson ? u"search_people"_s : u"search_text"_s;
}

QString CandidateTableModel::searchWho() const
{
    return m_byPerson ? u"rowid"_s : u"user_id"_s;
}

void CandidateTableModel::reload()
{
    choosePersonSearch();
    m_searchIsRare = searchIsRare();
    collectSearchHits();
    {
        // The top of the (layer_id, score DESC) index: one lookup. (Written
        // as a join, SQLite's max() would walk every score of the layer.)
        QSqlQuery best(m_db.connection());
        best.setForwardOnly(true);
        best.prepare(u"SELECT max(score) FROM candidate_scores WHERE layer_id = (SELECT layer_id FROM requisitions WHERE id = ?)"_s);
        best.addBindValue(m_filter.requisitionId);
        m_bestScore = best.exec() && best.next() ? best.value(0).toDouble() : 0;
    }
    // Query first, then swap: views never see a half-loaded model.
    const auto rows = readPage(0);
    {
        const QScopedValueRollback guard(m_announcing, true);
        beginResetModel();
        m_lastError = rows ? QString() : rows.error();
        m_rows = rows ? rows.value() : QList<Row>();
        m_exhausted = m_rows.size() < PageSize;
        endResetModel();
    }
    if (m_exhausted)
        setTotal(int(m_rows.size()));
    else
        requestCount();
}

void CandidateTableModel::requestCount()
{
    ++m_countTicket;
    setTotal(-1);
    QVariantList binds;
    const QString sql = countSql(binds);
    const QString path = m_db.path();
    if (path.isEmpty() || path == ":memory:"_L1) {
        // No file another connection could read: count here.
        const Result<int> count = RowCounter::countNow(m_db.connection(), sql, binds);
        if (!count)
            m_lastError = count.error();
        setTotal(count ? std::max(count.value(), int(m_rows.size())) : int(m_rows.size()));
        return;
    }
    if (!m_counter) {
        m_counter = std::make_unique<RowCounter>(path);
        connect(m_counter.get(), &RowCounter::counted, this, [this](quint64 ticket, int count) {
            if (ticket == m_countTicket && m_total < 0)
                setTotal(std::max(count, int(m_rows.size())));
        });
        connect(m_counter.get(), &RowCounter::failed, this, [this](quint64 ticket, const QString &message) {
            if (ticket != m_countTicket || m_total >= 0)
                return;
            m_lastError = message;
            setTotal(int(m_rows.size())); // what is shown is all that is known
        });
    }
    m_counter->request(m_countTicket, sql, binds);
}

void CandidateTableModel::setTotal(int total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(m_total);
}

bool CandidateTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_announcing && !m_exhausted;
}

void CandidateTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback guard(m_announcing, true);
    const auto page = readPage(int(m_rows.size()));
    if (!page)
        m_lastError = page.error();
    if (page && !page->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size()) - 1);
        m_rows.append(page.value());
        endInsertRows();
    }
    // A short page or an error ends paging, so views do not ask for the
    // same missing rows forever; the rows read are then the whole count.
    if (!page || page->size() < PageSize) {
        m_exhausted = true;
        ++m_countTicket; // a count still running has nothing to add
        setTotal(int(m_rows.size()));
    } else if (m_total >= 0 && m_total < m_rows.size()) {
        setTotal(int(m_rows.size())); // rows added since the count
    }
}

qint64 CandidateTableModel::userIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).userId : 0;
}

int CandidateTableModel::rowOfUser(qint64 userId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].userId == userId)
            return int(i);
    }
    return -1;
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return r.rank;
        case PersonColumn:
            return r.name.isEmpty() ? r.login : u"%1 (%2)"_s.arg(r.name, r.login);
        case ScoreColumn:
            return QString::number(r.score, 'f', 1);
        case SignalsColumn:
            return r.topSignals.join(", "_L1);
        case WorksOnColumn:
            return r.worksOn;
        case LastActiveColumn:
            return r.lastActive.isValid() ? QVariant(r.lastActive.toUTC().date()) : QVariant();
        case LocationColumn:
            if (r.region.isEmpty() || r.countryCode.isEmpty())
                return r.region.isEmpty() ? r.countryCode : r.region;
            return u"%1 (%2)"_s.arg(r.region, r.countryCode);
        case CompanyColumn:
            return r.company;
        case StageColumn:
            return r.stageName;
        case NextActionColumn:
            return r.nextAction.isValid() ? QVariant(r.nextAction) : QVariant();
        }
        return {};
    case Qt::DecorationRole: {
        if (index.column() != PersonColumn || !m_avatars)
            return {};
        // Device pixels, so the circle stays sharp on a high-DPI screen; the
        // ratio tells views its size in points.
        const qreal ratio = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
        QImage image = m_avatars->avatar(r.userId, r.login, r.name, r.avatarUrl, qRound(m_avatarSize * ratio));
        image.setDevicePixelRatio(ratio);
        return image;
    }
    case Qt::ToolTipRole:
        // Tool tips render rich text when they look like it: escape.
        if (index.column() == PersonColumn && !r.excluded.isEmpty())
            return tr("<b>Excluded:</b> %1").arg(r.excluded.toHtmlEscaped());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn || index.column() == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UserIdRole:
        return r.userId;
    case LoginRole:
        return r.login;
    case NameRole:
        return r.name;
    case ScoreRole:
        return r.score;
    case StageIdRole:
        return r.stageId;
    case StageRoleRole:
        return r.stageRole;
    case ExcludedRole:
        return r.excluded;
    case ReachableRole:
        return r.reachable;
    case TopSignalsRole:
        return r.topSignals;
    case NextActionRole:
        return r.nextAction;
    case ScoreFractionRole:
        return m_bestScore > 0 ? std::clamp(r.score / m_bestScore, 0.0, 1.0) : 0.0;
    default:
        return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case PersonColumn:
        return tr("Person");
    case ScoreColumn:
        return tr("Score");
    case SignalsColumn:
        return tr("Top signals");
    case WorksOnColumn:
        return tr("Works on");
    case LastActiveColumn:
        return tr("Last active");
    case LocationColumn:
        return tr("Location");
    case CompanyColumn:
        return tr("Company");
    case StageColumn:
        return tr("Stage");
    case NextActionColumn:
        return tr("Next action");
    }
    return {};
}

QHash<int, QByteArray> CandidateTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(UserIdRole, "userId");
    names.insert(LoginRole, "login");
    names.insert(NameRole, "name");
    names.insert(ScoreRole, "score");
    names.insert(StageIdRole, "stageId");
    names.insert(StageRoleRole, "stageRole");
    names.insert(ExcludedRole, "excluded");
    names.insert(ReachableRole, "reachable");
    names.insert(TopSignalsRole, "topSignals");
    names.insert(NextActionRole, "nextAction");
    names.insert(ScoreFractionRole, "scoreFraction");
    return names;
}

} // namespace ks::itemmodels
