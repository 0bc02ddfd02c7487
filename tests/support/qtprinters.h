// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <ostream>

// Lets Catch2 print Qt strings in failed assertions.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << '"' << s.toStdString() << '"';
}
inline std::ostream &operator<<(std::ostream &os, const QStringList &l)
{
    return os << '[' << l.join(QLatin1String(", ")).toStdString() << ']';
}
