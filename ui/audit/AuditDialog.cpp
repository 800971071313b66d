#include "audit/AuditDialog.h"

#include "audit/AuditService.h"
#include "fleet/ConnectionCheckModel.h"
#include "fleet/ConnectionReport.h"
#include "fleet/FleetRunner.h"
#include "secrets/CredentialService.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

namespace pbxwarden::ui {

using fleet::HostOutcome;
using HostState = ConnectionCheckModel::HostState;

AuditDialog::AuditDialog(const QList<PbxRecord>& pbxs, const QHash<qint64, QDateTime>& previousAudits,
    const secrets::CredentialService* credentials, int parallel, int timeoutSeconds, QWidget* parent)
    // Connecting, then the collector (which bounds its own time at three minutes), then the checks.
    : FleetRunDialog(pbxs, parallel, timeoutSeconds * 1000 + 240000, tr("Cancel audit"), parent)
    , m_previous(previousAudits)
    , m_credentials(credentials)
    , m_timeoutMs(timeoutSeconds * 1000)
{
    setObjectName(QStringLiteral("AuditDialog"));
    setWindowTitle(tr("Audit"));
}

AuditDialog::~AuditDialog() = default;

void AuditDialog::start()
{
    m_running = true;
    m_cancel->setEnabled(true);
    m_summary->setText(tr("Reading the credentials from the keychain…"));
    m_credentials->fetch(
        m_pbxs, secrets::CredentialService::Ssh, this, [this](const QList<secrets::PbxCredentials>& fetched) {
            QList<fleet::FleetTarget> targets;
            for (const secrets::PbxCredentials& f : fetched) {
                const int row = m_model->rowOf(f.pbx.id);
                if (m_cancelled) {
                    m_model->setState(row, HostState::Cancelled);
                    continue;
                }
                // An audit never trusts a key on first sight: that question belongs to Check connections.
                const QString problem = !f.sshReady() ? f.problem()
                    : f.pbx.hostKeyFingerprint.isEmpty()
                    ? tr("the host key is not pinned yet: run Check connections and trust it first")
                    : QString();
                if (!problem.isEmpty()) {
                    m_model->setState(row, HostState::Failed, problem);
                    ++m_done;
                    Q_EMIT hostAudited(f.pbx, HostOutcome::failure(problem));
                    continue;
                }
                targets << fleet::FleetTarget { f.pbx, f.ssh };
                m_pass << f.pbx;
            }
            updateSummary();
            if (targets.isEmpty()) {
                finish();
                return;
            }
            m_runner->start(targets, audit::AuditService::job(m_previous, m_timeoutMs));
        });
}

void AuditDialog::onHostFinished(int index, const HostOutcome& outcome)
{
    const PbxRecord pbx = m_pass.value(index);
    const int row = m_model->rowOf(pbx.id);
    ++m_done;
    if (outcome.state == HostOutcome::State::Cancelled) {
        m_model->setState(row, HostState::Cancelled);
    } else if (outcome.ok()) {
        m_model->setState(row, HostState::Ok,
            tr("score %1, grade %2")
                .arg(outcome.data.value(QStringLiteral("score")).toInt())
                .arg(outcome.data.value(QStringLiteral("grade")).toString()));
    } else {
        m_model->setState(row, HostState::Failed, ConnectionReport::reason(outcome, pbx.hostKeyFingerprint));
    }
    if (outcome.state != HostOutcome::State::Cancelled)
        Q_EMIT hostAudited(pbx, outcome);
    updateSummary();
}

void AuditDialog::onRunnerFinished()
{
    if (m_running)
        finish();
}

QString AuditDialog::summaryText() const
{
    const int ok = m_model->count(HostState::Ok);
    const int failed = m_model->count(HostState::Failed);
    const int cancelled = m_model->count(HostState::Cancelled);
    const QString counts = tr("%n audited", nullptr, ok) + QStringLiteral(", ")
        + tr("%n failed", nullptr, failed)
        + (cancelled ? QStringLiteral(", ") + tr("%n cancelled", nullptr, cancelled) : QString());
    if (m_running)
        return tr("Auditing: %1 of %2 done.").arg(m_done).arg(m_pbxs.size()) + QLatin1Char(' ') + counts;
    return tr("Done: %1").arg(counts);
}

} // namespace pbxwarden::ui
