// SPDX-License-Identifier: MIT
#pragma once

#include "domain/candidatescore.h"
#include "hiringcontextstore.h"
#include "store/peoplestore.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace ks::outreach {

// The placeholders every template may use, with a line of help each.
QStringList placeholderNames();
QString placeholderHelp(const QString &name);

// What a draft is written from: the person, the contribution it cites, the
// requisition's hiring context and, optionally, a privacy line.
struct DraftFacts
{
    store::PersonRecord person;
    QString worksOn, layerName;
    std::optional<scoring::Evidence> evidence;
    QList<scoring::Evidence> allEvidence; // to find the signal seen in the cited work
    HiringContext context;
    QString privacyLine;
};

// Placeholder values. Everything from the network is neutralised first
// (plainText), so a hostile name cannot add lines, control characters or
// template syntax to a draft.
QHash<QString, QString> draftValues(const DraftFacts &facts);

// Text safe to put in a message: no control or invisible formatting
// characters (bidi overrides), no "{{" or "}}", at most `maxLength`
// characters; one line unless `multiline`.
QString plainText(const QString &text, int maxLength, bool multiline = false);

// "Grouped program ordering …" from a stored evidence label
// ("#5809 [tutorials] Grouped program ordering … (18 source lines, 1 files)").
QString contributionTitle(const scoring::Evidence &e);
// "OWNER/NAME" of a GitHub URL, or empty.
QString repositoryOf(const QString &url);
// The same contribution whatever view of it a URL shows: no trailing
// slash, no "/files" view, no trailing punctuation a sentence added.
QString normalizedUrl(QString url);

// One sentence on where the address came from, for the privacy line.
QString privacyLine(const store::PersonRecord::Channel &channel);

} // namespace ks::outreach
