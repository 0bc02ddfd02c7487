// SPDX-License-Identifier: MIT
#include "store/tokenstore.h"
#include "support/qtprinters.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <catch2/catch_test_macros.hpp>

using namespace ks;

namespace {

// Waits for an asynchronous store call without blocking the event loop.
template<typename Call> void await(Call &&call)
{
    bool done = false;
    call([&] { done = true; });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 15000));
}

} // namespace

TEST_CASE("the environment variable wins; else the stored token is used", "[store][token]")
{
    store::MemoryTokenStore tokens;
    tokens.write(QStringLiteral("api.github.com"), "stored", [](const Status &) { });
    qputenv("KS_TEST_TOKEN", "from-env");
    QByteArray token;
    QString note;
    store::resolveToken(tokens, QStringLiteral("api.github.com"), QStringLiteral("KS_TEST_TOKEN"),
        [&](const QByteArray &t, const QString &n) { token = t, note = n; });
    CHECK(token == "from-env");
    qunsetenv("KS_TEST_TOKEN");
    store::resolveToken(tokens, QStringLiteral("api.github.com"), QStringLiteral("KS_TEST_TOKEN"),
        [&](const QByteArray &t, const QString &n) { token = t, note = n; });
    CHECK(token == "stored");
    store::resolveToken(tokens, QStringLiteral("github.example.com"), QStringLiteral("KS_TEST_TOKEN"),
        [&](const QByteArray &t, const QString &n) { token = t, note = n; });
    CHECK(token.isEmpty()); // tokens are per host: an Enterprise server gets its own
    CHECK(note.isEmpty());
}

TEST_CASE("the keychain store never falls back to a plain-text file", "[store][token]")
{
    const QByteArray secret = "ghp_plaintextCanaryToken987654321";
    store::KeychainTokenStore keychain;
    Status written;
    await([&](auto finish) {
        keychain.write(QStringLiteral("canary.example.com"), secret, [&, finish](const Status &s) {
            written = s;
            finish();
        });
    });
    if (!written.ok()) {
        // Headless (CI): no keychain, and the message says what to do instead.
        INFO(written.error().toStdString());
        CHECK(written.error().contains(QStringLiteral("GITHUB_TOKEN")));
        Result<QByteArray> read = QByteArray();
        await([&](auto finish) {
            keychain.read(QStringLiteral("canary.example.com"), [&, finish](const Result<QByteArray> &r) {
                read = r;
                finish();
            });
        });
        CHECK_FALSE(read.ok());
    } else {
        await([&](auto finish) { keychain.remove(QStringLiteral("canary.example.com"), [finish](const Status &) { finish(); }); });
    }
    // Wherever QtKeychain's insecure fallback would have written, nothing holds the secret.
    for (const auto location :
        { QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation }) {
        QDirIterator files(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            if (f.open(QIODevice::ReadOnly))
                CHECK_FALSE(f.readAll().contains(secret));
        }
    }
}
