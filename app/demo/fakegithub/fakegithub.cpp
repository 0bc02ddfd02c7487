// SPDX-License-Identifier: MIT
#include "fakegithub.h"

#include "apirouter.h"
#include "domain/clock.h"
#include "httpconnection.h"
#include "jsonshapes.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace ks::fake {

namespace {

QString repoKey(const QString &owner, const QString &name)
{
    return (owner + u'/' + name).toLower();
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    const QByteArray strong = etag.startsWith("W/") ? etag.mid(2) : etag;
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == "*" || candidate == etag || candidate == strong || (candidate.startsWith("W/") && candidate.mid(2) == strong))
            return true;
    }
    return false;
}

} // namespace

FakeGitHub::FakeGitHub(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_resetEpoch(ks::Clock::now().toSecsSinceEpoch() + 3600)
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeGitHub::onNewConnection);
}

FakeGitHub::~FakeGitHub() = default;

bool FakeGitHub::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool FakeGitHub::listenTls(const QString &certificatePem, const QString &keyPem)
{
    QFile certFile(certificatePem), keyFile(keyPem);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    auto *server = new QSslServer(this);
    server->setSslConfiguration(tls);
    // Connections appear once their handshake is done; a failed handshake
    // (the client refused our certificate) simply never becomes one.
    connect(server, &QSslServer::pendingConnectionAvailable, this, &FakeGitHub::onNewConnection);
    delete m_server;
    m_server = server;
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeGitHub::port() const
{
    return m_server->serverPort();
}

QUrl FakeGitHub::apiRoot() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void FakeGitHub::addUser(const FakeUser &user)
{
    FakeUser copy = user;
    if (copy.id == 0)
        copy.id = JsonShapes::idForKey(copy.login);
    if (copy.login.endsWith(QLatin1String("[bot]")))
        copy.type = QStringLiteral("Bot");
    m_users.insert_or_assign(copy.login.toLower(), copy);
}

void FakeGitHub::addRepo(const FakeRepo &repo)
{
    auto copy = std::make_unique<FakeRepo>(repo);
    if (copy->id == 0)
        copy->id = JsonShapes::idForKey(repoKey(repo.owner, repo.name));
    for (auto &existing : m_repos) {
        if (repoKey(existing->owner, existing->name) == repoKey(repo.owner, repo.name)) {
            *existing = std::move(*copy);
            return;
        }
    }
    m_repos.push_back(std::move(copy));
}

FakeUser *FakeGitHub::user(const QString &login)
{
    const auto it = m_users.find(login.toLower());
    return it == m_users.end() ? nullptr : &it->second;
}

const FakeUser *FakeGitHub::user(const QString &login) const
{
    const auto it = m_users.find(login.toLower());
    return it == m_users.end() ? nullptr : &it->second;
}

FakeRepo *FakeGitHub::repo(const QString &owner, const QString &name)
{
    for (auto &r : m_repos) {
        if (repoKey(r->owner, r->name) == repoKey(owner, name))
            return r.get();
    }
    return nullptr;
}

const FakeRepo *FakeGitHub::repo(const QString &owner, const QString &name) const
{
    return const_cast<FakeGitHub *>(this)->repo(owner, name);
}

const FakeRepo *FakeGitHub::repoById(qint64 id) const
{
    for (const auto &r : m_repos) {
        if (r->id == id)
            return r.get();
    }
    return nullptr;
}

QList<const FakeRepo *> FakeGitHub::repos() const
{
    QList<const FakeRepo *> all;
    for (const auto &r : m_repos)
        all.append(r.get());
    return all;
}

qint64 FakeGitHub::nextId()
{
    return ++m_nextId;
}

void FakeGitHub::setRateLimit(int limit, int remaining, qint64 resetEpoch)
{
    m_limit = limit;
    m_remaining = qBound(0, remaining, limit);
    m_resetEpoch = resetEpoch;
}

void FakeGitHub::resetCounters()
{
    m_requests = m_counted = m_notModified = m_connections = 0;
    m_log.clear();
}

void FakeGitHub::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        new HttpConnection(socket, m_connections, [this](const Request &r) { return handle(r); }, this);
    }
}

void FakeGitHub::refillIfReset()
{
    const qint64 now = m_clock();
    if (now >= m_resetEpoch) {
        m_remaining = m_limit;
        m_resetEpoch = now + 3600;
    }
}

void FakeGitHub::addRateHeaders(Response &response) const
{
    if (!response.header("x-ratelimit-remaining").isEmpty())
        return;
    response.setHeader("x-ratelimit-limit", QByteArray::number(m_limit));
    response.setHeader("x-ratelimit-remaining", QByteArray::number(m_remaining));
    response.setHeader("x-ratelimit-used", QByteArray::number(m_limit - m_remaining));
    response.setHeader("x-ratelimit-reset", QByteArray::number(m_resetEpoch));
    response.setHeader("x-ratelimit-resource", "core");
}

Response FakeGitHub::handle(const Request &request)
{
    ++m_requests;
    m_log.append(request.pathAndQuery());
    m_lastRequest = request;
    refillIfReset();

    const QString apiBase = apiRoot().toString() + (request.enterprisePrefix ? QStringLiteral("/api/v3") : QString());
    Response response;
    bool free = false; // does not spend budget

    if (m_interceptor && m_interceptor(request, response)) {
        free = response.status == 304;
    } else if (request.method != "GET") {
        response = Response::error(405, QStringLiteral("Method Not Allowed"));
        response.setHeader("allow", "GET");
    } else if (request.path == QLatin1String("/rate_limit")) {
        free = true;
        const QJsonObject core {
            { QStringLiteral("limit"), m_limit },
            { QStringLiteral("remaining"), m_remaining },
            { QStringLiteral("reset"), m_resetEpoch },
            { QStringLiteral("used"), m_limit - m_remaining },
            { QStringLiteral("resource"), QStringLiteral("core") },
        };
        response = Response::json(200,
            QJsonDocument(QJsonObject {
                { QStringLiteral("resources"), QJsonObject { { QStringLiteral("core"), core } } },
                { QStringLiteral("rate"), core },
            }));
    } else if (m_remaining <= 0) {
        free = true; // GitHub does not charge for the refusal
        response = Response::error(403,
            QStringLiteral("API rate limit exceeded for user ID 1. If you reach out to GitHub "
                           "Support for help, please include the request ID."),
            QStringLiteral("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"));
    } else {
        response = ApiRouter(*this, request, apiBase).route();
    }

    if (response.status == 200 && response.header("etag").isEmpty()) {
        const QByteArray etag = "W/\"" + QCryptographicHash::hash(response.body, QCryptographicHash::Sha1).toHex() + '"';
        response.setHeader("etag", etag);
        const QByteArray ifNoneMatch = request.header("if-none-match");
        if (!ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, etag)) {
            response.status = 304;
            response.body.clear();
            response.headers.removeIf([](const auto &h) { return h.first == "content-type"; });
            free = true;
        }
    }
    if (response.status == 304)
        ++m_notModified;
    if (!free) {
        ++m_counted;
        m_remaining = qMax(0, m_remaining - 1);
    }
    addRateHeaders(response);
    response.setHeader("x-github-api-version-selected", "2022-11-28");
    response.setHeader("x-github-request-id", QByteArray::number(m_requests));
    if (m_responseHook)
        m_responseHook(request, response);
    Q_EMIT requestHandled(request.pathAndQuery(), response.status);
    return response;
}

} // namespace ks::fake
