#pragma once

#include "ami/AmiClient.h"
#include "core/PbxRecord.h"
#include "ssh/Credentials.h"

#include <QString>

#include <memory>
#include <optional>

namespace pbxwarden::ami {
class AmiTransport;

// How an AMI session reaches a PBX.
enum class AmiRoute
{
    // Through the PBX's own SSH server to its loopback AMI: AMI never faces the network.
    SshTunnel,
    // Straight to the AMI port, TLS (manager.conf tlsenable), as configured for the PBX.
    Tls,
    // Straight to the AMI port in clear, with the MD5 challenge. Only when the user chose it.
    PlainTcp
};

// What the route is chosen from: the PBX, its SSH credentials when they are ready, and whether
// the user explicitly allowed plain TCP.
struct AmiRouteRequest
{
    PbxRecord pbx;
    // Ready SSH credentials; nullopt with sshProblem saying why there are none.
    std::optional<ssh::Credentials> ssh;
    QString sshProblem;
    bool plainTcpAllowed = false;
    int sshTimeoutMs = 15000;
    // TLS only: the certificate's SHA-256 when it is pinned rather than checked against a CA.
    QByteArray tlsPinnedSha256;
};

// Why no route may be used, and what to do about it.
struct AmiRouteProblem
{
    enum class Kind
    {
        None,
        HostKeyNotPinned,
        NoSshUser,
        SshSecretMissing
    };
    Kind kind = Kind::None;
    QString message;
};

struct AmiRouteChoice
{
    std::optional<AmiRoute> route;
    AmiRouteProblem problem;

    bool ok() const { return route.has_value(); }
};

// The one place that chooses how AMI reaches a PBX (GUI "Connect AMI" and `pbxwarden-cli ami NAME`).
// Never a silent downgrade: AMI's plain login sends the secret in clear, so when the tunnel is not
// possible and TLS is not configured, the answer is an error saying what to do, unless the user
// allowed plain TCP (and then the MD5 challenge keeps the secret off the wire).
class AmiConnector
{
public:
    static AmiRouteChoice choose(const AmiRouteRequest& request);
    // The transport for a chosen route; the caller (an AmiClient) takes ownership.
    static AmiTransport* makeTransport(AmiRoute route, const AmiRouteRequest& request);
    // Login options for the route: plain TCP always logs in with the MD5 challenge.
    static AmiClientOptions options(AmiRoute route, const QString& user, const Secret& secret);
    // For the AMI column and the activity log: "SSH tunnel", "TLS", "plain TCP".
    static QString routeName(AmiRoute route);
    // For the activity log's machine-readable detail: "ssh", "tls", "tcp".
    static QString routeId(AmiRoute route);
};

} // namespace pbxwarden::ami
