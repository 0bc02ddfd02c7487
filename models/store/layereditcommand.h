// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/rolelayer.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

namespace ks::store {

class LayerStore;

// An undoable change to one layer, as whole before/after values: an absent
// `before` is an addition, an absent `after` a removal. Edits are persisted
// immediately; undo and redo write the other value back.
//
// Use `LayerEditCommand::apply()`: it writes first and only puts the command
// on the stack when the write succeeded, so the stack never holds a change
// the workspace does not have.
class LayerEditCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &)>;

    static Status apply(QUndoStack &stack, LayerStore &store, std::optional<RoleLayer> before, std::optional<RoleLayer> after,
        const QString &text, ErrorHandler onError);

    void undo() override;
    void redo() override;

private:
    LayerEditCommand(
        LayerStore &store, std::optional<RoleLayer> before, std::optional<RoleLayer> after, const QString &text, ErrorHandler onError);
    static Status write(LayerStore &store, const std::optional<RoleLayer> &from, const std::optional<RoleLayer> &to);

    LayerStore &m_store;
    std::optional<RoleLayer> m_before;
    std::optional<RoleLayer> m_after;
    ErrorHandler m_onError;
    bool m_applied = true;
};

} // namespace ks::store
