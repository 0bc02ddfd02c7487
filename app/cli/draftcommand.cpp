// SPDX-License-Identifier: MIT
// kernelscout draft LOGIN --requisition ID [--template NAME] [--evidence URL]
//                  [--format text|eml|json] [--strict]
// Renders a draft from the stored hiring context and evidence, and prints
// it with its checklist. Nothing is saved: the Outreach tab keeps versions.
#include "command.h"
#include "domain/clock.h"
#include "outreach/draftcomposer.h"
#include "outreach/emlwriter.h"
#include "store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace ks::cli {
namespace {

QJsonArray checksJson(const QList<outreach::DraftCheck> &checks)
{
    QJsonArray out;
    for (const outreach::DraftCheck &c : checks)
        out.append(QJsonObject { { u"id"_s, c.id }, { u"title"_s, c.title }, { u"required"_s, c.required }, { u"passed"_s, c.passed },
            { u"message"_s, c.message } });
    return out;
}

void printChecks(Output &out, const QList<outreach::DraftCheck> &checks)
{
    for (const outreach::DraftCheck &c : checks)
        out.line(u"[%1] %2%3: %4"_s.arg(c.passed ? u"x"_s : u" "_s, c.title, c.required ? QString() : tr(" (optional)"), c.message));
    out.line(outreach::readinessText(outreach::readiness(checks)));
}

} // namespace

int runDraft(const Command &c)
{
    bool ok = false;
    const qint64 requisition = c.parser.value(u"requisition"_s).toLongLong(&ok);
    if (c.args.size() != 1 || !ok)
        return c.usage(
            tr("usage: kernelscout draft LOGIN --requisition ID [--template NAME] [--evidence URL] [--format text|eml|json] [--strict]"));
    const QString format = c.parser.value(u"format"_s);
    if (format == "csv"_L1)
        return c.usage(tr("draft prints text, eml or json."));
    store::Database db;
    if (!c.openDatabase(db))
        return Failure;
    const auto sources = outreach::loadDraftSources(db, requisition, c.args[0]);
    if (!sources)
        return c.fail(sources.error());
    outreach::DraftChoice choice;
    choice.templateName = c.parser.value(u"template"_s);
    choice.evidenceUrl = c.parser.value(u"evidence"_s);
    const auto draft = outreach::renderDraft(sources.value(), choice);
    if (!draft)
        return c.fail(draft.error());
    const QString recipient = draft->recipient ? draft->recipient->value : QString();
    const QList<outreach::DraftCheck> checks = outreach::checkRendered(sources.value(), draft->subject, draft->body, recipient);
    const bool failing = outreach::readiness(checks) == outreach::Readiness::NotReady;
    const int exitCode = c.parser.isSet(u"strict"_s) && failing ? Failure : Success;

    if (c.out.isJson()) {
        c.out.json(QJsonObject { { u"login"_s, sources->person.login }, { u"requisition"_s, sources->requisition.id },
            { u"template"_s, draft->usedTemplate.name }, { u"evidence"_s, draft->evidence ? draft->evidence->url : QString() },
            { u"to"_s, recipient }, { u"subject"_s, draft->subject }, { u"body"_s, draft->body }, { u"ready"_s, !failing },
            { u"checks"_s, checksJson(checks) } });
        return exitCode;
    }
    if (format == "eml"_L1) {
        const outreach::HiringContext &context = sources->context;
        const QByteArray eml = outreach::toEml(
            { context.senderName, context.senderEmail, sources->person.name, recipient, draft->subject, draft->body, ks::Clock::now() });
        // The message goes to stdout byte for byte (CRLF and all); the checklist to stderr.
        c.out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(eml) != eml.size())
            return c.fail(tr("Cannot write to standard output."));
        stdoutFile.close();
        for (const outreach::DraftCheck &check : checks) {
            if (!check.passed)
                c.out.error(u"%1: %2"_s.arg(check.title, check.message));
        }
        return exitCode;
    }
    c.out.line(tr("To: %1").arg(recipient.isEmpty() ? tr("(no e-mail address known)") : recipient));
    c.out.line(tr("Subject: %1").arg(draft->subject));
    c.out.line(tr("Template: %1; cites: %2").arg(draft->usedTemplate.name, draft->evidence ? draft->evidence->url : tr("nothing")));
    c.out.line(QString());
    for (const QString &line : draft->body.split(u'\n'))
        c.out.line(line);
    c.out.line(QString());
    printChecks(c.out, checks);
    return exitCode;
}

} // namespace ks::cli
