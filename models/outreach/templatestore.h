// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

namespace ks::store {
class Database;
}

namespace ks::outreach {

// A subject and body in the template language (templateengine.h). Bundled
// templates come from resources/outreach/templates.json and cannot be
// changed; the user's live in outreach_templates.
struct OutreachTemplate
{
    QString name;
    QString purpose = QStringLiteral("first_touch"); // "first_touch", "follow_up", "forum_first"
    QString layer; // the layer slug a bundled first touch is written for; empty: any
    QString subject, body;
    bool bundled = false;
};

class TemplateStore final
{
public:
    explicit TemplateStore(store::Database &db);

    static const QList<OutreachTemplate> &bundled();

    // Bundled first, then the user's by name.
    Result<QList<OutreachTemplate>> all() const;
    Result<OutreachTemplate> find(const QString &name) const;
    // The first touch written for the layer, else the general one.
    Result<OutreachTemplate> defaultFor(const QString &layerSlug) const;
    // Checks both parts parse (errors name subject or body, line and
    // column) and that the name is not a bundled one.
    Status save(const OutreachTemplate &t);
    Status remove(const QString &name);

private:
    store::Database &m_db;
};

} // namespace ks::outreach
