// SPDX-License-Identifier: MIT
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <deque>
#include <memory>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace ks::people {

// Round avatars for people, keyed by GitHub user id. avatar() answers at once:
// from memory, or with a generated initials image while the real picture is
// read from the disk cache (off the GUI thread) or fetched from the stored
// avatar URL; avatarChanged() says when asking again gives something new.
// A failed fetch (HTTP error, undecodable or oversized body, timeout) keeps
// the initials for the rest of the session instead of retrying on every
// repaint. Disk files are `<userId>.png` with the source URL embedded, so a
// new avatar URL is noticed and forget() needs nothing but the id.
// Lives in the GUI thread.
class AvatarCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvatarCache)

public:
    static constexpr int MaxConcurrentFetches = 4;
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    static constexpr int StoredSize = 256; // pixels on disk: the detail pane at 2x
    static constexpr int MaxSize = 1024; // the largest image avatar() renders

    // `directory` is created on the first write and holds nothing else.
    // Without a `network` the cache makes its own; a given one must outlive it.
    explicit AvatarCache(const QString &directory, QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~AvatarCache() override;

    // A round `size`x`size` image in device pixels (clamped to MaxSize; null
    // when size <= 0): the person's avatar when loaded, else their initials.
    // For a new `url` the previous avatar stays until the new one is in (or
    // for good if it cannot be had). Only http and https URLs are fetched;
    // others get the initials.
    QImage avatar(qint64 userId, const QString &login, const QString &name, const QUrl &url, int size);

    // One or two letters (first and last word of `name`, else `login`) on a
    // circle whose colour follows from the login, so it is stable everywhere.
    static QImage initials(const QString &login, const QString &name, int size);
    // Where a workspace's avatars are cached: one folder per workspace file
    // under the user's cache location, so the GUI and the CLI (which erases a
    // forgotten person's picture) agree.
    static QString directoryFor(const QString &workspacePath);
    static QString initialsOf(const QString &login, const QString &name); // "Ada Lovelace" -> "AL"

    QString filePath(qint64 userId) const;
    // Drops the user's images from memory and disk; a fetch under way is
    // discarded and never written.
    void forget(qint64 userId);
    void clear();

    // Offline: the disk cache still answers, nothing is fetched. Going online
    // again fetches what is asked for next.
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

Q_SIGNALS:
    void avatarChanged(qint64 userId);

private:
    struct Shared;
    // A load under way, or a failed one (kept so it is not retried).
    struct Attempt
    {
        enum class Stage
        {
            Disk,
            Queued,
            Fetching,
            Decoding,
            Offline,
            Failed
        };
        QUrl url;
        quint64 ticket = 0; // tells a current answer from one for a forgotten or older attempt
        Stage stage = Stage::Disk;
        QNetworkReply *reply = nullptr;
    };
    struct Source
    {
        QImage image; // at most StoredSize, not yet round
        QUrl url;
    };
    struct Rendered
    {
        QImage image;
        QUrl url; // the avatar's source; empty for initials
        QString label; // login and name, for initials
    };
    using Key = std::pair<qint64, int>; // user id, size

    QImage renderedAvatar(qint64 userId, int size, const Source &source);
    void request(qint64 userId, const QUrl &url);
    void readDisk(qint64 userId, quint64 ticket);
    void enqueue(qint64 userId, Attempt &attempt);
    void fetchQueued();
    void fetch(qint64 userId, Attempt &attempt);
    void replyFinished(qint64 userId, QNetworkReply *reply);
    void decode(qint64 userId, const Attempt &attempt, const QByteArray &body);
    void delivered(qint64 userId, quint64 ticket, const QImage &image, const QUrl &url, bool fromNetwork);
    void dropRendered(qint64 userId);

    const QString m_directory;
    QNetworkAccessManager *m_network;
    std::shared_ptr<Shared> m_shared; // what worker threads may touch
    QCache<qint64, Source> m_sources;
    QCache<Key, Rendered> m_rendered;
    QHash<qint64, Attempt> m_attempts; // loads under way and failures
    std::deque<std::pair<qint64, quint64>> m_queue; // user id, ticket
    std::chrono::milliseconds m_timeout { 15000 };
    quint64 m_lastTicket = 0;
    int m_active = 0;
    bool m_offline = false;
};

} // namespace ks::people
