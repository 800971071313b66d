#include "audit/AuditRun.h"

#include "audit/AuditService.h"
#include "fleet/FleetRunner.h"
#include "inventory/AuditRepository.h"
#include "inventory/InventoryRepository.h"
#include "secrets/CredentialService.h"

#include <QCoreApplication>

namespace pbxwarden::audit {

using fleet::HostOutcome;

AuditRun::AuditRun(const secrets::CredentialService* credentials, inventory::AuditRepository* audits,
    inventory::InventoryRepository* inventory, AuditRunOptions options, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_audits(audits)
    , m_inventory(inventory)
    , m_options(options)
    , m_runner(new fleet::FleetRunner(this))
{
    m_runner->setMaxParallel(options.parallel);
    m_runner->setHostTimeoutMs(hostTimeoutMs());
    // Connected first: the result is stored before any panel hears of the host.
    connect(m_runner, &fleet::FleetRunner::hostFinished, this, &AuditRun::onHostFinished);
    connect(m_runner, &fleet::FleetRunner::finished, this, [this] { finish(); });
}

AuditRun::~AuditRun() = default;

int AuditRun::hostTimeoutMs() const
{
    // Connecting, then the collector (which bounds its own time at three minutes), then the checks.
    return m_options.connectTimeoutMs + 240000;
}

void AuditRun::start(const QList<PbxRecord>& pbxs)
{
    m_running = true;
    m_cancelled = false;
    if (!m_credentials) {
        QList<fleet::FleetTarget> targets;
        for (const PbxRecord& p : pbxs)
            targets << fleet::FleetTarget { p, secrets::CredentialService::baseCredentials(p) };
        run(targets);
        return;
    }
    m_credentials->fetch(
        pbxs, secrets::CredentialService::Ssh, this, [this](const QList<secrets::PbxCredentials>& fetched) {
            QList<fleet::FleetTarget> targets;
            for (const secrets::PbxCredentials& c : fetched) {
                AuditHostResult failed;
                failed.pbx = c.pbx;
                if (m_cancelled) {
                    failed.state = AuditHostResult::State::Cancelled;
                    Q_EMIT hostAudited(failed);
                    continue;
                }
                // An audit never trusts a key on first sight: that question belongs to the connection check.
                failed.error = !c.sshReady()             ? c.problem()
                    : c.pbx.hostKeyFingerprint.isEmpty() ? QCoreApplication::translate("AuditRun",
                          "the host key is not pinned yet: run Check connections (or pbxwarden-cli connect) "
                          "and "
                          "trust it first")
                                                         : QString();
                if (!failed.error.isEmpty()) {
                    failed.outcome = HostOutcome::failure(failed.error);
                    logFailure(c.pbx, failed.error);
                    Q_EMIT hostAudited(failed);
                    continue;
                }
                targets << fleet::FleetTarget { c.pbx, c.ssh };
            }
            run(targets);
        });
}

void AuditRun::startTargets(const QList<fleet::FleetTarget>& targets)
{
    m_running = true;
    m_cancelled = false;
    run(targets);
}

void AuditRun::run(const QList<fleet::FleetTarget>& targets)
{
    m_pass.clear();
    QHash<qint64, QDateTime> previous;
    for (const fleet::FleetTarget& t : targets) {
        m_pass << t.pbx;
        // The inspection practice looks at when the console last audited the PBX.
        if (m_audits && t.pbx.id > 0) {
            const auto last = m_audits->latest(t.pbx.id);
            if (last && last->id != 0)
                previous.insert(t.pbx.id, last->assessedAt);
        }
    }
    Q_EMIT passStarted(m_pass);
    if (targets.isEmpty()) {
        finish();
        return;
    }
    m_runner->start(targets, AuditService::job(previous, m_options.connectTimeoutMs));
}

void AuditRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_runner->cancel();
}

void AuditRun::onHostFinished(int index, const HostOutcome& outcome)
{
    Q_EMIT hostAudited(record(m_pass.value(index), outcome));
}

AuditHostResult AuditRun::record(const PbxRecord& pbx, const HostOutcome& outcome)
{
    AuditHostResult r;
    r.pbx = pbx;
    r.outcome = outcome;
    if (outcome.state == HostOutcome::State::Cancelled) {
        r.state = AuditHostResult::State::Cancelled;
        return r;
    }
    r.report = AuditService::reportOf(outcome);
    if (!r.report) {
        r.state = AuditHostResult::State::Failed;
        r.error = outcome.message;
        logFailure(pbx, outcome.message);
        return r;
    }
    r.state = AuditHostResult::State::Audited;
    if (!m_audits || pbx.id <= 0)
        return r;
    // Stored as the CLI and the GUI both read it back: score, grade, compressed facts, every outcome.
    inventory::AuditRecord stored { 0, pbx.id, r.report->assessedAt, r.report->score.value,
        r.report->score.grade, r.report->facts.compressed(), QString::fromUtf8(r.report->findingsJson()) };
    const auto added
        = m_audits->add(stored, pbx.name, { r.report->score.checks, r.report->score.notAssessed });
    if (!added) {
        r.storeError = added.error();
        return r;
    }
    stored.id = added.value();
    r.auditId = stored.id;
    r.summary = SecuritySummary::fromAudit(stored, QDateTime::currentDateTimeUtc());
    return r;
}

void AuditRun::logFailure(const PbxRecord& pbx, const QString& reason)
{
    if (!m_inventory || pbx.id <= 0)
        return;
    // A failed audit is worth a line: the log says when each PBX was last tried, not only audited.
    if (const Status logged = m_inventory->logActivity(
            pbx.id, pbx.name, QStringLiteral("audit.failed"), { { QStringLiteral("reason"), reason } });
        !logged)
        qWarning("audit: the activity log refused a line: %s", qPrintable(logged.error()));
}

void AuditRun::finish()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished();
}

} // namespace pbxwarden::audit
