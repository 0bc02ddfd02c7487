// SPDX-License-Identifier: MIT
#include "forgetrunner.h"

#include "jobs/forgetworker.h"
#include "people/avatarcache.h"
#include "store/database.h"
#include "workspacesession.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QWidget>

namespace ks::ui {

ForgetRunner::ForgetRunner(std::shared_ptr<WorkspaceSession> session, QWidget *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_parent(parent)
    , m_worker(new jobs::ForgetWorker(this))
{
    connect(m_worker, &jobs::ForgetWorker::finished, this, [this](const QList<privacy::ForgetReport> &reports, const QString &error) {
        for (qint64 id : std::as_const(m_userIds))
            m_session->avatars().forget(id);
        int deleted = 0, kept = 0, redacted = 0;
        for (const privacy::ForgetReport &r : reports) {
            deleted += r.itemsDeleted;
            kept += r.itemsAnonymised;
            redacted += r.textsRedacted;
        }
        const QString message = reports.size() == 1
            ? tr("Erased %1: %2 of their items deleted, %3 shared items kept without them, %4 mentions redacted.")
                  .arg(reports.constFirst().login)
                  .arg(deleted)
                  .arg(kept)
                  .arg(redacted)
            : tr("Erased %n people.", nullptr, int(reports.size()));
        QString extra;
        for (const privacy::ForgetReport &r : reports) {
            if (!r.backupsDeleted.isEmpty())
                extra += u' ' + tr("%n migration backup(s) holding them deleted.", nullptr, int(r.backupsDeleted.size()));
        }
        // The erasure is committed either way; an unfinished compaction is
        // said as an error, with what to do.
        const QString compaction = reports.isEmpty() ? QString() : reports.constFirst().compactionError;
        Q_EMIT finished(reports.isEmpty() ? QString() : message + extra, error.isEmpty() ? compaction : error);
    });
}

ForgetRunner::~ForgetRunner() = default;

QString ForgetRunner::question(const QStringList &logins, bool onRequest)
{
    const QString who = logins.size() == 1 ? logins.constFirst() : tr("these %n people", nullptr, int(logins.size()));
    QString text = tr("Erase %1 from this workspace for good?\n\nTheir profile, contact channels, scores, stages, notes, tags and drafts "
                      "go, with their commits, reviews and comments. Pull requests of theirs that others reviewed stay, without them, "
                      "and mentions of them in other people's text are redacted. This cannot be undone.")
                       .arg(who);
    if (onRequest)
        text += tr("\n\nLater syncs will not import them again.");
    return text;
}

bool ForgetRunner::confirmAndRun(const QList<qint64> &userIds, const QStringList &logins, bool onRequest)
{
    QMessageBox box(QMessageBox::Warning, tr("Forget"), question(logins, onRequest), QMessageBox::Cancel, m_parent);
    box.setTextFormat(Qt::PlainText); // logins and names are strangers' text
    QPushButton *forget = box.addButton(tr("&Forget"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != forget)
        return false;
    run(userIds, onRequest);
    return true;
}

void ForgetRunner::run(const QList<qint64> &userIds, bool onRequest)
{
    m_userIds = userIds;
    privacy::ForgetOptions options;
    options.suppress = onRequest;
    auto *busy = new QProgressDialog(tr("Erasing and compacting the workspace…"), QString(), 0, 0, m_parent);
    busy->setWindowModality(Qt::WindowModal);
    busy->setMinimumDuration(300);
    connect(this, &ForgetRunner::finished, busy, &QObject::deleteLater);
    if (!m_worker->start(m_session->database().path(), userIds, options)) {
        delete busy;
        Q_EMIT finished(QString(), tr("An erasure is already running."));
    }
}

} // namespace ks::ui
