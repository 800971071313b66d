#pragma once

#include "audit/AuditReport.h"
#include "audit/SecuritySummary.h"
#include "core/PbxRecord.h"
#include "fleet/FleetTarget.h"
#include "fleet/HostOutcome.h"

#include <QList>
#include <QObject>

#include <optional>

namespace pbxwarden::inventory {
class AuditRepository;
class InventoryRepository;
} // namespace pbxwarden::inventory
namespace pbxwarden::secrets {
class CredentialService;
}
namespace pbxwarden::fleet {
class FleetRunner;
}

namespace pbxwarden::audit {

// How one PBX of an audit run ended, typed from the worker to the window or the terminal.
struct AuditHostResult
{
    enum class State
    {
        Audited,
        Failed,
        Cancelled
    };
    PbxRecord pbx;
    State state = State::Failed;
    // Failed: why, in words (no credentials, host key not pinned, SSH, collector...).
    QString error;
    // The runner's outcome as it came, for the words of an SSH failure (ConnectionReport).
    fleet::HostOutcome outcome;
    std::optional<AuditReport> report;
    // Stored in the inventory as this audit (0: not stored, see storeError).
    qint64 auditId = 0;
    QString storeError;
    // The stored audit as the dashboards show it.
    std::optional<SecuritySummary> summary;

    bool audited() const { return state == State::Audited; }
};

struct AuditRunOptions
{
    int parallel = 8;
    int connectTimeoutMs = 15000;
};

// One audit run, the same for the GUI and the CLI: PBXs -> credentials (CredentialService) ->
// FleetRunner (AuditService::job) -> typed report -> stored through AuditRepository (with the
// activity log) -> hostAudited. The faces only ask and show. Lives on the caller's thread; nothing
// here waits.
class AuditRun : public QObject
{
    Q_OBJECT
public:
    // audits / inventory may be null (an audit of a host that is not in the inventory stores nothing).
    AuditRun(const secrets::CredentialService* credentials, inventory::AuditRepository* audits,
        inventory::InventoryRepository* inventory, AuditRunOptions options, QObject* parent = nullptr);
    ~AuditRun() override;

    // Reads the credentials of these PBXs, then audits those that can be.
    void start(const QList<PbxRecord>& pbxs);
    // For targets whose credentials the caller already has (the CLI's --host).
    void startTargets(const QList<fleet::FleetTarget>& targets);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }

    // The runner, so a panel can show each host starting and progressing. Its indices are those of pass().
    fleet::FleetRunner* runner() const { return m_runner; }
    const QList<PbxRecord>& pass() const { return m_pass; }
    // Per host; the host timeout covers connecting, the collector's own three minutes and the checks.
    int hostTimeoutMs() const;

Q_SIGNALS:
    // The PBXs given to the runner, by runner index (emitted before the first host starts).
    void passStarted(const QList<pbxwarden::PbxRecord>& pass);
    // Every PBX asked for, once: audited, failed or cancelled.
    void hostAudited(const pbxwarden::audit::AuditHostResult& result);
    void finished();

private:
    void run(const QList<fleet::FleetTarget>& targets);
    void onHostFinished(int index, const fleet::HostOutcome& outcome);
    AuditHostResult record(const PbxRecord& pbx, const fleet::HostOutcome& outcome);
    void logFailure(const PbxRecord& pbx, const QString& reason);
    void finish();

    const secrets::CredentialService* m_credentials;
    inventory::AuditRepository* m_audits;
    inventory::InventoryRepository* m_inventory;
    AuditRunOptions m_options;
    fleet::FleetRunner* m_runner;
    QList<PbxRecord> m_pass;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace pbxwarden::audit

Q_DECLARE_METATYPE(pbxwarden::audit::AuditHostResult)
