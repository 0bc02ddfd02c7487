// SPDX-License-Identifier: MIT
#include "templateengine.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ks::outreach {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::outreach::Template)
};

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

bool isName(QStringView s)
{
    if (s.isEmpty() || s.size() > 64 || !isNameStart(s.front()))
        return false;
    for (QChar c : s) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

bool isBlankLine(QStringView s)
{
    for (QChar c : s) {
        if (c != u' ' && c != u'\t' && c != u'\r')
            return false;
    }
    return true;
}

} // namespace

QString Template::Error::toString() const
{
    return Tr::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

Result<Template> Template::parse(const QString &text, const QStringList &known, Error *errorOut)
{
    // Line and column of an offset, counted only when an error is reported.
    auto fail = [&](qsizetype offset, const QString &message) {
        Error e;
        e.line = 1;
        e.column = 1;
        for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
            if (text[i] == u'\n') {
                ++e.line;
                e.column = 1;
            } else {
                ++e.column;
            }
        }
        e.message = message;
        if (errorOut)
            *errorOut = e;
        return Result<Template>::failure(e.toString());
    };
    if (text.size() > MaxSourceLength)
        return fail(MaxSourceLength, Tr::tr("a template is at most %1 characters").arg(MaxSourceLength));

    struct Open
    {
        Node node;
        qsizetype offset = 0;
        bool inElse = false;
    };
    Template result;
    std::vector<Open> stack;
    QString pending; // literal text not yet flushed into the current list
    auto current = [&]() -> std::vector<Node> & {
        if (stack.empty())
            return result.m_nodes;
        Open &top = stack.back();
        return top.inElse ? top.node.otherwise : top.node.then;
    };
    auto flush = [&] {
        if (!pending.isEmpty())
            current().push_back(Node { Node::Kind::Text, pending, false, {}, {} });
        pending.clear();
    };

    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u"{{"_s, i);
        if (open < 0) {
            pending += QStringView(text).mid(i);
            break;
        }
        pending += QStringView(text).mid(i, open - i);
        const qsizetype close = text.indexOf(u"}}"_s, open + 2);
        const qsizetype nextOpen = text.indexOf(u"{{"_s, open + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            return fail(open, Tr::tr("'{{' is never closed with '}}'"));
        const QStringView inner = QStringView(text).mid(open + 2, close - open - 2).trimmed();
        qsizetype end = close + 2;

        if (inner.isEmpty())
            return fail(open, Tr::tr("empty placeholder"));
        const QChar sigil = inner.front();
        if (sigil != u'#' && sigil != u'/' && inner != u"else") {
            if (!isName(inner))
                return fail(open, Tr::tr("'%1' is not a placeholder name").arg(inner.left(40)));
            if (!known.contains(inner.toString()))
                return fail(open, Tr::tr("unknown placeholder '%1'").arg(inner));
            flush();
            current().push_back(Node { Node::Kind::Field, inner.toString(), false, {}, {} });
            i = end;
            continue;
        }

        // A section tag alone on its line: drop the line's indent and its
        // line break, so the rendered text has no empty line where it stood.
        const qsizetype lineStart = text.lastIndexOf(u'\n', open) + 1;
        qsizetype lineEnd = text.indexOf(u'\n', end);
        if (lineEnd < 0)
            lineEnd = text.size();
        if (isBlankLine(QStringView(text).mid(lineStart, open - lineStart)) && isBlankLine(QStringView(text).mid(end, lineEnd - end))) {
            pending.chop(open - lineStart);
            end = lineEnd < text.size() ? lineEnd + 1 : lineEnd;
        }

        if (sigil == u'#') {
            const QStringView rest = inner.mid(1).trimmed();
            const qsizetype space = rest.indexOf(u' ');
            const QStringView keyword = space < 0 ? rest : rest.left(space);
            const QStringView name = space < 0 ? QStringView() : rest.mid(space + 1).trimmed();
            if (keyword != u"if" && keyword != u"unless")
                return fail(open, Tr::tr("sections start with '{{#if NAME}}' or '{{#unless NAME}}'"));
            if (!isName(name))
                return fail(open, Tr::tr("'{{#%1}}' needs a placeholder name").arg(keyword));
            if (!known.contains(name.toString()))
                return fail(open, Tr::tr("unknown placeholder '%1'").arg(name));
            if (stack.size() >= MaxDepth)
                return fail(open, Tr::tr("sections nest at most %1 deep").arg(MaxDepth));
            flush();
            stack.push_back(Open { Node { Node::Kind::Section, name.toString(), keyword == u"unless", {}, {} }, open, false });
        } else if (inner == u"else") {
            if (stack.empty())
                return fail(open, Tr::tr("'{{else}}' outside a section"));
            if (stack.back().inElse)
                return fail(open, Tr::tr("a second '{{else}}' in one section"));
            flush();
            stack.back().inElse = true;
        } else {
            const QStringView keyword = inner.mid(1).trimmed();
            if (keyword != u"if" && keyword != u"unless")
                return fail(open, Tr::tr("sections end with '{{/if}}' or '{{/unless}}'"));
            if (stack.empty())
                return fail(open, Tr::tr("'{{/%1}}' closes no section").arg(keyword));
            if ((keyword == u"unless") != stack.back().node.negated)
                return fail(open,
                    Tr::tr("'{{/%1}}' does not match the section opened on line %2")
                        .arg(keyword)
                        .arg(text.left(stack.back().offset).count(u'\n') + 1));
            flush();
            Node done = std::move(stack.back().node);
            stack.pop_back();
            current().push_back(std::move(done));
        }
        i = end;
    }
    if (!stack.empty())
        return fail(stack.back().offset, Tr::tr("this section is never closed"));
    flush();
    return result;
}

void Template::renderNodes(const std::vector<Node> &nodes, const QHash<QString, QString> &values, QString &out)
{
    for (const Node &n : nodes) {
        if (out.size() >= MaxOutputLength)
            return;
        switch (n.kind) {
        case Node::Kind::Text:
            out += n.text;
            break;
        case Node::Kind::Field:
            out += values.value(n.text);
            break;
        case Node::Kind::Section: {
            const bool set = !values.value(n.text).trimmed().isEmpty();
            renderNodes(set != n.negated ? n.then : n.otherwise, values, out);
            break;
        }
        }
    }
}

QString Template::render(const QHash<QString, QString> &values) const
{
    QString out;
    renderNodes(m_nodes, values, out);
    out.truncate(MaxOutputLength);
    return out;
}

void Template::collect(const std::vector<Node> &nodes, QStringList &names)
{
    for (const Node &n : nodes) {
        if (n.kind != Node::Kind::Text && !names.contains(n.text))
            names.append(n.text);
        collect(n.then, names);
        collect(n.otherwise, names);
    }
}

QStringList Template::placeholders() const
{
    QStringList names;
    collect(m_nodes, names);
    return names;
}

} // namespace ks::outreach
