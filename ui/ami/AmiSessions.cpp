#include "ami/AmiSessions.h"

#include "ami/AmiLogModel.h"

namespace pbxwarden::ui {

AmiSessions::AmiSessions(QObject* parent)
    : QObject(parent)
{
}

AmiSessions::~AmiSessions()
{
    // Clients are children: they go with us, without signals to a half-destroyed owner.
    for (const auto& client : std::as_const(m_clients)) {
        if (client)
            client->disconnect(this);
    }
}

ami::AmiRouteChoice AmiSessions::connectPbx(const ami::AmiRouteRequest& request, const Secret& secret)
{
    const PbxRecord& pbx = request.pbx;
    if (ami::AmiClient* old = client(pbx.id)) {
        QObject::disconnect(old, nullptr, nullptr, nullptr);
        old->deleteLater();
        m_clients.remove(pbx.id);
        m_routes.remove(pbx.id);
    }
    const ami::AmiRouteChoice choice = ami::AmiConnector::choose(request);
    if (!choice.ok()) {
        reportFailure(pbx.id, choice.problem.message);
        return choice;
    }
    auto* c = new ami::AmiClient(ami::AmiConnector::makeTransport(*choice.route, request),
        ami::AmiConnector::options(*choice.route, pbx.amiUser, secret), this);
    m_clients.insert(pbx.id, c);
    m_routes.insert(pbx.id, *choice.route);
    AmiLogModel* log = logModel(pbx.id);
    connect(c, &ami::AmiClient::protocolLog, log, &AmiLogModel::append);
    const qint64 id = pbx.id;
    connect(c, &ami::AmiClient::stateChanged, this,
        [this, id](
            ami::AmiClient::State state, const QString& reason) { Q_EMIT stateChanged(id, state, reason); });
    c->connectToPbx();
    return choice;
}

std::optional<ami::AmiRoute> AmiSessions::route(qint64 pbxId) const
{
    const auto it = m_routes.constFind(pbxId);
    if (it == m_routes.cend() || !client(pbxId))
        return std::nullopt;
    return *it;
}

void AmiSessions::disconnectPbx(qint64 pbxId)
{
    if (ami::AmiClient* c = client(pbxId))
        c->disconnectFromPbx();
}

void AmiSessions::reportFailure(qint64 pbxId, const QString& reason)
{
    Q_EMIT stateChanged(pbxId, ami::AmiClient::State::Failed, reason);
}

void AmiSessions::forget(qint64 pbxId)
{
    m_routes.remove(pbxId);
    if (ami::AmiClient* c = m_clients.take(pbxId)) {
        QObject::disconnect(c, nullptr, nullptr, nullptr);
        c->deleteLater();
    }
    delete m_logs.take(pbxId);
}

ami::AmiClient* AmiSessions::client(qint64 pbxId) const
{
    return m_clients.value(pbxId);
}

ami::AmiClient::State AmiSessions::state(qint64 pbxId) const
{
    const ami::AmiClient* c = client(pbxId);
    return c ? c->state() : ami::AmiClient::State::Disconnected;
}

AmiLogModel* AmiSessions::logModel(qint64 pbxId)
{
    AmiLogModel*& log = m_logs[pbxId];
    if (!log)
        log = new AmiLogModel(this);
    return log;
}

} // namespace pbxwarden::ui
