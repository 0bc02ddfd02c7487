// SPDX-License-Identifier: MIT
#include "command.h"

namespace ks::cli {

int runForget(const Command &c)
{
    return c.fail(tr("not built yet"));
}

int runSubjectReport(const Command &c)
{
    return c.fail(tr("not built yet"));
}

int runRetention(const Command &c)
{
    return c.fail(tr("not built yet"));
}

} // namespace ks::cli
