// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QUrl>

namespace ks::github {
class Client;
}
namespace ks::store {
class Database;
}
namespace ks::sync {
class Requester;
}

namespace ks::viewer {

// Fetches a file at a commit on demand, for the code viewer, into the
// workspace's file cache (file_contents), through the same Requester as the
// sync: rate limits, retries and the token apply. A file already cached is
// not fetched again; a 404 is cached as 'missing', a file GitHub will not
// send as text as 'binary' or 'too_large', so neither is asked for twice.
class FileFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileFetcher)

public:
    FileFetcher(store::Database &db, const QUrl &apiRoot, const QByteArray &token, QObject *parent = nullptr);
    ~FileFetcher() override;

    void fetch(const QString &owner, const QString &name, const QString &ref, const QString &path);

Q_SIGNALS:
    // The file is in the cache now (whatever its status).
    void fetched(const QString &owner, const QString &name, const QString &ref, const QString &path);
    void fetchFailed(const QString &message);

private:
    store::Database &m_db;
    github::Client *m_client;
    sync::Requester *m_requester;
};

} // namespace ks::viewer
