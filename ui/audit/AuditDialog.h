#pragma once

#include "core/PbxRecord.h"
#include "fleet/FleetRunDialog.h"
#include "fleet/HostOutcome.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace pbxwarden::secrets {
class CredentialService;
}

namespace pbxwarden::ui {

// "Audit": a non-modal panel listing each PBX with its state while the credentials are read from the
// secret store and a FleetRunner collects and checks the facts of each (AuditService::job). Stores
// nothing itself: the window listens to hostAudited and keeps the result.
class AuditDialog : public FleetRunDialog
{
    Q_OBJECT
public:
    // previousAudits: PBX id -> when it was last audited (the inspection practice looks at it).
    AuditDialog(const QList<PbxRecord>& pbxs, const QHash<qint64, QDateTime>& previousAudits,
        const secrets::CredentialService* credentials, int parallel, int timeoutSeconds,
        QWidget* parent = nullptr);
    ~AuditDialog() override;

    void start();

Q_SIGNALS:
    // Every PBX that was tried and not cancelled, audited or not.
    void hostAudited(const pbxwarden::PbxRecord& pbx, const pbxwarden::fleet::HostOutcome& outcome);

private:
    void onHostFinished(int index, const fleet::HostOutcome& outcome) override;
    void onRunnerFinished() override;
    QString summaryText() const override;

    QHash<qint64, QDateTime> m_previous;
    const secrets::CredentialService* m_credentials;
    int m_timeoutMs;
};

} // namespace pbxwarden::ui
