// SPDX-License-Identifier: MIT
// The live checklist on good and bad drafts.
#include "outreach/draftchecklist.h"
#include "outreach/genericphrasestore.h"
#include "outreachfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace ks::outreach;
using namespace Qt::StringLiterals;

namespace {

const QString TheirPr = u"https://github.com/triton-lang/triton/pull/5801"_s;

QString goodBody(const QString &link)
{
    return u"Hi Mira,\n\nI read your pull request “Online softmax that handles rows wider than one block” in triton-lang/triton:\n"_s + link
        + u"\nWhat made me write is that the code computes softmax in one streaming pass by rescaling a running maximum.\n\n"
          "At Fernhill Compute, the problem is this: fast attention kernels for a new inference accelerator.\n"
          "You would test every change on a cluster of 64 H100s.\nCompensation: £140k–£180k base plus equity.\n"
          "You would work alongside Ana Ruiz (Triton maintainer), Jon Park.\n\n"
          "If this is close to what you want to work on next, I can set up a technical conversation with the engineers "
          "rather than a recruiter screen. A one-line no is welcome too.\n\nSam Ortega"_s;
}

DraftCheckInput input(const QString &body)
{
    DraftCheckInput in;
    in.subject = u"Online softmax, and a kernel problem at Fernhill Compute"_s;
    in.body = body;
    in.recipient = u"mira@example.com"_s;
    in.evidenceUrls = { TheirPr, TheirPr + u"/files"_s, u"https://github.com/triton-lang/triton/pull/5861#discussion_r100000029"_s };
    in.context = sampleContext();
    in.genericPhrases = GenericPhraseStore::bundled();
    return in;
}

} // namespace

TEST_CASE("a specific, complete draft passes every check", "[outreach][checklist]")
{
    const QList<DraftCheck> checks = checkDraft(input(goodBody(TheirPr)));
    for (const DraftCheck &c : checks) {
        INFO(c.id.toStdString() << ": " << c.message.toStdString());
        CHECK(c.passed);
    }
    CHECK(readiness(checks) == Readiness::Ready);
}

TEST_CASE("a link that is not this candidate's work does not count as citing them", "[outreach][checklist]")
{
    const QString someoneElse = u"https://github.com/triton-lang/triton/pull/9999"_s;
    const QList<DraftCheck> checks = checkDraft(input(goodBody(someoneElse)));
    const DraftCheck cites = findCheck(checks, u"cites-contribution"_s);
    CHECK_FALSE(cites.passed);
    CHECK(cites.message.contains(someoneElse));
    CHECK(readiness(checks) == Readiness::NotReady);

    // The same PR as seen through its files view, or at the end of a sentence, still counts.
    CHECK(findCheck(checkDraft(input(goodBody(TheirPr + u"/files."_s))), u"cites-contribution"_s).passed);
    CHECK(findCheck(
        checkDraft(input(goodBody(u"https://github.com/triton-lang/triton/pull/5861#discussion_r100000029"_s))), u"cites-contribution"_s)
            .passed);
    // A look-alike prefix is not their PR.
    CHECK_FALSE(findCheck(checkDraft(input(goodBody(TheirPr + u"0"_s))), u"cites-contribution"_s).passed);
}

TEST_CASE("problem, compute, pay and team are matched against this requisition's values", "[outreach][checklist]")
{
    QString vague = goodBody(TheirPr);
    vague.replace(u"a cluster of 64 H100s"_s, u"great hardware"_s);
    vague.replace(u"£140k–£180k base plus equity"_s, u"a competitive package"_s);
    vague.replace(u"Ana Ruiz (Triton maintainer), Jon Park"_s, u"a world-class team"_s);
    const QList<DraftCheck> checks = checkDraft(input(vague));
    CHECK(findCheck(checks, u"problem"_s).passed);
    CHECK_FALSE(findCheck(checks, u"compute"_s).passed);
    CHECK_FALSE(findCheck(checks, u"compensation"_s).passed);
    CHECK_FALSE(findCheck(checks, u"team"_s).passed);

    // Another requisition's numbers are not this one's.
    QString otherPay = goodBody(TheirPr);
    otherPay.replace(u"£140k–£180k"_s, u"£90k–£110k"_s);
    CHECK_FALSE(findCheck(checkDraft(input(otherPay)), u"compensation"_s).passed);

    // Rephrasing that keeps the facts passes; naming one person is enough.
    CHECK(statesValue(u"You'd get 64 H100s in one cluster."_s, u"a cluster of 64 H100s"_s));
    CHECK_FALSE(statesValue(u"You'd get 64 A100s."_s, u"a cluster of 64 H100s"_s));
    CHECK(statesValue(u"Base is £140,000 to £180,000 plus equity"_s, u"£140,000–£180,000 base plus equity"_s));
    CHECK(namesSomeone(u"You would work with Jon Park."_s, u"Ana Ruiz (Triton maintainer), Jon Park"_s));
    CHECK_FALSE(namesSomeone(u"You would work with Jon."_s, u"Ana Ruiz, Jon Park"_s));

    // An empty hiring context sends the sourcer there.
    DraftCheckInput empty = input(goodBody(TheirPr));
    empty.context = {};
    const DraftCheck problem = findCheck(checkDraft(empty), u"problem"_s);
    CHECK_FALSE(problem.passed);
    CHECK(problem.message.contains(u"hiring context"_s));
}

TEST_CASE("generic phrases, leftover placeholders and length are flagged", "[outreach][checklist]")
{
    QString generic = goodBody(TheirPr);
    generic.prepend(u"I noticed your EXPERIENCE with machine learning. What an exciting opportunity for a rockstar!\n"_s);
    DraftCheckInput in = input(generic);
    const DraftCheck g = findCheck(checkDraft(in), u"generic"_s);
    CHECK_FALSE(g.passed);
    CHECK(g.message.contains(u"exciting opportunity"_s));
    CHECK(g.message.contains(u"rockstar"_s));

    // A workspace's own phrase.
    in = input(goodBody(TheirPr) + u"\nLet's synergize."_s);
    CHECK(findCheck(checkDraft(in), u"generic"_s).passed);
    in.genericPhrases.append(u"synergize"_s);
    CHECK_FALSE(findCheck(checkDraft(in), u"generic"_s).passed);

    const DraftCheck left = findCheck(checkDraft(input(goodBody(TheirPr) + u"\n{{compensation}}"_s)), u"placeholders"_s);
    CHECK_FALSE(left.passed);
    CHECK(left.message.contains(u"{{compensation}}"_s));

    CHECK_FALSE(findCheck(checkDraft(input(u"Hi Mira, "_s + TheirPr)), u"length"_s).passed);
    QString tooLong = goodBody(TheirPr);
    for (int i = 0; i < 40; ++i)
        tooLong += u" more words about kernels here"_s;
    CHECK_FALSE(findCheck(checkDraft(input(tooLong)), u"length"_s).passed);
    DraftCheckInput noSubject = input(goodBody(TheirPr));
    noSubject.subject.clear();
    CHECK_FALSE(findCheck(checkDraft(noSubject), u"length"_s).passed);
}

TEST_CASE("no recipient is a warning, not a blocker", "[outreach][checklist]")
{
    DraftCheckInput in = input(goodBody(TheirPr));
    in.recipient.clear();
    const QList<DraftCheck> checks = checkDraft(in);
    CHECK_FALSE(findCheck(checks, u"recipient"_s).passed);
    CHECK(readiness(checks) == Readiness::ReadyWithWarnings);
}
