// SPDX-License-Identifier: MIT
#include "pipelinestore.h"

#include "database.h"
#include "domain/clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ks::store {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::store::PipelineStore)
};

QString now()
{
    return ks::Clock::now().toString(Qt::ISODateWithMs);
}

// Runs a prepared statement with its values; false leaves the error in `q`.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

Status write(Database &db, const QString &sql, const QVariantList &values)
{
    return db.write([&]() -> Status {
        QSqlQuery q(db.connection());
        return run(q, sql, values) ? Status() : Status::failure(Database::describe(q.lastError()));
    });
}

QString checkedTitle(const QString &title, QString &error)
{
    const QString t = title.simplified();
    if (t.isEmpty())
        error = Tr::tr("A requisition needs a title.");
    else if (t.size() > 200)
        error = Tr::tr("A requisition title is at most 200 characters.");
    return t;
}

} // namespace

PipelineStore::PipelineStore(Database &db)
    : m_db(db)
{ }

Result<QList<Requisition>> PipelineStore::requisitions() const
{
    using R = Result<QList<Requisition>>;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT r.id, r.title, r.layer_id, l.name, r.status = 'open', r.created_at, coalesce(r.closed_at, '') "
                               "FROM requisitions r JOIN layers l ON l.id = r.layer_id ORDER BY r.status = 'closed', r.created_at, r.id")))
        return R::failure(Database::describe(q.lastError()));
    QList<Requisition> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toBool(),
            QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs),
            QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs) });
    return out;
}

Result<qint64> PipelineStore::createRequisition(const QString &title, qint64 layerId)
{
    QString error;
    const QString t = checkedTitle(title, error);
    if (!error.isEmpty())
        return Result<qint64>::failure(error);
    qint64 id = 0;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!run(q, QStringLiteral("INSERT INTO requisitions(title, layer_id, created_at) VALUES (?, ?, ?)"), { t, layerId, now() }))
            return Status::failure(Database::describe(q.lastError()));
        id = q.lastInsertId().toLongLong();
        return {};
    });
    return s ? Result<qint64>(id) : Result<qint64>::failure(s.error());
}

Status PipelineStore::renameRequisition(qint64 id, const QString &title)
{
    QString error;
    const QString t = checkedTitle(title, error);
    if (!error.isEmpty())
        return Status::failure(error);
    return write(m_db, QStringLiteral("UPDATE requisitions SET title = ? WHERE id = ?"), { t, id });
}

Status PipelineStore::setRequisitionOpen(qint64 id, bool open)
{
    return write(m_db, QStringLiteral("UPDATE requisitions SET status = ?, closed_at = ? WHERE id = ?"),
        { open ? QStringLiteral("open") : QStringLiteral("closed"), open ? QVariant(QMetaType::fromType<QString>()) : QVariant(now()),
            id });
}

Result<QList<Stage>> PipelineStore::stages() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, role, position FROM stages ORDER BY position, id")))
        return Result<QList<Stage>>::failure(Database::describe(q.lastError()));
    QList<Stage> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() });
    return out;
}

Result<qint64> PipelineStore::stageForRole(const QString &role) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT id FROM stages WHERE role = ? ORDER BY position LIMIT 1"), { role }))
        return Result<qint64>::failure(Database::describe(q.lastError()));
    if (!q.next())
        return Result<qint64>::failure(Tr::tr("This workspace has no stage with the role '%1'.").arg(role));
    return q.value(0).toLongLong();
}

Status PipelineStore::renameStage(qint64 stageId, const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty() || n.size() > 40)
        return Status::failure(Tr::tr("A stage name is 1 to 40 characters."));
    return write(m_db, QStringLiteral("UPDATE stages SET name = ? WHERE id = ?"), { n, stageId });
}

Result<qint64> PipelineStore::addStage(const QString &name, qint64 afterStageId)
{
    const QString n = name.simplified();
    if (n.isEmpty() || n.size() > 40)
        return Result<qint64>::failure(Tr::tr("A stage name is 1 to 40 characters."));
    qint64 id = 0;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!run(q, QStringLiteral("SELECT position FROM stages WHERE id = ?"), { afterStageId }) || !q.next())
            return Status::failure(Tr::tr("No stage to add it after."));
        const int after = q.value(0).toInt();
        q.finish();
        if (!run(q, QStringLiteral("UPDATE stages SET position = position + 1 WHERE position > ?"), { after })
            || !run(q, QStringLiteral("INSERT INTO stages(name, role, position) VALUES (?, 'custom', ?)"), { n, after + 1 }))
            return Status::failure(Database::describe(q.lastError()));
        id = q.lastInsertId().toLongLong();
        return {};
    });
    return s ? Result<qint64>(id) : Result<qint64>::failure(s.error());
}

Result<PipelinePosition> PipelineStore::position(qint64 requisitionId, qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
            QStringLiteral("SELECT stage_id, coalesce(next_action_at, '') FROM pipeline_entries WHERE requisition_id = ? AND user_id = ?"),
            { requisitionId, userId }))
        return Result<PipelinePosition>::failure(Database::describe(q.lastError()));
    PipelinePosition p;
    if (q.next()) {
        p.stageId = q.value(0).toLongLong();
        p.nextAction = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    }
    return p;
}

Result<QList<BoardCard>> PipelineStore::boardCards(qint64 requisitionId, int perStage, int sourcedShown) const
{
    using R = Result<QList<BoardCard>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT * FROM (SELECT e.stage_id, e.user_id, u.login, coalesce(u.name, ''), coalesce(s.score, 0), coalesce(e.next_action_at, ''), "
        "  row_number() OVER (PARTITION BY e.stage_id ORDER BY s.score DESC) AS n "
        "  FROM pipeline_entries e JOIN github_users u ON u.id = e.user_id JOIN requisitions r ON r.id = e.requisition_id "
        "  LEFT JOIN candidate_scores s ON s.layer_id = r.layer_id AND s.user_id = e.user_id WHERE e.requisition_id = :req) WHERE n <= "
        ":per "
        "UNION ALL SELECT * FROM (SELECT :sourcedStage, s.user_id, u.login, coalesce(u.name, ''), s.score, '', 0 FROM candidate_scores s "
        "  JOIN requisitions r ON r.id = :req AND s.layer_id = r.layer_id JOIN github_users u ON u.id = s.user_id "
        "  LEFT JOIN person_profiles p ON p.user_id = s.user_id "
        "  WHERE p.excluded IS NULL AND NOT EXISTS (SELECT 1 FROM pipeline_entries e WHERE e.requisition_id = :req AND e.user_id = "
        "s.user_id) "
        "  ORDER BY s.score DESC LIMIT :sourced)"));
    q.bindValue(QStringLiteral(":req"), requisitionId);
    q.bindValue(QStringLiteral(":per"), perStage);
    q.bindValue(QStringLiteral(":sourced"), sourcedShown);
    q.bindValue(QStringLiteral(":sourcedStage"), SourcedStageId);
    if (!q.exec())
        return R::failure(Database::describe(q.lastError()));
    QList<BoardCard> cards;
    while (q.next())
        cards.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toDouble(), QDate::fromString(q.value(5).toString().left(10), Qt::ISODate) });
    return cards;
}

Result<QString> PipelineStore::stageName(qint64 requisitionId, qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
            QStringLiteral("SELECT s.name FROM stages s WHERE s.id = coalesce((SELECT stage_id FROM pipeline_entries "
                           "WHERE requisition_id = ? AND user_id = ?), ?)"),
            { requisitionId, userId, SourcedStageId })
        || !q.next())
        return Result<QString>::failure(Database::describe(q.lastError()));
    return q.value(0).toString();
}

Status PipelineStore::setPosition(qint64 requisitionId, qint64 userId, const PipelinePosition &position)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!run(q, QStringLiteral("SELECT stage_id FROM pipeline_entries WHERE requisition_id = ? AND user_id = ?"),
                { requisitionId, userId }))
            return Status::failure(Database::describe(q.lastError()));
        const bool known = q.next();
        const qint64 before = known ? q.value(0).toLongLong() : SourcedStageId;
        q.finish();
        const QString at = now();
        const QVariant next = position.nextAction.isValid() ? QVariant(position.nextAction.toString(Qt::ISODate))
                                                            : QVariant(QMetaType::fromType<QString>());
        if (!run(q,
                QStringLiteral(
                    "INSERT INTO pipeline_entries(requisition_id, user_id, stage_id, next_action_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(requisition_id, user_id) DO UPDATE SET stage_id = excluded.stage_id, "
                    "next_action_at = excluded.next_action_at, updated_at = excluded.updated_at"),
                { requisitionId, userId, position.stageId, next, at }))
            return Status::failure(Database::describe(q.lastError()));
        if (before != position.stageId || !known) {
            if (!run(q,
                    QStringLiteral("INSERT INTO stage_history(requisition_id, user_id, from_stage_id, to_stage_id, changed_at) VALUES (?, "
                                   "?, ?, ?, ?)"),
                    { requisitionId, userId, known ? QVariant(before) : QVariant(QMetaType::fromType<qint64>()), position.stageId, at }))
                return Status::failure(Database::describe(q.lastError()));
        }
        return {};
    });
}

Result<QList<StageChange>> PipelineStore::history(qint64 requisitionId, qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
            QStringLiteral(
                "SELECT coalesce(f.name, ''), t.name, h.changed_at FROM stage_history h LEFT JOIN stages f ON f.id = h.from_stage_id "
                "JOIN stages t ON t.id = h.to_stage_id WHERE h.requisition_id = ? AND h.user_id = ? ORDER BY h.changed_at, h.id"),
            { requisitionId, userId }))
        return Result<QList<StageChange>>::failure(Database::describe(q.lastError()));
    QList<StageChange> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs) });
    return out;
}

Status PipelineStore::addTag(qint64 requisitionId, const QList<qint64> &userIds, const QString &tag)
{
    const QString t = tag.simplified();
    if (t.isEmpty() || t.size() > 60)
        return Status::failure(Tr::tr("A tag is 1 to 60 characters."));
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        for (qint64 user : userIds) {
            if (!run(q, QStringLiteral("INSERT OR IGNORE INTO tags(requisition_id, user_id, tag) VALUES (?, ?, ?)"),
                    { requisitionId, user, t }))
                return Status::failure(Database::describe(q.lastError()));
        }
        return {};
    });
}

Result<QStringList> PipelineStore::tags(qint64 requisitionId, qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT tag FROM tags WHERE requisition_id = ? AND user_id = ? ORDER BY tag"), { requisitionId, userId }))
        return Result<QStringList>::failure(Database::describe(q.lastError()));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<qint64> PipelineStore::addNote(qint64 requisitionId, qint64 userId, const QString &body)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        return Result<qint64>::failure(Tr::tr("The note is empty."));
    qint64 id = 0;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!run(q, QStringLiteral("INSERT INTO notes(requisition_id, user_id, body, created_at) VALUES (?, ?, ?, ?)"),
                { requisitionId, userId, text, now() }))
            return Status::failure(Database::describe(q.lastError()));
        id = q.lastInsertId().toLongLong();
        return {};
    });
    return s ? Result<qint64>(id) : Result<qint64>::failure(s.error());
}

Status PipelineStore::removeNote(qint64 noteId)
{
    return write(m_db, QStringLiteral("DELETE FROM notes WHERE id = ?"), { noteId });
}

Result<QList<Note>> PipelineStore::notes(qint64 requisitionId, qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT id, body, created_at FROM notes WHERE requisition_id = ? AND user_id = ? ORDER BY created_at, id"),
            { requisitionId, userId }))
        return Result<QList<Note>>::failure(Database::describe(q.lastError()));
    QList<Note> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs) });
    return out;
}

} // namespace ks::store
