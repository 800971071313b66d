#include "fleet/ConnectionCheckDialog.h"

#include "fleet/ConnectionCheck.h"
#include "fleet/ConnectionCheckModel.h"
#include "fleet/ConnectionReport.h"
#include "fleet/FleetRunner.h"
#include "fleet/ProgressReporter.h"
#include "secrets/CredentialService.h"
#include "widgets/Prompt.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

namespace pbxwarden::ui {

using fleet::HostOutcome;
using HostState = ConnectionCheckModel::HostState;

ConnectionCheckDialog::ConnectionCheckDialog(const QList<PbxRecord>& pbxs,
    const secrets::CredentialService* credentials, int parallel, int timeoutSeconds, QWidget* parent)
    // Connect time-out per attempt, two attempts, plus the probe: the whole job gets four times.
    : FleetRunDialog(pbxs, parallel, timeoutSeconds * 1000 * 4, tr("Cancel check"), parent)
    , m_credentials(credentials)
    , m_timeoutMs(timeoutSeconds * 1000)
{
    setObjectName(QStringLiteral("ConnectionCheckDialog"));
    setWindowTitle(tr("Check connections"));
}

ConnectionCheckDialog::~ConnectionCheckDialog() = default;

void ConnectionCheckDialog::start()
{
    runPass(m_pbxs, false);
}

void ConnectionCheckDialog::runPass(const QList<PbxRecord>& pbxs, bool trustPass)
{
    m_running = true;
    m_cancelled = false;
    m_trustPass = trustPass;
    m_cancel->setEnabled(true);
    for (const PbxRecord& p : pbxs)
        m_model->setState(m_model->rowOf(p.id), HostState::Waiting);
    m_summary->setText(
        tr("Reading the credentials of %n PBX(s) from the keychain…", nullptr, int(pbxs.size())));
    m_credentials->fetch(
        pbxs, secrets::CredentialService::Ssh, this, [this](const QList<secrets::PbxCredentials>& fetched) {
            QList<fleet::FleetTarget> targets;
            m_pass.clear();
            for (const secrets::PbxCredentials& f : fetched) {
                const int row = m_model->rowOf(f.pbx.id);
                if (m_cancelled) {
                    m_model->setState(row, HostState::Cancelled);
                    continue;
                }
                if (!f.sshReady()) {
                    m_model->setState(row, HostState::Failed, f.problem());
                    ++m_done;
                    Q_EMIT hostChecked(f.pbx, HostOutcome::failure(f.problem()));
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
            m_runner->start(targets,
                [check = fleet::ConnectionCheck { false, m_timeoutMs }](const fleet::FleetTarget& t,
                    const ssh::CancelTokenPtr& c,
                    const fleet::ProgressReporter& p) { return check.run(t, c, p); });
        });
}

void ConnectionCheckDialog::onHostFinished(int index, const HostOutcome& outcome)
{
    const PbxRecord pbx = m_pass.value(index);
    const int row = m_model->rowOf(pbx.id);
    ++m_done;
    if (outcome.state == HostOutcome::State::Cancelled) {
        m_model->setState(row, HostState::Cancelled);
    } else if (outcome.ok()) {
        m_model->setState(row, HostState::Ok, ConnectionReport::okDetail(outcome));
        if (m_trustPass)
            Q_EMIT hostKeyTrusted(pbx, outcome.data.value(QStringLiteral("fingerprint")).toString());
    } else {
        m_model->setState(row, HostState::Failed, ConnectionReport::reason(outcome, pbx.hostKeyFingerprint));
        if (!m_trustPass && ConnectionReport::failureKind(outcome) == u"UnknownHostKey")
            m_unknownKeys.insert(pbx.id, outcome.data.value(QStringLiteral("fingerprint")).toString());
    }
    if (outcome.state != HostOutcome::State::Cancelled)
        Q_EMIT hostChecked(pbx, outcome);
    updateSummary();
}

void ConnectionCheckDialog::onRunnerFinished()
{
    if (!m_trustPass && !m_cancelled && !m_unknownKeys.isEmpty()) {
        offerUnknownKeys();
        return;
    }
    finish();
}

void ConnectionCheckDialog::offerUnknownKeys()
{
    QStringList lines;
    QList<PbxRecord> trusted;
    for (const PbxRecord& p : std::as_const(m_pbxs)) {
        if (!m_unknownKeys.contains(p.id))
            continue;
        lines << QStringLiteral("%1 (%2): %3").arg(p.name, p.host, m_unknownKeys.value(p.id));
        PbxRecord pinned = p;
        pinned.hostKeyFingerprint = m_unknownKeys.value(p.id);
        trusted << pinned;
    }
    m_summary->setText(tr("Waiting for your answer about %n new host key(s)…", nullptr, int(trusted.size())));
    Prompt::ask(this, tr("Trust new host keys?"),
        tr("PBX Warden has never seen the SSH host keys of these %n PBX(s):\n\n%1\n\nCompare each "
           "fingerprint with the one on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). "
           "Trust them? They are pinned after a successful login.",
            nullptr, int(trusted.size()))
            .arg(lines.join(u'\n')),
        tr("Trust and connect"), this, [this, trusted](bool yes) {
            m_unknownKeys.clear();
            if (!yes || m_cancelled) {
                finish();
                return;
            }
            m_done -= int(trusted.size());
            runPass(trusted, true);
        });
}

QString ConnectionCheckDialog::summaryText() const
{
    const int ok = m_model->count(HostState::Ok);
    const int failed = m_model->count(HostState::Failed);
    const int cancelled = m_model->count(HostState::Cancelled);
    const QString counts = tr("%n OK", nullptr, ok) + QStringLiteral(", ") + tr("%n failed", nullptr, failed)
        + (cancelled ? QStringLiteral(", ") + tr("%n cancelled", nullptr, cancelled) : QString());
    if (m_running)
        return tr("Checking %n PBX(s)…", nullptr, int(m_pbxs.size())) + QLatin1Char(' ') + counts;
    return tr("Done: %1").arg(counts);
}

} // namespace pbxwarden::ui
