// SPDX-License-Identifier: MIT
#include "contexttokenizer.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace ks::scoring {
namespace {

enum class Kind
{
    Code,
    Comment,
    String
};

Kind kindOf(const KSyntaxHighlighting::Format &format)
{
    using Style = KSyntaxHighlighting::Theme::TextStyle;
    switch (format.textStyle()) {
    case Style::Comment:
    case Style::CommentVar:
    case Style::Documentation:
    case Style::Annotation: // lit RUN lines, Doxygen tags
    case Style::RegionMarker:
    case Style::Alert:
        return Kind::Comment;
    case Style::String:
    case Style::VerbatimString:
    case Style::SpecialString:
    case Style::Char:
        return Kind::String;
    default:
        return Kind::Code;
    }
}

void blank(QString &s, int offset, int length)
{
    for (int i = offset; i < offset + length && i < s.size(); ++i)
        s[i] = QLatin1Char(' ');
}

} // namespace

ContextTokenizer::ContextTokenizer()
{
    // Formats carry text styles whatever the theme; any theme will do.
}

ContextViews ContextTokenizer::split(const QStringList &lines, const KSyntaxHighlighting::Definition &definition)
{
    setDefinition(definition);
    // Python styles docstrings as comments; they are strings here (prose in
    // code, but not comments that explain it).
    m_pythonLike = definition.name() == QLatin1String("Python") || definition.name() == QLatin1String("Triton");
    ContextViews views;
    views.code.reserve(lines.size());
    views.comment.reserve(lines.size());
    views.string.reserve(lines.size());
    views.codeOrString.reserve(lines.size());
    KSyntaxHighlighting::State state;
    const bool tokenize = definition.isValid();
    for (const QString &line : lines) {
        QString code = line;
        QString comment(line.size(), QLatin1Char(' '));
        QString string(line.size(), QLatin1Char(' '));
        if (tokenize) {
            m_code = &code;
            m_comment = &comment;
            m_string = &string;
            state = highlightLine(line, state);
        }
        QString codeOrString = code;
        for (int i = 0; i < line.size(); ++i) {
            if (string[i] != QLatin1Char(' '))
                codeOrString[i] = string[i];
        }
        views.code.append(code);
        views.comment.append(comment);
        views.string.append(string);
        views.codeOrString.append(codeOrString);
    }
    m_code = m_comment = m_string = nullptr;
    return views;
}

void ContextTokenizer::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (!m_code || length <= 0)
        return;
    Kind kind = kindOf(format);
    if (kind == Kind::Code)
        return;
    if (kind == Kind::Comment && m_pythonLike && !QStringView(*m_code).mid(offset).trimmed().startsWith(QLatin1Char('#')))
        kind = Kind::String;
    QString &target = kind == Kind::Comment ? *m_comment : *m_string;
    for (int i = offset; i < offset + length && i < m_code->size(); ++i)
        target[i] = m_code->at(i);
    blank(*m_code, offset, length);
}

} // namespace ks::scoring
