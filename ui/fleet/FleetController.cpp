#include "fleet/FleetController.h"

#include "AppServices.h"
#include "MainWindow.h"
#include "core/Settings.h"
#include "fleet/ConnectionCheckDialog.h"
#include "fleet/ConnectionReport.h"
#include "fleet/FleetTableModel.h"

#include <QAction>
#include <QStyle>

namespace pbxwarden::ui {

FleetController::FleetController(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    m_check = new QAction(
        window->style()->standardIcon(QStyle::SP_BrowserReload), tr("&Check connections"), this);
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_check->setObjectName(QStringLiteral("checkConnections"));
    m_check->setToolTip(tr("Connect to the selected PBXs (or all shown) over SSH, check their host "
                           "keys and log in"));
    connect(m_check, &QAction::triggered, this, &FleetController::checkConnections);
}

ConnectionCheckDialog* FleetController::dialog() const
{
    return m_dialog;
}

void FleetController::updateActions(int, int total)
{
    m_check->setEnabled(total > 0);
}

void FleetController::checkConnections()
{
    if (m_dialog && m_dialog->isRunning()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const QList<PbxRecord> pbxs = m_window->selectedOrShownPbxs();
    if (pbxs.isEmpty()) {
        m_window->showStatus(tr("No PBX to check: the table shows none."));
        return;
    }
    if (m_dialog)
        m_dialog->close();
    AppServices& services = m_window->services();
    auto* dialog = new ConnectionCheckDialog(pbxs, &services.credentials,
        services.settings.fleetParallelism(), services.settings.sshTimeoutSeconds(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ConnectionCheckDialog::hostChecked, this, &FleetController::recordConnectionCheck);
    connect(dialog, &ConnectionCheckDialog::hostKeyTrusted, this,
        [this](const PbxRecord& pbx, const QString& fingerprint) {
            if (const Status pinned = m_window->services().inventory.pinHostKey(pbx.id, fingerprint);
                !pinned) {
                m_window->showStatus(
                    tr("%1: the host key could not be pinned: %2").arg(pbx.name, pinned.error()), 0);
                return;
            }
            m_window->fleetModel()->setPinnedFingerprint(pbx.id, fingerprint);
            m_window->reloadActivity();
        });
    connect(dialog, &ConnectionCheckDialog::runFinished, this,
        [this] { m_window->showStatus(tr("Connection check finished")); });
    dialog->show();
    dialog->start();
    m_window->announceDialog(dialog);
}

void FleetController::recordConnectionCheck(const PbxRecord& pbx, const fleet::HostOutcome& outcome)
{
    FleetTableModel* model = m_window->fleetModel();
    // Cancelled says nothing about the PBX; a PBX deleted meanwhile has nothing to record.
    if (outcome.state == fleet::HostOutcome::State::Cancelled || model->rowOf(pbx.id) < 0)
        return;
    inventory::InventoryRepository& repo = m_window->services().inventory;
    const inventory::LastCheck check = ConnectionReport::lastCheck(outcome);
    const inventory::LastCheck before = model->lastCheck(pbx.id);
    if (const Status recorded = repo.recordCheck(pbx.id, check); !recorded)
        m_window->showStatus(
            tr("%1: the check result could not be saved: %2").arg(pbx.name, recorded.error()), 0);
    model->setLastCheck(pbx.id, check);
    // The log says what changed, not every repetition of the same answer.
    if (before.state == check.state && before.detail == check.detail)
        return;
    const Status logged = repo.logActivity(pbx.id, pbx.name, QStringLiteral("check.connection"),
        { { QStringLiteral("state"), check.state }, { QStringLiteral("detail"), check.detail } });
    if (!logged)
        m_window->showStatus(logged.error());
    m_window->reloadActivity();
}

} // namespace pbxwarden::ui
