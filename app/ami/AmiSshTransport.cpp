#include "ami/AmiSshTransport.h"

#include "core/Logging.h"

namespace pbxwarden::ami {

AmiSshTransport::AmiSshTransport(
    ssh::SshTarget target, ssh::Credentials credentials, ssh::SshTunnelOptions tunnel, QObject* parent)
    : AmiTransport(parent)
    , m_target(std::move(target))
    , m_credentials(std::move(credentials))
    , m_options(std::move(tunnel))
{
}

AmiSshTransport::~AmiSshTransport()
{
    // The tunnel's destructor aborts and joins its worker right away.
    if (m_tunnel) {
        m_tunnel->disconnect(this);
        delete m_tunnel.data();
    }
}

void AmiSshTransport::dropTunnel()
{
    if (!m_tunnel)
        return;
    m_lastFingerprint = m_tunnel->serverFingerprint();
    m_tunnel->disconnect(this);
    m_tunnel->abort();
    // Its worker is unblocked by the abort; joining it is left to the event loop.
    m_tunnel->deleteLater();
    m_tunnel = nullptr;
}

void AmiSshTransport::open()
{
    dropTunnel();
    qCDebug(lcAmi) << "connecting to" << describe();
    auto* tunnel = new ssh::SshTunnel(m_target, m_credentials, m_options, this);
    m_tunnel = tunnel;
    connect(tunnel, &ssh::SshTunnel::opened, this, &AmiTransport::opened);
    connect(tunnel, &ssh::SshTunnel::readyRead, this, &AmiTransport::readyRead);
    connect(tunnel, &ssh::SshTunnel::closed, this, [this] { Q_EMIT closed(); });
    connect(tunnel, &ssh::SshTunnel::failed, this, &AmiTransport::failed);
    tunnel->start();
}

void AmiSshTransport::close()
{
    if (m_tunnel)
        m_tunnel->close();
}

void AmiSshTransport::abort()
{
    dropTunnel();
}

qint64 AmiSshTransport::write(const QByteArray& bytes)
{
    return m_tunnel ? m_tunnel->write(bytes) : -1;
}

QByteArray AmiSshTransport::read(qint64 maxBytes)
{
    return m_tunnel ? m_tunnel->read(maxBytes) : QByteArray();
}

qint64 AmiSshTransport::bytesAvailable() const
{
    return m_tunnel ? m_tunnel->bytesAvailable() : 0;
}

QString AmiSshTransport::describe() const
{
    return QStringLiteral("ssh://%1 \u2192 %2:%3")
        .arg(m_target.displayName(), m_options.remoteHost)
        .arg(m_options.remotePort);
}

QString AmiSshTransport::serverFingerprint() const
{
    return m_tunnel ? m_tunnel->serverFingerprint() : m_lastFingerprint;
}

} // namespace pbxwarden::ami
