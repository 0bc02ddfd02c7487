// SPDX-License-Identifier: MIT
#include "command.h"

namespace ks::cli {

int runView(const Command &c)
{
    return c.fail(tr("not built yet"));
}

} // namespace ks::cli
