#include "audit/Collector.h"

#include "ssh/RemoteCommand.h"
#include "ssh/SshSession.h"

#include <QCoreApplication>
#include <QFile>

namespace pbxwarden::audit {

namespace {
constexpr char kMarker[] = "PBXW-COLLECTOR-BEGIN";
// Bigger than any bundle collect.sh can print (its sections are capped), so a bundle is never cut.
constexpr qint64 kMaxBundleBytes = 32 * 1024 * 1024;
} // namespace

QByteArray Collector::script()
{
    QFile file(QStringLiteral(":/audit/collector/collect.sh"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray Collector::standardInput()
{
    return QByteArray(kMarker) + '\n' + script();
}

Result<QByteArray> Collector::collect(ssh::SshSession& session, int timeoutMs)
{
    const QByteArray text = script();
    if (text.isEmpty())
        return Error { QCoreApplication::translate(
            "Collector", "The collector script is missing from this build.") };
    // Reads its input line by line up to the marker, then hands the rest of it to a new shell.
    auto command = ssh::RemoteCommand::script(
        "while IFS= read -r l; do if [ \"$l\" = PBXW-COLLECTOR-BEGIN ]; then exec sh -s; fi; done; exit 125");
    if (!command)
        return Error { command.error() };
    ssh::ExecOptions options;
    options.timeoutMs = timeoutMs;
    options.maxOutputBytes = kMaxBundleBytes;
    options.stdinData = standardInput();
    auto result = session.runAsRoot(command.value(), options);
    // sudo refused (no password for a key login, not in sudoers): collect what the account can see;
    // the sections that need root say so and their checks are not assessed.
    if (!result && !session.isRoot()
        && session.lastFailure() == ssh::SshSession::Failure::AuthenticationFailed)
        result = session.run(command.value(), options);
    if (!result)
        return Error { result.error() };
    if (result->exitStatus == 125)
        return Error { QCoreApplication::translate("Collector", "The collector did not start on the PBX.") };
    if (result->out.isEmpty())
        return Error { QCoreApplication::translate(
            "Collector", "The collector printed nothing (exit status %1): %2")
                           .arg(result->exitStatus)
                           .arg(QString::fromUtf8(result->err.left(300)).trimmed()) };
    return result->out;
}

} // namespace pbxwarden::audit
