// SPDX-License-Identifier: MIT
#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace ks::people {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::people::Csv)
};

} // namespace

Result<QList<CsvRecord>> readCsv(const QByteArray &data)
{
    using R = Result<QList<CsvRecord>>;
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(data);
    if (decode.hasError())
        return R::failure(Tr::tr("The file is not UTF-8 text; save it as \"CSV UTF-8\" and import again."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields[0].isEmpty();
        if (!blank)
            records.append(record);
        record = CsvRecord {};
        record.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field += ch;
            }
            continue;
        }
        if (ch == QLatin1Char(',')) {
            endField();
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (afterQuote) {
            if (ch != QLatin1Char(' ') && ch != QLatin1Char('\t'))
                return R::failure(
                    Tr::tr("Line %1: text after a closing quote; a quote inside a quoted field must be doubled (\"\").").arg(line));
        } else if (ch == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (ch == QLatin1Char('"')) {
            return R::failure(Tr::tr("Line %1: a quote inside an unquoted field; put the field in quotes and double the quote.").arg(line));
        } else {
            field += ch;
            fieldStarted = true;
        }
    }
    if (quoted)
        return R::failure(Tr::tr("Line %1: a quoted field is never closed.").arg(record.line));
    if (!field.isEmpty() || !record.fields.isEmpty() || afterQuote)
        endRecord();
    return records;
}

} // namespace ks::people
