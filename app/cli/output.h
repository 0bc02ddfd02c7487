// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace ks::cli {

// Everything the CLI prints goes through here: aligned tables for people,
// JSON for scripts, CSV (CsvWriter) and multi-line text, messages on stderr.
// Values from files or the network may hold terminal escape sequences, bidi
// overrides or line breaks: a table cell or a line shows a line break as ⏎
// and a tab as a space (so untrusted text cannot forge rows), and every other
// control or format character as '?'. text() keeps its line breaks (help,
// Markdown, CSV documents) and cleans the rest the same way.
class Output final
{
    Q_DISABLE_COPY_MOVE(Output)

public:
    explicit Output(bool json);

    bool isJson() const { return m_json; }
    void table(const QStringList &headers, const QList<QStringList> &rows);
    void json(const QJsonValue &value);
    void line(const QString &text);
    void text(const QString &text);
    // Bytes already made safe by their writer (CsvWriter), as they are.
    void raw(const QByteArray &bytes);
    void error(const QString &text);
    void flush();

    // One line: line breaks as ⏎, tabs as spaces, other controls as '?'.
    static QString printable(const QString &text);
    // Several lines: keeps line breaks and tabs, other controls as '?'.
    static QString printableText(const QString &text);

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace ks::cli
