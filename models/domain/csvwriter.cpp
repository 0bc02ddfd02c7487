// SPDX-License-Identifier: MIT
#include "csvwriter.h"

namespace ks {

namespace {

// Control characters and the bidi controls that reorder what follows;
// other format characters (ZWJ in emoji and Indic names, ZWNJ in Persian,
// the soft hyphen) are part of the text.
bool dropped(QChar c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return false;
    const char16_t u = c.unicode();
    return c.category() == QChar::Other_Control || u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
           || (u >= 0x2066 && u <= 0x2069);
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
