// SPDX-License-Identifier: MIT
#include "layereditcommand.h"

#include "layerstore.h"

namespace ks::store {

LayerEditCommand::LayerEditCommand(
    LayerStore &store, std::optional<RoleLayer> before, std::optional<RoleLayer> after, const QString &text, ErrorHandler onError)
    : QUndoCommand(text)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{ }

Status LayerEditCommand::apply(QUndoStack &stack, LayerStore &store, std::optional<RoleLayer> before, std::optional<RoleLayer> after,
    const QString &text, ErrorHandler onError)
{
    if (Status s = write(store, before, after); !s)
        return s;
    stack.push(new LayerEditCommand(store, std::move(before), std::move(after), text, std::move(onError)));
    return {};
}

Status LayerEditCommand::write(LayerStore &store, const std::optional<RoleLayer> &from, const std::optional<RoleLayer> &to)
{
    if (to)
        return store.save(*to);
    if (from)
        return store.remove(from->slug);
    return {};
}

void LayerEditCommand::redo()
{
    if (m_applied) {
        m_applied = false; // push() calls redo() once; the write already happened
        return;
    }
    if (Status s = write(m_store, m_before, m_after); !s && m_onError)
        m_onError(s.error());
}

void LayerEditCommand::undo()
{
    if (Status s = write(m_store, m_after, m_before); !s && m_onError)
        m_onError(s.error());
}

} // namespace ks::store
