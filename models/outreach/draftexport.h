// SPDX-License-Identifier: MIT
#pragma once

#include "draftstore.h"

#include <QByteArray>

namespace ks::outreach {

// Drafts as CSV for sequencing tools (one row per person: address, names,
// subject, body, the cited link), UTF-8 with CRLF rows. Fields that a
// spreadsheet would run as formulas are neutralised (CsvWriter).
QByteArray draftsCsv(const QList<Draft> &drafts, const QString &requisitionTitle);

} // namespace ks::outreach
