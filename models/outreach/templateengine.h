// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QStringList>
#include <vector>

namespace ks::outreach {

// A message template, parsed once. The language is deliberately small:
//   {{name}}                      the value bound to `name`
//   {{#if name}} … {{else}} … {{/if}}      kept when `name` is non-blank
//   {{#unless name}} … {{/unless}}         kept when `name` is blank
// Nothing is evaluated: values are inserted as text and never parsed again,
// so a candidate's name cannot smuggle in a placeholder. A tag alone on its
// line takes the line with it, so sections leave no blank lines behind.
// Parse errors name the line and column (1-based), for the template editor.
class Template final
{
public:
    static constexpr int MaxSourceLength = 32 * 1024;
    static constexpr int MaxDepth = 8;
    static constexpr int MaxOutputLength = 64 * 1024;

    struct Error
    {
        int line = 0, column = 0;
        QString message;
        QString toString() const;
    };

    // `known` lists the placeholder names a template may use; any other name
    // is an error at its position.
    static Result<Template> parse(const QString &text, const QStringList &known, Error *error = nullptr);

    // Missing values render as blank. The output stops at MaxOutputLength.
    QString render(const QHash<QString, QString> &values) const;
    // The names used, in order of first use.
    QStringList placeholders() const;

private:
    struct Node
    {
        enum class Kind
        {
            Text,
            Field,
            Section
        };
        Kind kind = Kind::Text;
        QString text; // literal text, or the placeholder's name
        bool negated = false;
        std::vector<Node> then, otherwise;
    };
    static void renderNodes(const std::vector<Node> &nodes, const QHash<QString, QString> &values, QString &out);
    static void collect(const std::vector<Node> &nodes, QStringList &names);

    std::vector<Node> m_nodes;
};

} // namespace ks::outreach
