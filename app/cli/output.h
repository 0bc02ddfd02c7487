// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace ks::cli {

// Everything the CLI prints goes through here: aligned tables for people,
// JSON for scripts, messages on stderr. Values from files or the network may
// hold terminal escape sequences, so tables show control characters as '?'.
class Output final
{
    Q_DISABLE_COPY_MOVE(Output)

public:
    explicit Output(bool json);

    bool isJson() const { return m_json; }
    void table(const QStringList &headers, const QList<QStringList> &rows);
    void json(const QJsonValue &value);
    void line(const QString &text);
    void error(const QString &text);
    void flush();

    static QString printable(const QString &text);

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace ks::cli
