#include "audit/Collector.h"

#include "core/ControlChars.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshSession.h"

#include <QCoreApplication>
#include <QFile>

namespace pbxwarden::audit {

namespace {
constexpr char kMarker[] = "PBXW-COLLECTOR-BEGIN";
// Reads its input line by line up to the marker, then hands the rest of it to a new shell.
constexpr char kLauncher[]
    = "while IFS= read -r l; do if [ \"$l\" = PBXW-COLLECTOR-BEGIN ]; then exec sh -s; fi; done; exit 125";
constexpr char kLauncherAsRoot[]
    = "while IFS= read -r l; do if [ \"$l\" = PBXW-COLLECTOR-BEGIN ]; then exec sh -s -- "
      "--require-root; fi; done; exit 125";
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

QByteArray Collector::launcher(bool requireRoot)
{
    return QByteArray(requireRoot ? kLauncherAsRoot : kLauncher);
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
    auto command = ssh::RemoteCommand::script(kLauncherAsRoot);
    if (!command)
        return Error { command.error() };
    ssh::ExecOptions options;
    options.timeoutMs = timeoutMs;
    options.maxOutputBytes = kMaxBundleBytes;
    options.stdinData = standardInput();
    auto result = session.runAsRoot(command.value(), options);
    // sudo refused (wrong or missing password, not in sudoers) is an error on this PBX, never a
    // quieter audit as the login user: 14 of the checks would silently go unassessed.
    if (!result && !session.isRoot()
        && session.lastFailure() == ssh::SshSession::Failure::AuthenticationFailed)
        return Error { QCoreApplication::translate("Collector", "The audit needs root and did not run: %1.")
                           .arg(result.error()) };
    if (!result)
        return Error { result.error() };
    // "sh: 1: sudo: not found": the wrapper never started.
    if (!session.isRoot() && result->exitStatus == 127 && result->err.contains("sudo"))
        return Error { QCoreApplication::translate("Collector",
            "sudo is not installed on %1, so the audit cannot run as root. Install sudo there or log in "
            "as root.")
                           .arg(session.target().host) };
    if (result->exitStatus == 76 && result->out.startsWith("PBXW-NOT-ROOT")) {
        return Error { QCoreApplication::translate("Collector",
            "The collector ran without root on %1 (%2): sudo did not make it root. Check the sudoers "
            "rule for %3.")
                           .arg(session.target().host,
                               escapeForTerminal(QString::fromUtf8(result->out.trimmed().mid(14, 80))),
                               session.target().user) };
    }
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
