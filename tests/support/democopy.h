// SPDX-License-Identifier: MIT
#pragma once

#include "clirunner.h"
#include "tempworkspace.h"

// A writable copy of the demo workspace in a scratch folder, and the real
// binary run against it. Avatars go to a cache folder inside the scratch
// folder, never the user's.
struct DemoCopy
{
    TempWorkspace tmp;
    QString db = tmp.path();

    DemoCopy()
    {
        REQUIRE(QFile::copy(QStringLiteral(KS_DEMO_DB), db));
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    }

    CliResult run(QStringList args) const
    {
        args << QStringLiteral("--db") << db;
        return runCli(args, { { QStringLiteral("XDG_CACHE_HOME"), tmp.dir() + QStringLiteral("/cache") } });
    }
};
