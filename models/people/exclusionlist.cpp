// SPDX-License-Identifier: MIT
#include "exclusionlist.h"

#include "companydirectory.h"
#include "csvreader.h"
#include "domain/clock.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ks::people {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::people::ExclusionList)
};

// The header names a column may go by in the exports we have seen.
QString columnFor(QString header)
{
    header = header.trimmed().toLower();
    header.remove(QLatin1Char(' '));
    header.remove(QLatin1Char('_'));
    header.remove(QLatin1Char('-'));
    if (header == QLatin1String("login") || header == QLatin1String("github") || header == QLatin1String("githublogin")
        || header == QLatin1String("githubusername") || header == QLatin1String("username") || header == QLatin1String("handle"))
        return QStringLiteral("login");
    if (header == QLatin1String("email") || header == QLatin1String("mail") || header == QLatin1String("emailaddress"))
        return QStringLiteral("email");
    if (header == QLatin1String("name") || header == QLatin1String("fullname"))
        return QStringLiteral("name");
    if (header == QLatin1String("company") || header == QLatin1String("employer") || header == QLatin1String("organisation")
        || header == QLatin1String("organization"))
        return QStringLiteral("company");
    return {};
}

bool hasControlCharacters(const QString &s)
{
    for (QChar ch : s) {
        if (ch.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QString ExclusionList::key(Kind kind)
{
    switch (kind) {
    case Kind::Staff:
        return QStringLiteral("staff");
    case Kind::DoNotPoach:
        return QStringLiteral("do_not_poach");
    case Kind::Ats:
        return QStringLiteral("ats");
    }
    return {};
}

std::optional<ExclusionList::Kind> ExclusionList::parse(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (Kind kind : { Kind::Staff, Kind::DoNotPoach, Kind::Ats }) {
        if (n == key(kind))
            return kind;
    }
    return std::nullopt;
}

QString ExclusionList::describe(Kind kind)
{
    switch (kind) {
    case Kind::Staff:
        return Tr::tr("own staff");
    case Kind::DoNotPoach:
        return Tr::tr("do not poach");
    case Kind::Ats:
        return Tr::tr("in the ATS");
    }
    return {};
}

ExclusionList::ExclusionList(store::Database &db)
    : m_db(db)
{ }

Result<int> ExclusionList::importCsv(Kind kind, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<int>::failure(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > 50 * 1024 * 1024)
        return Result<int>::failure(Tr::tr("%1 is larger than 50 MB; is it the right file?").arg(path));
    return importCsvData(kind, file.readAll(), QFileInfo(path).fileName());
}

Result<int> ExclusionList::importCsvData(Kind kind, const QByteArray &data, const QString &sourceName)
{
    using R = Result<int>;
    const auto records = readCsv(data);
    if (!records)
        return R::failure(Tr::tr("%1: %2 Nothing was imported.").arg(sourceName, records.error()));
    if (records->isEmpty())
        return R::failure(Tr::tr("%1 is empty. Nothing was imported.").arg(sourceName));

    // The header says which column is which.
    const CsvRecord &header = records->first();
    QHash<QString, int> columns;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString column = columnFor(header.fields[i]);
        if (!column.isEmpty() && !columns.contains(column))
            columns.insert(column, i);
    }
    const bool needsCompany = kind == Kind::DoNotPoach;
    if (needsCompany ? !columns.contains(QStringLiteral("company"))
                     : !(columns.contains(QStringLiteral("login")) || columns.contains(QStringLiteral("email"))
                           || (kind == Kind::Staff && columns.contains(QStringLiteral("company")))))
        return R::failure(Tr::tr("%1: the first row must name the columns, with %2. Nothing was imported.")
                .arg(sourceName, needsCompany ? Tr::tr("a \"company\" column") : Tr::tr("a \"login\" or \"email\" column")));

    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\\z"));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\z"));
    const CompanyDirectory &directory = CompanyDirectory::standard();
    QList<Entry> entries;
    QStringList problems;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &row = records->at(r);
        if (row.fields.size() != header.fields.size()) {
            problems.append(
                Tr::tr("line %1: %2 fields where the header has %3").arg(row.line).arg(row.fields.size()).arg(header.fields.size()));
            continue;
        }
        auto value = [&](const QString &column) { return columns.contains(column) ? row.fields[columns[column]].trimmed() : QString(); };
        Entry e;
        e.kind = kind;
        e.login = value(QStringLiteral("login"));
        if (e.login.startsWith(QLatin1Char('@')))
            e.login.remove(0, 1);
        e.email = value(QStringLiteral("email")).toLower();
        e.name = value(QStringLiteral("name"));
        const QString company = value(QStringLiteral("company"));
        const QString canonical = company.isEmpty() ? QString() : directory.canonicalName(company);
        e.company = canonical.isEmpty() ? company : canonical;
        e.sourceFile = sourceName;
        e.line = row.line;
        const int before = int(problems.size());
        if (!e.login.isEmpty() && !loginPattern.match(e.login).hasMatch())
            problems.append(Tr::tr("line %1: \"%2\" is not a GitHub login").arg(row.line).arg(e.login.left(60)));
        if (!e.email.isEmpty() && !emailPattern.match(e.email).hasMatch())
            problems.append(Tr::tr("line %1: \"%2\" is not an e-mail address").arg(row.line).arg(e.email.left(60)));
        if (e.company.size() > 200 || e.name.size() > 200 || hasControlCharacters(e.company + e.name))
            problems.append(Tr::tr("line %1: a name or company that is too long or holds control characters").arg(row.line));
        if (needsCompany ? e.company.isEmpty() : (e.login.isEmpty() && e.email.isEmpty() && e.company.isEmpty()))
            problems.append(needsCompany ? Tr::tr("line %1: no company").arg(row.line)
                                         : Tr::tr("line %1: neither a login nor an e-mail").arg(row.line));
        if (problems.size() == before)
            entries.append(e);
    }
    if (!problems.isEmpty()) {
        QStringList shown = problems.mid(0, 20);
        if (problems.size() > shown.size())
            shown.append(Tr::tr("and %1 more").arg(problems.size() - shown.size()));
        return R::failure(QCoreApplication::translate(
            "ks::people::ExclusionList", "%1 has %n malformed row(s), so nothing was imported:\n  %2", nullptr, int(problems.size()))
                .arg(sourceName, shown.join(QLatin1String("\n  "))));
    }

    int added = 0;
    const QString now = ks::Clock::now().toString(Qt::ISODate);
    const Status written = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO exclusions(list, login, email, name, company, source_file, line, imported_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); };
        for (const Entry &e : std::as_const(entries)) {
            q.addBindValue(key(e.kind));
            q.addBindValue(orNull(e.login));
            q.addBindValue(orNull(e.email));
            q.addBindValue(orNull(e.name));
            q.addBindValue(orNull(e.company));
            q.addBindValue(e.sourceFile);
            q.addBindValue(e.line);
            q.addBindValue(now);
            if (!q.exec())
                return Status::failure(store::Database::describe(q.lastError()));
            added += q.numRowsAffected() > 0 ? 1 : 0;
        }
        return {};
    });
    if (!written)
        return R::failure(written.error());
    return added;
}

Result<QList<ExclusionList::Entry>> ExclusionList::entries() const
{
    using R = Result<QList<Entry>>;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT list, coalesce(login, ''), coalesce(email, ''), coalesce(name, ''), coalesce(company, ''), "
                               "source_file, line, imported_at FROM exclusions ORDER BY list, id")))
        return R::failure(store::Database::describe(q.lastError()));
    QList<Entry> out;
    while (q.next()) {
        Entry e;
        e.kind = parse(q.value(0).toString()).value_or(Kind::Staff);
        e.login = q.value(1).toString();
        e.email = q.value(2).toString();
        e.name = q.value(3).toString();
        e.company = q.value(4).toString();
        e.sourceFile = q.value(5).toString();
        e.line = q.value(6).toInt();
        e.importedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        out.append(e);
    }
    return out;
}

Result<int> ExclusionList::clear(Kind kind)
{
    int removed = 0;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM exclusions WHERE list = ?"));
        q.addBindValue(key(kind));
        if (!q.exec())
            return Status::failure(store::Database::describe(q.lastError()));
        removed = q.numRowsAffected();
        return {};
    });
    return s ? Result<int>(removed) : Result<int>::failure(s.error());
}

} // namespace ks::people
