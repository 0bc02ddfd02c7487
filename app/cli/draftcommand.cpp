// SPDX-License-Identifier: MIT
#include "command.h"

namespace ks::cli {

int runDraft(const Command &c)
{
    return c.fail(tr("not built yet"));
}

} // namespace ks::cli
