// SPDX-License-Identifier: MIT
// The template language: placeholders, sections, errors with positions,
// and the limits that keep hostile input harmless.
#include "outreach/draftfields.h"
#include "outreach/templateengine.h"
#include "outreach/templatestore.h"

#include <catch2/catch_test_macros.hpp>

using namespace ks::outreach;
using namespace Qt::StringLiterals;

namespace {

const QStringList Known = { u"first_name"_s, u"team"_s, u"compute"_s, u"problem"_s };

QString render(const QString &text, const QHash<QString, QString> &values)
{
    const auto t = Template::parse(text, Known);
    INFO((t.ok() ? QString() : t.error()).toStdString());
    REQUIRE(t.ok());
    return t->render(values);
}

Template::Error errorOf(const QString &text)
{
    Template::Error e;
    const auto t = Template::parse(text, Known, &e);
    REQUIRE_FALSE(t.ok());
    CHECK(t.error() == e.toString());
    return e;
}

} // namespace

TEST_CASE("placeholders and sections render from values", "[outreach][template]")
{
    const QHash<QString, QString> values = { { u"first_name"_s, u"Mira"_s }, { u"team"_s, u"Ana Ruiz"_s } };
    CHECK(render(u"Hi {{first_name}}, {{ team }}!"_s, values) == u"Hi Mira, Ana Ruiz!"_s);
    CHECK(render(u"{{#if team}}with {{team}}{{else}}alone{{/if}}"_s, values) == u"with Ana Ruiz"_s);
    CHECK(render(u"{{#if compute}}on {{compute}}{{else}}no compute{{/if}}"_s, values) == u"no compute"_s);
    CHECK(render(u"{{#unless compute}}ask about hardware{{/unless}}"_s, values) == u"ask about hardware"_s);
    CHECK(render(u"{{#if team}}{{#if compute}}both{{else}}team only{{/if}}{{/if}}"_s, values) == u"team only"_s);
    // Blank values count as unset.
    CHECK(render(u"{{#if compute}}x{{/if}}"_s, { { u"compute"_s, u"  "_s } }).isEmpty());
    // Missing values render as nothing.
    CHECK(render(u"[{{problem}}]"_s, {}) == u"[]"_s);
}

TEST_CASE("a section tag alone on its line takes the line with it", "[outreach][template]")
{
    const QString text = u"Hi,\n  {{#if team}}\nTeam: {{team}}\n  {{/if}}\nBye"_s;
    CHECK(render(text, { { u"team"_s, u"Ana"_s } }) == u"Hi,\nTeam: Ana\nBye"_s);
    CHECK(render(text, {}) == u"Hi,\nBye"_s);
}

TEST_CASE("errors name the line and column", "[outreach][template]")
{
    Template::Error e = errorOf(u"Hi {{first_name}},\n\nWe use {{gpu_count}} GPUs"_s);
    CHECK(e.line == 3);
    CHECK(e.column == 8);
    CHECK(e.message.contains(u"gpu_count"_s));

    e = errorOf(u"ok\n{{#if team}}open"_s);
    CHECK((e.line == 2 && e.column == 1));
    CHECK(e.message.contains(u"never closed"_s));

    e = errorOf(u"text {{/if}}"_s);
    CHECK((e.line == 1 && e.column == 6));

    e = errorOf(u"{{#if team}}x{{/unless}}"_s);
    CHECK(e.column == 14);

    e = errorOf(u"a {{first_name"_s);
    CHECK(e.column == 3);
    e = errorOf(u"a {{first_name {{team}}"_s);
    CHECK(e.column == 3);
    CHECK(errorOf(u"{{else}}"_s).message.contains(u"outside"_s));
    CHECK(errorOf(u"{{#if team}}a{{else}}b{{else}}c{{/if}}"_s).message.contains(u"second"_s));
    CHECK(errorOf(u"{{}}"_s).message.contains(u"empty"_s));
    CHECK(errorOf(u"{{#each team}}{{/each}}"_s).column == 1);
    CHECK(errorOf(u"{{first_name()}}"_s).column == 1);
    CHECK(errorOf(u"{{#if}}x{{/if}}"_s).column == 1);
}

TEST_CASE("values are text, never template: a name cannot inject placeholders", "[outreach][template]")
{
    const QString out = render(u"Hi {{first_name}}"_s, { { u"first_name"_s, u"{{team}} {{#if team}}"_s }, { u"team"_s, u"SECRET"_s } });
    CHECK(out == u"Hi {{team}} {{#if team}}"_s);
    CHECK_FALSE(out.contains(u"SECRET"_s));
}

TEST_CASE("limits: nesting depth, source size and output size are bounded", "[outreach][template]")
{
    QString deep;
    for (int i = 0; i < Template::MaxDepth + 1; ++i)
        deep += u"{{#if team}}"_s;
    const Template::Error e = errorOf(deep);
    CHECK(e.column == 1 + 12 * Template::MaxDepth);

    CHECK_FALSE(Template::parse(QString(Template::MaxSourceLength + 1, u'x'), Known).ok());

    QString many;
    for (int i = 0; i < 2000; ++i)
        many += u"{{team}}"_s;
    const QString out = render(many, { { u"team"_s, QString(1000, u'y') } });
    CHECK(out.size() <= Template::MaxOutputLength);
}

TEST_CASE("every bundled template parses with the draft vocabulary", "[outreach][template]")
{
    const auto &bundled = TemplateStore::bundled();
    REQUIRE(bundled.size() >= 6);
    QStringList layers;
    for (const OutreachTemplate &t : bundled) {
        INFO(t.name.toStdString());
        const auto subject = Template::parse(t.subject, placeholderNames());
        const auto body = Template::parse(t.body, placeholderNames());
        CHECK(subject.ok());
        CHECK(body.ok());
        if (body.ok() && t.purpose == u"first_touch"_s) {
            CHECK(body->placeholders().contains(u"contribution_url"_s));
            CHECK(body->placeholders().contains(u"compensation"_s));
            layers.append(t.layer);
        }
    }
    for (const QString &layer : { u"kernel"_s, u"frontend"_s, u"backend"_s, QString() })
        CHECK(layers.contains(layer));
}
