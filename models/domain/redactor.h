// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ks {

// Finds a forgotten person's words in text without keeping the words: the
// list holds keyed hashes (HMAC-SHA-256) of their normalised tokens — login,
// e-mail addresses, handles, a one-word name — and of the two- and
// three-word runs of their full names. Text is cut into the same tokens
// (letters, digits and marks, joined by . - _ + @ inside a token, so an
// e-mail address or a hyphenated login is one token), each hashed once and
// looked up, and a token that misses is tried again in its parts between
// . + @ (a login in "ada-l.github.io" or a noreply address); a run is tried
// only where its first word is listed as a first word. Runs never cross a
// line break, so redacting a patch keeps its lines.
//
// Not thread-safe (the hashes it met are cached): one per thread.
class Redactor final
{
public:
    static constexpr QStringView Replacement = u"[redacted]";

    struct Entries
    {
        QSet<QByteArray> terms; // a token or a run of tokens to redact
        QSet<QByteArray> firsts; // first tokens of listed runs (never redacted alone)
        bool isEmpty() const { return terms.isEmpty(); }
    };

    Redactor() = default;
    Redactor(const QByteArray &key, Entries entries);
    Redactor(const Redactor &other);
    Redactor &operator=(const Redactor &other);

    bool isEmpty() const { return m_entries.isEmpty(); }
    QString redact(const QString &text) const;
    bool mentions(QStringView text) const;
    // Whether the whole text is one listed term or run ("Ada Lovelace" as
    // an author name), not merely mentions one ("Ada Byron").
    bool isWhole(QStringView text) const;
    // The folders of a path up to the first that mentions them
    // ("kernels/" of "kernels/ada-l/attn.py"), kept in its stand-in so
    // the path still falls under the repo map's prefixes.
    QString keptFolders(const QString &path) const;

    // What to list for one person. `identifiers` are redacted as single
    // tokens (login, e-mail addresses, handles of 4 or more characters);
    // `names` by their two- and three-word runs, or whole when one word of
    // 4 or more characters: a given name alone never hits.
    static Entries entriesFor(
        const QByteArray &key, const QString &login, const QStringList &emails, const QStringList &handles, const QStringList &names);
    static QByteArray hash(const QByteArray &key, QStringView normalisedTerm);
    static QString normalise(QStringView token); // case-folded, accents dropped

    struct Token
    {
        qsizetype start = 0;
        qsizetype length = 0;
        int line = 0;
    };
    static QList<Token> tokens(QStringView text);

private:
    struct Match
    {
        qsizetype start = 0, end = 0;
    };
    QList<Match> matches(QStringView text) const;
    const QByteArray &tokenHash(QStringView token) const;
    QByteArray runHash(QStringView text, const QList<Token> &tokens, qsizetype first, int count) const;

    QByteArray m_key;
    Entries m_entries;
    mutable QMessageAuthenticationCode m_mac { QCryptographicHash::Sha256 };
    struct Seen
    {
        QString token;
        QByteArray hash;
    };
    mutable QHash<size_t, Seen> m_seen; // qHash of a raw token -> it and its HMAC (no allocation on a hit)
};

} // namespace ks
