// SPDX-License-Identifier: MIT
#include "viewdocument.h"

#include "difflayout.h"
#include "scoring/signaldetector.h"
#include "scoring/syntaxrepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace ks::viewer {

namespace {

constexpr QChar LineSeparator(0x2028); // a line break inside one text block
// Comment rows are indented so they read as set apart from the code.
constexpr QLatin1StringView NoteIndent("  ");

// Lines as the detector reads them: split at '\n', one '\r' before it dropped.
QStringList splitLines(const QString &text)
{
    QStringView view(text);
    if (view.endsWith(u'\n'))
        view.chop(1);
    QStringList lines;
    for (const QStringView line : view.split(u'\n'))
        lines.append((line.endsWith(u'\r') ? line.chopped(1) : line).toString());
    return lines;
}

bool isNoncharacter(char32_t c)
{
    return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

QString noteHeader(const ReviewNote &note)
{
    const QString author = note.author.isEmpty() ? QStringLiteral("?") : note.author;
    if (!note.createdAt.isValid())
        return author;
    return QStringLiteral("%1 \u00b7 %2").arg(author, note.createdAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"));
}

// A comment as its row shows it: an indented header line, then the body,
// indented and wrapped at NoteWidth (comments read as prose, whatever the
// code's wrap setting). `offsets[i]` is where body character i ended up, so
// signals found in the body land on the right characters.
struct NoteLayout
{
    QString text;
    QList<int> offsets; // one per character of the body, plus its end
};

constexpr int NoteWidth = 96;

// What the detector reads of a comment; shown through visibleText, which
// keeps every offset into it.
QString noteBody(const ReviewNote &note)
{
    QString body = note.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return body;
}

NoteLayout layoutNote(const ReviewNote &note)
{
    const QString indent(NoteIndent);
    const QString body = visibleText(noteBody(note));
    NoteLayout out;
    out.text = indent + visibleText(noteHeader(note)) + LineSeparator + indent;
    out.offsets.reserve(body.size() + 1);
    int column = 0;
    for (int i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        // Break at a space when the word after it would pass the width.
        bool wrap = false;
        if (c == u' ' && column > 0) {
            int next = i + 1;
            while (next < body.size() && body.at(next) != u' ' && body.at(next) != u'\n')
                ++next;
            wrap = column + (next - i) > NoteWidth;
        }
        out.offsets.append(int(out.text.size()));
        if (c == u'\n' || wrap) {
            out.text += LineSeparator + indent;
            column = 0;
        } else {
            out.text += c;
            ++column;
        }
    }
    out.offsets.append(int(out.text.size()));
    return out;
}

RowKind rowKind(DiffLineKind kind)
{
    switch (kind) {
    case DiffLineKind::Hunk:
        return RowKind::Hunk;
    case DiffLineKind::Added:
        return RowKind::Added;
    case DiffLineKind::Removed:
        return RowKind::Removed;
    case DiffLineKind::Note:
        return RowKind::Note;
    case DiffLineKind::Context:
        break;
    }
    return RowKind::Context;
}

void addNoteRow(ViewDocument &doc, int file, int note)
{
    ViewRow row;
    row.kind = RowKind::Comment;
    row.text = layoutNote(doc.notes.at(note)).text;
    row.file = file;
    row.note = note;
    doc.rows.append(row);
}

} // namespace

int ViewDocument::rowOfLine(int line, int file) const
{
    if (file < 0 || file >= files.size())
        return -1;
    const ViewFile &f = files.at(file);
    const int last = file + 1 < files.size() ? files.at(file + 1).firstRow : int(rows.size());
    if (!isDiff) {
        const int row = f.firstRow + line - 1;
        return line > 0 && row < last ? row : -1;
    }
    for (int row = f.firstRow; row < last; ++row) {
        if (rows.at(row).newLine == line && rows.at(row).kind != RowKind::Comment)
            return row;
    }
    return -1;
}

int ViewDocument::rowOfNote(int note) const
{
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).note == note)
            return row;
    }
    return -1;
}

ViewDocument fileDocument(const QString &path, const QString &text)
{
    ViewDocument doc;
    doc.title = path;
    ViewFile file;
    file.path = path;
    file.language = scoring::languageFor(path, text);
    file.text = text;
    doc.files.append(file);
    HighlightSource source { file.language, splitLines(text) };
    doc.rows.reserve(source.lines.size());
    for (int i = 0; i < source.lines.size(); ++i)
        doc.rows.append({ RowKind::Code, 0, i + 1, visibleText(source.lines.at(i)), 0, 0, i, -1 });
    doc.sources.append(std::move(source));
    return doc;
}

ViewDocument diffDocument(const QList<PatchFile> &patches, const QList<ReviewNote> &notes)
{
    ViewDocument doc;
    doc.isDiff = true;
    doc.notes = notes;
    QList<bool> placed(notes.size(), false);
    for (const PatchFile &patch : patches) {
        const int fileIndex = int(doc.files.size());
        const DiffLayout diff = layoutDiff(patch.patch);
        ViewFile file;
        file.path = patch.path;
        file.language = scoring::languageFor(patch.path, diff.newSide.join(u'\n'));
        file.status = patch.status;
        file.text = patch.patch;
        file.isPatch = true;
        file.firstRow = int(doc.rows.size());
        file.additions = patch.additions;
        file.deletions = patch.deletions;
        doc.files.append(file);

        ViewRow header;
        header.kind = RowKind::FileHeader;
        header.text = visibleText(patch.status.isEmpty()
                ? patch.path
                : QStringLiteral("%1   +%2 \u2212%3  %4").arg(patch.path).arg(patch.additions).arg(patch.deletions).arg(patch.status));
        header.file = fileIndex;
        doc.rows.append(header);

        // Comments on this file, by the diff line they belong under.
        QHash<int, QList<int>> notesAt;
        QList<int> unanchored;
        for (int n = 0; n < notes.size(); ++n) {
            if (placed.at(n) || notes.at(n).path != patch.path)
                continue;
            placed[n] = true;
            const int at = diff.anchorOf(notes.at(n).line, notes.at(n).diffHunk);
            if (at >= 0)
                notesAt[at].append(n);
            else
                unanchored.append(n);
        }

        if (diff.lines.isEmpty()) {
            ViewRow note;
            note.kind = RowKind::Note;
            note.text = QCoreApplication::translate("ks::viewer", "No patch to show (a binary file, or too large for GitHub to diff).");
            note.file = fileIndex;
            doc.rows.append(note);
        }
        const int oldSource = int(doc.sources.size());
        doc.sources.append({ file.language, diff.oldSide });
        doc.sources.append({ file.language, diff.newSide });
        for (int i = 0; i < diff.lines.size(); ++i) {
            const DiffLine &line = diff.lines.at(i);
            ViewRow row;
            row.kind = rowKind(line.kind);
            row.oldLine = line.oldLine;
            row.newLine = line.newLine;
            row.text = visibleText(line.text);
            row.file = fileIndex;
            if (line.newIndex >= 0) {
                row.source = oldSource + 1;
                row.sourceLine = line.newIndex;
            } else if (line.oldIndex >= 0) {
                row.source = oldSource;
                row.sourceLine = line.oldIndex;
            }
            doc.rows.append(row);
            for (const int n : notesAt.value(i))
                addNoteRow(doc, fileIndex, n);
        }
        for (const int n : std::as_const(unanchored))
            addNoteRow(doc, fileIndex, n);
    }
    // Comments on files the PR no longer shows still belong to the review.
    for (int n = 0; n < notes.size(); ++n) {
        if (!placed.at(n))
            addNoteRow(doc, int(doc.files.size()) - 1, n);
    }
    return doc;
}

QList<SignalMark> markSignals(const ViewDocument &doc, const scoring::SignalDetector &detector)
{
    QList<SignalMark> marks;
    const auto add = [&](int row, int column, int length, const scoring::Signal *signal, bool continued = false) {
        if (row < 0 || row >= doc.rows.size() || !signal)
            return;
        const int size = int(doc.rows.at(row).text.size());
        const int start = qBound(0, column - 1, size);
        const int end = qBound(start, start + qMax(length, 1), size);
        if (end > start)
            marks.append({ row, start, end - start, signal, continued });
    };
    for (int f = 0; f < doc.files.size(); ++f) {
        const ViewFile &file = doc.files.at(f);
        if (file.text.isEmpty())
            continue;
        const scoring::SignalScan scan = file.isPatch ? detector.scanPatch(file.path, file.text, file.language)
                                                      : detector.scanFile(file.path, file.text, file.language);
        for (const scoring::SignalHit &hit : scan.hits) {
            // A match across lines (a call's arguments) continues on the next
            // lines of the same side, each from its start.
            int line = hit.line;
            int column = hit.column;
            int left = hit.length;
            for (int guard = 0; left > 0 && guard < 64; ++guard, ++line, column = 1) {
                const int row = doc.rowOfLine(line, f);
                if (row < 0)
                    break;
                const QString &text = doc.rows.at(row).text;
                const int size = int(text.size());
                if (guard > 0) { // skip the indentation of a continued line
                    int indent = 0;
                    while (indent < size && text.at(indent).isSpace())
                        ++indent;
                    column = indent + 1;
                    left -= indent;
                }
                add(row, column, qMin(left, size - column + 1), hit.signal, guard > 0);
                left -= size - column + 2; // the rest of the line, and its newline
            }
        }
    }
    for (int n = 0; n < doc.notes.size(); ++n) {
        const int row = doc.rowOfNote(n);
        if (row < 0)
            continue;
        const QString body = noteBody(doc.notes.at(n));
        const NoteLayout layout = layoutNote(doc.notes.at(n));
        QList<int> lineStarts; // in the body
        int offset = 0;
        for (const QStringView line : QStringView(body).split(u'\n')) {
            lineStarts.append(offset);
            offset += int(line.size()) + 1;
        }
        for (const scoring::SignalHit &hit : detector.scanProse(body).hits) {
            if (hit.line < 1 || hit.line > lineStarts.size())
                continue;
            const int first = qBound(0, lineStarts.at(hit.line - 1) + hit.column - 1, int(body.size()));
            const int end = qBound(first, first + hit.length, int(body.size()));
            const int start = layout.offsets.at(first);
            add(row, start + 1, layout.offsets.at(end) - start, hit.signal);
        }
    }
    return marks;
}

QString decodeText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

QString visibleText(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'\0':
            text[i] = QChar(0x2400);
            continue; // SYMBOL FOR NULL
        case u'\r':
            text[i] = QChar(0x240d);
            continue; // SYMBOL FOR CARRIAGE RETURN
        case u'\u2028':
            text[i] = QChar(0x21b5);
            continue; // a line break
        case u'\u2029':
            text[i] = QChar(0x00b6);
            continue; // a paragraph break
        default:
            break;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (isNoncharacter(QChar::surrogateToUcs4(c, text.at(i + 1).unicode()))) {
                text[i] = QChar::ReplacementCharacter;
                text[i + 1] = QChar::ReplacementCharacter; // two units stay two
            }
            ++i;
        } else if (isNoncharacter(c)) {
            text[i] = QChar::ReplacementCharacter;
        }
    }
    return text;
}

} // namespace ks::viewer
