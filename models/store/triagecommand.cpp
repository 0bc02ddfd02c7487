// SPDX-License-Identifier: MIT
#include "triagecommand.h"

#include <QUndoStack>

namespace ks::store {

TriageCommand::TriageCommand(PipelineStore &store, qint64 requisitionId, const QString &text, ErrorHandler onError)
    : QUndoCommand(text)
    , m_store(store)
    , m_requisitionId(requisitionId)
    , m_onError(std::move(onError))
{ }

Status TriageCommand::move(
    QUndoStack &stack, PipelineStore &store, qint64 requisitionId, const QList<Move> &moves, const QString &text, ErrorHandler onError)
{
    auto *command = new TriageCommand(store, requisitionId, text, std::move(onError));
    command->m_moves = moves;
    if (Status s = command->apply(true); !s) {
        (void)command->apply(false); // put back whoever had moved before the failure (best effort)
        delete command;
        return s;
    }
    stack.push(command);
    return {};
}

Status TriageCommand::addNote(
    QUndoStack &stack, PipelineStore &store, qint64 requisitionId, qint64 userId, const QString &body, ErrorHandler onError)
{
    auto *command = new TriageCommand(store, requisitionId, QObject::tr("Add note"), std::move(onError));
    command->m_noteUser = userId;
    command->m_noteBody = body;
    if (Status s = command->apply(true); !s) {
        delete command;
        return s;
    }
    stack.push(command);
    return {};
}

Status TriageCommand::apply(bool forward)
{
    if (m_noteUser) {
        if (!forward)
            return m_store.removeNote(m_noteId);
        const auto id = m_store.addNote(m_requisitionId, m_noteUser, m_noteBody);
        if (!id)
            return Status::failure(id.error());
        m_noteId = id.value();
        return {};
    }
    for (const Move &m : std::as_const(m_moves)) {
        if (Status s = m_store.setPosition(m_requisitionId, m.userId, forward ? m.after : m.before); !s)
            return s;
    }
    return {};
}

void TriageCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (Status s = apply(true); !s && m_onError)
        m_onError(s.error());
}

void TriageCommand::undo()
{
    if (Status s = apply(false); !s && m_onError)
        m_onError(s.error());
}

} // namespace ks::store
