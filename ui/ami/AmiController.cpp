#include "ami/AmiController.h"

#include "AppServices.h"
#include "MainWindow.h"
#include "ami/AmiConnector.h"
#include "ami/AmiLogWindow.h"
#include "ami/AmiSessions.h"
#include "ami/AmiTransport.h"
#include "core/Settings.h"
#include "fleet/FleetTableModel.h"

#include <QAction>
#include <QStyle>

namespace pbxwarden::ui {

AmiController::AmiController(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_sessions(new AmiSessions(this))
{
    QStyle* s = window->style();
    m_connect = new QAction(s->standardIcon(QStyle::SP_MediaPlay), tr("Connect &AMI"), this);
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_connect->setObjectName(QStringLiteral("connectAmi"));
    m_disconnect = new QAction(s->standardIcon(QStyle::SP_MediaStop), tr("&Disconnect AMI"), this);
    m_disconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_disconnect->setObjectName(QStringLiteral("disconnectAmi"));
    m_log = new QAction(tr("AMI protocol &log…"), this);
    m_log->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_log->setObjectName(QStringLiteral("amiLog"));
    connect(m_connect, &QAction::triggered, this, &AmiController::connectSelected);
    connect(m_disconnect, &QAction::triggered, this, &AmiController::disconnectSelected);
    connect(m_log, &QAction::triggered, this, &AmiController::showLog);
    connect(m_sessions, &AmiSessions::stateChanged, this, &AmiController::onStateChanged);
}

AmiLogWindow* AmiController::logWindow(qint64 pbxId) const
{
    return m_logs.value(pbxId);
}

void AmiController::updateActions(int selected, int)
{
    for (QAction* a : { m_connect, m_disconnect, m_log })
        a->setEnabled(selected >= 1);
}

void AmiController::connectSelected()
{
    const QList<PbxRecord> pbxs = m_window->selectedPbxs();
    if (pbxs.isEmpty())
        return;
    for (const PbxRecord& p : pbxs)
        m_window->fleetModel()->setAmiState(p.id, ami::AmiClient::State::Connecting);
    m_window->services().credentials.fetch(pbxs,
        secrets::CredentialService::Ssh | secrets::CredentialService::Ami, this,
        [this](const QList<secrets::PbxCredentials>& fetched) {
            const Settings& settings = m_window->services().settings;
            for (const secrets::PbxCredentials& f : fetched) {
                if (m_window->fleetModel()->rowOf(f.pbx.id) < 0)
                    continue; // deleted meanwhile
                if (!f.amiReady()) {
                    m_sessions->reportFailure(f.pbx.id, f.amiProblem.message);
                    continue;
                }
                // The engine chooses the route; a missing SSH secret is a reason, never a quiet TCP login.
                ami::AmiRouteRequest request;
                request.pbx = f.pbx;
                if (f.sshReady())
                    request.ssh = f.ssh;
                request.sshProblem = f.sshProblem.message;
                request.plainTcpAllowed = settings.amiPlainTcpAllowed();
                request.sshTimeoutMs = settings.sshTimeoutSeconds() * 1000;
                m_sessions->connectPbx(request, f.amiSecret);
            }
        });
}

void AmiController::disconnectSelected()
{
    for (const PbxRecord& p : m_window->selectedPbxs()) {
        if (m_sessions->client(p.id))
            m_sessions->disconnectPbx(p.id);
        else
            m_window->fleetModel()->setAmiState(p.id, ami::AmiClient::State::Disconnected);
    }
}

void AmiController::onStateChanged(qint64 pbxId, ami::AmiClient::State state, const QString& reason)
{
    FleetTableModel* model = m_window->fleetModel();
    const auto route = m_sessions->route(pbxId);
    model->setAmiState(pbxId, state, reason, route ? ami::AmiConnector::routeName(*route) : QString());
    const PbxRecord* pbx = model->pbxAt(model->rowOf(pbxId));
    if (!pbx)
        return;
    QVariantMap what;
    if (state == ami::AmiClient::State::Up)
        what = { { QStringLiteral("state"), QStringLiteral("up") }, { QStringLiteral("user"), pbx->amiUser },
            { QStringLiteral("route"),
                m_sessions->client(pbxId) ? m_sessions->client(pbxId)->transport()->describe() : QString() },
            { QStringLiteral("transport"), route ? ami::AmiConnector::routeId(*route) : QString() } };
    else if (state == ami::AmiClient::State::Failed)
        what
            = { { QStringLiteral("state"), QStringLiteral("failed") }, { QStringLiteral("reason"), reason } };
    if (what.isEmpty())
        return;
    if (const Status logged
        = m_window->services().inventory.logActivity(pbx->id, pbx->name, QStringLiteral("ami.state"), what);
        !logged)
        m_window->showStatus(logged.error());
    m_window->reloadActivity();
}

void AmiController::showLog()
{
    const QList<PbxRecord> pbxs = m_window->selectedPbxs();
    // A window per PBX; more than a handful at once is a mis-click.
    for (const PbxRecord& p : pbxs.mid(0, 8)) {
        QPointer<AmiLogWindow>& window = m_logs[p.id];
        if (!window)
            window = new AmiLogWindow(p.name, m_sessions->logModel(p.id), m_window);
        window->show();
        window->raise();
        window->activateWindow();
    }
}

void AmiController::forget(qint64 pbxId)
{
    if (AmiLogWindow* log = m_logs.take(pbxId))
        log->close();
    m_sessions->forget(pbxId);
}

} // namespace pbxwarden::ui
