// SPDX-License-Identifier: MIT
#pragma once

#include "outreach/draftchecklist.h"
#include "outreach/hiringcontextstore.h"

#include <QString>
#include <catch2/catch_test_macros.hpp>

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

// One check of a checklist by id; fails the test when it is missing.
inline ks::outreach::DraftCheck findCheck(const QList<ks::outreach::DraftCheck> &checks, const QString &id)
{
    for (const ks::outreach::DraftCheck &c : checks) {
        if (c.id == id)
            return c;
    }
    FAIL("no check " << id.toStdString());
    return {};
}
