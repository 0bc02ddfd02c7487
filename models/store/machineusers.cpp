// SPDX-License-Identifier: MIT
#include "machineusers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace ks::store {

MachineUsers::MachineUsers(QStringList patterns)
    : m_patterns(std::move(patterns))
{
    for (QString &p : m_patterns)
        p = p.trimmed().toLower();
    m_patterns.removeAll(QString());
}

QStringList MachineUsers::readPatterns(const QByteArray &json)
{
    QStringList patterns;
    const QJsonArray logins = QJsonDocument::fromJson(json).object().value(QLatin1StringView("logins")).toArray();
    for (const QJsonValue &v : logins)
        patterns.append(v.toString());
    return patterns;
}

MachineUsers MachineUsers::bundled()
{
    QStringList patterns;
    QFile builtIn(QStringLiteral(":/kernelscout/github/machine-users.json"));
    if (builtIn.open(QIODevice::ReadOnly))
        patterns = readPatterns(builtIn.readAll());
    QFile own(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("machine-users.json")));
    if (own.open(QIODevice::ReadOnly))
        patterns.append(readPatterns(own.readAll()));
    return MachineUsers(patterns);
}

bool MachineUsers::isMachine(const QString &login, const QString &type) const
{
    if (type.compare(QLatin1String("Bot"), Qt::CaseInsensitive) == 0)
        return true;
    const QString l = login.toLower();
    for (const QString &p : m_patterns) {
        if (p.startsWith(QLatin1Char('*')) && l.endsWith(QStringView(p).mid(1)))
            return true;
        if (p.endsWith(QLatin1Char('*')) && l.startsWith(QStringView(p).chopped(1)))
            return true;
        if (p == l)
            return true;
    }
    return false;
}

} // namespace ks::store
