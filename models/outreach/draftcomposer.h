// SPDX-License-Identifier: MIT
#pragma once

#include "domain/candidatescore.h"
#include "draftchecklist.h"
#include "hiringcontextstore.h"
#include "store/peoplestore.h"
#include "store/pipelinestore.h"
#include "templatestore.h"

#include <optional>

namespace ks::store {
class Database;
}

namespace ks::outreach {

// Everything stored that a draft for one person and requisition draws on,
// read once; the CLI and the Outreach tab then render and check from it
// as choices change, without touching the database.
struct DraftSources
{
    store::Requisition requisition;
    QString layerSlug;
    store::PersonRecord person;
    scoring::CandidateScore score; // evidence filled in, even below the stored depth
    QList<scoring::Evidence> citable; // strongest first (evidencechooser.h)
    QList<store::PersonRecord::Channel> recipients; // e-mail channels, profile first
    HiringContext context;
    QList<OutreachTemplate> templates;
    QStringList genericPhrases;
};

// What the sourcer picked. Empty fields mean the defaults: the layer's
// first-touch template, the strongest recent contribution, the first address.
struct DraftChoice
{
    QString templateName, evidenceUrl, recipient;
    bool privacyLine = false;
};

struct RenderedDraft
{
    OutreachTemplate usedTemplate;
    std::optional<scoring::Evidence> evidence;
    std::optional<store::PersonRecord::Channel> recipient;
    QString subject, body;
};

Result<DraftSources> loadDraftSources(store::Database &db, qint64 requisitionId, const QString &login);
// Fails for an unknown template, an evidence URL that is not the person's,
// a recipient that is not one of their addresses, or a template error.
Result<RenderedDraft> renderDraft(const DraftSources &sources, const DraftChoice &choice);
QList<DraftCheck> checkRendered(const DraftSources &sources, const QString &subject, const QString &body, const QString &recipient);

} // namespace ks::outreach
