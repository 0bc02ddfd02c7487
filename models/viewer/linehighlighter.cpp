// SPDX-License-Identifier: MIT
#include "linehighlighter.h"

#include "scoring/syntaxrepository.h"
#include "viewdocument.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QHash>
#include <optional>

namespace ks::viewer {

namespace {

class SpanCollector final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    LineSpans spans;

    KSyntaxHighlighting::State line(QStringView text, const KSyntaxHighlighting::State &state)
    {
        spans.clear();
        return highlightLine(text, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || offset >= MaxHighlightedLineLength)
            return;
        // Resolving a format against the theme takes several lookups; a
        // file uses a few dozen formats, so resolve each once.
        auto it = m_resolved.constFind(format.id());
        if (it == m_resolved.cend())
            it = m_resolved.insert(format.id(), resolve(format));
        if (!it->has_value())
            return;
        FormatSpan span = **it;
        span.start = offset;
        span.length = length;
        spans.append(span);
    }

private:
    std::optional<FormatSpan> resolve(const KSyntaxHighlighting::Format &format) const
    {
        if (format.isDefaultTextStyle(theme()))
            return std::nullopt;
        FormatSpan span;
        if (format.hasTextColor(theme()))
            span.foreground = format.textColor(theme());
        if (format.hasBackgroundColor(theme()))
            span.background = format.backgroundColor(theme());
        span.bold = format.isBold(theme());
        span.italic = format.isItalic(theme());
        span.underline = format.isUnderline(theme());
        return span;
    }

    QHash<int, std::optional<FormatSpan>> m_resolved; // by Format::id(), for one theme
};

} // namespace

void highlightLines(const QString &definition, const QString &theme, const QStringList &lines, int batchSize,
    const std::function<void(int, QList<LineSpans>)> &deliver, const std::function<bool()> &cancelled)
{
    auto &repository = scoring::syntaxRepository();
    const KSyntaxHighlighting::Definition def = repository.definitionForName(definition);
    if (!def.isValid())
        return;
    SpanCollector highlighter;
    highlighter.setDefinition(def);
    highlighter.setTheme(repository.theme(theme));
    KSyntaxHighlighting::State state;
    QList<LineSpans> batch;
    int first = 0;
    batchSize = qMax(1, batchSize);
    for (int i = 0; i < lines.size(); ++i) {
        if (batch.size() == batchSize) {
            if (cancelled && cancelled())
                return;
            deliver(first, std::exchange(batch, {}));
            first = i;
        }
        state = highlighter.line(lines.at(i), state);
        batch.append(highlighter.spans);
    }
    if (!batch.isEmpty() && !(cancelled && cancelled()))
        deliver(first, std::move(batch));
}

} // namespace ks::viewer
