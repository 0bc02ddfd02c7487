// SPDX-License-Identifier: MIT
// Avatars: initials at once, the real picture after one fetch, from disk when
// offline, and nothing fetched twice or written after a failure or forget().
// A small HTTP server on 127.0.0.1 stands in for GitHub.
#include "people/avatarcache.h"
#include "support/tempworkspace.h"

#include <QBuffer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <random>

using namespace Qt::StringLiterals;
using ks::people::AvatarCache;

namespace {

QByteArray pngOf(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QByteArray solidPng(const QColor &colour)
{
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(colour);
    return pngOf(image);
}

// A valid picture over the size limit: noise does not compress.
const QByteArray &hugePng()
{
    static const QByteArray png = [] {
        QImage image(640, 640, QImage::Format_RGB32);
        std::minstd_rand random(7);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, random());
        }
        return pngOf(image);
    }();
    return png;
}

// Paths: /red*, /blue* a solid PNG of that colour; /late* red after 300 ms;
// /missing a 404; /garbage a body that is no image; /huge a PNG over 1 MiB;
// /slow* no answer.
class ImageServer
{
public:
    ImageServer()
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    QUrl url(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path)); }
    qsizetype requests(const QString &prefix = u"/"_s) const
    {
        return std::count_if(m_paths.cbegin(), m_paths.cend(), [&](const QString &p) { return p.startsWith(prefix); });
    }

private:
    void accept(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray head = socket->property("head").toByteArray() + socket->readAll();
            socket->setProperty("head", head);
            if (!head.contains("\r\n\r\n") || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            const QString path = QString::fromLatin1(head.split(' ').value(1)).section(u'?', 0, 0);
            m_paths.append(path);
            answer(socket, path);
        });
    }

    static void answer(QTcpSocket *socket, const QString &path)
    {
        if (path.startsWith(u"/red"))
            send(socket, "200 OK", solidPng(Qt::red));
        else if (path.startsWith(u"/blue"))
            send(socket, "200 OK", solidPng(Qt::blue));
        else if (path.startsWith(u"/late"))
            QTimer::singleShot(300, socket, [socket] { send(socket, "200 OK", solidPng(Qt::red)); });
        else if (path == u"/garbage")
            send(socket, "200 OK", "<html>this is not a picture</html>");
        else if (path == u"/huge")
            send(socket, "200 OK", hugePng());
        else if (!path.startsWith(u"/slow"))
            send(socket, "404 Not Found", "not found");
    }

    static void send(QTcpSocket *socket, const char *status, const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + QByteArray(status) + "\r\nContent-Type: image/png\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QStringList m_paths;
};

struct Fixture
{
    Fixture() { network.setProxy(QNetworkProxy::NoProxy); } // a proxy from the environment must not see 127.0.0.1
    QString dir() const { return tmp.dir() + u"/avatars"_s; }

    TempWorkspace tmp;
    ImageServer server;
    QNetworkAccessManager network;
};

bool centreIs(const QImage &image, const QColor &colour)
{
    const QColor c = image.pixelColor(image.width() / 2, image.height() / 2);
    return c.alpha() == 255 && std::abs(c.red() - colour.red()) <= 2 && std::abs(c.green() - colour.green()) <= 2
        && std::abs(c.blue() - colour.blue()) <= 2;
}

const QString Ada = u"ada"_s;
const QString AdaName = u"Ada Lovelace"_s;

} // namespace

TEST_CASE("the first call shows initials, the fetched avatar replaces them", "[people][avatars]")
{
    Fixture f;
    AvatarCache cache(f.dir(), &f.network);
    QSignalSpy changed(&cache, &AvatarCache::avatarChanged);
    const QUrl url = f.server.url(u"/red.png"_s);

    const QImage first = cache.avatar(42, Ada, AdaName, url, 48);
    CHECK(first.size() == QSize(48, 48));
    CHECK(first == AvatarCache::initials(Ada, AdaName, 48));

    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 1; }, 5000));
    CHECK(changed.first().first().toLongLong() == 42);
    const QImage real = cache.avatar(42, Ada, AdaName, url, 48);
    CHECK(real.size() == QSize(48, 48));
    CHECK(centreIs(real, Qt::red));
    CHECK(real.pixelColor(0, 0).alpha() == 0); // round, transparent corners
    CHECK(QFile::exists(cache.filePath(42)));
    CHECK(cache.filePath(42).endsWith(u"/42.png"_s));

    // Another size is drawn from the same picture, not fetched again.
    const QImage large = cache.avatar(42, Ada, AdaName, url, 128);
    CHECK(large.size() == QSize(128, 128));
    CHECK(centreIs(large, Qt::red));
    CHECK(cache.avatar(42, Ada, AdaName, url, 0).isNull());
    CHECK(cache.avatar(42, Ada, AdaName, url, 100000).size() == QSize(AvatarCache::MaxSize, AvatarCache::MaxSize));
    CHECK(f.server.requests() == 1);
}

TEST_CASE("offline, a second cache on the same folder answers from disk without the network", "[people][avatars]")
{
    Fixture f;
    const QUrl url = f.server.url(u"/red.png"_s);
    {
        AvatarCache online(f.dir(), &f.network);
        QSignalSpy changed(&online, &AvatarCache::avatarChanged);
        (void)online.avatar(42, Ada, AdaName, url, 32);
        REQUIRE(QTest::qWaitFor([&] { return changed.count() == 1; }, 5000));
    }
    REQUIRE(f.server.requests() == 1);

    AvatarCache offline(f.dir(), &f.network);
    offline.setOffline(true);
    QSignalSpy changed(&offline, &AvatarCache::avatarChanged);
    CHECK(offline.avatar(42, Ada, AdaName, url, 32) == AvatarCache::initials(Ada, AdaName, 32));
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 1; }, 5000));
    CHECK(centreIs(offline.avatar(42, Ada, AdaName, url, 32), Qt::red));

    // Someone not on disk keeps the initials and costs no request...
    const QUrl blue = f.server.url(u"/blue.png"_s);
    CHECK(offline.avatar(7, u"grace"_s, {}, blue, 32) == AvatarCache::initials(u"grace"_s, {}, 32));
    QTest::qWait(300);
    CHECK(changed.count() == 1);
    CHECK(f.server.requests() == 1);

    // ...until the cache is online and asked again.
    offline.setOffline(false);
    (void)offline.avatar(7, u"grace"_s, {}, blue, 32);
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 2; }, 5000));
    CHECK(centreIs(offline.avatar(7, u"grace"_s, {}, blue, 32), Qt::blue));
    CHECK(f.server.requests(u"/blue"_s) == 1);
}

TEST_CASE("many calls for one person while loading fetch once", "[people][avatars]")
{
    Fixture f;
    AvatarCache cache(f.dir()); // its own network manager
    QSignalSpy changed(&cache, &AvatarCache::avatarChanged);
    const QUrl url = f.server.url(u"/red.png"_s);
    for (int size : { 16, 32, 48, 48, 64, 32 })
        CHECK(cache.avatar(5, Ada, AdaName, url, size) == AvatarCache::initials(Ada, AdaName, size));
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 1; }, 5000));
    for (int size : { 16, 32, 48 })
        CHECK(centreIs(cache.avatar(5, Ada, AdaName, url, size), Qt::red));
    QTest::qWait(200);
    CHECK(changed.count() == 1);
    CHECK(f.server.requests() == 1);
}

TEST_CASE("at most four fetches run at once, and a server that never answers times out", "[people][avatars]")
{
    Fixture f;
    AvatarCache cache(f.dir(), &f.network);
    cache.setTransferTimeout(std::chrono::milliseconds(700));
    QSignalSpy changed(&cache, &AvatarCache::avatarChanged);
    auto askAll = [&] {
        for (int id = 1; id <= 8; ++id)
            (void)cache.avatar(id, Ada, AdaName, f.server.url(u"/slow/%1"_s.arg(id)), 32);
    };
    askAll();
    REQUIRE(QTest::qWaitFor([&] { return f.server.requests(u"/slow"_s) == AvatarCache::MaxConcurrentFetches; }, 5000));
    QTest::qWait(300);
    CHECK(f.server.requests(u"/slow"_s) == AvatarCache::MaxConcurrentFetches);
    // The first four time out, the other four get their turn, then time out too.
    REQUIRE(QTest::qWaitFor([&] { return f.server.requests(u"/slow"_s) == 8; }, 5000));
    QTest::qWait(1200);
    askAll();
    QTest::qWait(300);
    CHECK(f.server.requests(u"/slow"_s) == 8);
    CHECK(changed.isEmpty());
}

TEST_CASE("a 404, a body that is no image or too big keep the initials, write nothing, and are not retried", "[people][avatars]")
{
    REQUIRE(hugePng().size() > AvatarCache::MaxBodyBytes);
    Fixture f;
    AvatarCache cache(f.dir(), &f.network);
    QSignalSpy changed(&cache, &AvatarCache::avatarChanged);
    const QList<std::pair<qint64, QUrl>> people {
        { 1, f.server.url(u"/missing"_s) }, { 2, f.server.url(u"/garbage"_s) }, { 3, f.server.url(u"/huge"_s) },
        { 4, QUrl(u"file:///etc/passwd"_s) }, // never followed
        { 5, QUrl() }, // no avatar_url stored
    };
    auto askAll = [&] {
        for (const auto &[id, url] : people)
            CHECK(cache.avatar(id, Ada, AdaName, url, 40) == AvatarCache::initials(Ada, AdaName, 40));
    };
    askAll();
    REQUIRE(QTest::qWaitFor([&] { return f.server.requests() == 3; }, 5000));
    QTest::qWait(300); // the answers are judged
    for (int i = 0; i < 3; ++i)
        askAll();
    QTest::qWait(300);
    CHECK(f.server.requests(u"/missing"_s) == 1);
    CHECK(f.server.requests(u"/garbage"_s) == 1);
    CHECK(f.server.requests(u"/huge"_s) == 1);
    CHECK(f.server.requests() == 3);
    CHECK(changed.isEmpty());
    for (const auto &[id, url] : people)
        CHECK_FALSE(QFile::exists(cache.filePath(id)));
}

TEST_CASE("forget() removes the file and the picture; a fetch under way never lands", "[people][avatars]")
{
    Fixture f;
    AvatarCache cache(f.dir(), &f.network);
    QSignalSpy changed(&cache, &AvatarCache::avatarChanged);
    const QUrl url = f.server.url(u"/red.png"_s);
    (void)cache.avatar(42, Ada, AdaName, url, 32);
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 1; }, 5000));
    REQUIRE(QFile::exists(cache.filePath(42)));

    cache.forget(42);
    CHECK_FALSE(QFile::exists(cache.filePath(42)));
    CHECK(cache.avatar(42, Ada, AdaName, url, 32) == AvatarCache::initials(Ada, AdaName, 32));
    // Asked again, the person is fetched again, not taken from a leftover.
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 2; }, 5000));
    CHECK(f.server.requests() == 2);

    (void)cache.avatar(9, Ada, AdaName, f.server.url(u"/late.png"_s), 32);
    REQUIRE(QTest::qWaitFor([&] { return f.server.requests(u"/late"_s) == 1; }, 5000));
    cache.forget(9);
    QTest::qWait(800);
    CHECK(changed.count() == 2);
    CHECK_FALSE(QFile::exists(cache.filePath(9)));

    cache.clear();
    CHECK_FALSE(QFile::exists(cache.filePath(42)));
    CHECK(cache.avatar(42, Ada, AdaName, url, 32) == AvatarCache::initials(Ada, AdaName, 32));
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 3; }, 5000));
}

TEST_CASE("a changed avatar URL is fetched again, showing the old picture meanwhile", "[people][avatars]")
{
    Fixture f;
    AvatarCache cache(f.dir(), &f.network);
    QSignalSpy changed(&cache, &AvatarCache::avatarChanged);
    (void)cache.avatar(3, Ada, AdaName, f.server.url(u"/red.png?v=4"_s), 32);
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 1; }, 5000));

    const QUrl blue = f.server.url(u"/blue.png?v=5"_s);
    CHECK(centreIs(cache.avatar(3, Ada, AdaName, blue, 32), Qt::red));
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 2; }, 5000));
    CHECK(centreIs(cache.avatar(3, Ada, AdaName, blue, 32), Qt::blue));
    CHECK(f.server.requests(u"/blue"_s) == 1);

    // The disk copy is the new version too.
    AvatarCache offline(f.dir(), &f.network);
    offline.setOffline(true);
    QSignalSpy fromDisk(&offline, &AvatarCache::avatarChanged);
    (void)offline.avatar(3, Ada, AdaName, blue, 32);
    REQUIRE(QTest::qWaitFor([&] { return fromDisk.count() == 1; }, 5000));
    CHECK(centreIs(offline.avatar(3, Ada, AdaName, blue, 32), Qt::blue));
    CHECK(f.server.requests() == 2);
}

TEST_CASE("initials: letters from the name, colour from the login", "[people][avatars]")
{
    CHECK(AvatarCache::initialsOf(Ada, AdaName) == u"AL"_s);
    CHECK(AvatarCache::initialsOf(u"grace"_s, u"  grace  brewster   hopper "_s) == u"GH"_s);
    CHECK(AvatarCache::initialsOf(u"torvalds"_s, {}) == u"T"_s);
    CHECK(AvatarCache::initialsOf(u"x"_s, u"Ada 🚀"_s) == u"A"_s);
    CHECK(AvatarCache::initialsOf(u"x"_s, u"🚀 Rocket Man"_s) == u"RM"_s);
    CHECK(AvatarCache::initialsOf(u"x"_s, u"straße"_s) == u"S"_s);
    CHECK(AvatarCache::initialsOf(u"\U0001D400bc"_s, {}) == u"\U0001D400"_s); // a letter outside the BMP stays whole
    CHECK(AvatarCache::initialsOf({}, {}).isEmpty());

    const QImage ada = AvatarCache::initials(Ada, AdaName, 64);
    const QImage grace = AvatarCache::initials(u"grace"_s, u"Grace Hopper"_s, 64);
    CHECK(ada.size() == QSize(64, 64));
    CHECK(ada != grace);
    CHECK(ada == AvatarCache::initials(Ada, AdaName, 64));
    CHECK(ada.pixelColor(0, 0).alpha() == 0);
    CHECK(ada.pixelColor(4, 32).alpha() == 255);
    // The background follows the login, whatever the name says.
    CHECK(AvatarCache::initials(u"ADA"_s, u"Someone Else"_s, 64).pixelColor(4, 32) == ada.pixelColor(4, 32));
    CHECK(grace.pixelColor(4, 32) != ada.pixelColor(4, 32));
}

TEST_CASE("initials survive empty and hostile names", "[people][avatars]")
{
    const QString lone = QString(QChar(0xD800)) + u"x"_s + QChar(0xDC00) + QChar(0xDFFF);
    const QStringList hostile {
        {},
        u"   "_s,
        u"<script>alert(1)</script>"_s,
        QString(10000, u'x'),
        u"Ω "_s.repeated(5000),
        u"🚀🔥 😀"_s,
        lone,
        QString(QChar(0xDBFF)), // a high surrogate at the very end
        u"\u202Eevil\u202C mirror"_s,
        u"محمد علي"_s,
        QString(3, QChar(0)),
    };
    for (const QString &login : hostile) {
        for (const QString &name : hostile) {
            const QImage image = AvatarCache::initials(login, name, 24);
            CHECK(image.size() == QSize(24, 24));
            CHECK(image.pixelColor(0, 0).alpha() == 0);
            CHECK(AvatarCache::initialsOf(login, name).size() <= 4); // two code points at most
        }
    }
    CHECK(AvatarCache::initials(Ada, AdaName, 0).isNull());
    CHECK(AvatarCache::initials(Ada, AdaName, -5).isNull());
}
