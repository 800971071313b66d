#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QStringList>

namespace pbxwarden::ssh {

// A remote command line that was built through ShellQuote. SshSession runs nothing else, so no code
// path can paste a value into a command line by hand.
class RemoteCommand
{
public:
    // argv[0] is the program; every word is quoted.
    static Result<RemoteCommand> program(const QStringList& argv);

    // A fixed script of ours (a string literal, never built at run time) that reads its values as
    // "$1", "$2"...: runs as  sh -c '<script>' pbxwarden '<value1>' '<value2>' ...
    template<std::size_t N>
    static Result<RemoteCommand> script(const char (&fixedScript)[N], const QStringList& values = {})
    {
        return fromScript(QByteArray(fixedScript, qsizetype(N - 1)), values);
    }

    const QByteArray& line() const { return m_line; }
    // The same command through sudo; the password is expected on standard input, never in argv.
    // closeStdin: the command gets /dev/null as input, so a password sudo did not ask for (NOPASSWD)
    // is never read by the command.
    QByteArray sudoLine(bool closeStdin = true) const;
    // Through sudo that must not ask (NOPASSWD): -n makes it fail instead of waiting for a password.
    QByteArray sudoLineWithoutPassword() const;

private:
    explicit RemoteCommand(QByteArray line)
        : m_line(std::move(line))
    {
    }
    static Result<RemoteCommand> fromScript(const QByteArray& script, const QStringList& values);

    QByteArray m_line;
};

} // namespace pbxwarden::ssh
