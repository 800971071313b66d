#pragma once

#include "core/Result.h"
#include "ssh/CancelToken.h"
#include "ssh/CommandResult.h"
#include "ssh/Credentials.h"
#include "ssh/ExecOptions.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshTarget.h"

#include <QString>

#include <memory>
#include <optional>

namespace pbxwarden::ssh {

// One SSH connection to one PBX. Every call blocks (libssh), so a session lives on a worker thread
// (FleetRunner) and is used by that thread only. cancel tokens may fire from any thread.
class SshSession
{
public:
    // Why the last call failed, for callers that must react differently (ask the user to pin a key,
    // retry later, give up). The readable text is in the returned Error.
    enum class Failure
    {
        None,
        Cancelled,
        TimedOut,
        Unreachable,
        Protocol,
        UnknownHostKey,
        HostKeyChanged,
        AuthenticationFailed,
        ConnectionLost,
        BadInput,
        RemoteError,
    };

    // How this login becomes root, learnt once per session by asking sudo itself.
    enum class SudoAccess
    {
        Root, // logged in as root: no sudo needed
        NoPasswordNeeded, // NOPASSWD: no password is ever sent
        PasswordAccepted,
        PasswordRefused, // sudo asked and refused the password given
        PasswordMissing, // sudo needs a password and none was given
        NotAllowed, // not in sudoers, or not for a shell
        NotInstalled,
    };

    SshSession();
    ~SshSession();
    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;

    void setCancelToken(CancelTokenPtr token);

    // TCP connect, SSH handshake and host key check against target.pinnedFingerprint.
    Status connect(const SshTarget& target);
    Status authenticate(const Credentials& credentials);
    // connect() then authenticate().
    Status open(const SshTarget& target, const Credentials& credentials);
    void disconnect();

    bool isConnected() const;
    bool isAuthenticated() const { return m_authenticated; }
    Failure lastFailure() const { return m_failure; }
    // The server's key as "SHA256:...", known once connect() got past the handshake (also on
    // UnknownHostKey / HostKeyChanged failures, so it can be shown and pinned).
    QString serverFingerprint() const { return m_serverFingerprint; }
    QString serverKeyType() const { return m_serverKeyType; }
    const SshTarget& target() const { return m_target; }
    bool isRoot() const { return m_target.user == u"root"; }

    // Runs the command as the login user. A non-zero exit status is not an error here: it is in the
    // result. Errors are: time limit, cancel, lost connection, protocol failures.
    Result<CommandResult> run(const RemoteCommand& command, const ExecOptions& options = {});
    // As root: directly when logged in as root, else through sudo: with the password on stdin, or
    // none under NOPASSWD. When sudo cannot make this login root the error says why and what to do,
    // and lastFailure() is AuthenticationFailed.
    Result<CommandResult> runAsRoot(const RemoteCommand& command, const ExecOptions& options = {});
    // Asks sudo (first without a password, then with the one given) and remembers the answer.
    Result<SudoAccess> sudoAccess();
    // Stable code for reports and JSON ("nopasswd", "password-refused"...).
    static QString sudoAccessCode(SudoAccess access);
    // What the access means to the user, in words, with what to do when it is not root.
    static QString describeSudoAccess(SudoAccess access, const QString& user, const QString& host);

    // Normalised form of a fingerprint given by a person ("SHA256:abc=" → "SHA256:abc"); empty if
    // the text is not a SHA-256 fingerprint.
    static QString normalizeFingerprint(const QString& text);

private:
    friend class SftpClient;
    friend class SshForwardChannel;
    struct Private;

    Status fail(Failure failure, const QString& message);
    Status failFromLibssh(Failure failure, const QString& what);
    Result<CommandResult> runLine(const QByteArray& line, const ExecOptions& options);
    Status connectOnce();
    Status connectSocket();
    Status verifyHostKey();
    Status authenticateKeyboardInteractive(const Secret& password);
    QString describeAuthMethods() const;

    std::unique_ptr<Private> d;
    SshTarget m_target;
    Credentials m_credentials;
    Failure m_failure = Failure::None;
    QString m_serverFingerprint;
    QString m_serverKeyType;
    bool m_authenticated = false;
    std::optional<SudoAccess> m_sudoAccess;
};

} // namespace pbxwarden::ssh
