// SPDX-License-Identifier: MIT
#include "draftchecklist.h"

#include "draftfields.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ks::outreach {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::outreach::DraftChecklist)
};

// Lower case, punctuation as spaces (but keeping $£€ and decimal points
// inside numbers), single spaces: what phrase and word matching compare.
QString folded(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u' ';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool numberPoint = (c == u'.' || c == u',') && i > 0 && i + 1 < text.size() && text[i - 1].isDigit() && text[i + 1].isDigit();
        if (c.isLetterOrNumber() || c == u'$' || c == u'£' || c == u'€' || c == u'%')
            out += c.toLower();
        else if (numberPoint)
            continue; // 180,000 and 180000 are the same number
        else if (!out.endsWith(u' '))
            out += u' ';
    }
    if (!out.endsWith(u' '))
        out += u' ';
    return out;
}

QStringList numbersIn(const QString &foldedText)
{
    // Standalone numbers only: the 100 in "h100s" is part of a name.
    static const QRegularExpression number(u"(?<![a-z0-9])\\d+(?:k|m)?(?![a-z0-9])"_s);
    QStringList out;
    for (auto it = number.globalMatch(foldedText); it.hasNext();)
        out.append(it.next().captured());
    return out;
}

// Words that carry meaning: not stop words, at least three characters.
QStringList significantWords(const QString &foldedText)
{
    static const QSet<QString> stop = { u"the"_s, u"and"_s, u"for"_s, u"with"_s, u"our"_s, u"your"_s, u"you"_s, u"that"_s, u"this"_s,
        u"are"_s, u"from"_s, u"into"_s, u"will"_s, u"who"_s, u"can"_s, u"has"_s, u"have"_s, u"per"_s, u"plus"_s, u"all"_s, u"its"_s,
        u"their"_s, u"them"_s, u"not"_s };
    QStringList out;
    for (const QString &w : foldedText.split(u' ', Qt::SkipEmptyParts)) {
        if (w.size() >= 3 && !stop.contains(w) && !out.contains(w))
            out.append(w);
    }
    return out;
}

int wordCount(const QString &text)
{
    static const QRegularExpression word(u"[\\w’'-]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QStringList urlsIn(const QString &text)
{
    static const QRegularExpression url(u"https?://[^\\s<>\"]+"_s);
    QStringList out;
    for (auto it = url.globalMatch(text); it.hasNext();)
        out.append(normalizedUrl(it.next().captured()));
    return out;
}

DraftCheck contextCheck(const QString &id, const QString &title, const QString &value, const QString &body, const QString &missing,
    bool (*states)(const QString &, const QString &))
{
    DraftCheck c { id, title, true, false, {} };
    if (value.trimmed().isEmpty())
        c.message = missing;
    else if (states(body, value))
        c.passed = true, c.message = Tr::tr("States it: “%1”.").arg(value.left(80));
    else
        c.message = Tr::tr("The hiring context says “%1”; the message does not say it.").arg(value.left(80));
    return c;
}

} // namespace

bool statesValue(const QString &body, const QString &value)
{
    const QString b = folded(body);
    const QString v = folded(value);
    if (b.contains(v))
        return true;
    // Numbers decide a range or a count ("£140k-£180k", "64 H100s"): all
    // must be there, and most of the meaningful words too.
    const QStringList numbers = numbersIn(v);
    const QStringList words = significantWords(v);
    for (const QString &n : numbers) {
        const QRegularExpression standalone(u"(?<![a-z0-9])"_s + n + u"(?![a-z0-9])"_s);
        if (!b.contains(standalone))
            return false;
    }
    if (words.isEmpty())
        return !numbers.isEmpty();
    int found = 0;
    for (const QString &w : words)
        found += b.contains(u' ' + w + u' ') ? 1 : 0;
    return found * 10 >= words.size() * 7;
}

bool namesSomeone(const QString &body, const QString &team)
{
    static const QRegularExpression separators(u"\\s*(?:,|;|\\band\\b|&)\\s*"_s);
    const QString b = folded(body);
    for (const QString &member : team.split(separators, Qt::SkipEmptyParts)) {
        // "Ana Ruiz (Triton maintainer)": the name is what comes before a bracket.
        const QString name = folded(member.section(u'(', 0, 0));
        if (name.trimmed().size() >= 3 && b.contains(name))
            return true;
    }
    return false;
}

QList<DraftCheck> checkDraft(const DraftCheckInput &in)
{
    QList<DraftCheck> checks;
    const QString text = in.subject + u'\n' + in.body;

    DraftCheck cites { u"cites-contribution"_s, Tr::tr("Cites a specific contribution of theirs"), true, false, {} };
    QSet<QString> theirs;
    for (const QString &u : in.evidenceUrls)
        theirs.insert(normalizedUrl(u));
    const QStringList links = urlsIn(in.body);
    for (const QString &link : links) {
        if (theirs.contains(link)) {
            cites.passed = true;
            cites.message = Tr::tr("Links to %1.").arg(link);
            break;
        }
    }
    if (!cites.passed)
        cites.message = links.isEmpty()
            ? Tr::tr("Link to one of their pull requests or reviews.")
            : Tr::tr("%1 is not one of this person's contributions; link to their own work.").arg(links.first());
    checks.append(cites);

    const HiringContext &c = in.context;
    checks.append(contextCheck(u"problem"_s, Tr::tr("Leads with the technical problem"), c.problem, in.body,
        Tr::tr("Write the technical problem into the hiring context first."), statesValue));
    checks.append(contextCheck(u"compute"_s, Tr::tr("Says what compute they get"), c.compute, in.body,
        Tr::tr("Write the compute access into the hiring context first."), statesValue));
    checks.append(contextCheck(u"compensation"_s, Tr::tr("States the compensation"), c.compensation, in.body,
        Tr::tr("Write the compensation range into the hiring context first."), statesValue));
    checks.append(contextCheck(u"team"_s, Tr::tr("Names people on the team"), c.team, in.body,
        Tr::tr("Name team members in the hiring context first."), namesSomeone));

    DraftCheck length { u"length"_s, Tr::tr("Length %1 to %2 words").arg(in.minWords).arg(in.maxWords), true, false, {} };
    const int words = wordCount(in.body);
    length.passed = words >= in.minWords && words <= in.maxWords && !in.subject.trimmed().isEmpty() && in.subject.size() <= 120;
    length.message = in.subject.trimmed().isEmpty() ? Tr::tr("The subject is empty.")
        : in.subject.size() > 120                   ? Tr::tr("The subject is longer than 120 characters.")
                                  : QCoreApplication::translate("ks::outreach::DraftChecklist", "%n word(s).", nullptr, words);
    checks.append(length);

    DraftCheck placeholders { u"placeholders"_s, Tr::tr("No unresolved placeholders"), true, true, Tr::tr("None left.") };
    static const QRegularExpression leftover(u"\\{\\{[^}]{0,60}\\}\\}|\\{\\{|\\}\\}"_s);
    if (const auto m = leftover.match(text); m.hasMatch())
        placeholders.passed = false, placeholders.message = Tr::tr("“%1” is still in the text.").arg(m.captured().left(60));
    checks.append(placeholders);

    DraftCheck generic { u"generic"_s, Tr::tr("No generic recruiter phrases"), true, true, Tr::tr("None found.") };
    const QString folded_ = folded(text);
    QStringList found;
    for (const QString &phrase : in.genericPhrases) {
        const QString p = folded(phrase);
        if (p.trimmed().size() >= 3 && folded_.contains(p))
            found.append(phrase);
    }
    if (!found.isEmpty())
        generic.passed = false, generic.message = Tr::tr("Reads as mass mail: “%1”.").arg(found.join(u"”, “"_s));
    checks.append(generic);

    DraftCheck recipient { u"recipient"_s, Tr::tr("Has a recipient"), false, !in.recipient.trimmed().isEmpty(), {} };
    recipient.message = recipient.passed ? in.recipient : Tr::tr("No address known: copy the text and send it where you can reach them.");
    checks.append(recipient);
    return checks;
}

Readiness readiness(const QList<DraftCheck> &checks)
{
    Readiness r = Readiness::Ready;
    for (const DraftCheck &c : checks) {
        if (!c.passed && c.required)
            return Readiness::NotReady;
        if (!c.passed)
            r = Readiness::ReadyWithWarnings;
    }
    return r;
}

QString readinessText(Readiness r)
{
    switch (r) {
    case Readiness::Ready:
        return Tr::tr("Ready to send");
    case Readiness::ReadyWithWarnings:
        return Tr::tr("Ready, with warnings");
    case Readiness::NotReady:
        break;
    }
    return Tr::tr("Not ready");
}

} // namespace ks::outreach
