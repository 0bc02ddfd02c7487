// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace ks::store {
class Database;
}

namespace ks::people {

// The people a sourcer must not approach: their own staff, companies they
// agreed not to poach from, and people already in their applicant tracking
// system. Imported from CSV; excluded people are hidden from rankings unless
// asked for, and marked when shown.
class ExclusionList final
{
public:
    enum class Kind
    {
        Staff,
        DoNotPoach,
        Ats
    };
    static QString key(Kind kind); // "staff", "do_not_poach", "ats" (as stored)
    static std::optional<Kind> parse(const QString &name); // also accepts "do-not-poach"
    static QString describe(Kind kind); // "own staff", ...

    struct Entry
    {
        Kind kind = Kind::Staff;
        QString login, email, name, company;
        QString sourceFile;
        int line = 0;
        QDateTime importedAt;
    };

    explicit ExclusionList(store::Database &db);

    // Reads the whole file first: a header row naming its columns (login or
    // github, email, name, company; other columns are ignored), then one
    // entry per row. Any malformed row fails the import with every problem
    // listed by line, and nothing is imported. Rows already on the list are
    // skipped. Returns how many entries were added.
    Result<int> importCsv(Kind kind, const QString &path);
    Result<int> importCsvData(Kind kind, const QByteArray &data, const QString &sourceName);

    Result<QList<Entry>> entries() const;
    Result<int> clear(Kind kind);

private:
    store::Database &m_db;
};

} // namespace ks::people
