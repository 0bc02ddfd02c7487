// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QStringList>

namespace ks::store {

class Database;

// An open role, tied to the layer its candidates are ranked in.
// The first stage (schema 6 seeds it as id 1, role 'sourced'): everyone
// ranked for a requisition's layer is here until a sourcer moves them, so a
// person without a pipeline entry is at this stage.
inline constexpr qint64 SourcedStageId = 1;

// One person on the pipeline board: the triaged by stage, the strongest
// untriaged in Sourced.
struct BoardCard
{
    qint64 stageId = 0;
    qint64 userId = 0;
    QString login, name;
    double score = 0;
    QDate nextAction; // invalid: none
};

struct Requisition
{
    qint64 id = 0;
    QString title;
    qint64 layerId = 0;
    QString layerName;
    bool open = true;
    QDateTime createdAt, closedAt;
};

// A pipeline stage: a workspace may rename it, but its role is fixed.
struct Stage
{
    qint64 id = 0;
    QString name;
    QString role; // "sourced", "shortlisted", "contacted", "replied", "interviewing", "offer", "hired", "not_a_fit", "not_now", "custom"
    int position = 0;
    friend bool operator==(const Stage &, const Stage &) = default;
};

// Where a person stands in one requisition.
struct PipelinePosition
{
    qint64 stageId = 1; // no row: Sourced
    QDate nextAction;
    friend bool operator==(const PipelinePosition &, const PipelinePosition &) = default;
};

struct StageChange
{
    QString from, to; // stage names; `from` empty for the first change
    QDateTime at;
};

struct Note
{
    qint64 id = 0;
    QString body; // Markdown
    QDateTime createdAt;
};

// Requisitions and, per person per requisition, stage, next action, notes
// and the timestamped history of stage changes. Small writes, fine on the
// GUI thread.
class PipelineStore final
{
public:
    explicit PipelineStore(Database &db);

    Result<QList<Requisition>> requisitions() const;
    Result<qint64> createRequisition(const QString &title, qint64 layerId);
    Status renameRequisition(qint64 id, const QString &title);
    Status setRequisitionOpen(qint64 id, bool open);

    Result<QList<Stage>> stages() const;
    Result<qint64> stageForRole(const QString &role) const;
    // A workspace's own names and stages; roles stay fixed (an added stage
    // has the role "custom").
    Status renameStage(qint64 stageId, const QString &name);
    Result<qint64> addStage(const QString &name, qint64 afterStageId);

    Result<PipelinePosition> position(qint64 requisitionId, qint64 userId) const;
    // The board: up to `perStage` people per stage (best score first), and
    // the `sourcedShown` best-ranked people not excluded and not triaged.
    Result<QList<BoardCard>> boardCards(qint64 requisitionId, int perStage, int sourcedShown) const;
    // The name of the stage the person is at ("Sourced" without an entry).
    Result<QString> stageName(qint64 requisitionId, qint64 userId) const;
    // Moves the person (stage and next action); a stage change is logged
    // with its time.
    Status setPosition(qint64 requisitionId, qint64 userId, const PipelinePosition &position);
    Result<QList<StageChange>> history(qint64 requisitionId, qint64 userId) const;

    // Free-form labels per person per requisition ("strong MLIR", "refer").
    Status addTag(qint64 requisitionId, const QList<qint64> &userIds, const QString &tag);
    Result<QStringList> tags(qint64 requisitionId, qint64 userId) const;

    Result<qint64> addNote(qint64 requisitionId, qint64 userId, const QString &body);
    Status removeNote(qint64 noteId);
    Result<QList<Note>> notes(qint64 requisitionId, qint64 userId) const;

private:
    Database &m_db;
};

} // namespace ks::store
