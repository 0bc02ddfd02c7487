// SPDX-License-Identifier: MIT
#include "signaldetector.h"

#include "contexttokenizer.h"
#include "patchlines.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <QRegularExpression>

namespace ks::scoring {

struct SignalDetector::Impl
{
    ContextTokenizer tokenizer;
};

// What is scanned: its lines, which of them count, and its language.
struct SignalDetector::Source
{
    QString fileName;
    QString language;
    QStringList lines;
    QList<int> lineNumbers; // reported number of each line
    QList<bool> counts; // does a hit on this line count (patches: added lines)
    bool prose = false;
};

namespace {

const QStringList &viewFor(const Signal &s, const ContextViews &views, const QStringList &raw)
{
    switch (s.context) {
    case SignalContext::Code:
        return views.code;
    case SignalContext::Comment:
        return views.comment;
    case SignalContext::String:
        return views.string;
    case SignalContext::CodeOrString:
        return views.codeOrString;
    case SignalContext::Any:
    case SignalContext::Prose:
        break;
    }
    return raw;
}

int countMatches(const QRegularExpression &re, const QString &text)
{
    int n = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

SignalDetector::SignalDetector(const SignalCatalogue &catalogue)
    : m_catalogue(catalogue)
    , d(std::make_unique<Impl>())
{ }

SignalDetector::~SignalDetector() = default;

bool SignalDetector::isTestPath(const QString &fileName)
{
    static const QRegularExpression tests(
        QStringLiteral(R"((^|/)(tests?|testing|unittests?|test_utils)/|(^|[/_])test_[^/]*$|_test\.\w+$|(^|/)\w*Test\.(cpp|cc|cu)$)"));
    return tests.match(fileName).hasMatch();
}

SignalScan SignalDetector::scanFile(const QString &fileName, const QString &text, const QString &language) const
{
    Source source;
    source.fileName = fileName;
    source.lines = text.split(QLatin1Char('\n'));
    for (QString &line : source.lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    source.lineNumbers.reserve(source.lines.size());
    for (int i = 0; i < source.lines.size(); ++i)
        source.lineNumbers.append(i + 1);
    source.counts = QList<bool>(source.lines.size(), true);
    source.language = language.isEmpty() ? languageFor(fileName, text) : language;
    return scan(source);
}

SignalScan SignalDetector::scanPatch(const QString &fileName, const QString &patch, const QString &language) const
{
    Source source;
    source.fileName = fileName;
    const QList<PatchLine> lines = newSideOf(patch);
    QString newText;
    for (const PatchLine &l : lines) {
        source.lines.append(l.text);
        source.lineNumbers.append(l.newLine);
        source.counts.append(l.added);
        newText += l.text + QLatin1Char('\n');
    }
    // A diff of a Triton file shows @triton.jit only if the hunk reaches it.
    source.language = language.isEmpty() ? languageFor(fileName, newText) : language;
    return scan(source);
}

SignalScan SignalDetector::scanProse(const QString &text) const
{
    Source source;
    source.language = QStringLiteral("prose");
    source.prose = true;
    source.lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < source.lines.size(); ++i)
        source.lineNumbers.append(i + 1);
    source.counts = QList<bool>(source.lines.size(), true);
    return scan(source);
}

SignalScan SignalDetector::scan(const Source &source) const
{
    SignalScan result;
    result.language = source.language;
    QList<const Signal *> applicable;
    const bool isTest = !source.prose && isTestPath(source.fileName);
    for (const Signal &s : m_catalogue.entries()) {
        if (!s.appliesTo(source.language) || (isTest && s.skipTests))
            continue;
        if (source.prose != (s.context == SignalContext::Prose) && s.context != SignalContext::Any)
            continue;
        applicable.append(&s);
    }
    if (applicable.isEmpty())
        return result;

    ContextViews views;
    if (!source.prose)
        views = d->tokenizer.split(source.lines, syntaxRepository().definitionForName(source.language));
    // Whole-file texts per view, built only when a signal needs them.
    QHash<const QStringList *, QString> joined;
    auto whole = [&](const QStringList &view) -> const QString & {
        auto it = joined.find(&view);
        if (it == joined.end())
            it = joined.insert(&view, view.join(QLatin1Char('\n')));
        return it.value();
    };

    for (const Signal *s : std::as_const(applicable)) {
        const QStringList &view = source.prose ? source.lines : viewFor(*s, views, source.lines);
        if (s->required.isValid() && !s->required.pattern().isEmpty() && !s->required.match(whole(view)).hasMatch())
            continue;
        if (s->absent.isValid() && !s->absent.pattern().isEmpty() && s->absent.match(whole(view)).hasMatch())
            continue;
        if (!s->countPattern.pattern().isEmpty()) {
            const int n = countMatches(s->countPattern, whole(view));
            if (n < s->minCount || (s->maxCount >= 0 && n > s->maxCount))
                continue;
        }
        auto report = [&](int index, int column, int length) {
            if (index < 0 || index >= source.lines.size() || !source.counts[index])
                return;
            result.hits.append({ s, source.lineNumbers[index], column + 1, length });
        };
        if (s->fileScope) {
            const QString &text = whole(view);
            auto it = s->pattern.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                const int start = int(m.capturedStart());
                const int index = int(QStringView(text).left(start).count(QLatin1Char('\n')));
                const int lineStart = int(text.lastIndexOf(QLatin1Char('\n'), start - 1)) + 1;
                report(index, start - lineStart, int(m.capturedLength()));
            }
            continue;
        }
        for (int i = 0; i < view.size(); ++i) {
            if (!source.counts[i])
                continue;
            const QString &line = view[i];
            if (line.isEmpty())
                continue;
            const auto m = s->pattern.match(line);
            if (m.hasMatch())
                report(i, int(m.capturedStart()), int(m.capturedLength()));
        }
    }
    std::sort(result.hits.begin(), result.hits.end(),
        [](const SignalHit &a, const SignalHit &b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); });
    return result;
}

} // namespace ks::scoring
