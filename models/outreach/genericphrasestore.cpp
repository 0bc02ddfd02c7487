// SPDX-License-Identifier: MIT
#include "genericphrasestore.h"

#include "storeutil.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ks::outreach {
namespace {

QStringList loadBundled()
{
    QFile f(u":/kernelscout/outreach/generic-phrases.txt"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString phrase = QString::fromUtf8(line).simplified();
        if (!phrase.isEmpty() && !phrase.startsWith(u'#'))
            out.append(phrase);
    }
    return out;
}

} // namespace

GenericPhraseStore::GenericPhraseStore(store::Database &db)
    : m_db(db)
{ }

const QStringList &GenericPhraseStore::bundled()
{
    static const QStringList phrases = loadBundled();
    return phrases;
}

Result<QStringList> GenericPhraseStore::userPhrases() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT phrase FROM generic_phrases ORDER BY added_at, phrase"_s))
        return Result<QStringList>::failure(store::Database::describe(q.lastError()));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QStringList> GenericPhraseStore::all() const
{
    auto mine = userPhrases();
    if (!mine)
        return mine;
    return bundled() + mine.value();
}

Status GenericPhraseStore::add(const QString &phrase)
{
    const QString p = phrase.simplified();
    if (p.size() < 3 || p.size() > 200)
        return Status::failure(QCoreApplication::translate("ks::outreach::GenericPhraseStore", "A phrase is 3 to 200 characters."));
    return detail::writeOne(m_db, u"INSERT OR IGNORE INTO generic_phrases(phrase, added_at) VALUES (?, ?)"_s, { p, detail::nowText() });
}

Status GenericPhraseStore::remove(const QString &phrase)
{
    return detail::writeOne(m_db, u"DELETE FROM generic_phrases WHERE phrase = ?"_s, { phrase.simplified() });
}

} // namespace ks::outreach
