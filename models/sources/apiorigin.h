// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QUrl>

namespace ks::sources {

// The API root a credential belongs to (GitHub's, or later a forum's), and
// which addresses lie under it. A token or API key is only ever sent to
// addresses under its root: same scheme, host and port, and a path below the
// root's. A Link header, a stored resume address or a redirect that points
// elsewhere is refused before anything is sent.
class ApiOrigin final
{
public:
    explicit ApiOrigin(const QUrl &root);

    // A user's API root, checked: http or https with a host, http only on
    // loopback (a token must not cross a network in the clear), and any
    // user:password part stripped (it would end up in settings and logs).
    static Result<QUrl> parseRoot(const QString &text);
    static bool isLoopback(const QUrl &url);

    QUrl root() const { return m_root; }
    bool contains(const QUrl &url) const;
    // Why `url` is not requested, for the sync's report.
    QString refusal(const QUrl &url) const;

private:
    QUrl m_root;
    QString m_path; // the root's path, ending in '/'
};

} // namespace ks::sources
