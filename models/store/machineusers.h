// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ks::store {

// Accounts that act for machines (merge bots, CI, mirrors). Their activity
// is stored and marked, never ranked. The list is data: the bundled
// resources/github/machine-users.json plus, when present, the user's own
// machine-users.json in the application config folder.
class MachineUsers final
{
public:
    MachineUsers() = default;
    explicit MachineUsers(QStringList patterns);

    static MachineUsers bundled();

    // GitHub's own type "Bot" always counts as a machine.
    bool isMachine(const QString &login, const QString &type = {}) const;
    const QStringList &patterns() const { return m_patterns; }

    static QStringList readPatterns(const QByteArray &json);

private:
    QStringList m_patterns;
};

} // namespace ks::store
