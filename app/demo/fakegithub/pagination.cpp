// SPDX-License-Identifier: MIT
#include "pagination.h"

#include "httpmessage.h"

#include <QUrlQuery>

namespace ks::fake {

Pagination::Pagination(const Request &request, qsizetype total)
    : m_request(request)
{
    bool ok = false;
    const int perPage = request.query.queryItemValue(QStringLiteral("per_page")).toInt(&ok);
    if (ok && perPage > 0)
        m_perPage = qMin(perPage, 100);
    const int page = request.query.queryItemValue(QStringLiteral("page")).toInt(&ok);
    if (ok && page > 0)
        m_page = page;
    m_lastPage = qMax<qsizetype>(1, (total + m_perPage - 1) / m_perPage);
    m_begin = qMin<qsizetype>(total, qsizetype(m_page - 1) * m_perPage);
    m_end = qMin<qsizetype>(total, m_begin + m_perPage);
}

QByteArray Pagination::linkHeader(const QString &apiBase, const QString &linkPath) const
{
    if (m_lastPage == 1 && m_page == 1)
        return {};
    QUrlQuery base = m_request.query;
    base.removeAllQueryItems(QStringLiteral("page"));
    const auto url = [&](int page) {
        QUrlQuery q = base;
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        return QStringLiteral("<%1%2?%3>").arg(apiBase, linkPath, q.toString(QUrl::FullyEncoded));
    };
    QStringList parts;
    if (m_page > 1)
        parts << url(qMin(m_page - 1, m_lastPage)) + QStringLiteral("; rel=\"prev\"");
    if (m_page < m_lastPage)
        parts << url(m_page + 1) + QStringLiteral("; rel=\"next\"");
    if (m_page < m_lastPage || m_page > m_lastPage)
        parts << url(m_lastPage) + QStringLiteral("; rel=\"last\"");
    if (m_page > 1)
        parts << url(1) + QStringLiteral("; rel=\"first\"");
    return parts.join(QStringLiteral(", ")).toUtf8();
}

} // namespace ks::fake
