#pragma once

#include "core/PbxRecord.h"
#include "fleet/FleetRunDialog.h"
#include "fleet/HostOutcome.h"

#include <QHash>
#include <QList>

namespace pbxwarden::secrets {
class CredentialService;
}

namespace pbxwarden::ui {

// "Check connections": a non-modal panel listing each PBX with its state while the credentials are
// read from the secret store and a FleetRunner checks them. Unknown host keys are collected and
// offered for trust in one question at the end; trusted hosts are checked again with the key pinned.
// Records nothing itself: the window listens to hostChecked / hostKeyTrusted.
class ConnectionCheckDialog : public FleetRunDialog
{
    Q_OBJECT
public:
    ConnectionCheckDialog(const QList<PbxRecord>& pbxs, const secrets::CredentialService* credentials,
        int parallel, int timeoutSeconds, QWidget* parent = nullptr);
    ~ConnectionCheckDialog() override;

    void start();

Q_SIGNALS:
    void hostChecked(const pbxwarden::PbxRecord& pbx, const pbxwarden::fleet::HostOutcome& outcome);
    // After the user trusted the key and the login with it succeeded.
    void hostKeyTrusted(const pbxwarden::PbxRecord& pbx, const QString& fingerprint);

private:
    void runPass(const QList<PbxRecord>& pbxs, bool trustPass);
    void onHostFinished(int index, const fleet::HostOutcome& outcome) override;
    void onRunnerFinished() override;
    void offerUnknownKeys();
    QString summaryText() const override;

    const secrets::CredentialService* m_credentials;
    int m_timeoutMs;
    bool m_trustPass = false;
    QHash<qint64, QString> m_unknownKeys; // pbx id → fingerprint seen
};

} // namespace pbxwarden::ui
