#include "ssh/SshSession.h"

#include "core/Logging.h"
#include "core/ProcessHardening.h"
#include "core/Validation.h"
#include "ssh/LibsshHandles.h"
#include "ssh/SshSessionPrivate.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pbxwarden::ssh {
namespace {

QString seconds(int ms)
{
    return QString::number((ms + 999) / 1000);
}

} // namespace

SshSession::SshSession()
    : d(std::make_unique<Private>())
{
    detail::ensureLibsshInitialized();
}

SshSession::~SshSession()
{
    disconnect();
}

void SshSession::setCancelToken(CancelTokenPtr token)
{
    d->token = std::move(token);
}

Status SshSession::fail(Failure failure, const QString& message)
{
    m_failure = failure;
    qCDebug(lcSsh) << m_target.displayName() << message;
    return Error { message };
}

Status SshSession::failFromLibssh(Failure failure, const QString& what)
{
    if (d->cancelled()) {
        return fail(
            d->token->reason() == CancelToken::Reason::TimedOut ? Failure::TimedOut : Failure::Cancelled,
            what + QStringLiteral(": ") + d->token->message());
    }
    QString detail = d->session ? QString::fromUtf8(ssh_get_error(d->session.get())) : QString();
    if (d->session && !ssh_is_connected(d->session.get()) && failure != Failure::Protocol) {
        failure = Failure::ConnectionLost;
        if (detail.isEmpty())
            detail = QCoreApplication::translate("SshSession", "the connection was closed");
    }
    return fail(failure, detail.isEmpty() ? what : what + QStringLiteral(": ") + detail);
}

QString SshSession::normalizeFingerprint(const QString& text)
{
    QString fp = text.trimmed();
    if (!fp.startsWith(QLatin1String("SHA256:")))
        return {};
    while (fp.endsWith(QLatin1Char('=')))
        fp.chop(1);
    const QByteArray body = fp.mid(7).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        body + QByteArray((4 - body.size() % 4) % 4, '='), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return {};
    return fp;
}

bool SshSession::isConnected() const
{
    return d->session && ssh_is_connected(d->session.get());
}

Status SshSession::open(const SshTarget& target, const Credentials& credentials)
{
    if (Status s = connect(target); !s)
        return s;
    return authenticate(credentials);
}

Status SshSession::connect(const SshTarget& target)
{
    disconnect();
    m_target = target;
    m_failure = Failure::None;
    m_serverFingerprint.clear();
    m_serverKeyType.clear();

    if (!isValidHost(target.host) || target.host.contains(QLatin1Char('@')))
        return fail(Failure::BadInput,
            QCoreApplication::translate("SshSession", "'%1' is not a valid host name or address")
                .arg(target.host));
    if (!isValidPort(target.port))
        return fail(Failure::BadInput,
            QCoreApplication::translate("SshSession", "%1 is not a valid port").arg(target.port));
    if (target.user.isEmpty())
        return fail(Failure::BadInput, QCoreApplication::translate("SshSession", "no user name given"));
    if (!target.pinnedFingerprint.isEmpty() && normalizeFingerprint(target.pinnedFingerprint).isEmpty())
        return fail(Failure::BadInput,
            QCoreApplication::translate(
                "SshSession", "the pinned host key '%1' is not a SHA-256 fingerprint (SHA256:...)")
                .arg(target.pinnedFingerprint));

    // A connection the network swallowed is worth one more try; a refusal or a wrong key is not.
    const int attempts = std::max(1, target.connectAttempts);
    for (int attempt = 1;; ++attempt) {
        Status st = connectOnce();
        if (st || m_failure != Failure::TimedOut || attempt >= attempts || d->cancelled())
            return attempt > 1 && !st ? Status(Error { st.error() + QLatin1Char(' ')
                       + QCoreApplication::translate("SshSession", "(%1 attempts)").arg(attempt) })
                                      : st;
        qCInfo(lcSsh) << m_target.displayName() << "timed out, trying again:" << st.error();
        disconnect();
    }
}

Status SshSession::connectOnce()
{
    const SshTarget& target = m_target;
    d->session.reset(ssh_new());
    if (!d->session)
        return fail(Failure::Protocol,
            QCoreApplication::translate("SshSession", "could not create an SSH session (out of memory?)"));
    ssh_session s = d->session.get();

    const QByteArray host = target.host.toUtf8();
    const QByteArray user = target.user.toUtf8();
    const unsigned int port = unsigned(target.port);
    const long timeoutSeconds = std::max(1, (target.connectTimeoutMs + 999) / 1000);
    const int one = 1;
    const bool no = false;
    // The app pins host keys itself; libssh must neither read ~/.ssh/config nor any known_hosts file.
    const struct
    {
        ssh_options_e option;
        const void* value;
        const char* name;
    } options[] = {
        { SSH_OPTIONS_PROCESS_CONFIG, &no, "PROCESS_CONFIG" },
        { SSH_OPTIONS_HOST, host.constData(), "HOST" },
        { SSH_OPTIONS_PORT, &port, "PORT" },
        { SSH_OPTIONS_USER, user.constData(), "USER" },
        { SSH_OPTIONS_TIMEOUT, &timeoutSeconds, "TIMEOUT" },
        { SSH_OPTIONS_NODELAY, &one, "NODELAY" },
        { SSH_OPTIONS_KNOWNHOSTS, "/dev/null", "KNOWNHOSTS" },
        { SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null", "GLOBAL_KNOWNHOSTS" },
    };
    for (const auto& o : options) {
        if (ssh_options_set(s, o.option, o.value) != SSH_OK)
            return failFromLibssh(Failure::Protocol,
                QCoreApplication::translate("SshSession", "could not set the SSH option %1")
                    .arg(QLatin1String(o.name)));
    }

    if (Status st = connectSocket(); !st)
        return st;

    QDeadlineTimer handshake(target.connectTimeoutMs);
    if (ssh_connect(s) != SSH_OK) {
        if (!d->cancelled() && handshake.hasExpired()) {
            return fail(Failure::TimedOut,
                QCoreApplication::translate("SshSession",
                    "%1:%2 accepted the connection but did not complete the SSH handshake within %3 s "
                    "(is it an SSH server, and is the network dropping packets?)")
                    .arg(target.host)
                    .arg(target.port)
                    .arg(seconds(target.connectTimeoutMs)));
        }
        return failFromLibssh(Failure::Protocol,
            QCoreApplication::translate("SshSession", "SSH handshake with %1:%2 failed")
                .arg(target.host)
                .arg(target.port));
    }
    return verifyHostKey();
}

Status SshSession::connectSocket()
{
    const QString where = m_target.host + QLatin1Char(':') + QString::number(m_target.port);
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo* found = nullptr;
    const int gai = getaddrinfo(
        m_target.host.toUtf8().constData(), QByteArray::number(m_target.port).constData(), &hints, &found);
    if (gai != 0)
        return fail(Failure::Unreachable,
            QCoreApplication::translate("SshSession", "cannot resolve %1: %2")
                .arg(m_target.host, QString::fromLocal8Bit(gai_strerror(gai))));
    std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> addresses(found, &freeaddrinfo);

    QDeadlineTimer deadline(m_target.connectTimeoutMs);
    int lastError = ETIMEDOUT;
    int fd = -1;
    for (addrinfo* ai = addresses.get(); ai && fd < 0; ai = ai->ai_next) {
        int candidate
            = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
        if (candidate < 0) {
            lastError = errno;
            continue;
        }
        int rc = ::connect(candidate, ai->ai_addr, ai->ai_addrlen);
        if (rc != 0 && errno == EINPROGRESS) {
            // Short slices, so a cancel is noticed within 100 ms.
            while (!deadline.hasExpired() && !d->cancelled()) {
                pollfd p { candidate, POLLOUT, 0 };
                rc = ::poll(&p, 1, int(std::min<qint64>(100, deadline.remainingTime())));
                if (rc > 0) {
                    int soError = 0;
                    socklen_t len = sizeof soError;
                    getsockopt(candidate, SOL_SOCKET, SO_ERROR, &soError, &len);
                    rc = soError == 0 ? 0 : -1;
                    errno = soError;
                    break;
                }
                if (rc < 0 && errno != EINTR)
                    break;
                rc = -1;
                errno = ETIMEDOUT;
            }
            if (d->cancelled() || deadline.hasExpired()) {
                rc = -1;
                errno = ETIMEDOUT;
            }
        }
        if (rc == 0) {
            fd = candidate;
        } else {
            lastError = errno;
            ::close(candidate);
        }
        if (d->cancelled())
            break;
    }
    if (d->cancelled())
        return fail(
            d->token->reason() == CancelToken::Reason::TimedOut ? Failure::TimedOut : Failure::Cancelled,
            QCoreApplication::translate("SshSession", "connecting to %1: %2")
                .arg(where, d->token->message()));
    if (fd < 0) {
        switch (lastError) {
        case ETIMEDOUT:
            return fail(Failure::TimedOut,
                QCoreApplication::translate("SshSession",
                    "no answer from %1 within %2 s (host down, wrong address, or a firewall drops the "
                    "packets)")
                    .arg(where, seconds(m_target.connectTimeoutMs)));
        case ECONNREFUSED:
            return fail(Failure::Unreachable,
                QCoreApplication::translate(
                    "SshSession", "%1 refused the connection (is SSH running on that port?)")
                    .arg(where));
        default:
            return fail(Failure::Unreachable,
                QCoreApplication::translate("SshSession", "cannot connect to %1: %2")
                    .arg(where, QString::fromLocal8Bit(strerror(lastError))));
        }
    }

    const int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (ssh_options_set(d->session.get(), SSH_OPTIONS_FD, &fd) != SSH_OK) {
        ::close(fd);
        return failFromLibssh(Failure::Protocol,
            QCoreApplication::translate("SshSession", "could not hand the socket to libssh"));
    }
    d->interruptFd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (d->token && d->interruptFd >= 0) {
        const int interruptFd = d->interruptFd;
        d->interrupterId = d->token->addInterrupter([interruptFd] { ::shutdown(interruptFd, SHUT_RDWR); });
    }
    return {};
}

Status SshSession::verifyHostKey()
{
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(d->session.get(), &rawKey) != SSH_OK)
        return failFromLibssh(Failure::Protocol,
            QCoreApplication::translate("SshSession", "the server sent no usable host key"));
    detail::KeyPtr key(rawKey);
    unsigned char* rawHash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &rawHash, &hashLength) != 0)
        return failFromLibssh(Failure::Protocol,
            QCoreApplication::translate("SshSession", "could not compute the fingerprint of the host key"));
    detail::HashPtr hash(rawHash);
    m_serverFingerprint = QStringLiteral("SHA256:")
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash.get()), qsizetype(hashLength))
                                  .toBase64(QByteArray::OmitTrailingEquals));
    m_serverKeyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));

    const QString pinned = normalizeFingerprint(m_target.pinnedFingerprint);
    if (!pinned.isEmpty()) {
        if (pinned == m_serverFingerprint)
            return {};
        const Status refused = fail(Failure::HostKeyChanged,
            QCoreApplication::translate("SshSession",
                "HOST KEY CHANGED for %1: pinned %2, but the server now shows %3 (%4). This can be a "
                "reinstall "
                "or a machine in the middle; the connection was refused. Check the key on the PBX console "
                "and re-pin it deliberately if the change is expected.")
                .arg(m_target.host, pinned, m_serverFingerprint, m_serverKeyType));
        disconnect();
        return refused;
    }
    if (m_target.acceptNewHostKey) {
        qCInfo(lcSsh) << "accepted new host key" << m_serverFingerprint << "for" << m_target.displayName();
        return {};
    }
    const Status unknown = fail(Failure::UnknownHostKey,
        QCoreApplication::translate("SshSession",
            "UnknownHostKey: the host key of %1 is not pinned yet: %2 (%3). Compare it with "
            "'ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub' on the PBX, then accept it.")
            .arg(m_target.host, m_serverFingerprint, m_serverKeyType,
                m_serverKeyType.startsWith(QLatin1String("ecdsa"))
                    ? QStringLiteral("ecdsa")
                    : m_serverKeyType.mid(m_serverKeyType.indexOf(QLatin1Char('-')) + 1)));
    disconnect();
    return unknown;
}

QString SshSession::describeAuthMethods() const
{
    const int methods = ssh_userauth_list(d->session.get(), nullptr);
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi");
    return names.isEmpty() ? QCoreApplication::translate("SshSession", "none")
                           : names.join(QStringLiteral(", "));
}

Status SshSession::authenticate(const Credentials& credentials)
{
    m_authenticated = false;
    m_sudoAccess.reset();
    m_credentials = credentials;
    if (!isConnected())
        return fail(Failure::ConnectionLost, QCoreApplication::translate("SshSession", "not connected"));
    ssh_session s = d->session.get();
    const QString who = m_target.user + QLatin1Char('@') + m_target.host;

    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        m_authenticated = true;
        return {};
    }
    if (rc == SSH_AUTH_ERROR)
        return failFromLibssh(Failure::Protocol,
            QCoreApplication::translate("SshSession", "authentication with %1 failed").arg(who));
    const int methods = ssh_userauth_list(s, nullptr);
    const auto denied = [&](const QString& why) {
        return fail(Failure::AuthenticationFailed,
            why + QLatin1Char(' ')
                + QCoreApplication::translate("SshSession", "(the server accepts: %1)")
                      .arg(describeAuthMethods()));
    };

    switch (credentials.method) {
    case SshAuth::Agent: {
        if (!(methods & SSH_AUTH_METHOD_PUBLICKEY))
            return denied(QCoreApplication::translate(
                "SshSession", "%1 does not accept keys, so the SSH agent cannot be used")
                              .arg(who));
        if (!credentials.agentSocket.isEmpty()) {
            if (ssh_options_set(s, SSH_OPTIONS_IDENTITY_AGENT, credentials.agentSocket.toUtf8().constData())
                != SSH_OK)
                return failFromLibssh(Failure::Protocol,
                    QCoreApplication::translate("SshSession", "could not use the SSH agent at %1")
                        .arg(credentials.agentSocket));
        } else if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            return fail(Failure::AuthenticationFailed,
                QCoreApplication::translate(
                    "SshSession", "no SSH agent is running (SSH_AUTH_SOCK is not set)"));
        }
        rc = ssh_userauth_agent(s, nullptr);
        if (rc == SSH_AUTH_SUCCESS)
            break;
        if (rc == SSH_AUTH_ERROR)
            return failFromLibssh(Failure::AuthenticationFailed,
                QCoreApplication::translate("SshSession", "SSH agent authentication with %1 failed")
                    .arg(who));
        return denied(
            QCoreApplication::translate("SshSession", "none of the SSH agent's keys was accepted by %1")
                .arg(who));
    }
    case SshAuth::KeyFile: {
        if (credentials.keyPath.isEmpty())
            return fail(Failure::BadInput, QCoreApplication::translate("SshSession", "no key file given"));
        if (!(methods & SSH_AUTH_METHOD_PUBLICKEY))
            return denied(QCoreApplication::translate("SshSession", "%1 does not accept keys").arg(who));
        const QFileInfo info(credentials.keyPath);
        if (!info.isFile() || !info.isReadable())
            return fail(Failure::BadInput,
                QCoreApplication::translate("SshSession", "cannot read the key file %1")
                    .arg(credentials.keyPath));
        const Secret& passphrase = credentials.keyPassphrase;
        ssh_key rawKey = nullptr;
        rc = ssh_pki_import_privkey_file(QFile::encodeName(credentials.keyPath).constData(),
            credentials.keyPassphrase.isEmpty() ? nullptr : passphrase.c_str(), nullptr, nullptr, &rawKey);
        detail::KeyPtr key(rawKey);
        if (rc != SSH_OK || !key) {
            return fail(Failure::BadInput,
                credentials.keyPassphrase.isEmpty()
                    ? QCoreApplication::translate("SshSession",
                        "cannot load the key %1: it is protected by a passphrase, or is not a private key")
                          .arg(credentials.keyPath)
                    : QCoreApplication::translate(
                        "SshSession", "cannot load the key %1: wrong passphrase, or not a private key")
                          .arg(credentials.keyPath));
        }
        rc = ssh_userauth_publickey(s, nullptr, key.get());
        if (rc == SSH_AUTH_SUCCESS)
            break;
        if (rc == SSH_AUTH_ERROR)
            return failFromLibssh(Failure::AuthenticationFailed,
                QCoreApplication::translate("SshSession", "key authentication with %1 failed").arg(who));
        if (rc == SSH_AUTH_PARTIAL)
            return denied(QCoreApplication::translate(
                "SshSession", "%1 accepted the key but requires a second factor, which is not supported")
                              .arg(who));
        return denied(
            QCoreApplication::translate("SshSession", "%1 refused the key %2").arg(who, credentials.keyPath));
    }
    case SshAuth::Password: {
        rc = SSH_AUTH_DENIED;
        if (methods & SSH_AUTH_METHOD_PASSWORD) {
            rc = ssh_userauth_password(s, nullptr, credentials.password.c_str());
            if (rc == SSH_AUTH_ERROR)
                return failFromLibssh(Failure::AuthenticationFailed,
                    QCoreApplication::translate("SshSession", "password authentication with %1 failed")
                        .arg(who));
        }
        // PAM setups often offer only keyboard-interactive.
        if (rc == SSH_AUTH_DENIED && (methods & SSH_AUTH_METHOD_INTERACTIVE) && isConnected()) {
            if (Status st = authenticateKeyboardInteractive(credentials.password); !st)
                return st;
            rc = SSH_AUTH_SUCCESS;
        }
        if (rc == SSH_AUTH_SUCCESS)
            break;
        if (!(methods & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE)))
            return denied(QCoreApplication::translate("SshSession", "%1 does not accept passwords").arg(who));
        return denied(QCoreApplication::translate("SshSession", "wrong password for %1").arg(who));
    }
    }
    m_authenticated = true;
    return {};
}

Status SshSession::authenticateKeyboardInteractive(const Secret& password)
{
    ssh_session s = d->session.get();
    const QString who = m_target.user + QLatin1Char('@') + m_target.host;
    int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    bool answered = false;
    for (int round = 0; rc == SSH_AUTH_INFO && round < 4; ++round) {
        const int prompts = ssh_userauth_kbdint_getnprompts(s);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo);
            // A second hidden prompt after the password means the server wants something we do not
            // have (a one-time code, a new password): answer empty and let it refuse.
            const bool givePassword = !echo && !answered;
            if (ssh_userauth_kbdint_setanswer(s, unsigned(i), givePassword ? password.c_str() : "") < 0)
                return failFromLibssh(Failure::Protocol,
                    QCoreApplication::translate(
                        "SshSession", "keyboard-interactive authentication with %1 failed")
                        .arg(who));
            answered = answered || givePassword;
        }
        rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    }
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR)
        return failFromLibssh(Failure::AuthenticationFailed,
            QCoreApplication::translate("SshSession", "keyboard-interactive authentication with %1 failed")
                .arg(who));
    return fail(Failure::AuthenticationFailed,
        QCoreApplication::translate("SshSession", "wrong password for %1").arg(who));
}

void SshSession::disconnect()
{
    if (d->token && d->interrupterId)
        d->token->removeInterrupter(d->interrupterId);
    d->interrupterId = 0;
    if (d->session && ssh_is_connected(d->session.get()))
        ssh_disconnect(d->session.get());
    d->session.reset();
    if (d->interruptFd >= 0)
        ::close(d->interruptFd);
    d->interruptFd = -1;
    m_authenticated = false;
    m_sudoAccess.reset();
}

Result<CommandResult> SshSession::run(const RemoteCommand& command, const ExecOptions& options)
{
    return runLine(command.line(), options);
}

namespace {

// sudo exits with 1 and says why on stderr; these are its words for "it would not make you root".
bool sudoRefused(const QByteArray& err)
{
    return err.contains("incorrect password") || err.contains("a password is required")
        || err.contains("no password was provided") || err.contains("is not in the sudoers file")
        || err.contains("is not allowed to execute") || err.contains("may not run sudo")
        || err.startsWith("Sorry, try again");
}

bool sudoDenied(const QByteArray& err)
{
    return err.contains("is not in the sudoers file") || err.contains("is not allowed to execute")
        || err.contains("may not run sudo");
}

// "sh: 1: sudo: not found" / "bash: sudo: command not found": the shell never found sudo.
bool sudoMissing(const CommandResult& r)
{
    return r.exitStatus == 127 && r.err.contains("sudo");
}

} // namespace

Result<SshSession::SudoAccess> SshSession::sudoAccess()
{
    if (isRoot())
        return SudoAccess::Root;
    if (m_sudoAccess)
        return *m_sudoAccess;
    ExecOptions options;
    options.timeoutMs = 30000;
    options.maxOutputBytes = 64 * 1024;
    // LC_ALL=C: sudo's answers are read by their English words.
    Result<CommandResult> asked = runLine("LC_ALL=C sudo -n true </dev/null", options);
    if (!asked)
        return Error { asked.error() };
    SudoAccess access = SudoAccess::NoPasswordNeeded;
    if (sudoMissing(asked.value())) {
        access = SudoAccess::NotInstalled;
    } else if (asked->exitStatus != 0 && sudoDenied(asked->err)) {
        access = SudoAccess::NotAllowed;
    } else if (asked->exitStatus != 0) {
        // A password is required (or sudo would not say): try the one given, once.
        const Secret password = m_credentials.effectiveSudoPassword();
        if (password.isEmpty()) {
            access = SudoAccess::PasswordMissing;
        } else {
            ExecOptions withPassword = options;
            withPassword.stdinData = password.bytes().toByteArray() + '\n';
            Result<CommandResult> tried = runLine("LC_ALL=C sudo -S -p '' true", withPassword);
            withPassword.stdinData.fill('\0');
            if (!tried)
                return Error { tried.error() };
            access = tried->exitStatus == 0 ? SudoAccess::PasswordAccepted
                : sudoDenied(tried->err)    ? SudoAccess::NotAllowed
                                            : SudoAccess::PasswordRefused;
        }
    }
    m_sudoAccess = access;
    return access;
}

QString SshSession::sudoAccessCode(SudoAccess access)
{
    switch (access) {
    case SudoAccess::Root:
        return QStringLiteral("root");
    case SudoAccess::NoPasswordNeeded:
        return QStringLiteral("nopasswd");
    case SudoAccess::PasswordAccepted:
        return QStringLiteral("password-accepted");
    case SudoAccess::PasswordRefused:
        return QStringLiteral("password-refused");
    case SudoAccess::PasswordMissing:
        return QStringLiteral("password-missing");
    case SudoAccess::NotAllowed:
        return QStringLiteral("not-allowed");
    case SudoAccess::NotInstalled:
        return QStringLiteral("not-installed");
    }
    return {};
}

QString SshSession::describeSudoAccess(SudoAccess access, const QString& user, const QString& host)
{
    switch (access) {
    case SudoAccess::Root:
        return QCoreApplication::translate("SshSession", "logged in as root");
    case SudoAccess::NoPasswordNeeded:
        return QCoreApplication::translate(
            "SshSession", "%1 becomes root with sudo without a password (NOPASSWD)")
            .arg(user);
    case SudoAccess::PasswordAccepted:
        return QCoreApplication::translate(
            "SshSession", "%1 becomes root with sudo; the sudo password was accepted")
            .arg(user);
    case SudoAccess::PasswordRefused:
        return QCoreApplication::translate("SshSession",
            "sudo on %1 refused the password for %2: store the right sudo password for this PBX (or the "
            "login password, if it is the same), or log in as root")
            .arg(host, user);
    case SudoAccess::PasswordMissing:
        return QCoreApplication::translate("SshSession",
            "sudo on %1 needs a password for %2 and none is stored: store the sudo password for this PBX, "
            "allow %2 to use sudo without one, or log in as root")
            .arg(host, user);
    case SudoAccess::NotAllowed:
        return QCoreApplication::translate("SshSession",
            "%1 may not use sudo on %2: add it to the sudoers (the sudo group), or log in as root")
            .arg(user, host);
    case SudoAccess::NotInstalled:
        return QCoreApplication::translate(
            "SshSession", "sudo is not installed on %1: install sudo there, or log in as root")
            .arg(host);
    }
    return {};
}

Result<CommandResult> SshSession::runAsRoot(const RemoteCommand& command, const ExecOptions& options)
{
    if (isRoot())
        return run(command, options);
    Result<SudoAccess> access = sudoAccess();
    if (!access)
        return Error { access.error() };
    if (access.value() == SudoAccess::NoPasswordNeeded) {
        // No password is sent where none is asked for: the command's input stays its own.
        Result<CommandResult> result = runLine(command.sudoLineWithoutPassword(), options);
        if (result && result->exitStatus == 1 && sudoRefused(result->err))
            return Error { fail(Failure::AuthenticationFailed,
                QCoreApplication::translate("SshSession", "sudo on %1 refused: %2")
                    .arg(m_target.host,
                        QString::fromUtf8(result->err).trimmed().section(QLatin1Char('\n'), -1)))
                               .error() };
        return result;
    }
    if (access.value() != SudoAccess::PasswordAccepted)
        return Error { fail(
            Failure::AuthenticationFailed, describeSudoAccess(access.value(), m_target.user, m_target.host))
                           .error() };
    ExecOptions sudoOptions = options;
    sudoOptions.stdinData
        = m_credentials.effectiveSudoPassword().bytes().toByteArray() + '\n' + options.stdinData;
    Result<CommandResult> result = runLine(command.sudoLine(options.stdinData.isEmpty()), sudoOptions);
    sudoOptions.stdinData.fill('\0');
    if (!result)
        return result;
    // sudo exits with 1 and says why on stderr; tell that apart from the command failing.
    const QByteArray& err = result->err;
    if (result->exitStatus == 1 && sudoRefused(err)) {
        QString reason = QString::fromUtf8(err).trimmed().section(QLatin1Char('\n'), -1);
        return Error { fail(Failure::AuthenticationFailed,
            QCoreApplication::translate("SshSession", "sudo on %1 refused: %2").arg(m_target.host, reason))
                           .error() };
    }
    return result;
}

Result<CommandResult> SshSession::runLine(const QByteArray& line, const ExecOptions& options)
{
    const auto failed = [this](Failure failure, const QString& message) -> Result<CommandResult> {
        return Error { fail(failure, message).error() };
    };
    const auto libsshFailed = [this](Failure failure, const QString& what) -> Result<CommandResult> {
        return Error { failFromLibssh(failure, what).error() };
    };
    if (!m_authenticated || !isConnected())
        return failed(Failure::ConnectionLost,
            QCoreApplication::translate("SshSession", "not connected to %1").arg(m_target.host));
    if (d->cancelled())
        return failed(
            d->token->reason() == CancelToken::Reason::TimedOut ? Failure::TimedOut : Failure::Cancelled,
            d->token->message());

    ssh_session s = d->session.get();
    detail::ChannelPtr channel(ssh_channel_new(s));
    if (!channel)
        return libsshFailed(
            Failure::Protocol, QCoreApplication::translate("SshSession", "could not create a channel"));
    if (ssh_channel_open_session(channel.get()) != SSH_OK)
        return libsshFailed(Failure::RemoteError,
            QCoreApplication::translate("SshSession", "%1 refused to open a session channel")
                .arg(m_target.host));
    if (ssh_channel_request_exec(channel.get(), line.constData()) != SSH_OK)
        return libsshFailed(Failure::RemoteError,
            QCoreApplication::translate("SshSession", "%1 refused to run a command").arg(m_target.host));

    for (qsizetype written = 0; written < options.stdinData.size();) {
        const int n = ssh_channel_write(channel.get(), options.stdinData.constData() + written,
            uint32_t(std::min<qsizetype>(options.stdinData.size() - written, 32768)));
        if (n < 0)
            return libsshFailed(Failure::ConnectionLost,
                QCoreApplication::translate("SshSession", "sending input to the command on %1 failed")
                    .arg(m_target.host));
        written += n;
    }
    if (ssh_channel_send_eof(channel.get()) != SSH_OK)
        return libsshFailed(Failure::ConnectionLost,
            QCoreApplication::translate("SshSession", "sending input to the command on %1 failed")
                .arg(m_target.host));

    CommandResult result;
    QDeadlineTimer deadline(options.timeoutMs);
    bool eof[2] = { false, false };
    QByteArray* sinks[2] = { &result.out, &result.err };
    char buffer[65536];
    while (!(eof[0] && eof[1])) {
        if (d->cancelled()) {
            ssh_channel_close(channel.get());
            return failed(
                d->token->reason() == CancelToken::Reason::TimedOut ? Failure::TimedOut : Failure::Cancelled,
                QCoreApplication::translate("SshSession", "command on %1 stopped: %2")
                    .arg(m_target.host, d->token->message()));
        }
        if (deadline.hasExpired()) {
            ssh_channel_close(channel.get());
            return failed(Failure::TimedOut,
                QCoreApplication::translate(
                    "SshSession", "the command on %1 did not finish within %2 s and was stopped")
                    .arg(m_target.host, seconds(options.timeoutMs)));
        }
        bool gotData = false;
        for (int stream = 0; stream < 2; ++stream) {
            if (eof[stream])
                continue;
            const int n = ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer, stream);
            if (n == SSH_EOF) {
                eof[stream] = true;
            } else if (n < 0) {
                return libsshFailed(Failure::ConnectionLost,
                    QCoreApplication::translate(
                        "SshSession", "the connection to %1 broke while the command was running")
                        .arg(m_target.host));
            } else if (n > 0) {
                gotData = true;
                const qint64 room = options.maxOutputBytes - result.out.size() - result.err.size();
                sinks[stream]->append(buffer, qsizetype(std::min<qint64>(n, std::max<qint64>(room, 0))));
                if (n > room)
                    result.truncated = true;
            }
        }
        if (result.truncated) {
            ssh_channel_close(channel.get());
            qCInfo(lcSsh) << "output of a command on" << m_target.host << "capped at"
                          << options.maxOutputBytes << "bytes";
            return result;
        }
        if (!gotData && !(eof[0] && eof[1])) {
            if (ssh_channel_is_closed(channel.get()) || !ssh_is_connected(s)) {
                if (!ssh_is_connected(s))
                    return libsshFailed(Failure::ConnectionLost,
                        QCoreApplication::translate(
                            "SshSession", "the connection to %1 was lost while the command was running")
                            .arg(m_target.host));
                break;
            }
            const int rc = ssh_channel_poll_timeout(channel.get(), 50, eof[0] ? 1 : 0);
            if (rc == SSH_ERROR)
                return libsshFailed(Failure::ConnectionLost,
                    QCoreApplication::translate(
                        "SshSession", "the connection to %1 was lost while the command was running")
                        .arg(m_target.host));
        }
    }
    result.exitStatus = ssh_channel_get_exit_status(channel.get());
    if (result.exitStatus < 0 && !ssh_is_connected(s))
        return libsshFailed(Failure::ConnectionLost,
            QCoreApplication::translate(
                "SshSession", "the connection to %1 was lost before the command ended")
                .arg(m_target.host));
    ssh_channel_close(channel.get());
    return result;
}

} // namespace pbxwarden::ssh
