#include "audit/AuditDialog.h"

#include "audit/AuditResultProxy.h"
#include "fleet/ConnectionCheckModel.h"
#include "fleet/ConnectionReport.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace pbxwarden::ui {

using audit::AuditHostResult;
using HostState = ConnectionCheckModel::HostState;

AuditDialog::AuditDialog(const QList<PbxRecord>& pbxs, audit::AuditRun* run, QWidget* parent)
    : FleetRunDialog(pbxs, 0, 0, tr("Cancel audit"), parent, run->runner())
    , m_run(run)
{
    setObjectName(QStringLiteral("AuditDialog"));
    setWindowTitle(tr("Audit"));
    // The host table states each audit's result: no tick for a poor or partial grade.
    m_results = new AuditResultProxy(this);
    m_results->setSourceModel(m_model);
    m_view->setModel(m_results);
    connect(m_run, &audit::AuditRun::passStarted, this, [this](const QList<PbxRecord>& pass) {
        m_pass = pass;
        updateSummary();
    });
    connect(m_run, &audit::AuditRun::hostAudited, this, &AuditDialog::onHostAudited);
    connect(m_run, &audit::AuditRun::finished, this, [this] {
        if (m_running)
            finish();
    });
    connect(this, &FleetRunDialog::cancelRequested, m_run, &audit::AuditRun::cancel);
}

AuditDialog::~AuditDialog() = default;

void AuditDialog::start()
{
    m_running = true;
    m_cancel->setEnabled(true);
    m_summary->setText(tr("Reading the credentials from the keychain…"));
    m_run->start(m_pbxs);
}

void AuditDialog::onHostAudited(const AuditHostResult& result)
{
    const int row = m_model->rowOf(result.pbx.id);
    ++m_done;
    switch (result.state) {
    case AuditHostResult::State::Cancelled:
        m_model->setState(row, HostState::Cancelled);
        break;
    case AuditHostResult::State::Audited:
        m_results->setResult(row, result.report->score);
        m_model->setState(row, HostState::Ok);
        break;
    case AuditHostResult::State::Failed:
        m_model->setState(
            row, HostState::Failed, ConnectionReport::reason(result.outcome, result.pbx.hostKeyFingerprint));
        break;
    }
    if (result.state != AuditHostResult::State::Cancelled)
        Q_EMIT hostAudited(result);
    updateSummary();
}

void AuditDialog::onHostFinished(int, const fleet::HostOutcome&)
{
    // The run has stored the result and says so through hostAudited.
}

void AuditDialog::onRunnerFinished()
{
    // The run says when it is over (it also ends without a runner when no PBX could be tried).
}

QString AuditDialog::summaryText() const
{
    const int ok = m_model->count(HostState::Ok);
    const int failed = m_model->count(HostState::Failed);
    const int cancelled = m_model->count(HostState::Cancelled);
    const int poor = m_results->count(AuditResultProxy::Poor);
    const int caution = m_results->count(AuditResultProxy::Caution);
    QString audited = tr("%n audited", nullptr, ok);
    // Of those audited, the ones that are no good news, so "Done" never reads as all well.
    QStringList verdicts;
    if (poor)
        verdicts << tr("%n at grade D or F", nullptr, poor);
    if (caution)
        verdicts << tr("%n at grade C, partial or ungraded", nullptr, caution);
    if (!verdicts.isEmpty())
        audited += QStringLiteral(" (") + verdicts.join(QStringLiteral(", ")) + QLatin1Char(')');
    const QString counts = audited + QStringLiteral(", ") + tr("%n failed", nullptr, failed)
        + (cancelled ? QStringLiteral(", ") + tr("%n cancelled", nullptr, cancelled) : QString());
    if (m_running)
        return tr("Auditing: %1 of %2 done.").arg(m_done).arg(m_pbxs.size()) + QLatin1Char(' ') + counts;
    return tr("Done: %1").arg(counts);
}

} // namespace pbxwarden::ui
