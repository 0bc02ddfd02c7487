// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Where the GitHub connection settings live (QSettings), read the same way by
// the window's settings dialog, its sync panel and the CLI. The token is not
// here: it lives in the keychain (store/tokenstore.h).
namespace ks::sync::githubsettings {

QString apiRoot(); // default https://api.github.com
QString caBundle(); // empty: the system's CAs only
void setApiRoot(const QString &url);
void setCaBundle(const QString &path);

} // namespace ks::sync::githubsettings
