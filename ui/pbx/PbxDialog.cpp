#include "pbx/PbxDialog.h"

#include "core/Validation.h"
#include "fleet/ConnectionCheck.h"
#include "fleet/ConnectionReport.h"
#include "fleet/FleetRunner.h"
#include "fleet/ProgressReporter.h"
#include "secrets/CredentialService.h"
#include "widgets/PlainText.h"
#include "widgets/Prompt.h"

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
#include <QProgressBar>
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

    m_sudoSecretLabel = new QLabel(tr("Su&do password:"));
    m_sudoSecret = new QLineEdit;
    m_sudoSecret->setObjectName(QStringLiteral("sudoSecret"));
    m_sudoSecret->setEchoMode(QLineEdit::Password);
    m_sudoSecretLabel->setBuddy(m_sudoSecret);
    m_sudoSecret->setToolTip(tr("The audit and every change need root. Give sudo's password here when it "
                                "is not the login password; leave it empty when sudo needs none (NOPASSWD) "
                                "or takes the login password. Test connection says which."));

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
    m_sudoSecret->setPlaceholderText(mode == Mode::Edit ? unchanged : tr("only if sudo asks for another"));
    if (!secretsAvailable) {
        for (QLineEdit* secret : { m_sshSecret, m_amiSecret, m_sudoSecret }) {
            secret->setEnabled(false);
            secret->setPlaceholderText(tr("no keychain: see the notice in the main window"));
        }
    }

    auto* general = new QGroupBox(tr("PBX"));
    general->setMinimumWidth(320);
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
    sshForm->addRow(m_sudoSecretLabel, m_sudoSecret);
    m_fingerprint = new QLabel;
    m_fingerprint->setTextFormat(Qt::PlainText); // the PBX's key, as it sent it
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forgetKey = new QPushButton(tr("Forget"));
    m_forgetKey->setObjectName(QStringLiteral("forgetKey"));
    m_forgetKey->setToolTip(tr("Forget the pinned host key; the next connection asks again"));
    m_trustNewKey = new QPushButton(tr("Trust the new key…"));
    m_trustNewKey->setObjectName(QStringLiteral("trustNewKey"));
    m_trustNewKey->setToolTip(tr("Re-pin after the PBX's host key changed on purpose (reinstall, new keys), "
                                 "keeping the PBX and its secrets"));
    m_trustNewKey->hide();
    auto* fpRow = new QHBoxLayout;
    fpRow->addWidget(m_fingerprint, 1);
    fpRow->addWidget(m_trustNewKey);
    fpRow->addWidget(m_forgetKey);
    sshForm->addRow(tr("Host key:"), fpRow);

    auto* ami = new QGroupBox(tr("Asterisk Manager Interface (AMI)"));
    auto* amiForm = new QFormLayout(ami);
    amiForm->addRow(tr("P&ort:"), m_amiPort);
    amiForm->addRow(tr("U&ser:"), m_amiUser);
    amiForm->addRow(tr("S&ecret:"), m_amiSecret);
    amiForm->addRow(QString(), m_amiTls);

    auto* test = new QGroupBox(tr("Connection test"));
    m_testButton = new QPushButton(tr("Test co&nnection"));
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setToolTip(tr("Connect with the values in this form, check the host key, log in and "
                                "look at the system; nothing on the PBX is changed"));
    m_cancelTest = new QPushButton(tr("Cancel test"));
    m_cancelTest->setObjectName(QStringLiteral("cancelTest"));
    m_cancelTest->hide();
    m_testProgress = new QProgressBar;
    m_testProgress->setObjectName(QStringLiteral("testProgress"));
    m_testProgress->setRange(0, 100);
    m_testProgress->hide();
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setMinimumWidth(320);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_cancelTest);
    testRow->addWidget(m_testProgress, 1);
    testRow->addStretch();
    auto* testLayout = new QVBoxLayout(test);
    testLayout->addLayout(testRow);
    testLayout->addWidget(m_testResult);
    test->setVisible(false);
    test->setObjectName(QStringLiteral("testGroup"));
    m_runner = new fleet::FleetRunner(this);
    m_runner->setMaxParallel(1);
    connect(m_testButton, &QPushButton::clicked, this, &PbxDialog::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, &PbxDialog::cancelTest);
    connect(m_runner, &fleet::FleetRunner::hostProgress, this, [this](int, int percent, const QString& text) {
        m_testProgress->setValue(std::max(percent, 0));
        m_testProgress->setFormat(text);
    });
    connect(m_runner, &fleet::FleetRunner::hostFinished, this,
        [this](int, const fleet::HostOutcome& outcome) { testFinished(m_tested, outcome); });

    // What the user should know but that blocks nothing (a copy's dropped secrets, a host in use).
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #7a4b00;"));
    m_problems = new QLabel;
    m_problems->setTextFormat(Qt::PlainText); // quotes what was typed
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
    layout->addWidget(test);
    layout->addWidget(m_notice);
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
        m_trustedCandidate.clear();
        m_verifiedFingerprint.clear();
        updateState();
    });
    for (QLineEdit* edit : { m_name, m_host, m_sshUser, m_keyPath, m_tags, m_amiUser, m_sshSecret }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_touched = true;
            updateState();
        });
        connect(edit, &QLineEdit::textChanged, this, &PbxDialog::updateState);
    }
    // A key trusted for one address means nothing for another.
    for (QLineEdit* edit : { m_host })
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_trustedCandidate.clear();
            m_verifiedFingerprint.clear();
            m_changedKey.clear();
            m_trustNewKey->hide();
            updateState();
        });
    connect(m_sshPort, &QSpinBox::valueChanged, this, [this] {
        m_trustedCandidate.clear();
        m_verifiedFingerprint.clear();
        m_changedKey.clear();
        m_trustNewKey->hide();
        updateState();
    });
    // A test result speaks of the values tested: once one of them changes, it no longer does.
    const auto forgetResult = [this] {
        if (!m_testing && !m_testResult->text().isEmpty()) {
            m_testResult->clear();
            m_testResult->setStyleSheet(QString());
        }
    };
    for (QLineEdit* edit : { m_host, m_sshUser, m_keyPath, m_sshSecret, m_sudoSecret })
        connect(edit, &QLineEdit::textEdited, this, forgetResult);
    connect(m_sshPort, &QSpinBox::valueChanged, this, forgetResult);
    connect(m_sshAuth, &QComboBox::currentIndexChanged, this, forgetResult);
    connect(m_trustNewKey, &QPushButton::clicked, this, &PbxDialog::trustChangedKey);
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
    p.hostKeyFingerprint = pinnedFingerprint();
    return p;
}

QString PbxDialog::pinnedFingerprint() const
{
    if (!m_verifiedFingerprint.isEmpty())
        return m_verifiedFingerprint;
    return m_forgetPinnedKey ? QString() : m_original.hostKeyFingerprint;
}

secrets::GivenSecrets PbxDialog::secrets() const
{
    const PbxRecord p = record();
    // The line edits hold the typed text (Qt's copy); ours is one Secret per field from here on.
    return { p.sshAuth == SshAuth::Agent ? Secret() : Secret::fromText(m_sshSecret->text()),
        p.sshUser == u"root" ? Secret() : Secret::fromText(m_sudoSecret->text()),
        Secret::fromText(m_amiSecret->text()) };
}

QStringList PbxDialog::problems() const
{
    const PbxRecord p = record();
    QStringList problems = validatePbx(p);
    if (!p.name.isEmpty() && m_nameTaken && m_nameTaken(p.name, p.id))
        problems << tr("Another PBX is already named \"%1\".").arg(p.name);
    if (!p.site.isEmpty() && p.customer.isEmpty())
        problems << tr("A site belongs to a customer: choose the customer too.");
    // In Edit mode a stored password is kept; with none stored (as the keychain says) it is needed too.
    const bool passwordKept = m_mode == Mode::Edit
        && (!m_stored || !m_stored->error.isEmpty() || m_stored->has(secrets::SecretPurpose::SshPassword));
    if (p.sshAuth == SshAuth::Password && !passwordKept && m_sshSecret->isEnabled()
        && m_sshSecret->text().isEmpty())
        problems << (m_mode == Mode::Edit
                ? tr("Password authentication needs the password: none is stored for "
                     "this PBX.")
                : tr("Password authentication needs the password."));
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
    // Root needs no sudo; any other login may.
    const bool root = m_sshUser->text().trimmed() == u"root";
    m_sudoSecret->setVisible(!root);
    m_sudoSecretLabel->setVisible(!root);

    const QString pinned = pinnedFingerprint();
    if (pinned.isEmpty())
        m_fingerprint->setText(tr("not pinned yet: the first connection asks"));
    else if (pinned == m_verifiedFingerprint && pinned != m_original.hostKeyFingerprint)
        m_fingerprint->setText(tr("%1 (trusted: pinned when you save)").arg(pinned));
    else
        m_fingerprint->setText(pinned);
    m_forgetKey->setEnabled(!pinned.isEmpty());

    // The secret fields say what the keychain holds, once it has said.
    if (m_stored && m_sshSecret->isEnabled()) {
        const auto say = [this](QLineEdit* field, secrets::SecretPurpose purpose, const QString& missing) {
            field->setPlaceholderText(!m_stored->error.isEmpty()
                    ? tr("unchanged (the keychain could not say whether one is stored)")
                    : m_stored->has(purpose) ? tr("stored - leave empty to keep")
                                             : missing);
        };
        say(m_sshSecret, secrets::CredentialService::sshPurpose(auth), tr("not stored - type it"));
        say(m_sudoSecret, secrets::SecretPurpose::SudoPassword,
            tr("not stored - only if sudo asks for another"));
        say(m_amiSecret, secrets::SecretPurpose::AmiSecret, tr("not stored - type it"));
    }
    QStringList notices;
    if (m_mode == Mode::Duplicate)
        notices << tr("A copy starts without the original's secrets and pinned host key: type the "
                      "passwords; the first connection asks about the key.");
    if (m_hostInUse) {
        const QString other = m_hostInUse(m_host->text().trimmed(), m_sshPort->value(), m_original.id);
        if (!other.isEmpty())
            notices << tr("%1 is already in the inventory on this host and port.").arg(other);
    }
    m_notice->setText(notices.join(u'\n'));
    m_notice->setVisible(!notices.isEmpty());

    const QStringList list = problems();
    m_problems->setText(list.join(u'\n'));
    // A fresh "Add" form is not wrong yet: say what is missing once the user starts typing.
    m_problems->setVisible(!list.isEmpty() && (m_touched || m_mode != Mode::Add));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
    m_testButton->setEnabled(
        !m_testing && isValidHost(m_host->text().trimmed()) && !m_sshUser->text().trimmed().isEmpty());
}

void PbxDialog::setStoredSecrets(const secrets::CredentialService::Stored& stored)
{
    m_stored = stored;
    updateState();
}

void PbxDialog::setHostInUse(HostInUse hostInUse)
{
    m_hostInUse = std::move(hostInUse);
    updateState();
}

void PbxDialog::setConnectionTest(const secrets::CredentialService* credentials, int timeoutSeconds)
{
    m_credentials = credentials;
    m_timeoutSeconds = std::max(1, timeoutSeconds);
    findChild<QGroupBox*>(QStringLiteral("testGroup"))->setVisible(true);
}

QString PbxDialog::testResultText() const
{
    return m_testResult->text();
}

void PbxDialog::setTesting(bool testing)
{
    m_testing = testing;
    m_cancelTest->setVisible(testing);
    m_cancelTest->setEnabled(testing);
    m_testProgress->setVisible(testing);
    if (testing) {
        m_testProgress->setValue(0);
        m_testProgress->setFormat(tr("reading credentials"));
    }
    updateState();
}

void PbxDialog::showTestResult(const QString& html, bool good)
{
    m_testResult->setStyleSheet(good ? QStringLiteral("color: #1e6b2a;") : QStringLiteral("color: #b3261e;"));
    m_testResult->setText(html);
}

void PbxDialog::testConnection()
{
    if (m_testing)
        return;
    PbxRecord tested = record();
    if (!m_trustedCandidate.isEmpty())
        tested.hostKeyFingerprint = m_trustedCandidate;
    m_cancelRequested = false;
    setTesting(true);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing %1…").arg(plain::html(tested.host)));
    secrets::GivenSecrets typed = secrets();
    typed.ami = Secret(); // the SSH test needs no AMI secret
    // Duplicates carry no id: their secrets must be typed.
    m_credentials->fetch(
        { tested }, secrets::CredentialService::Ssh, this,
        [this, tested](const QList<secrets::PbxCredentials>& fetched) {
            const secrets::PbxCredentials& f = fetched.first();
            if (m_cancelRequested) {
                setTesting(false);
                showTestResult(tr("Cancelled."), false);
                return;
            }
            if (!f.sshReady()) {
                testFinished(tested, fleet::HostOutcome::failure(f.problem()));
                return;
            }
            runTest(tested, f.ssh);
        },
        typed);
}

void PbxDialog::runTest(const PbxRecord& tested, const ssh::Credentials& credentials)
{
    m_tested = tested;
    m_runner->setHostTimeoutMs(m_timeoutSeconds * 4000);
    m_runner->start({ fleet::FleetTarget { tested, credentials } },
        [check = fleet::ConnectionCheck { false, m_timeoutSeconds * 1000 }](const fleet::FleetTarget& t,
            const ssh::CancelTokenPtr& c, const fleet::ProgressReporter& p) { return check.run(t, c, p); });
}

void PbxDialog::cancelTest()
{
    if (!m_testing)
        return;
    m_cancelRequested = true;
    m_cancelTest->setEnabled(false);
    m_runner->cancel();
}

void PbxDialog::testFinished(const PbxRecord& tested, const fleet::HostOutcome& outcome)
{
    setTesting(false);
    const QString kind = ConnectionReport::failureKind(outcome);
    const QString seen = outcome.data.value(QStringLiteral("fingerprint")).toString();
    if (outcome.state == fleet::HostOutcome::State::Cancelled) {
        showTestResult(tr("Cancelled."), false);
        return;
    }
    Q_EMIT connectionTested(tested, outcome);
    if (outcome.ok()) {
        if (!m_trustedCandidate.isEmpty() && tested.hostKeyFingerprint == m_trustedCandidate) {
            m_verifiedFingerprint = m_trustedCandidate;
            m_trustedCandidate.clear();
            updateState();
        }
        showTestResult(tr("<b>Connected and logged in as %1.</b>").arg(plain::html(tested.sshUser))
                + ConnectionReport::factsHtml(outcome),
            true);
        return;
    }
    if (kind == u"UnknownHostKey" && !seen.isEmpty()) {
        showTestResult(tr("<b>New host key.</b> %1 presents a key PBX Warden has never seen:<br><tt>%2</tt>")
                           .arg(plain::html(tested.host), plain::html(seen)),
            false);
        const QString keyType = outcome.data.value(QStringLiteral("key_type")).toString();
        Prompt::ask(this, tr("Trust this host key?"),
            tr("%1 (%2) presents this SSH host key:\n\n%3 %4\n\nCompare it with the key on the PBX "
               "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). If they match, trust it: PBX Warden "
               "connects again and pins the key when you save.")
                .arg(tested.name.isEmpty() ? tested.host : tested.name, tested.host, keyType, seen),
            tr("Trust and connect"), this, [this, seen, host = tested.host](bool yes) {
                if (!yes) {
                    showTestResult(
                        tr("<b>Not connected:</b> the host key %1 was not trusted.").arg(plain::html(seen)),
                        false);
                    return;
                }
                if (m_host->text().trimmed() != host)
                    return;
                m_trustedCandidate = seen;
                testConnection();
            });
        return;
    }
    if (kind == u"HostKeyChanged") {
        m_changedKey = seen;
        m_changedFrom = tested.hostKeyFingerprint;
        m_trustNewKey->setVisible(!seen.isEmpty());
        showTestResult(
            tr("<b>The host key has CHANGED — not connected.</b><br>Pinned: <tt>%1</tt><br>Now: "
               "<tt>%2</tt><br>Someone may be intercepting the connection, or the PBX was "
               "reinstalled. Only if you know why, press \"Trust the new key\" and confirm both keys.")
                .arg(plain::html(tested.hostKeyFingerprint), plain::html(seen)),
            false);
        return;
    }
    showTestResult(tr("<b>Failed:</b> %1").arg(plain::html(ConnectionReport::reason(outcome))), false);
}

void PbxDialog::trustChangedKey()
{
    if (m_changedKey.isEmpty() || m_testing)
        return;
    const QString seen = m_changedKey;
    const QString host = m_host->text().trimmed();
    // Both keys are named and each must be ticked: a changed key is how an interception looks.
    Prompt::askChecked(this, tr("Trust the new host key?"),
        tr("The host key of %1 has changed.\n\nPinned until now: %2\nPresented now: %3\n\nTrust the new key "
           "only "
           "if you know why it changed and have compared it with the key on the PBX "
           "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). PBX Warden then connects again and pins it "
           "when you save.")
            .arg(host, m_changedFrom, seen),
        { tr("I know why the pinned key %1 is no longer valid").arg(m_changedFrom),
            tr("The new key %1 matches the one on the PBX").arg(seen) },
        tr("Trust and connect"), this, [this, seen, host](bool yes) {
            if (!yes || m_host->text().trimmed() != host)
                return;
            m_trustNewKey->hide();
            m_changedKey.clear();
            m_trustedCandidate = seen;
            testConnection();
        });
}

} // namespace pbxwarden::ui
