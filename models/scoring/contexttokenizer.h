// SPDX-License-Identifier: MIT
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <QStringList>

namespace ks::scoring {

// A source text split into what is code, comment and string, by
// KSyntaxHighlighting's own tokenizer for the language. Each view keeps the
// text's lines and columns: characters of other kinds are blanked to spaces,
// so a match found in a view has the same position in the original.
struct ContextViews
{
    QStringList code;
    QStringList comment;
    QStringList string;
    QStringList codeOrString;
};

class ContextTokenizer final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    ContextTokenizer();
    ContextViews split(const QStringList &lines, const KSyntaxHighlighting::Definition &definition);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QString *m_code = nullptr;
    QString *m_comment = nullptr;
    QString *m_string = nullptr;
    bool m_pythonLike = false;
};

} // namespace ks::scoring
