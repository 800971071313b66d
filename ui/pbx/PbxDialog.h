#pragma once

#include "core/PbxRecord.h"
#include "fleet/HostOutcome.h"
#include "secrets/CredentialService.h"
#include "ssh/Credentials.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace pbxwarden::fleet {
class FleetRunner;
}
namespace pbxwarden::secrets {
class CredentialService;
}

namespace pbxwarden::ui {

// Add, edit or duplicate one PBX. Validates as the user types; OK stays disabled while anything
// is wrong, and the reason is shown in words. Secrets typed here go to the keychain, never into
// the record.
class PbxDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Add,
        Edit,
        Duplicate
    };
    using NameTaken = std::function<bool(const QString& name, qint64 exceptId)>;

    PbxDialog(Mode mode, const PbxRecord& pbx, const QStringList& customers, const QStringList& sites,
        NameTaken nameTaken, bool secretsAvailable, QWidget* parent = nullptr);

    PbxRecord record() const;
    // Empty: leave what the keychain holds unchanged.
    // What was typed: the SSH secret (none for an agent login), sudo's (none for root), AMI's.
    secrets::GivenSecrets secrets() const;
    QStringList problems() const;

    // What the keychain holds for this PBX (Edit): each secret field then says "stored - leave empty to
    // keep" or "not stored - type it", and a password login with none stored is a problem.
    void setStoredSecrets(const secrets::CredentialService::Stored& stored);
    // Another PBX on the same host and port (a warning, not a refusal: two inventories of one host exist).
    using HostInUse = std::function<QString(const QString& host, int port, qint64 exceptId)>;
    void setHostInUse(HostInUse hostInUse);

    // Enables "Test connection": secrets not typed in the form are read from store (existing PBXs).
    void setConnectionTest(const secrets::CredentialService* credentials, int timeoutSeconds);
    bool isTesting() const { return m_testing; }
    QString testResultText() const;

public Q_SLOTS:
    void testConnection();
    void cancelTest();

Q_SIGNALS:
    // A test ended (not cancelled); tested holds the form's values and the key it expected.
    void connectionTested(const pbxwarden::PbxRecord& tested, const pbxwarden::fleet::HostOutcome& outcome);

private:
    void updateState();
    QString pinnedFingerprint() const;
    void runTest(const PbxRecord& tested, const ssh::Credentials& credentials);
    void testFinished(const PbxRecord& tested, const fleet::HostOutcome& outcome);
    void trustChangedKey();
    void showTestResult(const QString& html, bool good);
    void setTesting(bool testing);

    Mode m_mode;
    PbxRecord m_original;
    NameTaken m_nameTaken;

    QLineEdit* m_name;
    QComboBox* m_customer;
    QComboBox* m_site;
    QLineEdit* m_tags;
    QLineEdit* m_host;
    QSpinBox* m_sshPort;
    QLineEdit* m_sshUser;
    QComboBox* m_sshAuth;
    QLineEdit* m_keyPath;
    QPushButton* m_browseKey;
    QLabel* m_sshSecretLabel;
    QLineEdit* m_sshSecret;
    QSpinBox* m_amiPort;
    QLineEdit* m_amiUser;
    QLineEdit* m_amiSecret;
    QLabel* m_sudoSecretLabel;
    QLineEdit* m_sudoSecret;
    QCheckBox* m_amiTls;
    QPlainTextEdit* m_notes;
    QLabel* m_fingerprint;
    QPushButton* m_forgetKey;
    QPushButton* m_trustNewKey;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
    QPushButton* m_testButton;
    QPushButton* m_cancelTest;
    QProgressBar* m_testProgress;
    QLabel* m_testResult;
    fleet::FleetRunner* m_runner;
    const secrets::CredentialService* m_credentials = nullptr;
    int m_timeoutSeconds = 15;
    bool m_testing = false;
    bool m_cancelRequested = false;
    PbxRecord m_tested;
    // A key the user said to trust, tried but not yet confirmed by a login.
    QString m_trustedCandidate;
    // A trusted key that a login succeeded with: record() carries it, so saving pins it.
    QString m_verifiedFingerprint;
    // After a "host key changed" test: the key now presented and the one pinned, for "Trust the new key".
    QString m_changedKey;
    QString m_changedFrom;
    bool m_forgetPinnedKey = false;
    bool m_touched = false;
    std::optional<secrets::CredentialService::Stored> m_stored;
    HostInUse m_hostInUse;
    QLabel* m_notice = nullptr;
};

} // namespace pbxwarden::ui
