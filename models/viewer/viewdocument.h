// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ks::scoring {
class SignalDetector;
struct Signal;
} // namespace ks::scoring

namespace ks::viewer {

enum class RowKind
{
    Code, // a line of a whole file
    FileHeader, // diff mode: the file's path and counts
    Hunk, // "@@ -a,b +c,d @@ ..."
    Context,
    Added,
    Removed,
    Note, // "\ No newline at end of file", "binary file", ...
    Comment, // a review comment, under the line it refers to
};

// One row of what the viewer shows: one text block each.
struct ViewRow
{
    RowKind kind = RowKind::Code;
    int oldLine = 0; // 0 when the row has none
    int newLine = 0; // file mode: the file's line
    QString text; // comments: indented header line, U+2028, then the body
    int file = 0; // index into ViewDocument::files
    int source = -1; // index into ViewDocument::sources, -1: not highlighted
    int sourceLine = -1;
    int note = -1; // index into ViewDocument::notes for comment rows
};

// A review comment (or a review's body, anchored to nothing).
struct ReviewNote
{
    qint64 id = 0; // GitHub's comment id
    QString path;
    int line = 0; // new-side line; 0 when GitHub gave none
    QString diffHunk;
    QString body;
    QString author;
    QDateTime createdAt;
    QString url;
};

// A file in the document: the whole file in file mode, one patch in diff mode.
struct ViewFile
{
    QString path;
    QString language; // the definition's name, empty when unknown
    QString status; // diff mode: added, modified, removed, renamed
    QString text; // what the signal detector reads: the file, or its patch
    bool isPatch = false;
    int firstRow = 0;
    int additions = 0;
    int deletions = 0;
};

// A text KSyntaxHighlighting reads from its first line on: a whole file, or
// one side of one patch.
struct HighlightSource
{
    QString definition; // a definition name; empty: plain text
    QStringList lines;
};

// A detected signal on a span of one row.
struct SignalMark
{
    int row = 0;
    int start = 0; // 0-based offset into the row's text
    int length = 0;
    const scoring::Signal *signal = nullptr; // owned by the catalogue
    bool continued = false; // the rest of a match begun on an earlier row
};

// What the code viewer displays, widget-free: rows, what to highlight and
// how rows map to it, review comments placed under their lines. Signal marks
// are computed separately (markSignals), as they cost a tokenizing pass.
struct ViewDocument
{
    QString title;
    QString url; // where it came from, when known
    QList<ViewRow> rows;
    QList<ViewFile> files;
    QList<HighlightSource> sources;
    QList<ReviewNote> notes;
    bool isDiff = false;

    // The row showing `line` of the new side (file mode: the file) of file
    // `file`, or -1.
    int rowOfLine(int line, int file = 0) const;
    // The row of a comment, or -1.
    int rowOfNote(int note) const;
};

// A patch of a PR, as stored in pr_files.
struct PatchFile
{
    QString path;
    QString status;
    QString patch; // empty: binary or too large for GitHub to show
    int additions = 0;
    int deletions = 0;
};

// Spans past this column of a line are dropped: a minified line would
// otherwise hand the GUI thread tens of thousands of format ranges. The
// whole line is still tokenized, so the state carried to the next line (an
// open string, a comment) stays right.
inline constexpr int MaxHighlightedLineLength = 10000;

ViewDocument fileDocument(const QString &path, const QString &text);
ViewDocument diffDocument(const QList<PatchFile> &files, const QList<ReviewNote> &notes);

// Where the document's signals are: code in files, added lines in patches
// (the detector's rule), and the prose of review comments.
QList<SignalMark> markSignals(const ViewDocument &document, const scoring::SignalDetector &detector);

// A fetched file as text: decoded as UTF-8 with invalid bytes replaced, line
// ends normalised. Its rows show it through visibleText.
QString decodeText(const QByteArray &bytes);

// A row's text as its one text block can hold it. A text document starts a
// block at a lone CR and at U+2029, breaks the line at U+2028 and takes
// U+FDD0/U+FDD1 for frame markers, so a file, patch or comment holding one
// would shift every row after it against its line number. Each such unit,
// NUL and every noncharacter become a visible stand-in, one UTF-16 unit for
// one, so columns (and the marks on them) stay where the detector put them:
// CR -> U+240D, U+2028 -> U+21B5, U+2029 -> U+00B6, NUL -> U+2400,
// noncharacters -> U+FFFD. Every row of fileDocument and diffDocument has
// been through it; a row built elsewhere must be too.
QString visibleText(QString text);

} // namespace ks::viewer
