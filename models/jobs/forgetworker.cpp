// SPDX-License-Identifier: MIT
#include "forgetworker.h"

#include "forgetpeople.h"
#include "store/database.h"

#include <QPointer>
#include <QThread>

namespace ks::jobs {

using privacy::ForgetOptions;
using privacy::ForgetReport;

ForgetWorker::ForgetWorker(QObject *parent)
    : QObject(parent)
{ }

ForgetWorker::~ForgetWorker()
{
    if (m_thread) {
        m_thread->wait(); // an erasure is one transaction and a VACUUM: let it end
        delete m_thread;
    }
}

bool ForgetWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool ForgetWorker::start(const QString &databasePath, const QList<qint64> &userIds, const ForgetOptions &options)
{
    if (isRunning())
        return false;
    delete m_thread;
    QPointer<ForgetWorker> self(this);
    m_thread = QThread::create([self, databasePath, userIds, options] {
        QList<ForgetReport> reports;
        QString error;
        {
            store::Database db;
            db.setChangePollInterval(0);
            db.setCheckIntegrity(false); // the caller's connection checked it
            if (const Status opened = db.open(databasePath, store::Database::OpenMode::MustExist); !opened) {
                error = opened.error();
            } else if (const auto done = forgetPeople(db, userIds, options); !done) {
                error = done.error();
            } else {
                reports = done->reports;
                error = done->rankingError;
            }
        }
        QMetaObject::invokeMethod(
            self,
            [self, reports, error] {
                if (self)
                    Q_EMIT self->finished(reports, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("kernelscout-forget"));
    m_thread->start();
    return true;
}

} // namespace ks::jobs
