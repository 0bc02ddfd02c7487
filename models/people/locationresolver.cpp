// SPDX-License-Identifier: MIT
#include "locationresolver.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ks::people {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::people::LocationResolver)
};

// Raw input beyond this is never read: the field is untrusted and anything
// this long is rejected as too long anyway.
constexpr qsizetype MaxInput = 1000;

void appendCodePoint(QString &out, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

// Tags, entities and Markdown link targets, so "<b>London</b>" and
// "[Berlin](https://…)" read as plain names.
QString stripMarkup(QStringView in)
{
    QString s;
    s.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        const QChar next = i + 1 < in.size() ? in[i + 1] : QChar();
        if (c == u'<' && (next.isLetter() || next == u'/' || next == u'!')) {
            const qsizetype end = in.indexOf(u'>', i);
            if (end > 0 && end - i < 300) {
                s.append(u' ');
                i = end;
                continue;
            }
        }
        if (c == u'&') {
            const qsizetype end = in.indexOf(u';', i);
            if (end > i + 1 && end - i <= 10) {
                const QStringView name = in.mid(i + 1, end - i - 1);
                char32_t cp = 0;
                if (name == u"amp")
                    cp = u'&';
                else if (name == u"nbsp")
                    cp = u' ';
                else if (name == u"quot")
                    cp = u'"';
                else if (name == u"apos")
                    cp = u'\'';
                else if (name == u"lt")
                    cp = u'<';
                else if (name == u"gt")
                    cp = u'>';
                else if (name.startsWith(u"#x") || name.startsWith(u"#X"))
                    cp = name.mid(2).toUInt(nullptr, 16);
                else if (name.startsWith(u'#'))
                    cp = name.mid(1).toUInt();
                if (cp > 0 && cp <= 0x10FFFF) {
                    appendCodePoint(s, cp);
                    i = end;
                    continue;
                }
            }
        }
        if (c == u']' && next == u'(') {
            const qsizetype end = in.indexOf(u')', i);
            if (end > 0 && end - i < 300) {
                s.append(u' ');
                i = end;
                continue;
            }
        }
        s.append(c);
    }
    // Bare links say nothing about a place, and their words ("www", "io") might.
    for (const QLatin1StringView scheme : { "http://"_L1, "https://"_L1, "www."_L1 }) {
        qsizetype at;
        while ((at = s.indexOf(scheme, 0, Qt::CaseInsensitive)) >= 0) {
            qsizetype end = at;
            while (end < s.size() && !s[end].isSpace())
                ++end;
            s.replace(at, end - at, u" "_s);
        }
    }
    return s;
}

// "Europe/Berlin", "America/Argentina/Buenos_Aires": a time-zone name. The
// continent would otherwise conflict with the city ("America" is the US).
QString fromTimeZoneName(const QString &s)
{
    static const QStringList areas { u"Africa"_s, u"America"_s, u"Antarctica"_s, u"Asia"_s, u"Atlantic"_s, u"Australia"_s, u"Europe"_s,
        u"Indian"_s, u"Pacific"_s };
    const qsizetype slash = s.indexOf(u'/');
    if (slash <= 0 || s.contains(u' ') || !areas.contains(s.left(slash)))
        return s;
    QString city = s.mid(s.lastIndexOf(u'/') + 1).replace(u'_', u' ');
    return s.left(slash) == u"Australia"_s ? city + u", Australia"_s : city;
}

struct Hit
{
    QList<PlaceCandidate> candidates;
    double lean = 0;
    QString label; // as written
    int group = 0;
    bool ignored = false; // in a part about a former or home place ("originally from …")

    QStringList codes() const
    {
        QStringList out;
        for (const PlaceCandidate &c : candidates)
            out.append(c.countryCode);
        return out;
    }
};

struct Analysis
{
    QList<Hit> hits;
    QStringList notPlaces;
    QStringList supranational;
    int unmatchedWords = 0; // words that are neither names nor filler: a sign of prose
};

// Outcome of one group ("NYC / London" has two).
struct Outcome
{
    enum class State
    {
        Resolved,
        Ambiguous,
        Conflict
    } state
        = State::Resolved;
    QStringList codes; // Resolved: the country; Ambiguous: the possibilities
    double confidence = 0;
    QString reason;
    QString label; // for messages naming the group
};

double strength(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Country:
        return 0.95;
    case PlaceKind::Subdivision:
        return 0.9;
    case PlaceKind::City:
    case PlaceKind::Area:
        return 0.85;
    case PlaceKind::Code:
        return 0.8;
    }
    return 0;
}

QString kindLabel(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Country:
        return Tr::tr("country");
    case PlaceKind::Subdivision:
        return Tr::tr("state or province");
    case PlaceKind::City:
        return Tr::tr("city");
    case PlaceKind::Area:
        return Tr::tr("area");
    case PlaceKind::Code:
        return Tr::tr("code");
    }
    return {};
}

bool isBroad(const Hit &h)
{
    return std::any_of(h.candidates.begin(), h.candidates.end(),
        [](const PlaceCandidate &c) { return c.kind != PlaceKind::City && c.kind != PlaceKind::Area; });
}

bool isShortAscii(const QString &key)
{
    return key.size() <= 3 && std::all_of(key.begin(), key.end(), [](QChar c) { return c.unicode() < 128 && c.isLetter(); });
}

bool isUpperWord(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return !c.isLetter() || c.isUpper(); });
}

QString joinOr(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(u", "_s) + Tr::tr(" or ") + items.last();
}

class Resolution
{
public:
    explicit Resolution(const Gazetteer &g)
        : m_g(g)
    { }

    Analysis analyse(const QString &text) const;
    Place decide(const Analysis &analysis, const QStringList &flags) const;

private:
    QStringList intersect(const QStringList &a, const QStringList &b) const;
    bool compatible(const QString &code, const QString &with) const
    {
        return code == with || m_g.writtenWithin(code).contains(with) || m_g.writtenWithin(with).contains(code);
    }
    // How strongly a hit backs `code`, 0 when it does not.
    std::pair<double, PlaceKind> backing(const Hit &h, const QString &code) const;
    Outcome resolveGroup(const QList<const Hit *> &hits) const;
    QString countriesOf(const QStringList &codes) const;
    Place place(const QString &code, double confidence, const QString &reason) const;
    void scanUnspaced(const LocationToken &token, int group, bool ignored, QList<Hit> &hits) const;

    const Gazetteer &m_g;
};

QStringList Resolution::intersect(const QStringList &a, const QStringList &b) const
{
    // A place written within its usual parent ("Hong Kong, China", "Jersey,
    // UK") keeps the more specific code.
    QStringList out;
    for (const QString &x : a) {
        if (std::any_of(b.begin(), b.end(), [&](const QString &y) { return x == y || m_g.writtenWithin(x).contains(y); }))
            out.append(x);
    }
    for (const QString &y : b) {
        if (!out.contains(y) && std::any_of(a.begin(), a.end(), [&](const QString &x) { return m_g.writtenWithin(y).contains(x); }))
            out.append(y);
    }
    return out;
}

std::pair<double, PlaceKind> Resolution::backing(const Hit &h, const QString &code) const
{
    std::pair<double, PlaceKind> best { 0, PlaceKind::Code };
    for (const PlaceCandidate &c : h.candidates) {
        if (compatible(code, c.countryCode) && strength(c.kind) > best.first)
            best = { strength(c.kind), c.kind };
    }
    return best;
}

void Resolution::scanUnspaced(const LocationToken &token, int group, bool ignored, QList<Hit> &hits) const
{
    const QString &s = token.folded;
    QList<bool> used(s.size(), false);
    QList<std::pair<qsizetype, Hit>> found;
    for (const QString &key : m_g.unspacedKeys()) {
        if (key.size() > s.size())
            continue;
        for (qsizetype at = s.indexOf(key); at >= 0; at = s.indexOf(key, at + 1)) {
            if (std::any_of(used.begin() + at, used.begin() + at + key.size(), [](bool u) { return u; }))
                continue;
            std::fill(used.begin() + at, used.begin() + at + key.size(), true);
            const GazetteerEntry *e = m_g.findName(key);
            if (e && e->meaning == GazetteerEntry::Meaning::Place)
                found.append({ at, Hit { e->candidates, e->lean, key, group, ignored } });
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[at, hit] : found)
        hits.append(std::move(hit));
}

Analysis Resolution::analyse(const QString &text) const
{
    using Type = LocationToken::Type;
    const QList<LocationToken> tokens = Gazetteer::tokenize(text);
    // Parts are the comma-separated pieces; parts of one group describe one place.
    struct Part
    {
        qsizetype first = 0, words = 0;
        int indexInGroup = 0;
        bool ignored = false;
    };
    QList<Part> parts;
    QList<qsizetype> partOf(tokens.size(), -1);
    int indexInGroup = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].type != Type::Word) {
            indexInGroup = tokens[i].type == Type::GroupBreak ? 0 : indexInGroup + 1;
            continue;
        }
        if (i == 0 || tokens[i - 1].type != Type::Word)
            parts.append({ i, 0, indexInGroup, false });
        Part &p = parts.last();
        ++p.words;
        p.ignored = p.ignored || m_g.isHeritageWord(tokens[i].folded);
        partOf[i] = parts.size() - 1;
    }

    Analysis a;
    int group = 0;
    qsizetype lastPlaceEnd = -1; // token after the last city or area matched
    for (qsizetype i = 0; i < tokens.size();) {
        const LocationToken &t = tokens[i];
        if (t.type != Type::Word) {
            group += t.type == Type::GroupBreak ? 1 : 0;
            ++i;
            continue;
        }
        const Part &p = parts[partOf[i]];
        if (t.unspaced) {
            scanUnspaced(t, group, p.ignored, a.hits);
            ++i;
            continue;
        }
        // Two-letter codes are trusted only where they are clearly codes: a
        // part of their own after a place ("Seattle, WA"), or capitals right
        // after a city ("Cambridge MA"). Never inside prose ("working IN compilers").
        const bool codeShaped = t.original.size() >= 2 && t.original.size() <= 3 && isShortAscii(t.folded);
        const bool codePosition = (p.words == 1 && p.indexInGroup > 0) || (isUpperWord(t.original) && lastPlaceEnd == i);
        if (codeShaped && codePosition) {
            if (const QList<PlaceCandidate> *codes = m_g.findCode(t.folded)) {
                Hit hit { *codes, 0, t.original, group, p.ignored };
                if (const GazetteerEntry *e = m_g.findName(t.folded); e && e->meaning == GazetteerEntry::Meaning::Place) {
                    for (const PlaceCandidate &c : e->candidates) {
                        auto it = std::find_if(hit.candidates.begin(), hit.candidates.end(),
                            [&](const PlaceCandidate &h) { return h.countryCode == c.countryCode; });
                        if (it == hit.candidates.end())
                            hit.candidates.append(c);
                        else if (int(c.kind) < int(it->kind))
                            it->kind = c.kind;
                    }
                }
                a.hits.append(hit);
                ++i;
                continue;
            }
        }
        const qsizetype partEnd = p.first + p.words;
        bool matched = false;
        for (qsizetype n = std::min<qsizetype>(m_g.maxNameWords(), partEnd - i); n >= 1 && !matched; --n) {
            QString key = t.folded;
            QString label = t.original;
            for (qsizetype k = i + 1; k < i + n; ++k) {
                key += u' ' + tokens[k].folded;
                label += u' ' + tokens[k].original;
            }
            const GazetteerEntry *e = m_g.findName(key);
            if (!e)
                continue;
            const bool whole = n == p.words;
            if ((e->wholePartOnly && !whole) || (isShortAscii(key) && !whole && !isUpperWord(label)))
                continue; // "Nice" in "a nice place", "us" in "join us"
            matched = true;
            i += n;
            if (e->meaning == GazetteerEntry::Meaning::NotPlace) {
                a.notPlaces.append(label);
            } else if (e->meaning == GazetteerEntry::Meaning::Supranational) {
                a.supranational.append(label);
            } else {
                a.hits.append({ e->candidates, e->lean, label, group, p.ignored });
                const bool city = std::all_of(e->candidates.begin(), e->candidates.end(),
                    [](const PlaceCandidate &c) { return c.kind == PlaceKind::City || c.kind == PlaceKind::Area; });
                if (city)
                    lastPlaceEnd = i;
            }
        }
        if (matched)
            continue;
        if (t.folded == u"and"_s || t.folded == u"or"_s)
            ++group; // "London and Berlin" names two places; "Trinidad and Tobago" matched above
        else if (!p.ignored && !m_g.isFiller(t.folded)
            && std::any_of(t.folded.begin(), t.folded.end(), [](QChar c) { return c.isLetter(); }))
            ++a.unmatchedWords;
        ++i;
    }
    return a;
}

QString Resolution::countriesOf(const QStringList &codes) const
{
    QStringList names;
    for (const QString &c : codes)
        names.append(m_g.countryName(c));
    return joinOr(names);
}

Outcome Resolution::resolveGroup(const QList<const Hit *> &hits) const
{
    Outcome out;
    out.label = hits.first()->label;
    QList<const Hit *> used = hits;
    QStringList possible = hits.first()->codes();
    for (const Hit *h : hits)
        possible = intersect(possible, h->codes());
    double factor = 1;
    QString note;
    if (possible.isEmpty()) {
        // "Paris, Ontario": a city that disagrees with the broader parts of
        // the same place is a local namesake; the broader parts decide.
        QList<const Hit *> broad, narrow;
        for (const Hit *h : hits)
            (isBroad(*h) ? broad : narrow).append(h);
        if (!broad.isEmpty() && !narrow.isEmpty()) {
            possible = broad.first()->codes();
            for (const Hit *h : broad)
                possible = intersect(possible, h->codes());
            QStringList names;
            for (const Hit *h : narrow)
                names.append(h->label);
            used = broad;
            factor = 0.9;
            note = Tr::tr("%1 taken as a local place name").arg(names.join(u", "_s));
        }
        if (possible.isEmpty()) {
            out.state = Outcome::State::Conflict;
            return out;
        }
    }
    double lean = 0;
    if (possible.size() > 1) {
        const Hit *only = used.size() == 1 ? used.first() : nullptr;
        if (!only || only->lean <= 0 || possible.first() != only->candidates.first().countryCode) {
            out.state = Outcome::State::Ambiguous;
            out.codes = possible;
            out.reason = kindLabel(hits.first()->candidates.first().kind) + u": "_s + out.label;
            return out;
        }
        lean = only->lean;
        note = Tr::tr("usually %1; could be %2").arg(m_g.countryName(possible.first()), countriesOf(possible.mid(1)));
    }
    const QString winner = possible.first();
    double best = 0;
    int agreeing = 0;
    QStringList described;
    for (const Hit *h : used) {
        const auto [s, kind] = backing(*h, winner);
        if (s <= 0)
            continue;
        best = std::max(best, s);
        ++agreeing;
        described.append(kindLabel(kind) + u": "_s + h->label);
    }
    out.codes = { winner };
    out.confidence = lean > 0 ? best * lean * 0.9 : std::min(0.99, best + 0.03 * (agreeing - 1)) * factor;
    out.reason = described.join(u" + "_s) + (note.isEmpty() ? QString() : u" ("_s + note + u')');
    return out;
}

Place Resolution::place(const QString &code, double confidence, const QString &reason) const
{
    return { code, m_g.countryName(code), m_g.region(code), std::round(confidence * 100) / 100, reason };
}

Place unknown(const QString &reason)
{
    Place p;
    p.reason = reason;
    return p;
}

Place Resolution::decide(const Analysis &a, const QStringList &flags) const
{
    QList<QList<const Hit *>> groups;
    QList<int> groupIds;
    QStringList ignored;
    for (const Hit &h : a.hits) {
        if (h.ignored) {
            ignored.append(h.label);
            continue;
        }
        if (groupIds.isEmpty() || groupIds.last() != h.group) {
            groupIds.append(h.group);
            groups.append(QList<const Hit *>());
        }
        groups.last().append(&h);
    }
    // A single flag is read as its country, but only as weak evidence: flags
    // are as often about heritage or solidarity as about where one lives.
    const QString flag = flags.size() == 1 && m_g.hasCountry(flags.first()) ? flags.first() : QString();
    if (groups.isEmpty()) {
        if (!flag.isEmpty())
            return place(flag, 0.4, Tr::tr("flag only: %1").arg(m_g.countryName(flag)));
        if (!ignored.isEmpty())
            return unknown(Tr::tr("only a former or home place: %1").arg(ignored.join(u", "_s)));
        if (!a.supranational.isEmpty())
            return unknown(Tr::tr("a region, not a country: %1").arg(a.supranational.join(u", "_s)));
        if (!a.notPlaces.isEmpty())
            return unknown(Tr::tr("not a place: %1").arg(a.notPlaces.join(u", "_s)));
        return unknown(Tr::tr("no known place"));
    }

    QList<Outcome> outcomes;
    for (const QList<const Hit *> &g : groups)
        outcomes.append(resolveGroup(g));
    auto describeAll = [&] {
        QStringList named;
        for (const Outcome &o : outcomes)
            named.append(o.state == Outcome::State::Resolved ? u"%1 (%2)"_s.arg(o.label, m_g.countryName(o.codes.first())) : o.label);
        return named.join(u", "_s);
    };
    const bool conflict
        = std::any_of(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.state == Outcome::State::Conflict; });
    QStringList possible = outcomes.first().codes;
    for (const Outcome &o : outcomes)
        possible = intersect(possible, o.codes);
    if (conflict || possible.isEmpty())
        return unknown((outcomes.size() == 2 ? Tr::tr("two places: %1") : Tr::tr("several places: %1")).arg(describeAll()));

    if (possible.size() > 1) {
        if (!flag.isEmpty() && possible.contains(flag))
            return place(flag, 0.7, Tr::tr("%1 + flag: %2").arg(outcomes.first().reason, m_g.countryName(flag)));
        return unknown(Tr::tr("ambiguous: %1 could be in %2").arg(describeAll(), countriesOf(possible)));
    }
    const QString winner = possible.first();
    double confidence = 0;
    int resolved = 0;
    QStringList reasons;
    for (const Outcome &o : outcomes) {
        if (o.state != Outcome::State::Resolved)
            continue;
        confidence = std::max(confidence, o.confidence);
        ++resolved;
        reasons.append(o.reason);
    }
    if (resolved == 0) { // ambiguous pieces that narrowed each other down ("Cambridge / Georgia")
        confidence = 0.6;
        reasons.append(Tr::tr("only %1 fits %2").arg(m_g.countryName(winner), describeAll()));
    }
    confidence = std::min(0.99, confidence + 0.02 * std::max(0, resolved - 1));
    QString reason = reasons.join(u"; "_s);
    if (!flag.isEmpty() && compatible(winner, flag)) {
        confidence = std::min(0.99, confidence + 0.02);
        reason += Tr::tr(" + flag");
    } else if (!flags.isEmpty()) {
        QStringList names;
        for (const QString &f : flags)
            names.append(m_g.countryName(f).isEmpty() ? f : m_g.countryName(f));
        reason += Tr::tr("; flag not counted: %1").arg(names.join(u", "_s));
    }
    if (a.unmatchedWords > 2) {
        confidence *= 0.85;
        reason += Tr::tr("; found in longer text");
    }
    if (!ignored.isEmpty())
        reason += Tr::tr("; not counted as current: %1").arg(ignored.join(u", "_s));
    return place(winner, confidence, reason);
}

} // namespace

LocationResolver::LocationResolver(const Gazetteer &gazetteer)
    : m_gazetteer(&gazetteer)
{ }

QStringList LocationResolver::regions()
{
    return { u"UK"_s, u"EU"_s, u"Europe (non-EU)"_s, u"North America"_s, u"Latin America"_s, u"China"_s, u"India"_s, u"East Asia"_s,
        u"Southeast Asia"_s, u"South Asia"_s, u"Middle East"_s, u"Central Asia"_s, u"Oceania"_s, u"Africa"_s };
}

QString LocationResolver::clean(QStringView freeText, QStringList *flags)
{
    const QString marked = stripMarkup(freeText.left(MaxInput));
    QString out;
    out.reserve(marked.size());
    char32_t pendingIndicator = 0;
    const QList<uint> points = marked.toUcs4();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const char32_t cp = points[i];
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) { // regional indicators: two make a flag
            if (pendingIndicator && flags)
                flags->append(QString(QChar(char16_t(u'A' + (pendingIndicator - 0x1F1E6)))) + QChar(char16_t(u'A' + (cp - 0x1F1E6))));
            pendingIndicator = pendingIndicator ? 0 : cp;
            out.append(u' ');
            continue;
        }
        pendingIndicator = 0;
        if (cp == 0x1F3F4 && flags) { // 🏴 + tag letters "gbsct": England, Scotland, Wales
            QString tag;
            for (qsizetype k = i + 1; k < points.size() && points[k] >= 0xE0061 && points[k] <= 0xE007A; ++k)
                tag.append(QChar(char16_t(points[k] - 0xE0000)));
            if (tag.size() >= 4)
                flags->append(tag.left(2).toUpper());
        }
        const bool joiner = (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200D || cp == 0x20E3 || (cp >= 0xE0000 && cp <= 0xE01EF);
        const QChar::Category category = QChar::category(cp);
        if (joiner || category == QChar::Other_Format || category == QChar::Other_PrivateUse || category == QChar::Other_Surrogate
            || (cp >= 0x1F3FB && cp <= 0x1F3FF))
            continue;
        if (category == QChar::Symbol_Other || category == QChar::Other_Control) {
            out.append(u' ');
            continue;
        }
        appendCodePoint(out, cp);
    }
    return fromTimeZoneName(out.simplified());
}

Place LocationResolver::resolve(const QString &freeText) const
{
    if (freeText.trimmed().isEmpty())
        return unknown(Tr::tr("no location given"));
    QStringList flags;
    const QString text = clean(freeText, &flags);
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); })) {
        if (flags.isEmpty())
            return unknown(text.isEmpty() ? Tr::tr("only emoji or symbols") : Tr::tr("no place named"));
    } else if (text.size() > MaxLength) {
        return unknown(Tr::tr("too long to be a location (%1 characters)").arg(text.size()));
    }
    const Resolution resolution(*m_gazetteer);
    Place p = resolution.decide(resolution.analyse(text), flags);
    if (!p.known() && p.reason == Tr::tr("no known place"))
        p.reason = Tr::tr("no known place in \"%1\"").arg(text.left(60));
    return p;
}

Place LocationResolver::forCountryCode(const QString &code) const
{
    QString c = code.trimmed().toUpper();
    if (c == u"UK"_s)
        c = u"GB"_s;
    else if (c == u"EL"_s) // the EU's code for Greece
        c = u"GR"_s;
    if (!m_gazetteer->hasCountry(c))
        return unknown(Tr::tr("not a country code: %1").arg(code.left(10)));
    Place p;
    p.countryCode = c;
    p.country = m_gazetteer->countryName(c);
    p.region = m_gazetteer->region(c);
    p.confidence = 1;
    p.reason = Tr::tr("set by hand");
    return p;
}

} // namespace ks::people
