// SPDX-License-Identifier: MIT
#pragma once

#include "outreach/hiringcontextstore.h"

#include <QString>

// The hiring context the outreach tests write drafts against.
inline ks::outreach::HiringContext sampleContext()
{
    ks::outreach::HiringContext c;
    c.company = QStringLiteral("Fernhill Compute");
    c.problem = QStringLiteral("fast attention kernels for a new inference accelerator");
    c.compute = QStringLiteral("a cluster of 64 H100s");
    c.compensation = QStringLiteral("£140k–£180k base plus equity");
    c.team = QStringLiteral("Ana Ruiz (Triton maintainer), Jon Park");
    c.senderName = QStringLiteral("Sam Ortega");
    c.senderEmail = QStringLiteral("sam@fernhill.example");
    c.signature = QStringLiteral("Sam Ortega\nTalent, Fernhill Compute");
    return c;
}
