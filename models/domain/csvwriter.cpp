// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include "unsafechars.h"

namespace ks {

namespace {

// Tabs and line breaks stay: a quoted cell keeps them.
bool dropped(QChar c)
{
    return c != u'\t' && c != u'\n' && c != u'\r' && isUnsafeChar(c);
}

} // namespace

CsvWriter::CsvWriter(const QStringList &header)
{
    if (!header.isEmpty()) {
        addRow(header);
        m_rows = 0;
    }
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields.append(field(cell));
    m_data += fields.join(u',').toUtf8();
    m_data += "\r\n";
    ++m_rows;
}

QString CsvWriter::field(const QString &value)
{
    QString s;
    s.reserve(value.size() + 2);
    for (const QChar c : value) {
        if (!dropped(c))
            s += c;
    }
    if (!s.isEmpty() && QStringView(u"=+-@\t\r").contains(s.front()))
        s.prepend(u'\'');
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
        return u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return s;
}

} // namespace ks
