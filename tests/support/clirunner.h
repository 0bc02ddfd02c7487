// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"

#include <QMap>
#include <QProcess>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>
#include <functional>

// Runs the real kernelscout binary. Waits with the event loop turning, so a
// fake server in the test process keeps answering while the CLI talks to it.
struct CliResult
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString out;
    QString err;
};

// `environment` entries are added (an empty value removes the variable);
// `started` may hook the running process (e.g. to kill it at some point).
inline CliResult runCli(
    const QStringList &args, const QMap<QString, QString> &environment = {}, const std::function<void(QProcess &)> &started = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KERNELSCOUT_DB")); // never the user's workspace
    // the binary keeps the test's time, not the calendar's
    env.insert(QLatin1StringView(ks::Clock::EnvironmentVariable), ks::Clock::now().toString(Qt::ISODateWithMs));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(KS_BINARY), args);
    REQUIRE(p.waitForStarted());
    if (started)
        started(p);
    REQUIRE(finished.wait(120000));
    return { p.exitCode(), p.exitStatus(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}
