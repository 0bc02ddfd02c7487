// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "fielderrorlabel.h"
#include "sources/apiorigin.h"
#include "store/tokenstore.h"
#include "sync/githubsettings.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ks::ui {
namespace {

QWidget *column(QWidget *parent, std::initializer_list<QWidget *> widgets, QLayout *extra = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    if (extra)
        layout->addLayout(extra);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(store::TokenStore &tokens, QWidget *parent)
    : QDialog(parent)
    , m_tokens(tokens)
    , m_apiRoot(new QLineEdit(sync::githubsettings::apiRoot(), this))
    , m_apiRootError(new FieldErrorLabel(this))
    , m_caBundle(new QLineEdit(sync::githubsettings::caBundle(), this))
    , m_caBundleError(new FieldErrorLabel(this))
    , m_token(new QLineEdit(this))
    , m_tokenStatus(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_apiRoot->setObjectName(QStringLiteral("apiRoot"));
    m_caBundle->setObjectName(QStringLiteral("caBundle"));
    m_token->setObjectName(QStringLiteral("token"));
    m_tokenStatus->setObjectName(QStringLiteral("tokenStatus"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Paste a GitHub token (read-only public access is enough)"));
    m_caBundle->setPlaceholderText(tr("Only for a GitHub Enterprise server with its own certificate authority"));
    m_tokenStatus->setTextFormat(Qt::PlainText);
    m_tokenStatus->setWordWrap(true);
    // Room for a two-line keychain message: a wrapped label inside a form
    // row does not grow by itself when its text arrives later.
    m_tokenStatus->setMinimumHeight(m_tokenStatus->fontMetrics().lineSpacing() * 2 + 4);

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(browse);
    auto *save = new QPushButton(tr("Save to keychain"), this);
    save->setObjectName(QStringLiteral("saveToken"));
    auto *remove = new QPushButton(tr("Remove from keychain"), this);
    remove->setObjectName(QStringLiteral("removeToken"));
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(save);
    tokenButtons->addWidget(remove);
    tokenButtons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("GitHub API:"), column(this, { m_apiRoot, m_apiRootError }));
    auto *caBox = new QWidget(this);
    auto *caLayout = new QVBoxLayout(caBox);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addLayout(caRow);
    caLayout->addWidget(m_caBundleError);
    form->addRow(tr("CA bundle:"), caBox);
    form->addRow(tr("Token:"), column(this, { m_token, m_tokenStatus }, tokenButtons));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Grows when a keychain message arrives instead of clipping it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(620, sizeHint().height());

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("CA bundle"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caBundle->setText(file);
    });
    connect(save, &QPushButton::clicked, this, &SettingsDialog::saveToken);
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeToken);
    connect(m_apiRoot, &QLineEdit::editingFinished, this, &SettingsDialog::refreshTokenStatus);
    refreshTokenStatus();
}

QString SettingsDialog::host() const
{
    return QUrl(m_apiRoot->text().trimmed()).host();
}

void SettingsDialog::refreshTokenStatus()
{
    const QString h = host();
    if (h.isEmpty()) {
        m_tokenStatus->setText(QString());
        return;
    }
    QPointer<SettingsDialog> self(this);
    m_tokens.read(h, [self, h](const Result<QByteArray> &token) {
        if (!self)
            return;
        if (!token)
            self->m_tokenStatus->setText(token.error());
        else if (token->isEmpty())
            self->m_tokenStatus->setText(tr("No token stored for %1; GITHUB_TOKEN is used if set.").arg(h));
        else
            self->m_tokenStatus->setText(tr("A token for %1 is stored in the system keychain.").arg(h));
    });
}

void SettingsDialog::saveToken()
{
    const QByteArray token = m_token->text().trimmed().toUtf8();
    if (token.isEmpty() || host().isEmpty())
        return;
    QPointer<SettingsDialog> self(this);
    m_tokens.write(host(), token, [self](const Status &s) {
        if (!self)
            return;
        self->m_token->clear(); // never left lying in the widget
        if (!s)
            self->m_tokenStatus->setText(s.error());
        else
            self->refreshTokenStatus();
    });
}

void SettingsDialog::removeToken()
{
    QPointer<SettingsDialog> self(this);
    m_tokens.remove(host(), [self](const Status &s) {
        if (!self)
            return;
        if (!s)
            self->m_tokenStatus->setText(s.error());
        else
            self->refreshTokenStatus();
    });
}

void SettingsDialog::accept()
{
    const auto root = sources::ApiOrigin::parseRoot(m_apiRoot->text());
    const bool urlOk = root.ok();
    if (!urlOk)
        m_apiRootError->showError(root.error());
    else
        m_apiRootError->clearError();
    const QString ca = m_caBundle->text().trimmed();
    const bool caOk = ca.isEmpty() || QFileInfo(ca).isReadable();
    if (!caOk)
        m_caBundleError->showError(tr("%1 cannot be read.").arg(ca));
    else
        m_caBundleError->clearError();
    if (!urlOk || !caOk)
        return;
    sync::githubsettings::setApiRoot(root->toString(QUrl::StripTrailingSlash)); // without any user:password
    sync::githubsettings::setCaBundle(ca);
    QDialog::accept();
}

} // namespace ks::ui
