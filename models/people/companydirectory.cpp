// SPDX-License-Identifier: MIT
#include "companydirectory.h"

#include "gazetteer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ks::people {
namespace {

Q_LOGGING_CATEGORY(lcCompanies, "kernelscout.people.companies", QtWarningMsg)

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::people::CompanyDirectory)
};

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

QStringList labelsOf(const QString &domain)
{
    return domain.split(u'.', Qt::SkipEmptyParts);
}

bool isSegmentBreak(QChar c)
{
    switch (c.unicode()) {
    case u',':
    case u'/':
    case u'|':
    case u';':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'\n':
    case u'+':
    case u'\u00B7':
    case u'\u2022':
    case u'\uFF0C':
    case u'\u3001':
    case u'\uFF08':
    case u'\uFF09':
        return true;
    default:
        return false;
    }
}

} // namespace

QList<CompanyWord> CompanyDirectory::splitWords(QStringView text)
{
    QList<CompanyWord> out;
    int segment = 0;
    bool atPending = false;
    bool arrowPending = false;
    qsizetype start = -1;
    QString word;
    auto flush = [&](qsizetype end) {
        if (!word.isEmpty())
            out.append({ Gazetteer::foldWord(word), start, end, segment, atPending, arrowPending });
        if (!word.isEmpty()) {
            atPending = false;
            arrowPending = false;
        }
        word.clear();
        start = -1;
    };
    auto nextSegment = [&] {
        if (!out.isEmpty() && out.last().segment == segment)
            ++segment;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
            if (start < 0)
                start = i;
            word.append(c);
            continue;
        }
        if (c == u'\'' || c == u'\u2019')
            continue; // "Noah's"
        flush(i);
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        const bool spacedDash = (c == u'-' || c == u'\u2013' || c == u'\u2014') && i > 0 && text[i - 1].isSpace() && next.isSpace();
        const bool arrow = c == u'\u2192' || c == u'\u00BB' || ((c == u'-' || c == u'=') && next == u'>');
        if (arrow) {
            nextSegment();
            arrowPending = true;
        } else if (isSegmentBreak(c) || spacedDash) {
            nextSegment();
        } else if (c == u'@') {
            atPending = true;
        }
    }
    flush(text.size());
    return out;
}

QString CompanyDirectory::aliasKey(QStringView name) const
{
    QList<CompanyWord> words = splitWords(name);
    while (words.size() > 1 && m_legalSuffixes.contains(words.last().folded))
        words.removeLast(); // "NVIDIA Corporation", "Graphcore Ltd", "Co., Ltd."
    if (words.size() > 1 && words.first().folded == u"the"_s)
        words.removeFirst();
    QString key;
    for (const CompanyWord &w : words)
        key += w.folded;
    return key;
}

QString CompanyDirectory::companyAt(const QList<CompanyWord> &words, qsizetype i, qsizetype *length) const
{
    const int segment = words[i].segment;
    qsizetype segmentEnd = i;
    while (segmentEnd < words.size() && words[segmentEnd].segment == segment)
        ++segmentEnd;
    for (qsizetype n = std::min<qsizetype>(m_maxWords, segmentEnd - i); n >= 1; --n) {
        QString key;
        for (qsizetype k = i; k < i + n; ++k)
            key += words[k].folded;
        const auto it = m_aliases.constFind(key);
        if (it == m_aliases.constEnd())
            continue;
        if (m_commonWords.contains(key)) {
            // "Arm", "Meta", "Modular" name a company alone, as a handle or
            // after "at"; inside other text they are ordinary words.
            const bool handle = words[i].afterAt || (i > 0 && words[i - 1].segment == segment && words[i - 1].folded == u"at"_s);
            bool alone = true;
            for (qsizetype k = 0; k < words.size() && alone; ++k) {
                if (words[k].segment == segment && (k < i || k >= i + n))
                    alone = m_legalSuffixes.contains(words[k].folded) || words[k].folded == u"the"_s;
            }
            if (!handle && !alone)
                continue;
        }
        *length = n;
        return it.value();
    }
    *length = 0;
    return {};
}

QString CompanyDirectory::canonicalName(const QString &companyText) const
{
    const QStringView text = QStringView(companyText).left(200);
    if (const auto it = m_aliases.constFind(aliasKey(text)); it != m_aliases.constEnd())
        return it.value();
    const QList<CompanyWord> words = splitWords(text);
    for (qsizetype i = 0; i < words.size(); ++i) {
        qsizetype length = 0;
        if (QString company = companyAt(words, i, &length); !company.isEmpty())
            return company;
    }
    return {};
}

bool CompanyDirectory::meansNoCompany(QStringView text) const
{
    const QList<CompanyWord> words = splitWords(text);
    if (words.isEmpty())
        return true; // "-", "?", "…"
    if (m_noCompany.contains(aliasKey(text)))
        return true;
    return std::any_of(words.begin(), words.end(), [&](const CompanyWord &w) { return m_noCompanyWords.contains(w.folded); });
}

QString CompanyDirectory::domainOf(const QString &emailOrDomain)
{
    QString s = emailOrDomain.trimmed().toLower();
    const qsizetype open = s.lastIndexOf(u'<');
    if (open >= 0)
        s = s.mid(open + 1).section(u'>', 0, 0);
    s = s.mid(s.lastIndexOf(u'@') + 1).trimmed();
    while (s.endsWith(u'.'))
        s.chop(1);
    if (s.contains(u' ') || !s.contains(u'.'))
        return {};
    return s;
}

bool CompanyDirectory::endsWithin(const QString &domain, const QSet<QString> &domains, QString *matched) const
{
    // "mail.nvidia.com" is within "nvidia.com"; the last label alone never matches.
    const QStringList labels = labelsOf(domain);
    for (qsizetype i = 0; i + 1 < labels.size(); ++i) {
        const QString candidate = labels.mid(i).join(u'.');
        if (domains.contains(candidate)) {
            if (matched)
                *matched = candidate;
            return true;
        }
    }
    return false;
}

QString CompanyDirectory::companyForEmail(const QString &emailOrDomain) const
{
    const QString domain = domainOf(emailOrDomain);
    if (domain.isEmpty() || isNoReply(emailOrDomain) || isPersonalEmail(domain))
        return {};
    const QStringList labels = labelsOf(domain);
    for (qsizetype i = 0; i + 1 < labels.size(); ++i) {
        const auto it = m_domains.constFind(labels.mid(i).join(u'.'));
        if (it != m_domains.constEnd())
            return it.value();
    }
    return {};
}

bool CompanyDirectory::isPersonalEmail(const QString &email) const
{
    const QString domain = domainOf(email);
    if (domain.isEmpty())
        return false;
    if (endsWithin(domain, m_personal, nullptr))
        return true;
    // yahoo.co.uk, hotmail.fr: the provider's label followed only by a
    // country or generic suffix (each label short), so "live.nvidia.com" is not.
    const QStringList labels = labelsOf(domain);
    if (labels.size() < 2 || labels.size() > 3 || !m_personalLabels.contains(labels.first()))
        return false;
    return std::all_of(labels.begin() + 1, labels.end(), [](const QString &l) { return l.size() <= 3; });
}

bool CompanyDirectory::isNoReply(const QString &email) const
{
    const QString s = email.trimmed().toLower();
    return s.contains(u"noreply"_s) || s.contains(u"no-reply"_s) || s.contains(u"no_reply"_s);
}

QString CompanyDirectory::academicInstitution(const QString &email) const
{
    const QString domain = domainOf(email);
    if (domain.isEmpty())
        return {};
    QString matched;
    if (endsWithin(domain, m_academicDomains, &matched))
        return matched;
    const QStringList labels = labelsOf(domain);
    for (const QString &suffix : m_academicSuffixes) {
        if (!domain.endsWith(u'.' + suffix))
            continue;
        const qsizetype keep = suffix.count(u'.') + 2; // the suffix and one label: "cam" + "ac.uk"
        return labels.size() >= keep ? labels.mid(labels.size() - keep).join(u'.') : QString();
    }
    // "informatik.uni-hamburg.de", "univ-grenoble-alpes.fr"
    if (labels.size() >= 2) {
        const QString &name = labels[labels.size() - 2];
        if (std::any_of(m_academicPrefixes.begin(), m_academicPrefixes.end(), [&](const QString &p) { return name.startsWith(p); }))
            return labels.mid(labels.size() - 2).join(u'.');
    }
    return {};
}

Result<CompanyDirectory> CompanyDirectory::parse(const QByteArray &json, const QString &sourceName)
{
    using R = Result<CompanyDirectory>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(Tr::tr("%1: invalid JSON (%2 at byte %3)").arg(sourceName, error.errorString()).arg(error.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1StringView("format")).toString() != QLatin1String("kernelscout-companies"))
        return R::failure(Tr::tr("%1: not a Kernel Scout company directory").arg(sourceName));

    CompanyDirectory d;
    // Legal suffixes first: alias keys are made without them.
    for (const QString &s : stringsOf(root.value(QLatin1StringView("legalSuffixes"))))
        d.m_legalSuffixes.insert(s.toLower());
    const QJsonArray companies = root.value(QLatin1StringView("companies")).toArray();
    for (qsizetype i = 0; i < companies.size(); ++i) {
        const QJsonObject o = companies[i].toObject();
        const QString name = o.value(QLatin1StringView("name")).toString().trimmed();
        auto fail
            = [&](const QString &message) { return R::failure(u"%1: companies[%2] (%3): %4"_s.arg(sourceName).arg(i).arg(name, message)); };
        if (name.isEmpty())
            return fail(Tr::tr("'name' is missing"));
        for (const QString &alias : QStringList { name } + stringsOf(o.value(QLatin1StringView("aliases")))) {
            const QString key = d.aliasKey(alias);
            if (key.isEmpty())
                return fail(Tr::tr("alias '%1' has no letters").arg(alias.left(40)));
            const QString existing = d.m_aliases.value(key);
            if (!existing.isEmpty() && existing != name)
                return fail(Tr::tr("alias '%1' already names %2").arg(alias.left(40), existing));
            d.m_aliases.insert(key, name);
            d.m_maxWords = std::max(d.m_maxWords, int(splitWords(alias).size()));
        }
        for (const QString &domain : stringsOf(o.value(QLatin1StringView("domains")))) {
            if (domainOf(domain) != domain)
                return fail(Tr::tr("'%1' is not a lower-case domain name").arg(domain.left(60)));
            if (d.m_domains.contains(domain))
                return fail(Tr::tr("domain %1 already belongs to %2").arg(domain, d.m_domains.value(domain)));
            d.m_domains.insert(domain, name);
        }
    }
    d.m_companyCount = companies.size();
    for (const QString &w : stringsOf(root.value(QLatin1StringView("commonWords")))) {
        const QString key = d.aliasKey(w);
        if (!d.m_aliases.contains(key))
            return R::failure(Tr::tr("%1: commonWords: '%2' is not a company name").arg(sourceName, w.left(40)));
        d.m_commonWords.insert(key);
    }
    for (const QString &s : stringsOf(root.value(QLatin1StringView("personalDomains"))))
        d.m_personal.insert(s);
    for (const QString &s : stringsOf(root.value(QLatin1StringView("personalDomainLabels"))))
        d.m_personalLabels.insert(s);
    for (const QString &domain : std::as_const(d.m_personal)) {
        if (d.m_domains.contains(domain))
            return R::failure(Tr::tr("%1: %2 is both a personal and a company domain").arg(sourceName, domain));
    }
    d.m_academicSuffixes = stringsOf(root.value(QLatin1StringView("academicSuffixes")));
    std::sort(
        d.m_academicSuffixes.begin(), d.m_academicSuffixes.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &s : stringsOf(root.value(QLatin1StringView("academicDomains"))))
        d.m_academicDomains.insert(s);
    d.m_academicPrefixes = stringsOf(root.value(QLatin1StringView("academicPrefixes")));
    for (const QString &s : stringsOf(root.value(QLatin1StringView("noCompany"))))
        d.m_noCompany.insert(d.aliasKey(s));
    for (const QString &s : stringsOf(root.value(QLatin1StringView("noCompanyWords"))))
        d.m_noCompanyWords.insert(s);
    const std::pair<QLatin1StringView, WordRole> roles[]
        = { { "formerWords"_L1, WordRole::Former }, { "formerlyWords"_L1, WordRole::Formerly }, { "currentWords"_L1, WordRole::Current } };
    for (const auto &[section, role] : roles) {
        for (const QString &s : stringsOf(root.value(section)))
            d.m_roles.insert(s, role);
    }
    return d;
}

const CompanyDirectory &CompanyDirectory::standard()
{
    static const CompanyDirectory directory = [] {
        QFile bundled(QStringLiteral(":/kernelscout/people/companies.json"));
        if (!bundled.open(QIODevice::ReadOnly)) {
            qCCritical(lcCompanies) << "cannot open" << bundled.fileName();
            return CompanyDirectory();
        }
        auto parsed = parse(bundled.readAll(), bundled.fileName());
        if (!parsed) {
            qCCritical(lcCompanies) << parsed.error();
            return CompanyDirectory();
        }
        return std::move(parsed).value();
    }();
    return directory;
}

} // namespace ks::people
