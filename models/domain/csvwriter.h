// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

namespace ks {

// The one writer of every CSV the program produces (the CLI, the Pipeline's
// export, drafts for a sequencing tool, reports): RFC 4180, UTF-8, CRLF line
// ends, a field quoted when it holds a comma, a quote or a line break (which
// it keeps, so a spreadsheet shows the text as it was). Cells come from
// strangers, so a cell a spreadsheet would evaluate (starting with = + - @,
// a tab or a carriage return) is neutralised with a leading apostrophe, and
// control and bidi-override characters other than tab and line breaks are
// dropped.
class CsvWriter final
{
public:
    explicit CsvWriter(const QStringList &header = {});

    void addRow(const QStringList &cells);
    qsizetype rowCount() const { return m_rows; }
    QByteArray toUtf8() const { return m_data; }

    static QString field(const QString &value);

private:
    QByteArray m_data;
    qsizetype m_rows = 0;
};

} // namespace ks
