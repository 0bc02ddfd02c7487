// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ks::store {
class TokenStore;
}

namespace ks::ui {

class FieldErrorLabel;

// GitHub connection settings: the API root (github.com or an Enterprise
// /api/v3), an extra CA bundle for Enterprise servers with their own CA, and
// the token, which goes to the system keychain and nowhere else.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(store::TokenStore &tokens, QWidget *parent = nullptr);

    void accept() override;

private:
    QString host() const;
    void refreshTokenStatus();
    void saveToken();
    void removeToken();

    store::TokenStore &m_tokens;
    QLineEdit *m_apiRoot;
    FieldErrorLabel *m_apiRootError;
    QLineEdit *m_caBundle;
    FieldErrorLabel *m_caBundleError;
    QLineEdit *m_token;
    QLabel *m_tokenStatus;
};

} // namespace ks::ui
