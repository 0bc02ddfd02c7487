// SPDX-License-Identifier: MIT
#include "sentmarker.h"

#include "draftstore.h"

namespace ks::outreach {

Result<store::PipelinePosition> contactedPosition(const store::PipelineStore &pipeline, const QDate &sentOn, int followUpDays)
{
    const auto stage = pipeline.stageForRole(QStringLiteral("contacted"));
    if (!stage)
        return Result<store::PipelinePosition>::failure(stage.error());
    return store::PipelinePosition { stage.value(), sentOn.addDays(followUpDays) };
}

Status markSent(store::Database &db, qint64 draftId, qint64 requisitionId, qint64 userId, const QDateTime &at, int followUpDays)
{
    store::PipelineStore pipeline(db);
    const auto position = contactedPosition(pipeline, at.date(), followUpDays);
    if (!position)
        return Status::from(position);
    if (Status s = DraftStore(db).markSent(draftId, at); !s)
        return s;
    return pipeline.setPosition(requisitionId, userId, position.value());
}

} // namespace ks::outreach
