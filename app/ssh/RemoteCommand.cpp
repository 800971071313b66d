#include "ssh/RemoteCommand.h"

#include "ssh/ShellQuote.h"

#include <QCoreApplication>

namespace pbxwarden::ssh {

Result<RemoteCommand> RemoteCommand::program(const QStringList& argv)
{
    if (argv.isEmpty() || argv.first().isEmpty())
        return Error { QCoreApplication::translate("RemoteCommand", "no program to run") };
    Result<QByteArray> line = ShellQuote::join(argv);
    if (!line)
        return Error { line.error() };
    return RemoteCommand(std::move(line).value());
}

Result<RemoteCommand> RemoteCommand::fromScript(const QByteArray& script, const QStringList& values)
{
    QList<QByteArray> words { QByteArrayLiteral("sh"), QByteArrayLiteral("-c"), script,
        QByteArrayLiteral("pbxwarden") };
    for (const QString& value : values)
        words << value.toUtf8();
    Result<QByteArray> quotedValues = ShellQuote::join(values);
    if (!quotedValues)
        return Error { quotedValues.error() };
    Result<QByteArray> line = ShellQuote::joinBytes(words);
    if (!line)
        return Error { line.error() };
    return RemoteCommand(std::move(line).value());
}

QByteArray RemoteCommand::sudoLine(bool closeStdin) const
{
    // m_line is already valid quoted UTF-8, so quoting it again cannot fail.
    const QByteArray inner = closeStdin ? QByteArrayLiteral("exec </dev/null; ") + m_line : m_line;
    return QByteArrayLiteral("sudo -S -p '' -- sh -c ") + ShellQuote::quote(inner).value();
}

QByteArray RemoteCommand::sudoLineWithoutPassword() const
{
    return QByteArrayLiteral("sudo -n -- sh -c ") + ShellQuote::quote(m_line).value();
}

} // namespace pbxwarden::ssh
