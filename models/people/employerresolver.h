// SPDX-License-Identifier: MIT
#pragma once

#include "companydirectory.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ks::people {

struct CommitEmail
{
    QString email;
    int commits = 0;
    QDateTime latest;
};

struct Employer
{
    QString name; // canonical ("NVIDIA"), the profile text as written when not in the directory, or ""
    QString source; // "commit e-mail", "profile company", "" when nothing
    QString evidence; // plain English: "14 commits from @nvidia.com, latest 2026-10-02"
    double confidence = 0; // see resolveEmployer
    bool known() const { return !name.isEmpty(); }
};

// The current employer, from the evidence a sourcer trusts most:
// 1. commit e-mail domains of directory companies (0.9; 0.95 when the
//    profile agrees, 0.8 when it names another directory company). With
//    several companies the one with the latest commit wins: people move.
//    Personal, no-reply and academic domains never name a company.
// 2. the profile's company field, when it names a directory company (0.7):
//    the first current one of a list ("@nvidia @pytorch", "Google / ex-Meta").
// 3. the field as written, when it names no directory company (0.3).
// "Self-employed", "Student", "N/A" and past employers ("ex-", "formerly")
// give nothing. The field is untrusted: markup is stripped, length capped.
Employer resolveEmployer(
    const QString &profileCompany, const QList<CommitEmail> &emails, const CompanyDirectory &directory = CompanyDirectory::standard());

// The company field with markup and control characters removed, at most
// 200 characters.
QString cleanCompanyField(const QString &profileCompany);

} // namespace ks::people
