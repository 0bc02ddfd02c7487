// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ks::people {

// A word of a profile's company field ("Google / ex-Meta", "@nvidia @pytorch").
struct CompanyWord
{
    QString folded; // lower case, accents removed
    qsizetype start = 0; // span in the text it came from
    qsizetype end = 0;
    int segment = 0; // pieces split by , / | ; ( ) and arrows
    bool afterAt = false; // written as a handle: "@nvidia"
    bool afterArrow = false; // first word after "->": what came before is past
};

// Employers that matter for GPU-kernel and ML-compiler hiring, with the
// names and e-mail domains that identify them, plus the domains that never
// do (personal mail, no-reply, universities): resources/people/companies.json.
class CompanyDirectory final
{
public:
    enum class WordRole : quint8
    {
        None,
        Former, // "ex", "former": the next company named is a past one
        Formerly, // "formerly", "previously": every company until "now" is past
        Current, // "now", "currently"
    };

    static Result<CompanyDirectory> parse(const QByteArray &json, const QString &sourceName);
    // The bundled directory; empty only if the bundled file is broken (logged).
    static const CompanyDirectory &standard();

    // "@nvidia", "NVIDIA Corporation", "nvidia corp." -> "NVIDIA"; otherwise
    // the first directory company the text names; "" when none.
    QString canonicalName(const QString &companyText) const;
    // "a@nvidia.com", "mail.nvidia.com", "nvidia.com" -> "NVIDIA"; "" for
    // unknown, personal and no-reply domains.
    QString companyForEmail(const QString &emailOrDomain) const;
    bool isPersonalEmail(const QString &email) const;
    bool isNoReply(const QString &email) const;
    // "x@cs.stanford.edu" -> "stanford.edu", "x@cam.ac.uk" -> "cam.ac.uk", "" otherwise.
    QString academicInstitution(const QString &email) const;

    // The lower-case domain of an address ("A <a@Mail.NVIDIA.com>" -> "mail.nvidia.com").
    static QString domainOf(const QString &emailOrDomain);
    static QList<CompanyWord> splitWords(QStringView text);
    // The company whose name starts at words[i], longest match first, with
    // the number of words it spans; "" when none.
    QString companyAt(const QList<CompanyWord> &words, qsizetype i, qsizetype *length) const;
    WordRole roleOf(const QString &folded) const { return m_roles.value(folded, WordRole::None); }
    // "Self-employed", "Freelance", "Student", "N/A", "-": no employer.
    bool meansNoCompany(QStringView text) const;
    qsizetype companyCount() const { return m_companyCount; }

private:
    QString aliasKey(QStringView name) const;
    bool endsWithin(const QString &domain, const QSet<QString> &domains, QString *matched) const;

    QHash<QString, QString> m_aliases; // alias key -> canonical name
    QHash<QString, QString> m_domains; // e-mail domain -> canonical name
    QHash<QString, WordRole> m_roles;
    QSet<QString> m_commonWords; // alias keys that are also ordinary words
    QSet<QString> m_legalSuffixes;
    QSet<QString> m_personal;
    QSet<QString> m_personalLabels;
    QStringList m_academicSuffixes; // longest first
    QSet<QString> m_academicDomains;
    QStringList m_academicPrefixes;
    QSet<QString> m_noCompany; // alias keys
    QSet<QString> m_noCompanyWords;
    int m_maxWords = 1;
    qsizetype m_companyCount = 0;
};

} // namespace ks::people
