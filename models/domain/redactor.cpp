// SPDX-License-Identifier: MIT
#include "redactor.h"

namespace ks {
namespace {

// Surrogates count as word characters, so a name in a supplementary plane
// (CJK Extension B) stays whole.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate() || c == u'_';
}

// Where a token splits into the identifiers it may glue together:
// "ada-l.github.io", "12345+ada-l@users.noreply.github.com", "ada-l.py".
bool isSeparator(QChar c)
{
    return c == u'.' || c == u'+' || c == u'@';
}

// Joins two word characters inside one token: ada.lovelace@example.org, ada-l.
bool isJoiner(QChar c)
{
    return c == u'.' || c == u'-' || c == u'+' || c == u'@' || c == u'_';
}

constexpr qsizetype CacheLimit = 1 << 16;

} // namespace

Redactor::Redactor(const QByteArray &key, Entries entries)
    : m_key(key)
    , m_entries(std::move(entries))
{
    m_mac.setKey(m_key);
}

Redactor::Redactor(const Redactor &other)
    : m_key(other.m_key)
    , m_entries(other.m_entries)
{
    m_mac.setKey(m_key);
}

Redactor &Redactor::operator=(const Redactor &other)
{
    if (this != &other) {
        m_key = other.m_key;
        m_entries = other.m_entries;
        m_mac.setKey(m_key);
        m_seen.clear();
    }
    return *this;
}

QString Redactor::normalise(QStringView token)
{
    bool ascii = true;
    for (QChar c : token) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return token.toString().toLower();
    const QString decomposed = token.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (!c.isMark())
            out.append(c);
    }
    return out.toCaseFolded();
}

QList<Redactor::Token> Redactor::tokens(QStringView text)
{
    QList<Token> out;
    int line = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == u'\n') {
            ++line;
            ++i;
            continue;
        }
        if (!isWordChar(c)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        ++i;
        while (i < n && (isWordChar(text[i]) || (isJoiner(text[i]) && i + 1 < n && isWordChar(text[i + 1]))))
            ++i;
        out.append({ start, i - start, line });
    }
    return out;
}

QByteArray Redactor::hash(const QByteArray &key, QStringView normalisedTerm)
{
    return QMessageAuthenticationCode::hash(normalisedTerm.toUtf8(), key, QCryptographicHash::Sha256);
}

const QByteArray &Redactor::tokenHash(QStringView token) const
{
    const size_t key = qHash(token);
    auto it = m_seen.find(key);
    if (it != m_seen.end() && it->token == token)
        return it->hash;
    if (m_seen.size() >= CacheLimit)
        m_seen.clear();
    m_mac.reset();
    m_mac.addData(normalise(token).toUtf8());
    Seen &slot = m_seen[key]; // a colliding token takes the slot over
    slot.token = token.toString();
    slot.hash = m_mac.result();
    return slot.hash;
}

QByteArray Redactor::runHash(QStringView text, const QList<Token> &tokens, qsizetype first, int count) const
{
    QStringList words;
    for (qsizetype k = first; k < first + count; ++k)
        words.append(normalise(text.mid(tokens[k].start, tokens[k].length)));
    m_mac.reset();
    m_mac.addData(words.join(u' ').toUtf8());
    return m_mac.result();
}

QList<Redactor::Match> Redactor::matches(QStringView text) const
{
    QList<Match> out;
    // "@ada-l" is a mention: the @ goes with the name.
    const auto from = [&text](qsizetype start) {
        return start > 0 && text[start - 1] == u'@' && (start < 2 || !isWordChar(text[start - 2])) ? start - 1 : start;
    };
    if (isEmpty() || text.isEmpty())
        return out;
    const QList<Token> all = tokens(text);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Token &t = all[i];
        const QByteArray &h = tokenHash(text.mid(t.start, t.length));
        if (m_entries.firsts.contains(h)) {
            bool matched = false;
            for (int count = 3; count >= 2 && !matched; --count) {
                if (i + count > all.size() || all[i + count - 1].line != t.line)
                    continue;
                if (m_entries.terms.contains(runHash(text, all, i, count))) {
                    const Token &last = all[i + count - 1];
                    out.append({ from(t.start), last.start + last.length });
                    i += count - 1;
                    matched = true;
                }
            }
            if (matched)
                continue;
        }
        if (m_entries.terms.contains(h)) {
            out.append({ from(t.start), t.start + t.length });
            continue;
        }
        // A login or address glued to a domain, a suffix or a plus tag.
        const QStringView token = text.mid(t.start, t.length);
        qsizetype part = 0;
        for (qsizetype k = 0; k <= token.size(); ++k) {
            if (k < token.size() && !isSeparator(token[k]))
                continue;
            if (k > part && k - part < t.length && m_entries.terms.contains(tokenHash(token.mid(part, k - part))))
                out.append({ t.start + part, t.start + k });
            part = k + 1;
        }
    }
    return out;
}

bool Redactor::mentions(QStringView text) const
{
    return !matches(text).isEmpty();
}

bool Redactor::isWhole(QStringView text) const
{
    const QList<Match> found = matches(text);
    const QList<Token> all = tokens(text);
    return found.size() == 1 && !all.isEmpty() && found[0].start <= all.constFirst().start
        && found[0].end >= all.constLast().start + all.constLast().length;
}

QString Redactor::keptFolders(const QString &path) const
{
    QString kept;
    const QStringList parts = path.split(u'/');
    for (qsizetype i = 0; i + 1 < parts.size() && !mentions(parts[i]); ++i)
        kept += parts[i] + u'/';
    return kept;
}

QString Redactor::redact(const QString &text) const
{
    const QList<Match> found = matches(text);
    if (found.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (const Match &m : found) {
        out.append(QStringView(text).mid(from, m.start - from));
        out.append(Replacement);
        from = m.end;
    }
    out.append(QStringView(text).mid(from));
    return out;
}

Redactor::Entries Redactor::entriesFor(
    const QByteArray &key, const QString &login, const QStringList &emails, const QStringList &handles, const QStringList &names)
{
    Entries out;
    const auto addWhole = [&](const QString &identifier, qsizetype minimum) {
        // An identifier is listed as the tokens text would cut it into: a
        // handle "@ada_l" is the token "ada_l".
        const QList<Token> parts = tokens(identifier);
        if (parts.size() == 1 && parts[0].length >= minimum)
            out.terms.insert(hash(key, normalise(QStringView(identifier).mid(parts[0].start, parts[0].length))));
    };
    addWhole(login, 1);
    for (const QString &e : emails)
        addWhole(e, 1);
    for (const QString &h : handles)
        addWhole(h, 4);
    for (const QString &name : names) {
        const QList<Token> parts = tokens(name);
        QStringList words;
        for (const Token &t : parts)
            words.append(normalise(QStringView(name).mid(t.start, t.length)));
        if (words.size() == 1 && words[0].size() >= 4)
            out.terms.insert(hash(key, words[0]));
        for (int count = 2; count <= 3; ++count) {
            for (qsizetype i = 0; i + count <= words.size(); ++i) {
                out.terms.insert(hash(key, words.mid(i, count).join(u' ')));
                out.firsts.insert(hash(key, words[i]));
            }
        }
    }
    return out;
}

} // namespace ks
