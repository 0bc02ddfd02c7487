// SPDX-License-Identifier: MIT
// forget, subject-report and retention: the privacy controls UK/EU sourcing
// needs (erasure on request, subject access, limited retention).
#include "command.h"
#include "domain/clock.h"
#include "domain/privatefiles.h"
#include "jobs/forgetpeople.h"
#include "people/avatarcache.h"
#include "privacy/forgetter.h"
#include "privacy/retention.h"
#include "privacy/subjectreport.h"
#include "store/database.h"
#include "store/peoplestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ks::cli {
namespace {

using namespace Qt::StringLiterals;

struct Person
{
    qint64 id = 0;
    QString login;
};

// The person named by LOGIN or --id; prints why not and returns id 0.
Person findPerson(const Command &c, store::Database &db)
{
    const bool byId = c.parser.isSet(u"id"_s);
    if (byId == !c.args.isEmpty()) {
        c.usage(tr("name one person: a login, or --id N."));
        return {};
    }
    const store::PeopleStore people(db);
    const auto who = byId ? people.key(c.parser.value(u"id"_s).toLongLong()) : people.key(c.args.constFirst());
    if (!who) {
        c.fail(who.error());
        return {};
    }
    if (!who->id) {
        c.fail(tr("Nobody called %1 is in this workspace.").arg((byId ? c.parser.value(u"id"_s) : c.args.constFirst()).left(80)));
        return {};
    }
    return { who->id, who->login };
}

// A re-ranking that failed does not undo the erasure; it only leaves ranks
// stale until the next sync.
void reportRanking(const Command &c, const QString &error)
{
    if (!error.isEmpty())
        c.out.error(tr("Erased, but re-ranking failed (the next sync re-ranks): %1").arg(error));
}

QJsonObject toJson(const privacy::ForgetReport &r)
{
    return { { u"githubId"_s, r.userId }, { u"login"_s, r.login }, { u"itemsDeleted"_s, r.itemsDeleted },
        { u"itemsAnonymised"_s, r.itemsAnonymised }, { u"textsRedacted"_s, r.textsRedacted }, { u"suppressed"_s, r.suppressed } };
}

} // namespace

// What one forget did, for people: the counts, the backups it deleted, and
// whether the file still has to be compacted.
int printForget(const Command &c, const privacy::ForgetReport &r)
{
    if (c.out.isJson()) {
        QJsonObject o = toJson(r);
        o.insert(u"alreadyForgotten"_s, r.alreadyForgotten);
        o.insert(u"pathsRenamed"_s, r.pathsRenamed);
        o.insert(u"backupsDeleted"_s, QJsonArray::fromStringList(r.backupsDeleted));
        o.insert(u"compacted"_s, r.compactionError.isEmpty());
        if (!r.compactionError.isEmpty())
            o.insert(u"compactionError"_s, r.compactionError);
        c.out.json(o);
    } else if (r.alreadyForgotten) {
        c.out.line(tr("%1 was forgotten before; nothing of theirs is left to erase.")
                .arg(r.login.isEmpty() ? QString::number(r.userId) : r.login));
    } else {
        c.out.line(tr("Erased %1: %2 of their items deleted, %3 shared items kept without them, %4 mentions redacted, "
                      "%5 file paths renamed; later syncs will skip them and their words.")
                .arg(r.login, QString::number(r.itemsDeleted), QString::number(r.itemsAnonymised), QString::number(r.textsRedacted),
                    QString::number(r.pathsRenamed)));
    }
    if (!c.out.isJson()) {
        for (const QString &backup : r.backupsDeleted)
            c.out.line(tr("Deleted the migration backup %1 (an older schema cannot be redacted).").arg(backup));
        if (r.compactionError.isEmpty())
            c.out.line(tr("The file is compacted: nothing deleted is left in free pages or the log."));
    }
    if (!r.compactionError.isEmpty())
        return c.fail(r.compactionError);
    return Success;
}

int runForget(const Command &c)
{
    store::Database db;
    db.setChangePollInterval(0);
    if (!c.openDatabase(db))
        return Failure;
    privacy::Forgetter forgetter(db);
    privacy::ForgetOptions options;
    options.keepBackups = c.parser.isSet(u"keep-backups"_s);
    const bool byId = c.parser.isSet(u"id"_s);
    if (byId == !c.args.isEmpty())
        return c.usage(tr("name one person: a login, or --id N."));
    const QString named = (byId ? c.parser.value(u"id"_s) : c.args.constFirst()).left(80);
    const store::PeopleStore people(db);
    const auto live = byId ? people.key(c.parser.value(u"id"_s).toLongLong()) : people.key(c.args.constFirst());
    if (!live)
        return c.fail(live.error());
    if (!live->id) {
        // Someone forgotten already (a compaction that failed): compact again.
        const auto forgotten
            = byId ? forgetter.wasForgotten(c.parser.value(u"id"_s).toLongLong()) : forgetter.wasForgotten(c.args.constFirst());
        if (!forgotten)
            return c.fail(forgotten.error());
        if (!forgotten.value())
            return c.fail(tr("Nobody called %1 is in this workspace.").arg(named));
        if (!c.parser.isSet(u"yes"_s)) {
            c.out.line(tr("%1 was forgotten before. Again with --yes compacts the file again and deletes the migration backups beside it, "
                          "which may still hold them (--keep-backups keeps them).")
                    .arg(named));
            return c.usage(tr("add --yes to finish the erasure."));
        }
        if (const Status s = forgetter.compact(); !s)
            return c.fail(s.error());
        privacy::ForgetReport again;
        again.alreadyForgotten = true;
        again.login = byId ? QString() : named;
        again.userId = byId ? c.parser.value(u"id"_s).toLongLong() : 0;
        if (!options.keepBackups) {
            const auto deleted = forgetter.deleteMigrationBackups();
            if (!deleted)
                return c.fail(deleted.error());
            again.backupsDeleted = deleted.value();
        }
        return printForget(c, again);
    }
    const Person who { live->id, live->login };
    if (!c.parser.isSet(u"yes"_s)) {
        QString question = tr("This erases %1 (GitHub id %2) from the workspace for good: their profile, contact channels, scores, stages, "
                              "notes, tags and drafts, their commits, reviews and comments. PRs of theirs that others reviewed stay, "
                              "without them, and mentions of them in other people's text are redacted. Later syncs will not import "
                              "them or their words again.")
                               .arg(who.login, QString::number(who.id));
        const QStringList backups = privacy::Forgetter::migrationBackups(db.path());
        if (!backups.isEmpty() && !options.keepBackups)
            question += u' '
                + QCoreApplication::translate("ks::cli",
                    "The %n migration backup(s) beside the workspace hold them too and will be "
                    "deleted (--keep-backups keeps them).",
                    nullptr, int(backups.size()));
        c.out.line(question);
        return c.usage(tr("add --yes to erase."));
    }
    const auto erased = jobs::forgetPeople(db, { who.id }, options);
    if (!erased)
        return c.fail(erased.error());
    // Their avatar, cached outside the workspace file.
    people::AvatarCache(people::AvatarCache::directoryFor(db.path())).forget(who.id);
    reportRanking(c, erased->rankingError);
    return printForget(c, erased->reports.constFirst());
}

int runCompact(const Command &c)
{
    store::Database db;
    db.setChangePollInterval(0);
    if (!c.openDatabase(db))
        return Failure;
    if (const Status s = privacy::Forgetter(db).compact(); !s)
        return c.fail(s.error());
    c.out.line(tr("Compacted %1: nothing deleted is left in free pages or the log.").arg(db.path()));
    return Success;
}

int runSubjectReport(const Command &c)
{
    store::Database db;
    db.setChangePollInterval(0);
    db.setForceReadOnly(true);
    if (!c.openDatabase(db))
        return Failure;
    const Person who = findPerson(c, db);
    if (!who.id)
        return c.parser.isSet(u"id"_s) || !c.args.isEmpty() ? Failure : UsageError;
    const auto report = privacy::SubjectReport(db).build(who.id);
    if (!report)
        return c.fail(report.error());
    const QByteArray bytes
        = c.out.isJson() ? QJsonDocument(report.value()).toJson() : privacy::SubjectReport::toText(report.value()).toUtf8();
    if (!c.parser.isSet(u"out"_s)) {
        if (c.out.isJson())
            c.out.json(report.value());
        else
            c.out.text(QString::fromUtf8(bytes));
        return Success;
    }
    QSaveFile file(c.parser.value(u"out"_s));
    if (!file.open(QIODevice::WriteOnly) || !privatefiles::restrict(file) || file.write(bytes) != bytes.size() || !file.commit())
        return c.fail(tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
    c.out.line(tr("Wrote everything held about %1 to %2.").arg(who.login, file.fileName()));
    return Success;
}

int runRetention(const Command &c)
{
    store::Database db;
    db.setChangePollInterval(0);
    if (!c.openDatabase(db))
        return Failure;
    privacy::Retention retention(db);
    if (c.parser.isSet(u"months"_s)) {
        bool ok = false;
        const int months = c.parser.value(u"months"_s).toInt(&ok);
        if (!ok)
            return c.usage(tr("--months is a whole number of months."));
        if (const Status s = retention.setMonths(months); !s)
            return c.usage(s.error());
    }
    const auto months = retention.months();
    if (!months)
        return c.fail(months.error());
    QDateTime today = ks::Clock::now();
    if (!c.dateOption(u"today"_s, today)) // left as it is when --today is absent
        return UsageError;
    const auto due = retention.due(today.date(), months.value());
    if (!due)
        return c.fail(due.error());
    QList<qint64> ids;
    QList<QStringList> rows;
    QJsonArray people;
    for (const privacy::RetentionCandidate &p : due.value()) {
        ids.append(p.userId);
        const QString touched = p.lastTouched.isValid() ? p.lastTouched.date().toString(Qt::ISODate) : tr("never");
        rows.append({ p.login, p.name, p.firstSeen.date().toString(Qt::ISODate), p.lastSeen.date().toString(Qt::ISODate), touched });
        people.append(
            QJsonObject { { u"login"_s, p.login }, { u"githubId"_s, p.userId }, { u"firstSeen"_s, p.firstSeen.toString(Qt::ISODate) },
                { u"lastSeen"_s, p.lastSeen.toString(Qt::ISODate) }, { u"lastTouched"_s, p.lastTouched.toString(Qt::ISODate) } });
    }
    const bool forget = c.parser.isSet(u"forget"_s);
    if (forget && !ids.isEmpty() && !c.parser.isSet(u"yes"_s)) {
        c.out.table({ tr("Login"), tr("Name"), tr("First seen"), tr("Last seen"), tr("Last touched") }, rows);
        return c.usage(
            QCoreApplication::translate("ks::cli", "%n person(s) above would be forgotten; add --yes to do it.", nullptr, int(ids.size())));
    }
    if (forget && !ids.isEmpty()) {
        privacy::ForgetOptions options;
        options.suppress = false; // time ran out; they did not ask to be forgotten
        const auto done = jobs::forgetPeople(db, ids, options);
        if (!done)
            return c.fail(done.error());
        people::AvatarCache avatars(people::AvatarCache::directoryFor(db.path()));
        for (qint64 id : std::as_const(ids))
            avatars.forget(id);
        reportRanking(c, done->rankingError);
        if (!done->reports.isEmpty() && !done->reports.constFirst().compactionError.isEmpty())
            return c.fail(done->reports.constFirst().compactionError);
    }
    if (c.out.isJson()) {
        c.out.json(QJsonObject { { u"months"_s, months.value() }, { u"forgotten"_s, forget }, { u"people"_s, people } });
        return Success;
    }
    const int n = int(ids.size());
    c.out.line((forget ? QCoreApplication::translate("ks::cli", "Forgot %n person(s) untouched for %1 months.", nullptr, n)
                       : QCoreApplication::translate("ks::cli", "%n person(s) never contacted and untouched for %1 months:", nullptr, n))
            .arg(months.value()));
    if (!forget && !rows.isEmpty())
        c.out.table({ tr("Login"), tr("Name"), tr("First seen"), tr("Last seen"), tr("Last touched") }, rows);
    return Success;
}

} // namespace ks::cli
