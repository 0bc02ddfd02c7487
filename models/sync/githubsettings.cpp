// SPDX-License-Identifier: MIT
#include "githubsettings.h"

#include "sources/github/githubclient.h"

#include <QSettings>

namespace ks::sync::githubsettings {
namespace {

const QString ApiRootKey = QStringLiteral("github/apiRoot");
const QString CaBundleKey = QStringLiteral("github/caBundle");

} // namespace

QString apiRoot()
{
    return QSettings().value(ApiRootKey, QString(github::Client::DefaultApiRoot)).toString();
}

QString caBundle()
{
    return QSettings().value(CaBundleKey).toString();
}

void setApiRoot(const QString &url)
{
    QSettings().setValue(ApiRootKey, url);
}

void setCaBundle(const QString &path)
{
    QSettings().setValue(CaBundleKey, path);
}

} // namespace ks::sync::githubsettings
