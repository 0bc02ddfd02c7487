// SPDX-License-Identifier: MIT
#include "tokenstore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace ks::store {
namespace {

const QString Service = QStringLiteral("kernelscout-github");

QString explain(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("ks::store::TokenStore", "The system keychain refused access (%1).").arg(text);
    default:
        // No backend, no session bus (headless, CI), or a broken one: all the
        // same to the user, who needs the other way in.
        return QCoreApplication::translate(
            "ks::store::TokenStore", "No usable system keychain here (%1); set the GITHUB_TOKEN environment variable instead.")
            .arg(error == QKeychain::NoBackendAvailable
                    ? QCoreApplication::translate("ks::store::TokenStore", "none is installed or running")
                    : text);
    }
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : TokenStore(parent)
{ }

void KeychainTokenStore::read(const QString &host, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(host);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::EntryNotFound)
            return done(QByteArray());
        if (job->error() != QKeychain::NoError)
            return done(Result<QByteArray>::failure(explain(job->error(), job->errorString())));
        done(job->binaryData());
    });
    job->start();
}

void KeychainTokenStore::write(const QString &host, const QByteArray &token, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(host);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? Status() : Status::failure(explain(job->error(), job->errorString())));
    });
    job->start();
}

void KeychainTokenStore::remove(const QString &host, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(host);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok ? Status() : Status::failure(explain(job->error(), job->errorString())));
    });
    job->start();
}

void resolveToken(TokenStore &store, const QString &host, const QString &environmentVariable,
    std::function<void(const QByteArray &token, const QString &note)> done)
{
    const QByteArray fromEnvironment = qgetenv(environmentVariable.toLocal8Bit().constData()).trimmed();
    if (!fromEnvironment.isEmpty())
        return done(fromEnvironment, QString());
    store.read(host, [done = std::move(done)](const Result<QByteArray> &token) {
        if (!token)
            return done(QByteArray(), token.error());
        done(token.value(), QString());
    });
}

} // namespace ks::store
