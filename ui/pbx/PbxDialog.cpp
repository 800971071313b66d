#include "pbx/PbxDialog.h"

#include "core/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pbxwarden::ui {
namespace {

QSpinBox* portBox(int value)
{
    auto* box = new QSpinBox;
    box->setRange(1, 65535);
    box->setValue(value);
    box->setGroupSeparatorShown(false);
    return box;
}

QComboBox* editableCombo(const QStringList& items, const QString& current)
{
    auto* combo = new QComboBox;
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(items);
    combo->setCurrentText(current);
    return combo;
}

} // namespace

PbxDialog::PbxDialog(Mode mode, const PbxRecord& pbx, const QStringList& customers, const QStringList& sites,
    NameTaken nameTaken, bool secretsAvailable, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_original(pbx)
    , m_nameTaken(std::move(nameTaken))
{
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add PBX"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit PBX %1").arg(pbx.name));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate PBX %1").arg(pbx.name));
        m_original.id = 0;
        m_original.hostKeyFingerprint.clear();
        m_original.name = tr("%1 (copy)").arg(pbx.name);
        break;
    }
    setObjectName(QStringLiteral("PbxDialog"));

    m_name = new QLineEdit(m_original.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(100);
    m_customer = editableCombo(customers, m_original.customer);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_site = editableCombo(sites, m_original.site);
    m_site->setObjectName(QStringLiteral("site"));
    m_tags = new QLineEdit(m_original.tags.join(QStringLiteral(", ")));
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("e.g. freepbx, production"));
    m_notes = new QPlainTextEdit(m_original.notes);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 4);

    m_host = new QLineEdit(m_original.host);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("host name or IP address"));
    m_sshPort = portBox(m_original.sshPort);
    m_sshPort->setObjectName(QStringLiteral("sshPort"));
    m_sshUser = new QLineEdit(m_original.sshUser);
    m_sshUser->setObjectName(QStringLiteral("sshUser"));
    m_sshAuth = new QComboBox;
    m_sshAuth->setObjectName(QStringLiteral("sshAuth"));
    m_sshAuth->addItem(tr("SSH agent"), int(SshAuth::Agent));
    m_sshAuth->addItem(tr("Key file"), int(SshAuth::KeyFile));
    m_sshAuth->addItem(tr("Password"), int(SshAuth::Password));
    m_sshAuth->setCurrentIndex(m_sshAuth->findData(int(m_original.sshAuth)));
    m_keyPath = new QLineEdit(m_original.sshKeyPath);
    m_keyPath->setObjectName(QStringLiteral("keyPath"));
    m_browseKey = new QPushButton(tr("Browse…"));
    m_sshSecretLabel = new QLabel;
    m_sshSecret = new QLineEdit;
    m_sshSecret->setObjectName(QStringLiteral("sshSecret"));
    m_sshSecret->setEchoMode(QLineEdit::Password);

    m_amiPort = portBox(m_original.amiPort);
    m_amiPort->setObjectName(QStringLiteral("amiPort"));
    m_amiUser = new QLineEdit(m_original.amiUser);
    m_amiUser->setObjectName(QStringLiteral("amiUser"));
    m_amiSecret = new QLineEdit;
    m_amiSecret->setObjectName(QStringLiteral("amiSecret"));
    m_amiSecret->setEchoMode(QLineEdit::Password);
    m_amiTls = new QCheckBox(tr("Use TLS"));
    m_amiTls->setObjectName(QStringLiteral("amiTls"));
    m_amiTls->setChecked(m_original.amiTls);

    const QString unchanged = mode == Mode::Edit ? tr("unchanged") : QString();
    m_sshSecret->setPlaceholderText(unchanged);
    m_amiSecret->setPlaceholderText(unchanged);
    if (!secretsAvailable) {
        for (QLineEdit* secret : { m_sshSecret, m_amiSecret }) {
            secret->setEnabled(false);
            secret->setPlaceholderText(tr("no keychain: see the notice in the main window"));
        }
    }

    auto* general = new QGroupBox(tr("PBX"));
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Name:"), m_name);
    generalForm->addRow(tr("&Customer:"), m_customer);
    generalForm->addRow(tr("S&ite:"), m_site);
    generalForm->addRow(tr("&Tags:"), m_tags);
    generalForm->addRow(tr("N&otes:"), m_notes);

    auto* ssh = new QGroupBox(tr("SSH"));
    auto* sshForm = new QFormLayout(ssh);
    sshForm->addRow(tr("&Host:"), m_host);
    sshForm->addRow(tr("&Port:"), m_sshPort);
    sshForm->addRow(tr("&User:"), m_sshUser);
    sshForm->addRow(tr("&Authentication:"), m_sshAuth);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyPath);
    keyRow->addWidget(m_browseKey);
    auto* keyLabel = new QLabel(tr("&Key file:"));
    keyLabel->setBuddy(m_keyPath);
    sshForm->addRow(keyLabel, keyRow);
    sshForm->addRow(m_sshSecretLabel, m_sshSecret);
    m_fingerprint = new QLabel;
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forgetKey = new QPushButton(tr("Forget"));
    m_forgetKey->setToolTip(tr("Forget the pinned host key; the next connection asks again"));
    auto* fpRow = new QHBoxLayout;
    fpRow->addWidget(m_fingerprint, 1);
    fpRow->addWidget(m_forgetKey);
    sshForm->addRow(tr("Host key:"), fpRow);

    auto* ami = new QGroupBox(tr("Asterisk Manager Interface (AMI)"));
    auto* amiForm = new QFormLayout(ami);
    amiForm->addRow(tr("P&ort:"), m_amiPort);
    amiForm->addRow(tr("U&ser:"), m_amiUser);
    amiForm->addRow(tr("S&ecret:"), m_amiSecret);
    amiForm->addRow(QString(), m_amiTls);

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(general);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(ssh);
    right->addWidget(ami);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browseKey, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a private key"), QDir::homePath() + QStringLiteral("/.ssh"));
        if (!file.isEmpty())
            m_keyPath->setText(file);
    });
    connect(m_forgetKey, &QPushButton::clicked, this, [this] {
        m_forgetPinnedKey = true;
        updateState();
    });
    for (QLineEdit* edit : { m_name, m_host, m_sshUser, m_keyPath, m_tags, m_amiUser, m_sshSecret }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_touched = true;
            updateState();
        });
        connect(edit, &QLineEdit::textChanged, this, &PbxDialog::updateState);
    }
    connect(m_customer, &QComboBox::currentTextChanged, this, &PbxDialog::updateState);
    connect(m_site, &QComboBox::currentTextChanged, this, &PbxDialog::updateState);
    connect(m_sshAuth, &QComboBox::currentIndexChanged, this, &PbxDialog::updateState);
    updateState();
    m_name->setFocus();
    if (mode == Mode::Duplicate)
        m_name->selectAll();
}

PbxRecord PbxDialog::record() const
{
    PbxRecord p = m_original;
    p.name = m_name->text().trimmed();
    p.customer = m_customer->currentText().trimmed();
    p.site = m_site->currentText().trimmed();
    p.tags.clear();
    for (const QString& tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            p.tags << tag.trimmed();
    }
    p.host = m_host->text().trimmed();
    p.sshPort = m_sshPort->value();
    p.sshUser = m_sshUser->text().trimmed();
    p.sshAuth = SshAuth(m_sshAuth->currentData().toInt());
    p.sshKeyPath = p.sshAuth == SshAuth::KeyFile ? m_keyPath->text().trimmed() : QString();
    p.amiPort = m_amiPort->value();
    p.amiUser = m_amiUser->text().trimmed();
    p.amiTls = m_amiTls->isChecked();
    p.notes = m_notes->toPlainText();
    if (m_forgetPinnedKey)
        p.hostKeyFingerprint.clear();
    return p;
}

QString PbxDialog::sshSecret() const
{
    return record().sshAuth == SshAuth::Agent ? QString() : m_sshSecret->text();
}

QString PbxDialog::amiSecret() const
{
    return m_amiSecret->text();
}

QStringList PbxDialog::problems() const
{
    const PbxRecord p = record();
    QStringList problems = validatePbx(p);
    if (!p.name.isEmpty() && m_nameTaken && m_nameTaken(p.name, p.id))
        problems << tr("Another PBX is already named \"%1\".").arg(p.name);
    if (!p.site.isEmpty() && p.customer.isEmpty())
        problems << tr("A site belongs to a customer: choose the customer too.");
    if (p.sshAuth == SshAuth::Password && m_mode != Mode::Edit && m_sshSecret->isEnabled()
        && m_sshSecret->text().isEmpty())
        problems << tr("Password authentication needs the password.");
    return problems;
}

void PbxDialog::updateState()
{
    const auto auth = SshAuth(m_sshAuth->currentData().toInt());
    m_keyPath->setEnabled(auth == SshAuth::KeyFile);
    m_browseKey->setEnabled(auth == SshAuth::KeyFile);
    m_sshSecret->setVisible(auth != SshAuth::Agent);
    m_sshSecretLabel->setVisible(auth != SshAuth::Agent);
    m_sshSecretLabel->setText(auth == SshAuth::KeyFile ? tr("Key &passphrase:") : tr("Pass&word:"));
    m_sshSecretLabel->setBuddy(m_sshSecret);

    const QString pinned = m_forgetPinnedKey ? QString() : m_original.hostKeyFingerprint;
    m_fingerprint->setText(pinned.isEmpty() ? tr("not pinned yet: the first connection asks") : pinned);
    m_forgetKey->setEnabled(!pinned.isEmpty());

    const QStringList list = problems();
    m_problems->setText(list.join(u'\n'));
    // A fresh "Add" form is not wrong yet: say what is missing once the user starts typing.
    m_problems->setVisible(!list.isEmpty() && (m_touched || m_mode != Mode::Add));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
}

} // namespace pbxwarden::ui
