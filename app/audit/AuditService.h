#pragma once

#include "audit/AuditReport.h"
#include "core/Result.h"
#include "fleet/FleetRunner.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace pbxwarden::ssh {
class SshSession;
}

namespace pbxwarden::audit {

// Ties the audit together: collect (one SSH exec) -> scrub -> parse -> checks -> score.
// evaluate() is pure and is what --from-facts and re-evaluation use.
class AuditService
{
public:
    // Checks a scrubbed bundle. previousAudit: when the console last audited this PBX (inspection).
    static AuditReport evaluate(const QString& pbxName, const FactBundle& scrubbed,
        const QDateTime& assessedAt, const std::optional<QDateTime>& previousAudit);
    // Collects on an open session and scrubs: the raw bundle (with secrets) never leaves this call.
    static Result<FactBundle> collect(ssh::SshSession& session, int timeoutMs = 180000);

    // A FleetRunner job: connect, authenticate, collect, evaluate. The outcome carries the typed
    // AuditReport (read it with reportOf). previousAudits: PBX id -> last audit time.
    static fleet::FleetJob job(QHash<qint64, QDateTime> previousAudits, int connectTimeoutMs = 15000);
    // The report of a succeeded audit job; nullopt for any other outcome.
    static std::optional<AuditReport> reportOf(const fleet::HostOutcome& outcome);
};

} // namespace pbxwarden::audit

// Carried whole across the worker thread inside a HostOutcome, never flattened into strings.
Q_DECLARE_METATYPE(pbxwarden::audit::AuditReport)
