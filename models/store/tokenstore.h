// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace ks::store {

// Where the GitHub token lives between runs: the OS keychain in the app,
// memory in tests. Never the workspace, the settings file or a log. One
// token per API host, so a GitHub Enterprise token is kept apart.
class TokenStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    using ReadDone = std::function<void(const Result<QByteArray> &token)>; // empty: none stored
    using Done = std::function<void(const Status &status)>;

    explicit TokenStore(QObject *parent = nullptr)
        : QObject(parent)
    { }

    virtual void read(const QString &host, ReadDone done) = 0;
    virtual void write(const QString &host, const QByteArray &token, Done done) = 0;
    virtual void remove(const QString &host, Done done) = 0;
};

// QtKeychain: macOS Keychain, Windows Credential Store, Secret Service or
// KWallet. Its plain-text fallback is switched off: where no keychain exists
// (a headless session, CI) every call fails with a message that says so and
// points at the GITHUB_TOKEN environment variable instead.
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainTokenStore)

public:
    explicit KeychainTokenStore(QObject *parent = nullptr);

    void read(const QString &host, ReadDone done) override;
    void write(const QString &host, const QByteArray &token, Done done) override;
    void remove(const QString &host, Done done) override;
};

// For tests, and for sessions that must not touch the keychain.
class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryTokenStore)

public:
    explicit MemoryTokenStore(QObject *parent = nullptr)
        : TokenStore(parent)
    { }

    void read(const QString &host, ReadDone done) override { done(m_tokens.value(host)); }
    void write(const QString &host, const QByteArray &token, Done done) override
    {
        m_tokens.insert(host, token);
        done({});
    }
    void remove(const QString &host, Done done) override
    {
        m_tokens.remove(host);
        done({});
    }

private:
    QHash<QString, QByteArray> m_tokens;
};

// The token a sync uses: `environmentVariable` when set, else the stored
// one. `done` gets the token (maybe empty) and, when the store could not be
// asked, a note saying why.
void resolveToken(TokenStore &store, const QString &host, const QString &environmentVariable,
    std::function<void(const QByteArray &token, const QString &note)> done);

} // namespace ks::store
