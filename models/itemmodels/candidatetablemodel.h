// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace ks::store {
class Database;
}
namespace ks::people {
class AvatarCache;
}

namespace ks::itemmodels {

class RowCounter;

// What the Pipeline tab shows of a requisition's ranked people. Every field
// is applied in SQL; empty lists and zero values mean "any".
struct PipelineFilter
{
    qint64 requisitionId = 0;
    QList<qint64> stageIds;
    QStringList regions, countries; // case-insensitive
    QStringList companies, notCompanies; // case-insensitive
    int activeWithinMonths = 0; // last activity at most this many months before `today`
    double minScore = 0;
    bool hasReviewed = false; // gave at least one review or review comment in the layer
    bool reachableOnly = false;
    bool includeExcluded = false; // people on an exclusion list (hidden otherwise)
    bool dueOnly = false; // a next action on or before `today`
    QString search; // words, matched with FTS5 against names, PR titles, review comments, notes
    QDate today; // invalid: the current UTC date
};

// A requisition's candidates as a table, paged from SQL: sorting, filtering
// and search are ORDER BY / WHERE / FTS5 in the query, so they cover every
// row, not only the fetched ones. Rows arrive in pages as views scroll
// (canFetchMore/fetchMore). No read transaction outlives a call: each page
// query runs to completion. refresh() re-queries (views call it when the
// store reports a change) and keeps the sort and filter.
//
// Only the first page is read before a filter or sort returns: how many match
// in all is counted on a thread of its own (a count visits every matching
// row) and announced by totalCountChanged().
class CandidateTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateTableModel)

public:
    enum Column
    {
        RankColumn,
        PersonColumn,
        ScoreColumn,
        SignalsColumn,
        WorksOnColumn,
        LastActiveColumn,
        LocationColumn,
        CompanyColumn,
        StageColumn,
        NextActionColumn,
        ColumnCount
    };
    enum Role
    {
        UserIdRole = Qt::UserRole + 1, // qint64
        LoginRole, // QString
        NameRole, // QString
        ScoreRole, // double
        StageIdRole, // qint64
        StageRoleRole, // QString: the stage's fixed role ("sourced", "contacted", ...)
        ExcludedRole, // QString: why excluded, or empty
        ReachableRole, // bool
        TopSignalsRole, // QStringList of signal ids
        NextActionRole, // QDate
        ScoreFractionRole, // double in [0, 1]: the score against the requisition's best, for a bar
    };

    static constexpr int PageSize = 64;
    static constexpr int DefaultAvatarSize = 20; // logical pixels: fits a row of one text line

    explicit CandidateTableModel(store::Database &db, QObject *parent = nullptr);
    ~CandidateTableModel() override;

    void setFilter(const PipelineFilter &filter);
    PipelineFilter filter() const { return m_filter; }
    void refresh();
    // The Person column's decoration comes from `cache` (null: none), as a
    // `size`-point image at the screen's device pixel ratio. The cache must
    // outlive the model or be destroyed with it in mind: it is watched, not owned.
    void setAvatarCache(people::AvatarCache *cache, int size = DefaultAvatarSize);
    // People in the requisition with a next action on or before the filter's
    // `today`, hidden exclusions aside: the "Due" count, without the other
    // filters. One indexed COUNT over the requisition's pipeline entries.
    Result<int> dueCount() const;
    // How many people match the filter (all pages): -1 while being counted.
    // And the last SQL error.
    int totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }

    // A search matching at most this many names, titles, comments and notes
    // is read from its matches; a commoner one by walking the sorted table.
    // Both give the same rows; the limit only picks the faster plan.
    int rareSearchLimit() const { return m_rareSearch; }
    void setRareSearchLimit(int items) { m_rareSearch = items; }
    // At most this many people's search documents are rebuilt before a
    // search (a sync rebuilds the rest); with more waiting, words must meet
    // in one item instead of anywhere in what a person wrote.
    void setPersonSearchRefreshLimit(int people) { m_personRefreshLimit = people; }

    qint64 userIdAt(int row) const;
    int rowOfUser(qint64 userId) const; // -1 when not fetched (yet)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int count);

private:
    struct Row
    {
        qint64 userId = 0;
        int rank = 0;
        QString login, name;
        QUrl avatarUrl;
        double score = 0;
        QStringList topSignals;
        QString worksOn;
        QDateTime lastActive;
        QString countryCode, region, company;
        bool reachable = false;
        QString excluded;
        qint64 stageId = 0;
        QString stageName, stageRole;
        QDate nextAction;
    };

    // Re-reads the first page, swaps it in, and has the rest counted.
    void reload();
    void requestCount();
    void setTotal(int total);
    void avatarChanged(qint64 userId);
    QDate effectiveToday() const; // the filter's, or the current UTC date
    // "FROM ... WHERE ..." for the filter; appends its values in bind order.
    QString fromWhere(QVariantList &binds, bool forCount = false) const;
    bool profileFilter() const; // reads location, employer or reachability
    // At most rareSearchLimit() items match the search: pages start from them.
    bool searchIsRare() const;
    // For a common search: everyone it matches, gathered once per filter.
    void collectSearchHits();
    // Searches people's whole documents (search_people) when they are up to
    // date, else single items (search_text): words must then meet in one item.
    void choosePersonSearch();
    QString searchTable() const;
    QString searchWho() const; // the column naming whose text matched

    QString countSql(QVariantList &binds) const;
    Result<QList<Row>> readPage(int offset) const;

    store::Database &m_db;
    PipelineFilter m_filter;
    int m_sortColumn = RankColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<Row> m_rows;
    int m_total = 0; // -1: being counted
    bool m_exhausted = true; // the last page read was short: nothing more to fetch
    bool m_searchIsRare = false;
    bool m_byPerson = false;
    QSet<qint64> m_searchHits;
    bool m_searchHitsReady = false;
    int m_rareSearch = 2000;
    int m_personRefreshLimit = 2000;
    std::unique_ptr<RowCounter> m_counter;
    quint64 m_countTicket = 0;
    // While a reset or an insert is being announced: a slot that asks for more
    // then would nest an insert inside it, which later listeners (proxies)
    // would see before the reset or insert they have not handled yet.
    bool m_announcing = false;
    QString m_lastError;
    QPointer<people::AvatarCache> m_avatars;
    int m_avatarSize = DefaultAvatarSize;
    double m_bestScore = 0; // of everyone in the requisition, whatever the filter
};

} // namespace ks::itemmodels
