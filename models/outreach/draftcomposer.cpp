// SPDX-License-Identifier: MIT
#include "draftcomposer.h"

#include "draftfields.h"
#include "emlwriter.h"
#include "evidencechooser.h"
#include "genericphrasestore.h"
#include "scoring/ranker.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/scorestore.h"
#include "templateengine.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ks::outreach {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::outreach::DraftComposer)
};

} // namespace

Result<DraftSources> loadDraftSources(store::Database &db, qint64 requisitionId, const QString &login)
{
    using R = Result<DraftSources>;
    DraftSources s;
    const auto requisitions = store::PipelineStore(db).requisitions();
    if (!requisitions)
        return R::failure(requisitions.error());
    const auto req
        = std::find_if(requisitions->cbegin(), requisitions->cend(), [&](const store::Requisition &r) { return r.id == requisitionId; });
    if (req == requisitions->cend())
        return R::failure(Tr::tr("No requisition %1.").arg(requisitionId));
    s.requisition = *req;
    const auto layer = store::LayerStore(db).find(QString::number(req->layerId));
    if (!layer)
        return R::failure(layer.error());
    s.layerSlug = layer->slug;

    auto person = store::PeopleStore(db).find(login);
    if (!person)
        return R::failure(person.error());
    s.person = std::move(person).value();
    store::ScoreStore scores(db);
    const QDateTime asOf = scores.asOf(req->layerId);
    if (auto score = scores.person(req->layerId, s.person.login))
        s.score = std::move(score).value();
    if (s.score.evidence.isEmpty()) {
        // Below the stored depth: this one person's evidence, computed now.
        scoring::Ranker ranker(db);
        ranker.setNow(asOf);
        if (const auto items = ranker.evidenceFor(layer.value(), s.person.userId))
            s.score.evidence = items.value();
    }
    s.citable = citableEvidence(s.score.evidence, asOf);

    for (const auto &c : s.person.channels) {
        if ((c.kind == "email"_L1 || c.kind == "commit_email"_L1) && isPlainAddress(c.value))
            s.recipients.append(c);
    }
    // The address a person published on their profile before one read off commits.
    std::stable_sort(s.recipients.begin(), s.recipients.end(),
        [](const auto &a, const auto &b) { return (a.kind == "email"_L1) > (b.kind == "email"_L1); });

    auto context = HiringContextStore(db).find(requisitionId);
    if (!context)
        return R::failure(context.error());
    s.context = context.value();
    auto templates = TemplateStore(db).all();
    if (!templates)
        return R::failure(templates.error());
    s.templates = templates.value();
    auto phrases = GenericPhraseStore(db).all();
    if (!phrases)
        return R::failure(phrases.error());
    s.genericPhrases = phrases.value();
    return s;
}

Result<RenderedDraft> renderDraft(const DraftSources &s, const DraftChoice &choice)
{
    using R = Result<RenderedDraft>;
    RenderedDraft d;
    const OutreachTemplate *chosen = nullptr;
    for (const OutreachTemplate &t : s.templates) {
        if (!choice.templateName.isEmpty()) {
            if (t.name.compare(choice.templateName.trimmed(), Qt::CaseInsensitive) == 0) {
                chosen = &t;
                break;
            }
        } else if (t.purpose == "first_touch"_L1) {
            // The layer's own first touch, else the general one.
            if (t.layer == s.layerSlug) {
                chosen = &t;
                break;
            }
            if (t.layer.isEmpty() && !chosen)
                chosen = &t;
        }
    }
    if (!chosen)
        return R::failure(Tr::tr("No template '%1'.").arg(choice.templateName.left(60)));
    d.usedTemplate = *chosen;

    if (choice.evidenceUrl.isEmpty()) {
        if (!s.citable.isEmpty())
            d.evidence = s.citable.first();
    } else {
        const QString wanted = normalizedUrl(choice.evidenceUrl);
        for (const scoring::Evidence &e : s.score.evidence) {
            if (normalizedUrl(e.url) == wanted) {
                d.evidence = e;
                break;
            }
        }
        if (!d.evidence)
            return R::failure(
                Tr::tr("%1 is not one of %2's contributions in this layer.").arg(choice.evidenceUrl.left(200), s.person.login));
    }

    if (choice.recipient.isEmpty()) {
        if (!s.recipients.isEmpty())
            d.recipient = s.recipients.first();
    } else {
        for (const auto &c : s.recipients) {
            if (c.value.compare(choice.recipient, Qt::CaseInsensitive) == 0)
                d.recipient = c;
        }
        if (!d.recipient)
            return R::failure(Tr::tr("%1 is not one of %2's known addresses.").arg(choice.recipient.left(100), s.person.login));
    }

    DraftFacts facts { s.person, s.score.worksOn, s.requisition.layerName, d.evidence, s.score.evidence, s.context, {} };
    if (choice.privacyLine && d.recipient)
        facts.privacyLine = privacyLine(*d.recipient);
    const QHash<QString, QString> values = draftValues(facts);
    const auto subject = Template::parse(d.usedTemplate.subject, placeholderNames());
    if (!subject)
        return R::failure(Tr::tr("Template '%1', subject: %2").arg(d.usedTemplate.name, subject.error()));
    const auto body = Template::parse(d.usedTemplate.body, placeholderNames());
    if (!body)
        return R::failure(Tr::tr("Template '%1', body: %2").arg(d.usedTemplate.name, body.error()));
    d.subject = subject->render(values).simplified();
    d.body = body->render(values);
    return d;
}

QList<DraftCheck> checkRendered(const DraftSources &s, const QString &subject, const QString &body, const QString &recipient)
{
    DraftCheckInput in;
    in.subject = subject;
    in.body = body;
    in.recipient = recipient;
    for (const scoring::Evidence &e : s.score.evidence)
        in.evidenceUrls.append(e.url);
    in.context = s.context;
    in.genericPhrases = s.genericPhrases;
    return checkDraft(in);
}

} // namespace ks::outreach
