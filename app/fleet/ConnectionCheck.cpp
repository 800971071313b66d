#include "fleet/ConnectionCheck.h"

#include "fleet/ProgressReporter.h"
#include "ssh/HostProbe.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pbxwarden::fleet {

using ssh::SshSession;

QString ConnectionCheck::failureName(SshSession::Failure f)
{
    switch (f) {
    case SshSession::Failure::None:
        return QStringLiteral("None");
    case SshSession::Failure::Cancelled:
        return QStringLiteral("Cancelled");
    case SshSession::Failure::TimedOut:
        return QStringLiteral("TimedOut");
    case SshSession::Failure::Unreachable:
        return QStringLiteral("Unreachable");
    case SshSession::Failure::Protocol:
        return QStringLiteral("Protocol");
    case SshSession::Failure::UnknownHostKey:
        return QStringLiteral("UnknownHostKey");
    case SshSession::Failure::HostKeyChanged:
        return QStringLiteral("HostKeyChanged");
    case SshSession::Failure::AuthenticationFailed:
        return QStringLiteral("AuthenticationFailed");
    case SshSession::Failure::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    case SshSession::Failure::BadInput:
        return QStringLiteral("BadInput");
    case SshSession::Failure::RemoteError:
        return QStringLiteral("RemoteError");
    }
    return {};
}

HostOutcome ConnectionCheck::run(
    const FleetTarget& target, const ssh::CancelTokenPtr& cancel, const ProgressReporter& progress) const
{
    SshSession session;
    session.setCancelToken(cancel);
    ssh::SshTarget sshTarget = target.sshTarget(timeoutMs);
    sshTarget.acceptNewHostKey = acceptNewHostKey;
    QVariantMap data;
    const auto failed = [&](const QString& message) {
        data.insert(QStringLiteral("failure"), failureName(session.lastFailure()));
        if (!session.serverFingerprint().isEmpty())
            data.insert(QStringLiteral("fingerprint"), session.serverFingerprint());
        if (!session.serverKeyType().isEmpty())
            data.insert(QStringLiteral("key_type"), session.serverKeyType());
        // FleetRunner turns this into Cancelled / TimedOut when its token fired.
        return HostOutcome { HostOutcome::State::Failed, message, data };
    };
    progress.report(10, QCoreApplication::translate("ConnectionCheck", "connecting"));
    if (Status st = session.connect(sshTarget); !st)
        return failed(st.error());
    data.insert(QStringLiteral("fingerprint"), session.serverFingerprint());
    data.insert(QStringLiteral("key_type"), session.serverKeyType());
    data.insert(QStringLiteral("newly_accepted"),
        SshSession::normalizeFingerprint(sshTarget.pinnedFingerprint).isEmpty());
    progress.report(40, QCoreApplication::translate("ConnectionCheck", "authenticating"));
    if (Status st = session.authenticate(target.credentials); !st)
        return failed(st.error());
    progress.report(70, QCoreApplication::translate("ConnectionCheck", "probing"));
    Result<ssh::HostFacts> facts = ssh::HostProbe::run(session, timeoutMs);
    if (facts) {
        data.insert(QStringLiteral("probe"), facts->toJson().toVariantMap());
        return HostOutcome::success(facts->hostname, data);
    }
    // Connected and logged in: that is what the check promises; the probe failure is reported.
    data.insert(QStringLiteral("probe_error"), facts.error());
    return HostOutcome::success(QString(), data);
}

} // namespace pbxwarden::fleet
