// SPDX-License-Identifier: MIT
#include "employerresolver.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ks::people {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::people::EmployerResolver)
};

struct CompanyEvidence
{
    QString company;
    int commits = 0;
    QDateTime latest;
    QStringList domains;
};

QString describe(const CompanyEvidence &e)
{
    QStringList domains;
    for (const QString &d : e.domains)
        domains.append(u'@' + d);
    QString text = e.commits == 1 ? Tr::tr("1 commit from %1").arg(domains.join(u", "_s))
        : e.commits > 1           ? Tr::tr("%1 commits from %2").arg(e.commits).arg(domains.join(u", "_s))
                                  : Tr::tr("commits from %1").arg(domains.join(u", "_s));
    if (e.latest.isValid())
        text += Tr::tr(", latest %1").arg(e.latest.date().toString(Qt::ISODate));
    return text;
}

struct ProfileReading
{
    QString company; // the first current directory company
    QString asWritten; // else the first current piece of text
};

// Reads "Google / ex-Meta", "@nvidia @pytorch", "Formerly Intel and AMD, now
// NVIDIA", "Intel -> NVIDIA": the first company named that is not a past one.
ProfileReading readProfile(const QString &text, const CompanyDirectory &d)
{
    ProfileReading r;
    if (d.meansNoCompany(text))
        return r;
    const QList<CompanyWord> words = CompanyDirectory::splitWords(text);
    int lastArrow = -1; // segments before the last arrow are past jobs
    for (const CompanyWord &w : words) {
        if (w.afterArrow)
            lastArrow = w.segment;
    }
    QSet<int> pastSegments;
    bool formerly = false; // "formerly ...": past until "now"
    bool nextPast = false; // "ex-...": the next company only
    int segment = -1;
    for (qsizetype i = 0; i < words.size();) {
        const CompanyWord &w = words[i];
        if (w.segment != segment) {
            segment = w.segment;
            nextPast = false;
        }
        const CompanyDirectory::WordRole role = d.roleOf(w.folded);
        if (role != CompanyDirectory::WordRole::None) {
            formerly = role == CompanyDirectory::WordRole::Formerly || (formerly && role != CompanyDirectory::WordRole::Current);
            nextPast = role == CompanyDirectory::WordRole::Former;
            if (role != CompanyDirectory::WordRole::Current)
                pastSegments.insert(segment);
            ++i;
            continue;
        }
        if (formerly)
            pastSegments.insert(segment);
        qsizetype length = 0;
        const QString company = d.companyAt(words, i, &length);
        if (company.isEmpty()) {
            ++i;
            continue;
        }
        const bool past = formerly || nextPast || segment < lastArrow;
        nextPast = false;
        if (!past)
            return { company, {} };
        i += length;
    }
    // No directory company: keep the first current piece as written,
    // without leading "now at" or "@".
    for (qsizetype i = 0; i < words.size();) {
        qsizetype end = i;
        while (end < words.size() && words[end].segment == words[i].segment)
            ++end;
        const int s = words[i].segment;
        if (pastSegments.contains(s) || s < lastArrow) {
            i = end;
            continue;
        }
        qsizetype first = i;
        while (first + 1 < end && (d.roleOf(words[first].folded) != CompanyDirectory::WordRole::None || words[first].folded == u"at"_s))
            ++first;
        qsizetype from = words[first].start;
        if (from > 0 && text[from - 1] == u'@')
            --from;
        const QString piece = text.mid(from, words[end - 1].end - from).trimmed();
        if (!d.meansNoCompany(piece))
            r.asWritten = piece.left(80);
        return r;
    }
    return r;
}

} // namespace

QString cleanCompanyField(const QString &profileCompany)
{
    const QStringView in = QStringView(profileCompany).left(400);
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        if (c == u'<') { // HTML tags
            const qsizetype end = in.indexOf(u'>', i);
            if (end > 0 && end - i < 200) {
                out.append(u' ');
                i = end;
                continue;
            }
        }
        if (c == u']' && i + 1 < in.size() && in[i + 1] == u'(') { // Markdown link targets
            const qsizetype end = in.indexOf(u')', i);
            if (end > 0) {
                out.append(u' ');
                i = end;
                continue;
            }
        }
        if (c == u'*' || c == u'`' || c == u'[' || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out.append(u' ');
        else
            out.append(c);
    }
    return out.simplified().left(200);
}

Employer resolveEmployer(const QString &profileCompany, const QList<CommitEmail> &emails, const CompanyDirectory &directory)
{
    QList<CompanyEvidence> seen;
    QStringList academic;
    for (const CommitEmail &e : emails) {
        if (directory.isNoReply(e.email) || directory.isPersonalEmail(e.email))
            continue;
        if (const QString institution = directory.academicInstitution(e.email); !institution.isEmpty()) {
            if (!academic.contains(institution))
                academic.append(institution);
            continue;
        }
        const QString company = directory.companyForEmail(e.email);
        if (company.isEmpty())
            continue;
        auto it = std::find_if(seen.begin(), seen.end(), [&](const CompanyEvidence &c) { return c.company == company; });
        if (it == seen.end())
            it = seen.insert(seen.end(), CompanyEvidence { company, 0, {}, {} });
        it->commits += std::max(0, e.commits);
        if (e.latest.isValid() && (!it->latest.isValid() || e.latest > it->latest))
            it->latest = e.latest;
        const QString domain = CompanyDirectory::domainOf(e.email);
        if (!it->domains.contains(domain))
            it->domains.append(domain);
    }

    const QString field = cleanCompanyField(profileCompany);
    const ProfileReading profile = field.isEmpty() ? ProfileReading() : readProfile(field, directory);
    const QString academicNote = academic.isEmpty() ? QString() : Tr::tr("; academic e-mail: %1").arg(academic.join(u", "_s));

    if (!seen.isEmpty()) {
        // People move: the company of the most recent commit is the current one.
        std::stable_sort(seen.begin(), seen.end(), [](const CompanyEvidence &a, const CompanyEvidence &b) {
            if (a.latest.isValid() != b.latest.isValid())
                return a.latest.isValid();
            if (a.latest != b.latest)
                return a.latest > b.latest;
            return a.commits > b.commits;
        });
        const CompanyEvidence &top = seen.first();
        QString evidence = describe(top);
        if (seen.size() > 1) {
            QStringList earlier;
            for (qsizetype i = 1; i < seen.size(); ++i)
                earlier.append(seen[i].company + u": "_s + describe(seen[i]));
            evidence
                += Tr::tr("; the most recent of %1 employers in commit e-mails (earlier: %2)").arg(seen.size()).arg(earlier.join(u"; "_s));
        }
        double confidence = 0.9;
        if (profile.company == top.company) {
            confidence = 0.95;
            evidence += Tr::tr("; the profile agrees");
        } else if (!profile.company.isEmpty()) {
            confidence = 0.8;
            evidence += Tr::tr("; the profile names %1").arg(profile.company);
        }
        return { top.company, u"commit e-mail"_s, evidence + academicNote, confidence };
    }
    if (!profile.company.isEmpty())
        return { profile.company, u"profile company"_s, Tr::tr("profile company: \"%1\"").arg(field.left(80)) + academicNote, 0.7 };
    if (!profile.asWritten.isEmpty())
        return { profile.asWritten, u"profile company"_s,
            Tr::tr("profile company: \"%1\" (not in the company directory)").arg(profile.asWritten) + academicNote, 0.3 };
    QString evidence = academic.isEmpty() ? Tr::tr("no company e-mail domain and no current company in the profile")
                                          : Tr::tr("academic e-mail only: %1").arg(academic.join(u", "_s));
    if (!field.isEmpty())
        evidence += Tr::tr("; profile company \"%1\" names no current employer").arg(field.left(80));
    return { {}, {}, evidence, 0 };
}

} // namespace ks::people
