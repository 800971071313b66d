#pragma once

#include "ami/AmiTransport.h"
#include "ssh/Credentials.h"
#include "ssh/SshTarget.h"
#include "ssh/SshTunnel.h"

#include <QPointer>

namespace pbxwarden::ami {

// AMI through the PBX's own SSH server: a direct-tcpip channel to 127.0.0.1:5038 as seen from the
// PBX, so AMI can stay bound to loopback and never face the network. Each open() is a new SSH
// connection (login included), so the client's reconnection after a lost session just works.
class AmiSshTransport : public AmiTransport
{
    Q_OBJECT

public:
    // tunnel.remoteHost/remotePort: where AMI listens on the PBX (127.0.0.1:5038 by default).
    AmiSshTransport(ssh::SshTarget target, ssh::Credentials credentials, ssh::SshTunnelOptions tunnel = {},
        QObject* parent = nullptr);
    ~AmiSshTransport() override;

    void open() override;
    void close() override;
    void abort() override;
    qint64 write(const QByteArray& bytes) override;
    QByteArray read(qint64 maxBytes) override;
    qint64 bytesAvailable() const override;
    // "ssh://root@192.0.2.1:22 → 127.0.0.1:5038"
    QString describe() const override;

    // The SSH host key seen on the last attempt ("SHA256:..."), for pinning prompts.
    QString serverFingerprint() const;

private:
    void dropTunnel();

    ssh::SshTarget m_target;
    ssh::Credentials m_credentials;
    ssh::SshTunnelOptions m_options;
    QPointer<ssh::SshTunnel> m_tunnel;
    QString m_lastFingerprint;
};

} // namespace pbxwarden::ami
