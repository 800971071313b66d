#include "settings/SettingsDialog.h"

#include "core/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pbxwarden::ui {

SettingsDialog::SettingsDialog(
    Settings& settings, const QString& databasePath, const QString& secretsDescription, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("עברית"), QStringLiteral("he"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    m_parallelism = new QSpinBox;
    m_parallelism->setObjectName(QStringLiteral("parallelism"));
    m_parallelism->setRange(1, 256);
    m_parallelism->setValue(settings.fleetParallelism());
    m_parallelism->setToolTip(tr("How many PBXs are contacted at the same time"));

    m_timeout = new QSpinBox;
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.sshTimeoutSeconds());

    m_amiPlainTcp = new QCheckBox(tr("Allow AMI over plain &TCP when no SSH tunnel or TLS is possible"));
    m_amiPlainTcp->setObjectName(QStringLiteral("amiPlainTcp"));
    m_amiPlainTcp->setChecked(settings.amiPlainTcpAllowed());
    m_amiPlainTcp->setToolTip(tr("Logs in with the MD5 challenge, but every action and answer crosses the "
                                 "network unencrypted"));

    auto* dbLabel = new QLabel(databasePath);
    dbLabel->setTextFormat(Qt::PlainText);
    dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dbLabel->setWordWrap(true);
    auto* secretsLabel = new QLabel(secretsDescription);
    secretsLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(),
        new QLabel(tr("<small>A new language takes effect when PBX Warden starts again.</small>")));
    form->addRow(tr("PBXs contacted &at once:"), m_parallelism);
    form->addRow(tr("SSH &time-out:"), m_timeout);
    form->addRow(tr("AMI:"), m_amiPlainTcp);
    form->addRow(tr("Inventory file:"), dbLabel);
    form->addRow(tr("Secrets kept in:"), secretsLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::save()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setFleetParallelism(m_parallelism->value());
    m_settings.setSshTimeoutSeconds(m_timeout->value());
    m_settings.setAmiPlainTcpAllowed(m_amiPlainTcp->isChecked());
    m_settings.sync();
}

} // namespace pbxwarden::ui
