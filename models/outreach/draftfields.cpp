// SPDX-License-Identifier: MIT
#include "draftfields.h"

#include "scoring/signalcatalogue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ks::outreach {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::outreach::DraftFields)
};

struct Placeholder
{
    const char *name;
    const char *help;
};

// The vocabulary, in the order the editor lists it.
constexpr Placeholder Placeholders[] = {
    { "first_name", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "the person's first name (else the login)") },
    { "full_name", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "the person's name as their profile gives it") },
    { "login", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "their GitHub login") },
    { "contribution",
        QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "\"your pull request “…”\", \"your review of “…”\": the cited work as a phrase") },
    { "contribution_title", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "the cited work's title") },
    { "contribution_url", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "the link to the cited work") },
    { "contribution_repo", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "OWNER/NAME of its repository") },
    { "contribution_date", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "month and year of the work") },
    { "signal", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "the kind of quality signal found in it (\"fusion\", \"tiling\")") },
    { "signal_explanation",
        QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "what the code does, in plain words (\"computes softmax in one pass…\")") },
    { "works_on", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "the areas they work on in this layer") },
    { "layer", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "the layer of the stack the role is in") },
    { "company", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "hiring context: your company") },
    { "problem", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "hiring context: the technical problem") },
    { "compute", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "hiring context: the compute they get") },
    { "compensation", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "hiring context: the compensation range") },
    { "team", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "hiring context: people on the team") },
    { "sender_name", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "hiring context: your name") },
    { "signature", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "hiring context: your signature") },
    { "privacy_line", QT_TRANSLATE_NOOP("ks::outreach::DraftFields", "where their address came from, when the privacy line is on") },
};

bool hiddenCharacter(QChar c, bool multiline)
{
    if (multiline && c == u'\n')
        return false;
    const auto category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_NotAssigned
        || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

// The signal seen in the cited work: the strongest signal evidence whose
// URL is a view of the same pull request.
const scoring::Evidence *signalFor(const scoring::Evidence &cited, const QList<scoring::Evidence> &all)
{
    const QString base = normalizedUrl(cited.url).section(u'#', 0, 0);
    const scoring::Evidence *best = nullptr;
    for (const scoring::Evidence &e : all) {
        if (e.signalId.isEmpty() || normalizedUrl(e.url).section(u'#', 0, 0) != base)
            continue;
        if (!best || e.points > best->points)
            best = &e;
    }
    return best;
}

} // namespace

QStringList placeholderNames()
{
    QStringList names;
    for (const Placeholder &p : Placeholders)
        names.append(QLatin1StringView(p.name));
    return names;
}

QString placeholderHelp(const QString &name)
{
    for (const Placeholder &p : Placeholders) {
        if (name == QLatin1StringView(p.name))
            return QCoreApplication::translate("ks::outreach::DraftFields", p.help);
    }
    return {};
}

QString plainText(const QString &text, int maxLength, bool multiline)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), maxLength));
    for (QChar c : text) {
        if (c == u'\t' || c == u'\r' || (!multiline && c == u'\n'))
            out += u' ';
        else if (!hiddenCharacter(c, multiline))
            out += c;
    }
    // A placeholder in a value would read as an unresolved one in the draft.
    while (out.contains("{{"_L1) || out.contains("}}"_L1)) {
        out.replace("{{"_L1, "{ {"_L1);
        out.replace("}}"_L1, "} }"_L1);
    }
    if (!multiline)
        out = out.simplified();
    if (out.size() > maxLength) {
        out.truncate(maxLength);
        if (out.back().isHighSurrogate())
            out.chop(1);
    }
    return out;
}

QString contributionTitle(const scoring::Evidence &e)
{
    static const QRegularExpression number(u"^#\\d+\\s+"_s);
    static const QRegularExpression area(u"^\\[[^\\]]{1,40}\\]\\s*"_s);
    static const QRegularExpression size(u"\\s*\\(\\d+ source lines?, \\d+ files?\\)$"_s);
    static const QRegularExpression review(u"^(?:\\w+ )?review of #\\d+\\s+"_s);
    static const QRegularExpression comment(u"^Review comment on #\\d+:\\s*"_s);
    QString t = e.label;
    t.remove(size);
    t.remove(review);
    t.remove(comment);
    t.remove(number);
    t.remove(area);
    return plainText(t, 160);
}

QString repositoryOf(const QString &url)
{
    static const QRegularExpression github(u"^https://github\\.com/([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)(?:/|$)"_s);
    const auto m = github.match(url);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString normalizedUrl(QString url)
{
    url = url.trimmed();
    while (!url.isEmpty() && QStringView(u".,;:!?)]>'\"").contains(url.back()))
        url.chop(1);
    const qsizetype hash = url.indexOf(u'#');
    QString fragment = hash < 0 ? QString() : url.mid(hash);
    QString path = hash < 0 ? url : url.left(hash);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith("/files"_L1))
        path.chop(6);
    return path + fragment;
}

QString privacyLine(const store::PersonRecord::Channel &channel)
{
    static const QRegularExpression apiUser(u"^https://api\\.github\\.com/users/([A-Za-z0-9-]+)\\z"_s);
    QString source = channel.sourceUrl;
    if (const auto m = apiUser.match(source); m.hasMatch())
        source = u"https://github.com/"_s + m.captured(1);
    const QString what = channel.detail.isEmpty() ? Tr::tr("your public GitHub data") : plainText(channel.detail, 80);
    QString line = source.isEmpty() ? Tr::tr("I found this address in %1.").arg(what)
                                    : Tr::tr("I found this address in %1 (%2).").arg(what, plainText(source, 200));
    if (channel.fetchedAt.isValid()) {
        line.chop(1); // the full stop moves after the date
        line += Tr::tr(", read on %1.").arg(channel.fetchedAt.date().toString(Qt::ISODate));
    }
    return line + u' ' + Tr::tr("If you would rather not hear from me, say so and I will delete what I hold about you.");
}

QHash<QString, QString> draftValues(const DraftFacts &f)
{
    QHash<QString, QString> v;
    const QString name = plainText(f.person.name, 120);
    v[u"full_name"_s] = name;
    v[u"login"_s] = plainText(f.person.login, 60);
    v[u"first_name"_s] = name.isEmpty() ? v[u"login"_s] : name.section(u' ', 0, 0);
    v[u"works_on"_s] = plainText(f.worksOn, 200);
    v[u"layer"_s] = plainText(f.layerName, 80);
    if (f.evidence) {
        const scoring::Evidence &e = *f.evidence;
        const QString title = contributionTitle(e);
        const QString url = e.url.startsWith("https://"_L1) || e.url.startsWith("http://"_L1) ? plainText(e.url, 500) : QString();
        v[u"contribution_title"_s] = title;
        v[u"contribution_url"_s] = url;
        v[u"contribution_repo"_s] = repositoryOf(url);
        if (e.happenedAt.isValid())
            v[u"contribution_date"_s] = QLocale::c().toString(e.happenedAt.date(), u"MMMM yyyy"_s);
        if (e.part == "reviews"_L1 && e.label.startsWith("Review comment"_L1))
            v[u"contribution"_s] = Tr::tr("your review comment on “%1”").arg(title);
        else if (e.part == "reviews"_L1)
            v[u"contribution"_s] = Tr::tr("your review of “%1”").arg(title);
        else if (url.contains("/pull/"_L1))
            v[u"contribution"_s] = Tr::tr("your pull request “%1”").arg(title);
        else
            v[u"contribution"_s] = Tr::tr("your work on “%1”").arg(title);
        const scoring::Evidence *signal = e.signalId.isEmpty() ? signalFor(e, f.allEvidence) : &e;
        if (signal) {
            const auto &catalogue = scoring::SignalCatalogue::standard();
            const scoring::Signal *s = catalogue.find(signal->signalId);
            const scoring::SignalCategory *category = s ? catalogue.category(s->category) : nullptr;
            QString explanation = plainText(s ? s->explanation : signal->label, 300);
            if (!explanation.isEmpty())
                explanation[0] = explanation[0].toLower();
            while (explanation.endsWith(u'.'))
                explanation.chop(1);
            v[u"signal"_s] = category ? category->name.toLower() : QString();
            v[u"signal_explanation"_s] = explanation;
        }
    }
    const HiringContext &c = f.context;
    // Templates end these sentences themselves.
    auto clause = [](const QString &text, int maxLength) {
        QString out = plainText(text, maxLength);
        while (out.endsWith(u'.') && !out.endsWith("..."_L1))
            out.chop(1);
        return out;
    };
    v[u"company"_s] = plainText(c.company, 200);
    v[u"problem"_s] = clause(c.problem, 600);
    v[u"compute"_s] = clause(c.compute, 300);
    v[u"compensation"_s] = clause(c.compensation, 200);
    v[u"team"_s] = clause(c.team, 300);
    v[u"sender_name"_s] = plainText(c.senderName, 120);
    v[u"signature"_s] = plainText(c.signature, 1000, true).trimmed();
    v[u"privacy_line"_s] = plainText(f.privacyLine, 400);
    return v;
}

} // namespace ks::outreach
