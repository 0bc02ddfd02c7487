// SPDX-License-Identifier: MIT
#pragma once

#include "hiringcontextstore.h"

#include <QList>
#include <QStringList>

namespace ks::outreach {

// One rule a message must meet to be worth sending.
struct DraftCheck
{
    QString id; // "cites-contribution", "problem", "compute", "compensation", "team", "length", "placeholders", "generic", "recipient"
    QString title; // what the rule is
    bool required = true;
    bool passed = false;
    QString message; // why it passed or what to fix
};

enum class Readiness
{
    Ready,
    ReadyWithWarnings,
    NotReady
};

// What the rules read: the message, this candidate's evidence URLs and
// this requisition's hiring context, so a link to someone else's work or a
// vague sentence about "great hardware" does not pass.
struct DraftCheckInput
{
    QString subject, body, recipient;
    QStringList evidenceUrls;
    HiringContext context;
    QStringList genericPhrases;
    int minWords = 60, maxWords = 250;
};

QList<DraftCheck> checkDraft(const DraftCheckInput &input);
Readiness readiness(const QList<DraftCheck> &checks);
QString readinessText(Readiness r);

// Exposed for tests: does `body` state `value` (all its numbers, else most
// of its significant words)? Team lists need one named person.
bool statesValue(const QString &body, const QString &value);
bool namesSomeone(const QString &body, const QString &team);

} // namespace ks::outreach
