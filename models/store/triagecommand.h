// SPDX-License-Identifier: MIT
#pragma once

#include "pipelinestore.h"

#include <QUndoCommand>
#include <functional>

namespace ks::store {

// An undoable triage step: people moved to a stage (or snoozed to a date),
// or a note added, in one requisition. Use apply(): it writes first and only
// puts the command on the stack when the write succeeded. Undo writes the
// earlier position back (the history keeps both moves, timestamped).
class TriageCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &)>;
    struct Move
    {
        qint64 userId = 0;
        PipelinePosition before, after;
    };

    static Status move(
        QUndoStack &stack, PipelineStore &store, qint64 requisitionId, const QList<Move> &moves, const QString &text, ErrorHandler onError);
    static Status addNote(
        QUndoStack &stack, PipelineStore &store, qint64 requisitionId, qint64 userId, const QString &body, ErrorHandler onError);

    void undo() override;
    void redo() override;

private:
    TriageCommand(PipelineStore &store, qint64 requisitionId, const QString &text, ErrorHandler onError);
    Status apply(bool forward);

    PipelineStore &m_store;
    qint64 m_requisitionId;
    QList<Move> m_moves;
    qint64 m_noteUser = 0;
    QString m_noteBody;
    qint64 m_noteId = 0;
    ErrorHandler m_onError;
    bool m_applied = true; // the first redo() comes from push(), after apply() already wrote
};

} // namespace ks::store
