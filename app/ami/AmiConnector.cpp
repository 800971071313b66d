#include "ami/AmiConnector.h"

#include "ami/AmiSocketTransport.h"
#include "ami/AmiSshTransport.h"

#include <QCoreApplication>

namespace pbxwarden::ami {
AmiRouteChoice AmiConnector::choose(const AmiRouteRequest& request)
{
    const PbxRecord& pbx = request.pbx;
    // TLS configured for the PBX: the AMI port speaks TLS, which the loopback tunnel would not add to.
    if (pbx.amiTls)
        return { AmiRoute::Tls, {} };
    AmiRouteProblem problem;
    if (pbx.hostKeyFingerprint.isEmpty()) {
        // A tunnel over an unpinned session would hand the SSH login to whoever answers first.
        problem = { AmiRouteProblem::Kind::HostKeyNotPinned,
            QCoreApplication::translate("AmiConnector",
                "no SSH tunnel for AMI: the host key of %1 is not pinned yet. Pin it first (Check "
                "connections), turn on AMI over TLS for this PBX, or allow plain TCP for AMI explicitly")
                .arg(pbx.name) };
    } else if (pbx.sshUser.isEmpty()) {
        problem = { AmiRouteProblem::Kind::NoSshUser,
            QCoreApplication::translate("AmiConnector",
                "no SSH tunnel for AMI: %1 has no SSH user. Set one, turn on AMI over TLS, or allow plain "
                "TCP for AMI explicitly")
                .arg(pbx.name) };
    } else if (!request.ssh) {
        problem = { AmiRouteProblem::Kind::SshSecretMissing,
            QCoreApplication::translate("AmiConnector",
                "no SSH tunnel for AMI: %1 (%2). Store the SSH password (edit the PBX), turn on AMI over "
                "TLS, or allow plain TCP for AMI explicitly")
                .arg(request.sshProblem.isEmpty()
                        ? QCoreApplication::translate("AmiConnector", "no SSH credentials")
                        : request.sshProblem,
                    pbx.name) };
    } else {
        return { AmiRoute::SshTunnel, {} };
    }
    if (request.plainTcpAllowed)
        return { AmiRoute::PlainTcp, {} };
    return { std::nullopt, problem };
}

AmiTransport* AmiConnector::makeTransport(AmiRoute route, const AmiRouteRequest& request)
{
    const PbxRecord& pbx = request.pbx;
    if (route == AmiRoute::SshTunnel) {
        ssh::SshTarget target;
        target.host = pbx.host;
        target.port = pbx.sshPort;
        target.user = pbx.sshUser;
        target.pinnedFingerprint = pbx.hostKeyFingerprint;
        target.connectTimeoutMs = request.sshTimeoutMs;
        ssh::SshTunnelOptions tunnel;
        tunnel.remotePort = pbx.amiPort;
        return new AmiSshTransport(target, request.ssh.value_or(ssh::Credentials {}), tunnel);
    }
    AmiTlsOptions tls;
    tls.enabled = route == AmiRoute::Tls;
    tls.peerVerifyName = pbx.host;
    tls.pinnedSha256 = request.tlsPinnedSha256;
    return new AmiSocketTransport(pbx.host, quint16(pbx.amiPort), tls);
}

AmiClientOptions AmiConnector::options(AmiRoute route, const QString& user, const Secret& secret)
{
    AmiClientOptions o;
    o.username = user;
    o.secret = secret;
    // In clear, the MD5 challenge is what keeps the secret itself off the wire.
    o.md5Challenge = route == AmiRoute::PlainTcp;
    return o;
}

QString AmiConnector::routeName(AmiRoute route)
{
    switch (route) {
    case AmiRoute::SshTunnel:
        return QCoreApplication::translate("AmiConnector", "SSH tunnel");
    case AmiRoute::Tls:
        return QCoreApplication::translate("AmiConnector", "TLS");
    case AmiRoute::PlainTcp:
        return QCoreApplication::translate("AmiConnector", "plain TCP");
    }
    return {};
}

QString AmiConnector::routeId(AmiRoute route)
{
    switch (route) {
    case AmiRoute::SshTunnel:
        return QStringLiteral("ssh");
    case AmiRoute::Tls:
        return QStringLiteral("tls");
    case AmiRoute::PlainTcp:
        return QStringLiteral("tcp");
    }
    return {};
}

} // namespace pbxwarden::ami
