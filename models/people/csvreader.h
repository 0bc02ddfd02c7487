// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QStringList>

namespace ks::people {

// One record of a CSV file, with the line it starts on (for messages).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads RFC 4180 CSV as spreadsheets and ATS exports write it: comma
// separated, fields optionally in double quotes (a doubled quote inside is a
// quote; quoted fields may span lines), CRLF or LF line ends, an optional
// UTF-8 byte-order mark, blank lines skipped. Fails on an unterminated quote
// or text after a closing quote, naming the line; invalid UTF-8 fails too.
Result<QList<CsvRecord>> readCsv(const QByteArray &data);
// (Writing is CsvWriter, domain/csvwriter.h.)

} // namespace ks::people
