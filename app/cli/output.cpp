// SPDX-License-Identifier: MIT
#include "output.h"

#include "domain/unsafechars.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace ks::cli {

Output::Output(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{ }

QString Output::printable(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            continue; // CR LF is one line break
        if (c == u'\n' || c == u'\r')
            result += QChar(0x23CE); // ⏎
        else if (c == u'\t')
            result += u' ';
        else
            result += isUnsafeChar(c) ? QChar(u'?') : c;
    }
    return result;
}

QString Output::printableText(const QString &text)
{
    QString result = text;
    result.remove(u'\r');
    for (QChar &c : result) {
        if (c != u'\n' && c != u'\t' && isUnsafeChar(c))
            c = u'?';
    }
    return result;
}

void Output::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    QList<QStringList> cleaned;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            cells.append(printable(row[i]));
            if (i < widths.size())
                widths[i] = std::max(widths[i], cells.last().size());
        }
        cleaned.append(cells);
    }
    auto print = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            text += last ? cells[i] : cells[i].leftJustified(widths.value(i) + 2);
        }
        m_out << text.trimmed() << '\n';
    };
    print(headers);
    for (const QStringList &row : std::as_const(cleaned))
        print(row);
    m_out.flush();
}

void Output::json(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc.setArray(value.toArray());
    else
        doc.setObject(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

void Output::line(const QString &text)
{
    m_out << printable(text) << '\n';
    m_out.flush();
}

void Output::text(const QString &text)
{
    m_out << printableText(text);
    if (!text.endsWith(u'\n'))
        m_out << '\n';
    m_out.flush();
}

void Output::raw(const QByteArray &bytes)
{
    m_out.flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Output::error(const QString &text)
{
    m_err << QStringLiteral("kernelscout: ") << printable(text) << '\n';
    m_err.flush();
}

void Output::flush()
{
    m_out.flush();
    m_err.flush();
}

} // namespace ks::cli
