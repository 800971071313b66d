#include "ssh/HostProbe.h"

#include "ssh/RemoteCommand.h"
#include "ssh/SshSession.h"

#include <QCoreApplication>

namespace pbxwarden::ssh {

Result<HostFacts> HostProbe::run(SshSession& session, int timeoutMs)
{
    // One round trip for everything; sections are split by a marker line.
    Result<RemoteCommand> command
        = RemoteCommand::script("LC_ALL=C; export LC_ALL\n"
                                "hostname 2>/dev/null || uname -n\n"
                                "echo @@pbxwarden@@\n"
                                "cat /etc/os-release 2>/dev/null\n"
                                "echo @@pbxwarden@@\n"
                                "cat /proc/uptime 2>/dev/null\n"
                                "echo @@pbxwarden@@\n"
                                // Non-root accounts often have no /usr/sbin in PATH: look there too.
                                "a=$(command -v asterisk 2>/dev/null)\n"
                                "for c in /usr/sbin/asterisk /usr/local/sbin/asterisk; do [ -n \"$a\" ] || { "
                                "[ -x $c ] && a=$c; }; done\n"
                                "if [ -n \"$a\" ]; then \"$a\" -rx 'core show version' 2>&1 </dev/null; else "
                                "echo @@no-asterisk@@; fi\n");
    if (!command)
        return Error { command.error() };
    ExecOptions options;
    options.timeoutMs = timeoutMs;
    options.maxOutputBytes = 1024 * 1024;
    Result<CommandResult> result = session.run(command.value(), options);
    if (!result)
        return Error { result.error() };

    const QStringList parts = QString::fromUtf8(result->out).split(QStringLiteral("@@pbxwarden@@\n"));
    if (parts.size() != 4) {
        return Error { QCoreApplication::translate(
            "HostProbe", "%1 gave an unexpected answer to the probe: %2")
                           .arg(session.target().host, QString::fromUtf8(result->err.left(200)).trimmed()) };
    }
    HostFacts facts;
    facts.hostname = parts.at(0).trimmed();
    const QStringList osLines = parts.at(1).split(QLatin1Char('\n'));
    for (const QString& line : osLines) {
        if (line.startsWith(QLatin1String("PRETTY_NAME="))) {
            facts.osName = line.mid(12).trimmed();
            if (facts.osName.size() >= 2 && facts.osName.startsWith(QLatin1Char('"'))
                && facts.osName.endsWith(QLatin1Char('"')))
                facts.osName = facts.osName.mid(1, facts.osName.size() - 2);
        }
    }
    bool ok = false;
    const double uptime = parts.at(2).section(QLatin1Char(' '), 0, 0).toDouble(&ok);
    if (ok)
        facts.uptimeSeconds = qint64(uptime);
    const QString asterisk = parts.at(3).trimmed();
    facts.asteriskInstalled = asterisk != u"@@no-asterisk@@";
    if (facts.asteriskInstalled) {
        const QString first = asterisk.section(QLatin1Char('\n'), 0, 0).trimmed();
        // Only root and the asterisk group may talk to the console; say so rather than show its error.
        facts.asteriskVersion = first.startsWith(QLatin1String("Asterisk "))
            ? first
            : QCoreApplication::translate("HostProbe", "installed; its console did not answer %1 (%2)")
                  .arg(session.target().user, first.left(120));
    }
    // Root is what the audit and every change need: say now whether these credentials get it.
    if (Result<SshSession::SudoAccess> sudo = session.sudoAccess()) {
        facts.sudo = SshSession::sudoAccessCode(sudo.value());
        facts.sudoText
            = SshSession::describeSudoAccess(sudo.value(), session.target().user, session.target().host);
    } else {
        facts.sudoText = QCoreApplication::translate("HostProbe", "whether sudo works could not be asked: %1")
                             .arg(sudo.error());
    }
    return facts;
}

} // namespace pbxwarden::ssh
