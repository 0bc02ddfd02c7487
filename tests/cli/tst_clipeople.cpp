// SPDX-License-Identifier: MIT
// The people commands on a copy of the demo workspace, through the real binary.
#include "support/democopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct PeopleDemo : DemoCopy
{
    QJsonArray candidates(const QStringList &extra = {}) const
    {
        const CliResult r
            = run(QStringList { QStringLiteral("candidates"), QStringLiteral("--layer"), QStringLiteral("kernel"),
                      QStringLiteral("--as-of"), QStringLiteral("2026-11-01"), QStringLiteral("--format"), QStringLiteral("json") }
                + extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
};

QStringList field(const QJsonArray &rows, const char *name)
{
    QStringList values;
    for (const QJsonValue &row : rows)
        values.append(row.toObject().value(QLatin1String(name)).toVariant().toString());
    return values;
}

} // namespace

TEST_CASE("candidates carry country, region and company, and filter by them", "[cli][people]")
{
    const PeopleDemo demo;
    const QJsonArray all = demo.candidates();
    REQUIRE(all.size() >= 8);
    CHECK(field(all, "region").contains(QStringLiteral("UK")));
    CHECK(field(all, "region").contains(QStringLiteral("EU")));

    const QJsonArray uk = demo.candidates({ QStringLiteral("--region"), QStringLiteral("UK") });
    REQUIRE_FALSE(uk.isEmpty());
    CHECK(uk.size() < all.size());
    for (const QString &region : field(uk, "region"))
        CHECK(region == QStringLiteral("UK"));
    for (const QString &country : field(uk, "country"))
        CHECK(country == QStringLiteral("GB"));

    const QJsonArray de = demo.candidates({ QStringLiteral("--country"), QStringLiteral("de,fr") });
    for (const QString &country : field(de, "country"))
        CHECK((country == QStringLiteral("DE") || country == QStringLiteral("FR")));

    const QJsonArray reachable = demo.candidates({ QStringLiteral("--reachable") });
    REQUIRE_FALSE(reachable.isEmpty());
    for (const QJsonValue &row : reachable)
        CHECK(row.toObject().value(QStringLiteral("reachable")).toBool());
}

TEST_CASE("person shows each fact with its source; a hand correction wins", "[cli][people]")
{
    const PeopleDemo demo;
    const CliResult r
        = demo.run({ QStringLiteral("person"), QStringLiteral("mkovalenko"), QStringLiteral("--format"), QStringLiteral("json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject p = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject location = p.value(QStringLiteral("location")).toObject();
    CHECK(location.value(QStringLiteral("country")).toString() == QStringLiteral("GB"));
    CHECK(location.value(QStringLiteral("region")).toString() == QStringLiteral("UK"));
    CHECK(location.value(QStringLiteral("provenance"))
            .toObject()
            .value(QStringLiteral("source"))
            .toString()
            .startsWith(QStringLiteral("http")));
    const QJsonArray channels = p.value(QStringLiteral("contactChannels")).toArray();
    REQUIRE_FALSE(channels.isEmpty());
    for (const QJsonValue &ch : channels)
        CHECK_FALSE(ch.toObject().value(QStringLiteral("source")).toString().isEmpty());
    CHECK(p.value(QStringLiteral("reachable")).toBool());
    REQUIRE_FALSE(p.value(QStringLiteral("layers")).toArray().isEmpty());

    const CliResult text = demo.run({ QStringLiteral("person"), QStringLiteral("mkovalenko") });
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("United Kingdom")));

    const CliResult moved = demo.run({ QStringLiteral("person"), QStringLiteral("mkovalenko"), QStringLiteral("--set-country"),
        QStringLiteral("fr"), QStringLiteral("--format"), QStringLiteral("json") });
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    const QJsonObject after = QJsonDocument::fromJson(moved.out.toUtf8()).object().value(QStringLiteral("location")).toObject();
    CHECK(after.value(QStringLiteral("country")).toString() == QStringLiteral("FR"));
    CHECK(after.value(QStringLiteral("region")).toString() == QStringLiteral("EU"));

    const CliResult bad
        = demo.run({ QStringLiteral("person"), QStringLiteral("mkovalenko"), QStringLiteral("--set-country"), QStringLiteral("Narnia") });
    CHECK(bad.exitCode == 2);
    const CliResult nobody = demo.run({ QStringLiteral("person"), QStringLiteral("no-such-person") });
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("no-such-person")));
}

TEST_CASE("exclusion lists hide people from candidates; a malformed file changes nothing", "[cli][people][exclusions]")
{
    const PeopleDemo demo;
    const QStringList before = field(demo.candidates(), "login");
    REQUIRE(before.contains(QStringLiteral("mkovalenko")));

    const QString bad = demo.tmp.path(QStringLiteral("bad.csv"));
    REQUIRE(TempWorkspace::write(bad, "login,email\nmkovalenko,mira@mirakov.dev\nnot valid!,x\n"));
    const CliResult refused
        = demo.run({ QStringLiteral("exclusions"), QStringLiteral("import"), bad, QStringLiteral("--list"), QStringLiteral("staff") });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("line 3")));
    CHECK(field(demo.candidates(), "login") == before);

    const QString staff = demo.tmp.path(QStringLiteral("staff.csv"));
    REQUIRE(TempWorkspace::write(staff, "login,email\nmkovalenko,\n"));
    const CliResult imported
        = demo.run({ QStringLiteral("exclusions"), QStringLiteral("import"), staff, QStringLiteral("--list"), QStringLiteral("staff") });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QStringList after = field(demo.candidates(), "login");
    CHECK_FALSE(after.contains(QStringLiteral("mkovalenko")));
    CHECK(after.size() == before.size() - 1);

    const QJsonArray marked = demo.candidates({ QStringLiteral("--include-excluded") });
    bool found = false;
    for (const QJsonValue &row : marked) {
        if (row.toObject().value(QStringLiteral("login")).toString() == QStringLiteral("mkovalenko")) {
            found = true;
            CHECK(row.toObject().value(QStringLiteral("excluded")).toString() == QStringLiteral("own staff (login)"));
        }
    }
    CHECK(found);
    const CliResult table = demo.run({ QStringLiteral("candidates"), QStringLiteral("--layer"), QStringLiteral("kernel"),
        QStringLiteral("--as-of"), QStringLiteral("2026-11-01"), QStringLiteral("--include-excluded") });
    CHECK(table.out.contains(QStringLiteral("[excluded: own staff (login)]")));
}

TEST_CASE("why explains a demo candidate's score part by part", "[cli]")
{
    const PeopleDemo demo;
    const QString top = field(demo.candidates(), "login").value(0);
    REQUIRE_FALSE(top.isEmpty());
    const CliResult r = demo.run({ QStringLiteral("why"), top, QStringLiteral("--layer"), QStringLiteral("kernel"),
        QStringLiteral("--as-of"), QStringLiteral("2026-11-01") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("landed_work")));
    CHECK(r.out.contains(QStringLiteral("https://github.com/")));
}

TEST_CASE("requisitions and triage from the command line keep stages per requisition", "[cli][pipeline]")
{
    const PeopleDemo demo;
    auto json = [&](const QStringList &args) {
        const CliResult r = demo.run(args + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8());
    };
    const qint64 a = json({ QStringLiteral("requisitions"), QStringLiteral("add"), QStringLiteral("Compiler engineer, Cambridge"),
                              QStringLiteral("--layer"), QStringLiteral("kernel") })
                         .object()
                         .value(QStringLiteral("id"))
                         .toInteger();
    const qint64 b = json({ QStringLiteral("requisitions"), QStringLiteral("add"), QStringLiteral("Kernel lead, Berlin"),
                              QStringLiteral("--layer"), QStringLiteral("kernel") })
                         .object()
                         .value(QStringLiteral("id"))
                         .toInteger();
    REQUIRE(a > 0);
    REQUIRE(b > a);
    const QJsonObject moved
        = json({ QStringLiteral("triage"), QStringLiteral("mkovalenko"), QStringLiteral("--requisition"), QString::number(a),
                   QStringLiteral("--stage"), QStringLiteral("shortlisted"), QStringLiteral("--next"), QStringLiteral("2026-12-01"),
                   QStringLiteral("--note"), QStringLiteral("Ask about <b>TMA</b>") })
              .object();
    CHECK(moved.value(QStringLiteral("stage")).toString() == QStringLiteral("Shortlisted"));
    CHECK(moved.value(QStringLiteral("nextAction")).toString() == QStringLiteral("2026-12-01"));
    CHECK(moved.value(QStringLiteral("history")).toArray().size() == 1);
    CHECK(moved.value(QStringLiteral("notes")).toArray().at(0).toObject().value(QStringLiteral("body")).toString()
        == QStringLiteral("Ask about <b>TMA</b>"));
    const QJsonObject other
        = json({ QStringLiteral("triage"), QStringLiteral("mkovalenko"), QStringLiteral("--requisition"), QString::number(b) }).object();
    CHECK(other.value(QStringLiteral("stage")).toString() == QStringLiteral("Sourced"));
    CHECK(other.value(QStringLiteral("notes")).toArray().isEmpty());

    const CliResult badStage = demo.run({ QStringLiteral("triage"), QStringLiteral("mkovalenko"), QStringLiteral("--requisition"),
        QString::number(a), QStringLiteral("--stage"), QStringLiteral("Promoted") });
    CHECK(badStage.exitCode == 2);
    CHECK(badStage.err.contains(QStringLiteral("Shortlisted")));
    const QJsonArray list = json({ QStringLiteral("requisitions") }).array();
    CHECK(list.size() >= 3); // the demo's own, and these two
}

TEST_CASE("stages can be renamed and added; roles stay fixed", "[cli][pipeline]")
{
    const PeopleDemo demo;
    REQUIRE(demo.run({ QStringLiteral("stages"), QStringLiteral("rename"), QStringLiteral("Contacted"), QStringLiteral("Reached out") })
                .exitCode
        == 0);
    REQUIRE(
        demo.run({ QStringLiteral("stages"), QStringLiteral("add"), QStringLiteral("Take-home"), QStringLiteral("Interviewing") }).exitCode
        == 0);
    const CliResult r = demo.run({ QStringLiteral("stages"), QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(r.exitCode == 0);
    const QJsonArray stages = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QStringList order;
    for (const QJsonValue &s : stages)
        order.append(s.toObject().value(QStringLiteral("name")).toString() + QLatin1Char('/')
            + s.toObject().value(QStringLiteral("role")).toString());
    CHECK(order.contains(QStringLiteral("Reached out/contacted")));
    const auto interviewing = order.indexOf(QStringLiteral("Interviewing/interviewing"));
    REQUIRE(interviewing >= 0);
    CHECK(order.value(interviewing + 1) == QStringLiteral("Take-home/custom"));
    CHECK(demo.run({ QStringLiteral("stages"), QStringLiteral("rename"), QStringLiteral("Nope"), QStringLiteral("X") }).exitCode == 2);
}
