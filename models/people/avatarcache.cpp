// SPDX-License-Identifier: MIT
#include "avatarcache.h"

#include "domain/privatefiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUrlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ks::people {
namespace {

Q_LOGGING_CATEGORY(lcAvatars, "kernelscout.people.avatars", QtWarningMsg)

const QString SourceKey = u"Source"_s; // PNG text chunk naming the URL a file came from
constexpr int MaxDecodedSide = 4096; // a 1 MiB body can still claim a huge canvas

qint64 costOf(const QImage &image)
{
    return image.sizeInBytes() / 1024 + 1; // caches count KiB
}

// Reads an image without trusting its header: refuses giant canvases before
// allocating, and shrinks to what is ever stored.
QImage readImage(QIODevice *device, QString *source = nullptr)
{
    QImageReader reader(device);
    reader.setAllocationLimit(64);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > MaxDecodedSide || size.height() > MaxDecodedSide)
        return {};
    if (size.width() > AvatarCache::StoredSize || size.height() > AvatarCache::StoredSize)
        reader.setScaledSize(size.scaled(AvatarCache::StoredSize, AvatarCache::StoredSize, Qt::KeepAspectRatio));
    if (source)
        *source = reader.text(SourceKey);
    return reader.read();
}

QImage roundImage(const QImage &source, int size)
{
    // Crop to the centred square first, so a non-square picture is not squashed.
    const int side = std::min(source.width(), source.height());
    const QImage square = source.copy((source.width() - side) / 2, (source.height() - side) / 2, side, side)
                              .scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage out(size, size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    // A textured brush gives an antialiased edge; a clip path would not.
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QBrush(square));
    painter.drawEllipse(QRectF(0, 0, size, size));
    return out;
}

// The first letter or digit of `text`, upper case, as one code point; lone
// surrogate halves and symbols (emoji) are skipped.
QString firstLetter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            continue;
        }
        if (QChar::isLetterOrNumber(c)) {
            // Single code point mapping: "ß" must not become "SS".
            const char32_t upper = QChar::toUpper(c);
            return QString::fromUcs4(&upper, 1);
        }
    }
    return {};
}

// FNV-1a: qHash is seeded per process, and the colour must not change between runs.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const char byte : text.toCaseFolded().toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

QString keyText(const QString &login, const QString &name)
{
    return login + u'\n' + name;
}

} // namespace

QString AvatarCache::initialsOf(const QString &login, const QString &name)
{
    const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    qsizetype firstWord = -1;
    QString first;
    for (qsizetype i = 0; i < words.size() && first.isEmpty(); ++i) {
        first = firstLetter(words[i]);
        firstWord = i;
    }
    if (first.isEmpty())
        return firstLetter(login);
    for (qsizetype i = words.size() - 1; i > firstWord; --i) {
        if (const QString last = firstLetter(words[i]); !last.isEmpty())
            return first + last;
    }
    return first;
}

// What worker threads share with the cache. `owner` is read and written on
// the GUI thread only; it is null once the cache is gone. The epochs let a
// write that finishes after forget() or clear() see that it must not land.
struct AvatarCache::Shared
{
    AvatarCache *owner = nullptr;
    QMutex mutex;
    quint64 clearedEpoch = 0; // guarded by mutex
    QHash<qint64, quint64> forgotten; // guarded by mutex
};

AvatarCache::AvatarCache(const QString &directory, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_shared(std::make_shared<Shared>())
    , m_sources(32 * 1024) // KiB: ~128 full-size pictures
    , m_rendered(16 * 1024) // KiB: thousands of row-sized circles
{
    m_shared->owner = this;
}

AvatarCache::~AvatarCache()
{
    m_shared->owner = nullptr;
    // A shared manager outlives us: its replies must not call back.
    for (const Attempt &attempt : std::as_const(m_attempts)) {
        if (attempt.reply) {
            disconnect(attempt.reply, nullptr, this, nullptr);
            attempt.reply->abort();
            attempt.reply->deleteLater();
        }
    }
}

QString AvatarCache::filePath(qint64 userId) const
{
    return QDir(m_directory).filePath(QString::number(userId) + u".png"_s);
}

QImage AvatarCache::avatar(qint64 userId, const QString &login, const QString &name, const QUrl &url, int size)
{
    if (size <= 0)
        return {};
    size = std::min(size, MaxSize);
    if (const Source *source = m_sources.object(userId)) {
        if (source->url != url)
            request(userId, url);
        return renderedAvatar(userId, size, *source);
    }
    const Key key { userId, size };
    // The picture was evicted but this size of it is still here.
    if (const Rendered *r = m_rendered.object(key); r && !r->url.isEmpty() && r->url == url)
        return r->image;
    request(userId, url);
    const QString label = keyText(login, name);
    if (const Rendered *r = m_rendered.object(key); r && (!r->url.isEmpty() || r->label == label))
        return r->image; // initials, or an older avatar until the new one is in
    const QImage image = initials(login, name, size);
    m_rendered.insert(key, new Rendered { image, {}, label }, costOf(image));
    return image;
}

QImage AvatarCache::renderedAvatar(qint64 userId, int size, const Source &source)
{
    const Key key { userId, size };
    if (const Rendered *r = m_rendered.object(key); r && !r->url.isEmpty() && r->url == source.url)
        return r->image;
    const QImage image = roundImage(source.image, size);
    m_rendered.insert(key, new Rendered { image, source.url, {} }, costOf(image));
    return image;
}

QString AvatarCache::directoryFor(const QString &workspacePath)
{
    const QString canonical = QFileInfo(workspacePath).canonicalFilePath();
    const QByteArray key = QCryptographicHash::hash((canonical.isEmpty() ? workspacePath : canonical).toUtf8(), QCryptographicHash::Sha1);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/avatars/")
        + QString::fromLatin1(key.toHex().left(16));
}

QImage AvatarCache::initials(const QString &login, const QString &name, int size)
{
    if (size <= 0)
        return {};
    size = std::min(size, MaxSize);
    const quint32 hash = stableHash(login.isEmpty() ? name : login);
    // Mid saturation and lightness: distinct hues, none glaring or muddy.
    const QColor background = QColor::fromHsl(int(hash % 360), 110 + int((hash >> 9) % 60), 100 + int((hash >> 17) % 40));
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    const QColor ink = luminance > 0.55 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);

    QImage out(size, size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawEllipse(QRectF(0, 0, size, size));
    // Fonts need a QGuiApplication; without one (a headless tool) the circle alone will do.
    const QString text = initialsOf(login, name);
    if (!text.isEmpty() && qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QFont font;
        const bool twoLetters = QStringView(text).toUcs4().size() > 1;
        font.setPixelSize(std::max(1, int(size * (twoLetters ? 0.38 : 0.46))));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(ink);
        painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, text);
    }
    return out;
}

void AvatarCache::request(qint64 userId, const QUrl &url)
{
    auto it = m_attempts.find(userId);
    if (it != m_attempts.end() && it->url == url) {
        if (it->stage == Attempt::Stage::Offline && !m_offline)
            enqueue(userId, *it);
        return; // under way, or failed for this session
    }
    QNetworkReply *superseded = it != m_attempts.end() ? std::exchange(it->reply, nullptr) : nullptr;
    Attempt &attempt = m_attempts[userId];
    attempt = Attempt { url, ++m_lastTicket, Attempt::Stage::Disk, nullptr };
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
        attempt.stage = Attempt::Stage::Failed; // no avatar_url, or one we will not follow
    else
        readDisk(userId, attempt.ticket);
    if (superseded)
        superseded->abort();
}

void AvatarCache::readDisk(qint64 userId, quint64 ticket)
{
    QThreadPool::globalInstance()->start([shared = m_shared, userId, ticket, path = filePath(userId)] {
        QImage image;
        QString source;
        if (QFile file(path); file.open(QIODevice::ReadOnly))
            image = readImage(&file, &source);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [shared, userId, ticket, image, source] {
                if (shared->owner)
                    shared->owner->delivered(userId, ticket, image, QUrl(source), false);
            },
            Qt::QueuedConnection);
    });
}

void AvatarCache::enqueue(qint64 userId, Attempt &attempt)
{
    if (m_offline) {
        attempt.stage = Attempt::Stage::Offline;
        return;
    }
    attempt.stage = Attempt::Stage::Queued;
    m_queue.emplace_back(userId, attempt.ticket);
    fetchQueued();
}

void AvatarCache::fetchQueued()
{
    while (m_active < MaxConcurrentFetches && !m_queue.empty()) {
        const auto [userId, ticket] = m_queue.front();
        m_queue.pop_front();
        auto it = m_attempts.find(userId);
        if (it == m_attempts.end() || it->ticket != ticket || it->stage != Attempt::Stage::Queued)
            continue; // forgotten or superseded while waiting
        if (m_offline)
            it->stage = Attempt::Stage::Offline;
        else
            fetch(userId, *it);
    }
}

void AvatarCache::fetch(qint64 userId, Attempt &attempt)
{
    QUrl url = attempt.url;
    // GitHub scales on request; the full-size original can be large.
    if (url.host().compare(u"avatars.githubusercontent.com"_s, Qt::CaseInsensitive) == 0) {
        QUrlQuery query(url);
        query.removeAllQueryItems(u"s"_s);
        query.addQueryItem(u"s"_s, QString::number(StoredSize));
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeout);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setRawHeader("Accept", "image/png, image/jpeg, image/*;q=0.8");
    QNetworkReply *reply = m_network->get(request);
    ++m_active;
    attempt.stage = Attempt::Stage::Fetching;
    attempt.reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [this, userId, reply](qint64 received, qint64 total) {
        if (received <= MaxBodyBytes && total <= MaxBodyBytes)
            return;
        auto it = m_attempts.find(userId);
        if (it != m_attempts.end() && it->reply == reply) {
            qCInfo(lcAvatars) << "avatar of" << userId << "is larger than" << MaxBodyBytes << "bytes";
            it->reply = nullptr;
            it->stage = Attempt::Stage::Failed;
        }
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, userId, reply] { replyFinished(userId, reply); });
}

void AvatarCache::replyFinished(qint64 userId, QNetworkReply *reply)
{
    --m_active;
    reply->deleteLater();
    auto it = m_attempts.find(userId);
    // Replies that were aborted (too big, superseded, offline, forgotten) no longer belong to an attempt.
    if (it != m_attempts.end() && it->reply == reply) {
        it->reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            qCInfo(lcAvatars) << "avatar of" << userId << "not fetched:" << status << reply->errorString();
            it->stage = Attempt::Stage::Failed;
        } else {
            const QByteArray body = reply->readAll();
            if (body.size() > MaxBodyBytes) {
                it->stage = Attempt::Stage::Failed;
            } else {
                it->stage = Attempt::Stage::Decoding;
                decode(userId, *it, body);
            }
        }
    }
    fetchQueued();
}

void AvatarCache::decode(qint64 userId, const Attempt &attempt, const QByteArray &body)
{
    quint64 clearedEpoch = 0;
    quint64 forgotten = 0;
    {
        QMutexLocker lock(&m_shared->mutex);
        clearedEpoch = m_shared->clearedEpoch;
        forgotten = m_shared->forgotten.value(userId);
    }
    QThreadPool::globalInstance()->start([shared = m_shared, userId, ticket = attempt.ticket, url = attempt.url, body,
                                             directory = m_directory, path = filePath(userId), clearedEpoch, forgotten] {
        QBuffer buffer;
        buffer.setData(body);
        buffer.open(QIODevice::ReadOnly);
        QImage image = readImage(&buffer);
        if (!image.isNull()) {
            image.setText(SourceKey, url.toString(QUrl::FullyEncoded));
            QByteArray png;
            QBuffer out(&png);
            out.open(QIODevice::WriteOnly);
            image.save(&out, "PNG");
            QSaveFile file(path);
            bool written = privatefiles::makeFolder(directory) && file.open(QIODevice::WriteOnly) && privatefiles::restrict(file)
                && file.write(png) == png.size();
            // The rename happens under the lock, so a forget() either sees the file or stops it.
            QMutexLocker lock(&shared->mutex);
            if (shared->clearedEpoch != clearedEpoch || shared->forgotten.value(userId) != forgotten)
                file.cancelWriting();
            else if (!written || !file.commit())
                qCWarning(lcAvatars) << "could not write" << path << file.errorString();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [shared, userId, ticket, image, url] {
                if (shared->owner)
                    shared->owner->delivered(userId, ticket, image, url, true);
            },
            Qt::QueuedConnection);
    });
}

void AvatarCache::delivered(qint64 userId, quint64 ticket, const QImage &image, const QUrl &url, bool fromNetwork)
{
    auto it = m_attempts.find(userId);
    if (it == m_attempts.end() || it->ticket != ticket)
        return; // forgotten, cleared or superseded meanwhile
    if (fromNetwork && image.isNull()) {
        qCInfo(lcAvatars) << "avatar of" << userId << "is not an image";
        it->stage = Attempt::Stage::Failed;
        return;
    }
    if (!fromNetwork && (image.isNull() || url != it->url))
        enqueue(userId, *it); // not on disk, or an older version: fetch, show the older one meanwhile
    else
        m_attempts.erase(it);
    if (image.isNull())
        return;
    const Source *old = m_sources.object(userId);
    if (old && old->url == url)
        return;
    m_sources.insert(userId, new Source { image, url }, costOf(image));
    // Last, as a receiver may ask for the avatar at once.
    Q_EMIT avatarChanged(userId);
}

void AvatarCache::dropRendered(qint64 userId)
{
    const QList<Key> keys = m_rendered.keys();
    for (const Key &key : keys) {
        if (key.first == userId)
            m_rendered.remove(key);
    }
}

void AvatarCache::forget(qint64 userId)
{
    m_sources.remove(userId);
    dropRendered(userId);
    QNetworkReply *reply = m_attempts.value(userId).reply;
    m_attempts.remove(userId);
    {
        QMutexLocker lock(&m_shared->mutex);
        ++m_shared->forgotten[userId];
        QFile::remove(filePath(userId));
    }
    if (reply)
        reply->abort();
}

void AvatarCache::clear()
{
    m_sources.clear();
    m_rendered.clear();
    QList<QNetworkReply *> replies;
    for (const Attempt &attempt : std::as_const(m_attempts)) {
        if (attempt.reply)
            replies.append(attempt.reply);
    }
    m_attempts.clear();
    m_queue.clear();
    {
        QMutexLocker lock(&m_shared->mutex);
        ++m_shared->clearedEpoch;
        // Only what we write: the directory is ours, but be modest anyway.
        static const QRegularExpression ours(u"^-?\\d+\\.png\\z"_s);
        QDir dir(m_directory);
        const QStringList files = dir.entryList({ u"*.png"_s }, QDir::Files);
        for (const QString &file : files) {
            if (ours.match(file).hasMatch())
                dir.remove(file);
        }
    }
    for (QNetworkReply *reply : std::as_const(replies))
        reply->abort();
}

void AvatarCache::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    if (!offline)
        return; // waiting attempts are fetched when next asked for, not all at once
    QList<QNetworkReply *> replies;
    for (Attempt &attempt : m_attempts) {
        if (attempt.stage == Attempt::Stage::Queued || attempt.stage == Attempt::Stage::Fetching) {
            attempt.stage = Attempt::Stage::Offline;
            if (attempt.reply)
                replies.append(std::exchange(attempt.reply, nullptr));
        }
    }
    m_queue.clear();
    for (QNetworkReply *reply : std::as_const(replies))
        reply->abort();
}

} // namespace ks::people
