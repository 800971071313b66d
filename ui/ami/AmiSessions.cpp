#include "ami/AmiSessions.h"

#include "ami/AmiLogModel.h"
#include "ami/AmiSocketTransport.h"
#include "ami/AmiSshTransport.h"
#include "fleet/FleetTarget.h"

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

bool AmiSessions::usesSsh(const PbxRecord& pbx, bool haveSshCredentials)
{
    return haveSshCredentials && !pbx.hostKeyFingerprint.isEmpty() && !pbx.sshUser.isEmpty() && !pbx.amiTls;
}

void AmiSessions::connectPbx(const PbxRecord& pbx, const QString& secret,
    const std::optional<ssh::Credentials>& sshCredentials, int sshTimeoutMs)
{
    if (ami::AmiClient* old = client(pbx.id)) {
        QObject::disconnect(old, nullptr, nullptr, nullptr);
        old->deleteLater();
    }
    ami::AmiTransport* transport = nullptr;
    if (usesSsh(pbx, sshCredentials.has_value())) {
        ssh::SshTunnelOptions tunnel;
        tunnel.remotePort = pbx.amiPort;
        transport = new ami::AmiSshTransport(
            fleet::FleetTarget { pbx, *sshCredentials }.sshTarget(sshTimeoutMs), *sshCredentials, tunnel);
    } else {
        ami::AmiTlsOptions tls;
        tls.enabled = pbx.amiTls;
        tls.peerVerifyName = pbx.host;
        transport = new ami::AmiSocketTransport(pbx.host, quint16(pbx.amiPort), tls);
    }
    ami::AmiClientOptions options;
    options.username = pbx.amiUser;
    options.secret = secret;
    auto* c = new ami::AmiClient(transport, options, this);
    m_clients.insert(pbx.id, c);
    AmiLogModel* log = logModel(pbx.id);
    connect(c, &ami::AmiClient::protocolLog, log, &AmiLogModel::append);
    const qint64 id = pbx.id;
    connect(c, &ami::AmiClient::stateChanged, this,
        [this, id](
            ami::AmiClient::State state, const QString& reason) { Q_EMIT stateChanged(id, state, reason); });
    c->connectToPbx();
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
