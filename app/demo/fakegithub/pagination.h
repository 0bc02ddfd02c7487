// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace ks::fake {

struct Request;

// GitHub's page arithmetic and Link header. per_page defaults to 30 and is
// capped at 100; page defaults to 1. Link URLs keep every query parameter of
// the request and put page last, on `linkPath` (the /repositories/{id} form).
class Pagination final
{
public:
    Pagination(const Request &request, qsizetype total);

    qsizetype begin() const { return m_begin; }
    qsizetype end() const { return m_end; }
    int page() const { return m_page; }
    int lastPage() const { return m_lastPage; }
    QByteArray linkHeader(const QString &apiBase, const QString &linkPath) const; // empty: one page

private:
    const Request &m_request;
    int m_perPage = 30;
    int m_page = 1;
    int m_lastPage = 1;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
};

} // namespace ks::fake
