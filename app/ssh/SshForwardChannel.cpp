#include "ssh/SshForwardChannel.h"

#include "core/Logging.h"
#include "ssh/LibsshHandles.h"
#include "ssh/SshSessionPrivate.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <poll.h>

namespace pbxwarden::ssh {

struct SshForwardChannel::Private
{
    detail::ChannelPtr channel;
};

SshForwardChannel::SshForwardChannel(SshSession& session)
    : m_session(session)
    , d(std::make_unique<Private>())
{
}

SshForwardChannel::~SshForwardChannel()
{
    close();
}

QString SshForwardChannel::describe() const
{
    return QCoreApplication::translate("SshForwardChannel", "%1:%2 through %3")
        .arg(m_host)
        .arg(m_port)
        .arg(m_session.target().displayName());
}

Error SshForwardChannel::failure(const QString& what) const
{
    const auto& session = m_session.d->session;
    if (m_session.d->cancelled())
        return Error { what + QStringLiteral(": ") + m_session.d->token->message() };
    QString detail = session ? QString::fromUtf8(ssh_get_error(session.get())) : QString();
    if (session && !ssh_is_connected(session.get()) && detail.isEmpty())
        detail = QCoreApplication::translate("SshForwardChannel", "the connection was closed");
    return Error { detail.isEmpty() ? what : what + QStringLiteral(": ") + detail };
}

Status SshForwardChannel::open(const QString& host, int port)
{
    close();
    m_host = host;
    m_port = port;
    m_atEnd = false;
    ssh_session s = m_session.d->session.get();
    const QString server = m_session.target().displayName();
    if (!s || !m_session.isAuthenticated() || !ssh_is_connected(s))
        return Error { QCoreApplication::translate("SshForwardChannel", "not logged in to %1").arg(server) };
    if (port < 1 || port > 65535)
        return Error { QCoreApplication::translate("SshForwardChannel", "%1 is not a valid port").arg(port) };

    d->channel.reset(ssh_channel_new(s));
    if (!d->channel)
        return failure(QCoreApplication::translate("SshForwardChannel", "could not create a channel"));
    // The originator address is informational; OpenSSH logs it. 127.0.0.1:0 says "this client".
    const int rc
        = ssh_channel_open_forward(d->channel.get(), host.toUtf8().constData(), port, "127.0.0.1", 0);
    if (rc == SSH_OK)
        return {};
    const QString detail = s ? QString::fromUtf8(ssh_get_error(s)) : QString();
    d->channel.reset();
    if (m_session.d->cancelled() || !ssh_is_connected(s))
        return failure(
            QCoreApplication::translate("SshForwardChannel", "opening a channel to %1:%2 on %3 failed")
                .arg(host)
                .arg(port)
                .arg(server));
    // RFC 4254 5.1 reason codes, as libssh puts them in its message: "... error (N) text".
    if (detail.contains(QLatin1String("error (1)")) || detail.contains(QLatin1String("prohibited")))
        return Error { QCoreApplication::translate("SshForwardChannel",
            "the SSH server %1 does not allow forwarding to %2:%3 (sshd_config AllowTcpForwarding "
            "or PermitOpen), so it cannot be reached through SSH (%4)")
                           .arg(server, host)
                           .arg(port)
                           .arg(detail) };
    if (detail.contains(QLatin1String("error (2)")))
        return Error { QCoreApplication::translate("SshForwardChannel",
            "the SSH server %1 could not connect to %2:%3: nothing listens there, or a firewall on "
            "the server refuses it (%4)")
                           .arg(server, host)
                           .arg(port)
                           .arg(detail) };
    return Error { QCoreApplication::translate(
        "SshForwardChannel", "the SSH server %1 refused a channel to %2:%3: %4")
                       .arg(server, host)
                       .arg(port)
                       .arg(detail) };
}

bool SshForwardChannel::isOpen() const
{
    return d->channel && ssh_channel_is_open(d->channel.get()) && !m_atEnd;
}

Status SshForwardChannel::write(const QByteArray& bytes)
{
    if (!d->channel)
        return Error {
            QCoreApplication::translate("SshForwardChannel", "the channel to %1 is not open").arg(describe())
        };
    for (qsizetype written = 0; written < bytes.size();) {
        const int n = ssh_channel_write(d->channel.get(), bytes.constData() + written,
            uint32_t(std::min<qsizetype>(bytes.size() - written, 32768)));
        if (n < 0)
            return failure(
                QCoreApplication::translate("SshForwardChannel", "sending to %1 failed").arg(describe()));
        written += n;
    }
    return {};
}

Result<QByteArray> SshForwardChannel::readAvailable(qsizetype maxBytes)
{
    if (!d->channel || m_atEnd)
        return QByteArray();
    ssh_channel channel = d->channel.get();
    QByteArray bytes(std::min<qsizetype>(std::max<qsizetype>(maxBytes, 1), 65536), Qt::Uninitialized);
    const int n = ssh_channel_read_nonblocking(channel, bytes.data(), uint32_t(bytes.size()), 0);
    if (n == SSH_EOF) {
        m_atEnd = true;
        return QByteArray();
    }
    if (n < 0)
        return failure(QCoreApplication::translate("SshForwardChannel", "the SSH connection to %1 was lost")
                           .arg(m_session.target().displayName()));
    if (n == 0) {
        if (!ssh_is_connected(m_session.d->session.get()))
            return failure(
                QCoreApplication::translate("SshForwardChannel", "the SSH connection to %1 was lost")
                    .arg(m_session.target().displayName()));
        if (ssh_channel_is_closed(channel) || ssh_channel_is_eof(channel))
            m_atEnd = true;
        return QByteArray();
    }
    bytes.truncate(n);
    return bytes;
}

Status SshForwardChannel::wait(int wakeFd, int timeoutMs)
{
    ssh_session s = m_session.d->session.get();
    const int fd = s ? ssh_get_fd(s) : -1;
    if (fd < 0)
        return Error { QCoreApplication::translate("SshForwardChannel", "the SSH connection to %1 was lost")
                           .arg(m_session.target().displayName()) };
    pollfd fds[2] = { { fd, POLLIN, 0 }, { wakeFd, POLLIN, 0 } };
    const int rc = ::poll(fds, wakeFd >= 0 ? 2 : 1, timeoutMs);
    if (rc < 0 && errno != EINTR)
        return Error { QCoreApplication::translate("SshForwardChannel", "waiting for data from %1 failed: %2")
                           .arg(m_session.target().displayName(), QString::fromLocal8Bit(strerror(errno))) };
    return {};
}

void SshForwardChannel::close()
{
    if (!d->channel)
        return;
    ssh_channel channel = d->channel.get();
    ssh_session s = m_session.d->session.get();
    if (!s) {
        // The session was freed first, and libssh freed its channels with it.
        (void)d->channel.release();
        return;
    }
    // Both are best effort: on a broken connection there is nobody left to tell.
    if (s && ssh_is_connected(s) && ssh_channel_is_open(channel)) {
        if (ssh_channel_send_eof(channel) != SSH_OK)
            qCDebug(lcSsh) << describe() << "sending EOF failed:" << ssh_get_error(s);
        if (ssh_channel_close(channel) != SSH_OK)
            qCDebug(lcSsh) << describe() << "closing the channel failed:" << ssh_get_error(s);
    }
    d->channel.reset();
}

} // namespace pbxwarden::ssh
