// SPDX-License-Identifier: MIT
#include "subjectreport.h"

#include "domain/clock.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ks::privacy {
namespace {

using namespace Qt::StringLiterals;

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::privacy::SubjectReport)
};

// Each section: a title, the query (one bound value: the user id), and
// whether it yields one object or a list.
struct Section
{
    QLatin1StringView key;
    const char *title;
    QLatin1StringView sql;
    bool single = false;
};

constexpr Section Sections[] = {
    { "identity"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Identity and public GitHub profile"),
        "SELECT id AS github_id, login, name, company, location, blog, email, twitter_username, bio, hireable, html_url, avatar_url, "
        "first_seen_at, seen_at AS last_seen_at, profile_source_url AS source_url, profile_fetched_at AS fetched_at "
        "FROM github_users WHERE id = ?"_L1,
        true },
    { "derived_profile"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "What Kernel Scout derived from it"),
        "SELECT location_text, country_code, country, region, location_confidence, location_reason, location_source, company, "
        "company_source, company_evidence, company_confidence, reachable, excluded, computed_at FROM person_profiles WHERE user_id = ?"_L1,
        true },
    { "corrections"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Corrections entered by hand"),
        "SELECT country_code, company, updated_at, 'entered in this workspace' AS source FROM person_overrides WHERE user_id = ?"_L1,
        true },
    { "contact_channels"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Contact channels"),
        "SELECT kind, value, detail, source_url, fetched_at FROM contact_channels WHERE user_id = ? ORDER BY kind, value"_L1 },
    { "pull_requests"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Pull requests authored"),
        "SELECT r.owner || '/' || r.name AS repository, p.number, p.title, p.state, p.created_at, p.merged_at, p.html_url, p.source_url, "
        "p.fetched_at FROM pull_requests p JOIN repos r ON r.id = p.repo_id WHERE p.author_id = ? ORDER BY p.created_at"_L1 },
    { "commits"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Commits"),
        "SELECT r.owner || '/' || r.name AS repository, c.sha, c.author_name, c.author_email, c.authored_at, "
        "substr(c.message, 1, instr(c.message || char(10), char(10)) - 1) AS summary, c.html_url, c.source_url, c.fetched_at "
        "FROM commits c JOIN repos r ON r.id = c.repo_id WHERE c.author_id = ? ORDER BY c.authored_at"_L1 },
    { "reviews"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Code reviews"),
        "SELECT rp.owner || '/' || rp.name AS repository, p.number AS pull_request, v.state, v.body, v.submitted_at, v.html_url, "
        "v.source_url, v.fetched_at FROM pr_reviews v JOIN pull_requests p ON p.id = v.pr_id JOIN repos rp ON rp.id = p.repo_id "
        "WHERE v.reviewer_id = ? ORDER BY v.submitted_at"_L1 },
    { "review_comments"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Review comments"),
        "SELECT r.owner || '/' || r.name AS repository, c.pr_number AS pull_request, c.path, c.line, c.body, c.created_at, c.html_url, "
        "c.source_url, c.fetched_at FROM review_comments c JOIN repos r ON r.id = c.repo_id WHERE c.user_id = ? ORDER BY c.created_at"_L1 },
    { "scores"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Rankings computed from the public work above"),
        "SELECT l.name AS layer, s.rank, s.score, s.parts, s.works_on, s.last_active, s.computed_at FROM layers l "
        "CROSS JOIN candidate_scores s ON s.layer_id = l.id WHERE s.user_id = ? ORDER BY l.position"_L1 },
    { "pipeline"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Recruiting pipeline (entered in this workspace)"),
        "SELECT q.title AS requisition, st.name AS stage, e.next_action_at, e.updated_at FROM pipeline_entries e "
        "JOIN requisitions q ON q.id = e.requisition_id JOIN stages st ON st.id = e.stage_id WHERE e.user_id = ? ORDER BY q.id"_L1 },
    { "stage_history"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Stage history"),
        "SELECT q.title AS requisition, f.name AS from_stage, t.name AS to_stage, h.changed_at FROM stage_history h "
        "JOIN requisitions q ON q.id = h.requisition_id LEFT JOIN stages f ON f.id = h.from_stage_id JOIN stages t ON t.id = h.to_stage_id "
        "WHERE h.user_id = ? ORDER BY h.changed_at"_L1 },
    { "notes"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Notes"),
        "SELECT q.title AS requisition, n.body, n.created_at FROM notes n JOIN requisitions q ON q.id = n.requisition_id "
        "WHERE n.user_id = ? ORDER BY n.created_at"_L1 },
    { "tags"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Tags"),
        "SELECT q.title AS requisition, t.tag FROM tags t JOIN requisitions q ON q.id = t.requisition_id WHERE t.user_id = ? ORDER BY q.id, t.tag"_L1 },
    { "drafts"_L1, QT_TRANSLATE_NOOP("ks::privacy::SubjectReport", "Messages drafted or sent"),
        "SELECT q.title AS requisition, d.version, d.recipient, d.subject, d.body, d.created_at, d.sent_at FROM outreach_drafts d "
        "JOIN requisitions q ON q.id = d.requisition_id WHERE d.user_id = ? ORDER BY d.created_at"_L1 },
};

QJsonObject rowObject(const QSqlQuery &q)
{
    QJsonObject o;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        const QVariant v = q.value(i);
        if (!v.isNull())
            o.insert(record.fieldName(i), QJsonValue::fromVariant(v));
    }
    return o;
}

} // namespace

SubjectReport::SubjectReport(store::Database &db)
    : m_db(db)
{ }

Result<QJsonObject> SubjectReport::build(qint64 userId) const
{
    using R = Result<QJsonObject>;
    QJsonObject report;
    report.insert(u"generated_at"_s, ks::Clock::now().toString(Qt::ISODate));
    report.insert(u"about"_s,
        Tr::tr("Everything this Kernel Scout workspace holds about one person. Facts read from public sources give "
               "the address they were read from (source_url) and when (fetched_at); the rest was entered or derived here."));
    QJsonArray order;
    for (const Section &s : Sections) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(QString(s.sql)))
            return R::failure(store::Database::describe(q.lastError()));
        q.addBindValue(userId);
        if (!q.exec())
            return R::failure(store::Database::describe(q.lastError()));
        QJsonArray rows;
        while (q.next())
            rows.append(rowObject(q));
        if (s.single && s.key == "identity"_L1 && rows.isEmpty())
            return R::failure(Tr::tr("Nobody with GitHub id %1 is in this workspace.").arg(userId));
        if (s.single)
            report.insert(s.key, rows.isEmpty() ? QJsonValue() : rows.first());
        else
            report.insert(s.key, rows);
        order.append(QJsonObject { { u"key"_s, QString(s.key) }, { u"title"_s, Tr::tr(s.title) } });
    }
    report.insert(u"sections"_s, order);
    return report;
}

QString SubjectReport::toText(const QJsonObject &report)
{
    const QJsonObject identity = report.value(u"identity"_s).toObject();
    QString out = u"# %1\n\n%2\n\n%3\n"_s.arg(Tr::tr("Data held about %1").arg(identity.value(u"login"_s).toString()),
        report.value(u"about"_s).toString(), Tr::tr("Generated %1.").arg(report.value(u"generated_at"_s).toString()));
    auto field = [](const QString &key, const QJsonValue &value) {
        const QString text = value.isString()
            ? value.toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        return u"- %1: %2\n"_s.arg(key, QString(text).replace(u'\n', u' '));
    };
    for (const QJsonValue &s : report.value(u"sections"_s).toArray()) {
        const QString key = s.toObject().value(u"key"_s).toString();
        out += u"\n## %1\n\n"_s.arg(s.toObject().value(u"title"_s).toString());
        const QJsonValue value = report.value(key);
        QJsonArray rows = value.isArray() ? value.toArray() : QJsonArray { value };
        if (value.isNull() || value.isUndefined() || (value.isArray() && rows.isEmpty())) {
            out += Tr::tr("Nothing held.") + u'\n';
            continue;
        }
        for (const QJsonValue &row : std::as_const(rows)) {
            const QJsonObject o = row.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                out += field(it.key(), it.value());
            out += u'\n';
        }
    }
    return out;
}

} // namespace ks::privacy
