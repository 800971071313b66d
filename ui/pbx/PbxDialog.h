#pragma once

#include "core/PbxRecord.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

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
    QString sshSecret() const;
    QString amiSecret() const;
    QStringList problems() const;

private:
    void updateState();

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
    QCheckBox* m_amiTls;
    QPlainTextEdit* m_notes;
    QLabel* m_fingerprint;
    QPushButton* m_forgetKey;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
    bool m_forgetPinnedKey = false;
    bool m_touched = false;
};

} // namespace pbxwarden::ui
