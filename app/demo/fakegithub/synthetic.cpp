// SPDX-License-Identifier: MIT
// FakeGitHub::addSynthetic: the generator for SyntheticSpec.
#include "synthetic.h"

#include "fakegithub.h"
#include "jsonshapes.h"
#include "landing.h"
#include "patchtools.h"

#include <QTimeZone>
#include <algorithm>

namespace ks::fake {

namespace {

// xorshift64*: the same sequence on every platform and standard library.
class Rng final
{
public:
    explicit Rng(quint32 seed)
        : m_state(0x9E3779B97F4A7C15ull ^ (quint64(seed) << 1 | 1))
    { }
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1Dull;
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) / double(1ull << 53); }
    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + qint64(next() % quint64(hi - lo)); }

private:
    quint64 m_state;
};

const char *const FirstNames[] = { "Ana", "Bo", "Chen", "Dara", "Emil", "Farah", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lena", "Mo", "Nia",
    "Oskar", "Priya", "Quinn", "Rafa", "Sofi", "Tomas", "Uma", "Vik", "Wen", "Yara", "Zoltan" };
const char *const LastNames[] = { "Arden", "Brask", "Castell", "Dunmore", "Eklund", "Ferrand", "Gallo", "Hartwell", "Ilves", "Jansen",
    "Kovac", "Lindqvist", "Moreau", "Novak", "Okafor", "Pereira", "Quist", "Rautio", "Sandoval", "Tanaka", "Varga", "Whitlow" };
const char *const Cities[] = { "London, UK", "Cambridge, UK", "Berlin, Germany", "Zurich, Switzerland", "Paris, France", "Warsaw, Poland",
    "Austin, TX", "Seattle, WA", "Toronto, Canada", "Bangalore, India", "Tokyo, Japan", "" };
const char *const Companies[] = { "Acme Silicon", "Northwind Compute", "Blue Lattice", "Initech", "Vector Forge", "@open-kernels", "", "" };
const char *const Verbs[] = { "Fuse", "Tile", "Vectorize", "Fix", "Speed up", "Refactor", "Add", "Cache", "Pipeline", "Simplify" };
const char *const Things[] = { "softmax epilogue", "matmul loop", "layernorm reduction", "attention kernel", "lowering pass",
    "shape inference", "autotune configs", "docs example", "test harness", "bounds checks" };
const char *const OtherFolders[] = { "docs", "tests", "other" };
const char *const States[] = { "APPROVED", "COMMENTED", "CHANGES_REQUESTED", "APPROVED" };

template<std::size_t N> QString pick(Rng &rng, const char *const (&items)[N])
{
    return QString::fromLatin1(items[rng.below(int(N))]);
}

QString makePatch(Rng &rng, const QString &path, int salt)
{
    const int start = 1 + rng.below(200);
    const int added = 1 + rng.below(4);
    const bool removes = rng.below(2) == 0;
    QString patch = QStringLiteral("@@ -%1,%2 +%1,%3 @@\n").arg(start).arg(2 + (removes ? 1 : 0)).arg(2 + added);
    patch += QStringLiteral(" # %1\n").arg(path);
    if (removes)
        patch += QStringLiteral("-    acc = load(ptr)  # v%1\n").arg(salt);
    for (int i = 0; i < added; ++i)
        patch += QStringLiteral("+    acc = acc + step_%1(ptr, offs + %2)\n").arg(salt).arg(i);
    patch += QStringLiteral("     return acc");
    return patch;
}

} // namespace

void FakeGitHub::addSynthetic(const SyntheticSpec &spec)
{
    Rng rng(spec.seed);
    const QDateTime now = spec.now.isValid() ? spec.now.toUTC() : QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
    const qint64 end = now.toSecsSinceEpoch();
    const qint64 start = now.addMonths(-qMax(1, spec.monthsSpan)).toSecsSinceEpoch();
    const auto at = [](qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC); };

    // People, then the machine accounts.
    QStringList people;
    for (int i = 0; i < qMax(2, spec.people); ++i) {
        FakeUser u;
        u.login = QStringLiteral("%1-dev%2").arg(spec.owner).arg(i + 1, 4, 10, QLatin1Char('0'));
        u.name = pick(rng, FirstNames) + u' ' + pick(rng, LastNames);
        u.location = pick(rng, Cities);
        u.company = pick(rng, Companies);
        if (rng.below(4) == 0)
            u.email = u.login + QStringLiteral("@example.com");
        if (rng.below(6) == 0)
            u.blog = QStringLiteral("https://%1.example.org").arg(u.login);
        u.hireable = rng.below(20) == 0;
        addUser(u);
        people.append(u.login);
    }
    const QString mergeBot = spec.owner + QStringLiteral("-mergebot");
    addUser(FakeUser { 0, mergeBot, QStringLiteral("User"), {}, {}, {}, {}, {}, {}, {}, false });
    const QString actionsBot = QStringLiteral("github-actions[bot]");
    addUser(FakeUser { 0, actionsBot, QStringLiteral("Bot"), {}, {}, {}, {}, {}, {}, {}, false });
    addUser(FakeUser { 0, QStringLiteral("dependabot[bot]"), QStringLiteral("Bot"), {}, {}, {}, {}, {}, {}, {}, false });
    const int maintainers = qMax(1, int(people.size()) / 15);

    FakeRepo repo;
    repo.owner = spec.owner;
    repo.name = spec.name;
    addRepo(repo); // assigns the id; filled in below through the stored copy
    FakeRepo &r = *this->repo(spec.owner, spec.name);

    QList<qint64> created;
    for (int i = 0; i < spec.pulls; ++i)
        created.append(rng.between(start, end - 3600));
    std::sort(created.begin(), created.end());

    for (int i = 0; i < spec.pulls; ++i) {
        FakePull p;
        p.id = nextId();
        p.number = i + 1;
        p.authorLogin = people[rng.below(int(people.size()))];
        p.title = pick(rng, Verbs) + u' ' + pick(rng, Things);
        p.body = QStringLiteral("Synthetic change %1.").arg(p.number);
        p.createdAt = at(created[i]);

        const bool mapped = rng.unit() < spec.mappedFraction && !spec.mappedPrefixes.isEmpty();
        const QString folder = mapped ? spec.mappedPrefixes[rng.below(int(spec.mappedPrefixes.size()))] : pick(rng, OtherFolders);
        const int fileCount = 1 + rng.below(3);
        for (int f = 0; f < fileCount; ++f) {
            FakeFile file;
            file.filename = QStringLiteral("%1/m%2/f%3.py").arg(folder).arg(rng.below(40)).arg(p.number * 3 + f);
            file.patch = makePatch(rng, file.filename, p.number);
            const auto counts = patchtools::count(file.patch);
            file.additions = counts.additions;
            file.deletions = counts.deletions;
            p.files.append(file);
        }

        const qint64 close = qMin(end - 60, created[i] + rng.between(3600, 10 * 86400));
        const bool recent = end - created[i] < 14 * 86400;
        const int fate = rng.below(100);
        QString approver;
        const int reviewCount = rng.below(4);
        for (int k = 0; k < reviewCount; ++k) {
            QString reviewer = people[rng.below(maintainers * 3 < people.size() ? maintainers * 3 : int(people.size()))];
            if (reviewer == p.authorLogin)
                continue;
            const QString state = pick(rng, States);
            if (state == QLatin1String("APPROVED"))
                approver = reviewer;
            p.reviews.append(FakeReview { nextId(), reviewer, state,
                state == QLatin1String("APPROVED") ? QStringLiteral("LGTM") : QStringLiteral("See inline notes."),
                at(rng.between(created[i], close)) });
        }

        if (recent && fate < 60) {
            p.updatedAt = p.createdAt.addSecs(600);
        } else if (fate < 82) {
            p.state = QStringLiteral("closed");
            p.closedAt = p.mergedAt = at(close);
            p.mergedByLogin = rng.below(3) == 0 ? mergeBot : people[rng.below(maintainers)];
            const FakeCommit squash = landing::squashCommit(*this, r, p);
            p.mergeCommitSha = squash.sha;
            r.commits.append(squash);
        } else if (fate < 87) {
            p.state = QStringLiteral("closed");
            p.closedAt = at(close);
            r.commits.append(landing::trailerCommit(*this, r, p, approver, p.closedAt));
        } else {
            p.state = QStringLiteral("closed");
            p.closedAt = at(close);
        }
        p.updatedAt = p.closedAt.isValid() ? p.closedAt : p.createdAt.addSecs(600);
        r.pulls.append(p);
    }

    const int direct = qMax(0, spec.commits - int(r.commits.size()));
    for (int i = 0; i < direct; ++i) {
        FakeCommit c;
        const bool linked = rng.below(5) != 0;
        const QString folder = rng.unit() < spec.mappedFraction && !spec.mappedPrefixes.isEmpty()
            ? spec.mappedPrefixes[rng.below(int(spec.mappedPrefixes.size()))]
            : pick(rng, OtherFolders);
        c.paths = { QStringLiteral("%1/m%2/direct%3.py").arg(folder).arg(rng.below(40)).arg(i) };
        c.message = QStringLiteral("%1 %2 directly\n\nNo pull request.").arg(pick(rng, Verbs), pick(rng, Things));
        c.date = at(rng.between(start, end));
        if (linked) {
            c.authorLogin = people[rng.below(int(people.size()))];
            const FakeUser *u = user(c.authorLogin);
            c.authorName = u->name;
            c.authorEmail = u->email.isEmpty() ? QStringLiteral("%1+%2@users.noreply.github.com").arg(u->id).arg(u->login) : u->email;
        } else {
            c.authorName = pick(rng, FirstNames) + u' ' + pick(rng, LastNames);
            c.authorEmail = QStringLiteral("builder%1@corp.example").arg(rng.below(50));
        }
        c.sha = JsonShapes::shaFor(QStringLiteral("direct/%1/%2/%3/%4").arg(spec.owner, spec.name).arg(spec.seed).arg(i));
        r.commits.append(c);
    }

    if (!r.pulls.isEmpty()) {
        for (int i = 0; i < spec.reviewComments; ++i) {
            FakePull &p = r.pulls[rng.below(int(r.pulls.size()))];
            const FakeFile &file = p.files[rng.below(int(p.files.size()))];
            FakeReviewComment c;
            c.id = nextId();
            c.pullNumber = p.number;
            c.login = rng.below(20) == 0 ? actionsBot : (rng.below(25) == 0 ? mergeBot : people[rng.below(int(people.size()))]);
            c.path = file.filename;
            c.line = patchtools::lastAddedLine(file.patch);
            c.diffHunk = patchtools::diffHunk(file.patch, c.line);
            c.body = QStringLiteral("Consider hoisting this load out of the loop (%1).").arg(i);
            const qint64 lo = p.createdAt.toSecsSinceEpoch();
            const qint64 hi = p.closedAt.isValid() ? p.closedAt.toSecsSinceEpoch() : end;
            c.createdAt = at(rng.between(lo, hi));
            c.updatedAt = rng.below(10) == 0 ? c.createdAt.addSecs(300) : c.createdAt;
            for (const FakeReview &rv : std::as_const(p.reviews)) {
                if (rv.login == c.login) {
                    c.reviewId = rv.id;
                    break;
                }
            }
            if (c.reviewId == 0) {
                p.reviews.append(FakeReview { nextId(), c.login, QStringLiteral("COMMENTED"), QString(), c.createdAt });
                c.reviewId = p.reviews.last().id;
            }
            r.comments.append(c);
        }
    }
}

} // namespace ks::fake
