#include "ssh/SftpClient.h"

#include "core/Logging.h"
#include "ssh/LibsshHandles.h"
#include "ssh/SshSession.h"
#include "ssh/SshSessionPrivate.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <fcntl.h>

namespace pbxwarden::ssh {
namespace {

QString describeSftpError(int code)
{
    switch (code) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return QCoreApplication::translate("SftpClient", "no such file or folder");
    case SSH_FX_PERMISSION_DENIED:
        return QCoreApplication::translate("SftpClient", "permission denied");
    case SSH_FX_FILE_ALREADY_EXISTS:
        return QCoreApplication::translate("SftpClient", "the file already exists");
    case SSH_FX_WRITE_PROTECT:
        return QCoreApplication::translate("SftpClient", "the file system is read-only");
    case SSH_FX_NO_MEDIA:
        return QCoreApplication::translate("SftpClient", "no medium");
    case SSH_FX_CONNECTION_LOST:
    case SSH_FX_NO_CONNECTION:
        return QCoreApplication::translate("SftpClient", "the connection was lost");
    case SSH_FX_OP_UNSUPPORTED:
        return QCoreApplication::translate("SftpClient", "the server does not support this operation");
    default:
        return QCoreApplication::translate("SftpClient", "the server reported a failure");
    }
}

void putUint32(QByteArray& out, quint32 v)
{
    out += char(v >> 24);
    out += char(v >> 16);
    out += char(v >> 8);
    out += char(v);
}

void putString(QByteArray& out, const QByteArray& s)
{
    putUint32(out, quint32(s.size()));
    out += s;
}

quint32 getUint32(const QByteArray& in, qsizetype at)
{
    if (at + 4 > in.size())
        return 0;
    const auto* p = reinterpret_cast<const uchar*>(in.constData() + at);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

bool validPath(const QString& path)
{
    return path.startsWith(QLatin1Char('/')) && !path.contains(QChar(0)) && !path.endsWith(QLatin1Char('/'));
}

} // namespace

struct SftpClient::Private
{
    detail::SftpPtr sftp;
};

SftpClient::SftpClient(SshSession& session)
    : m_session(session)
    , d(std::make_unique<Private>())
{
}

SftpClient::~SftpClient() = default;

Status SftpClient::fail(const QString& what, const QString& path)
{
    QString reason;
    if (!m_session.isConnected() || !d->sftp)
        reason = QCoreApplication::translate("SftpClient", "the connection was lost");
    else
        reason = describeSftpError(sftp_get_error(d->sftp.get()));
    const QString message = what.arg(path) + QStringLiteral(": ") + reason;
    if (m_session.d->cancelled())
        return m_session.fail(m_session.d->token->reason() == CancelToken::Reason::TimedOut
                ? SshSession::Failure::TimedOut
                : SshSession::Failure::Cancelled,
            what.arg(path) + QStringLiteral(": ") + m_session.d->token->message());
    return m_session.fail(
        m_session.isConnected() ? SshSession::Failure::RemoteError : SshSession::Failure::ConnectionLost,
        message);
}

Status SftpClient::ensureStarted()
{
    if (d->sftp)
        return {};
    if (!m_session.isAuthenticated() || !m_session.isConnected())
        return m_session.fail(
            SshSession::Failure::ConnectionLost, QCoreApplication::translate("SftpClient", "not connected"));
    d->sftp.reset(sftp_new(m_session.d->session.get()));
    if (!d->sftp)
        return m_session.failFromLibssh(SshSession::Failure::RemoteError,
            QCoreApplication::translate("SftpClient", "could not start SFTP"));
    if (sftp_init(d->sftp.get()) != SSH_OK) {
        d->sftp.reset();
        return m_session.failFromLibssh(SshSession::Failure::RemoteError,
            QCoreApplication::translate(
                "SftpClient", "%1 has no SFTP service (Subsystem sftp in sshd_config)")
                .arg(m_session.target().host));
    }
    return {};
}

Status SftpClient::begin(const QString& path)
{
    if (!validPath(path))
        return m_session.fail(SshSession::Failure::BadInput,
            QCoreApplication::translate("SftpClient", "'%1' is not an absolute file path").arg(path));
    return ensureStarted();
}

Result<QByteArray> SftpClient::readFile(const QString& path, qint64 maxBytes)
{
    if (Status st = begin(path); !st)
        return Error { st.error() };
    const QByteArray name = path.toUtf8();
    detail::SftpFilePtr file(sftp_open(d->sftp.get(), name.constData(), O_RDONLY, 0));
    if (!file)
        return Error { fail(QCoreApplication::translate("SftpClient", "cannot open %1"), path).error() };
    QByteArray data;
    char buffer[65536];
    for (;;) {
        const ssize_t n = sftp_read(file.get(), buffer, sizeof buffer);
        if (n < 0)
            return Error {
                fail(QCoreApplication::translate("SftpClient", "reading %1 failed"), path).error()
            };
        if (n == 0)
            break;
        if (data.size() + n > maxBytes)
            return Error { m_session
                               .fail(SshSession::Failure::BadInput,
                                   QCoreApplication::translate(
                                       "SftpClient", "%1 is larger than %2 bytes and was not read")
                                       .arg(path)
                                       .arg(maxBytes))
                               .error() };
        data.append(buffer, qsizetype(n));
    }
    return data;
}

QString SftpClient::temporaryPrefix(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return path.left(slash + 1) + QLatin1Char('.') + path.mid(slash + 1) + QStringLiteral(".pbxwarden-tmp-");
}

Result<int> SftpClient::removeStaleTemporaries(const QString& path)
{
    if (Status st = begin(path); !st)
        return Error { st.error() };
    const QString prefix = temporaryPrefix(path);
    const qsizetype slash = prefix.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash == 0 ? QStringLiteral("/") : prefix.left(slash);
    const QString namePrefix = prefix.mid(slash + 1);
    detail::SftpDirPtr dir(sftp_opendir(d->sftp.get(), folder.toUtf8().constData()));
    if (!dir)
        return Error { fail(QCoreApplication::translate("SftpClient", "cannot list %1"), folder).error() };
    QStringList stale;
    while (sftp_attributes raw = sftp_readdir(d->sftp.get(), dir.get())) {
        detail::SftpAttributesPtr entry(raw);
        const QString name = QString::fromUtf8(entry->name);
        if (name.startsWith(namePrefix) && entry->type == SSH_FILEXFER_TYPE_REGULAR)
            stale << prefix.left(slash + 1) + name;
    }
    if (!sftp_dir_eof(dir.get()))
        return Error { fail(QCoreApplication::translate("SftpClient", "cannot list %1"), folder).error() };
    int removed = 0;
    for (const QString& file : std::as_const(stale)) {
        if (sftp_unlink(d->sftp.get(), file.toUtf8().constData()) != SSH_OK)
            return Error {
                fail(QCoreApplication::translate("SftpClient", "cannot remove the leftover %1"), file).error()
            };
        qCInfo(lcSsh) << "removed leftover of an interrupted write:" << file;
        ++removed;
    }
    return removed;
}

Status SftpClient::writeFileAtomic(
    const QString& path, const QByteArray& data, int newFileMode, const Progress& progress)
{
    if (Result<int> cleaned = removeStaleTemporaries(path); !cleaned)
        return Error { cleaned.error() };
    sftp_session sftp = d->sftp.get();
    const QByteArray target = path.toUtf8();

    // The replacement gets what the original had, so a config file owned by asterisk:asterisk 0640
    // stays that way.
    detail::SftpAttributesPtr original(sftp_stat(sftp, target.constData()));
    if (!original && sftp_get_error(sftp) != SSH_FX_NO_SUCH_FILE)
        return fail(QCoreApplication::translate("SftpClient", "cannot read the attributes of %1"), path);
    if (original && original->type != SSH_FILEXFER_TYPE_REGULAR)
        return m_session.fail(SshSession::Failure::BadInput,
            QCoreApplication::translate("SftpClient", "%1 is not a regular file; it was not replaced")
                .arg(path));

    const QString temporary
        = temporaryPrefix(path) + QString::number(QRandomGenerator::system()->generate64(), 36);
    const QByteArray tempName = temporary.toUtf8();
    detail::SftpFilePtr file(sftp_open(sftp, tempName.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600));
    if (!file)
        return fail(
            QCoreApplication::translate("SftpClient", "cannot create a temporary file next to %1"), path);

    for (qsizetype done = 0; done < data.size();) {
        const size_t chunk = size_t(std::min<qsizetype>(data.size() - done, 32768));
        const ssize_t n = sftp_write(file.get(), data.constData() + done, chunk);
        if (n <= 0)
            return fail(QCoreApplication::translate("SftpClient", "writing %1 failed"), temporary);
        done += n;
        if (progress)
            progress(done, data.size());
    }
    if (sftp_extension_supported(sftp, "fsync@openssh.com", "1")) {
        if (sftp_fsync(file.get()) != 0)
            return fail(QCoreApplication::translate("SftpClient", "flushing %1 to disk failed"), temporary);
    } else {
        qCInfo(lcSsh) << m_session.target().host
                      << "has no fsync@openssh.com; the new file may not be on disk yet";
    }
    if (sftp_close(file.release()) != SSH_OK)
        return fail(QCoreApplication::translate("SftpClient", "closing %1 failed"), temporary);

    if (original) {
        if ((original->flags & SSH_FILEXFER_ATTR_UIDGID)
            && sftp_chown(sftp, tempName.constData(), original->uid, original->gid) != SSH_OK)
            return fail(
                QCoreApplication::translate("SftpClient", "cannot give %1 the owner of the file it replaces"),
                temporary);
        if (sftp_chmod(sftp, tempName.constData(), original->permissions & 07777) != SSH_OK)
            return fail(
                QCoreApplication::translate("SftpClient", "cannot give %1 the mode of the file it replaces"),
                temporary);
    } else if (sftp_chmod(sftp, tempName.constData(), mode_t(newFileMode & 07777)) != SSH_OK) {
        return fail(QCoreApplication::translate("SftpClient", "cannot set the mode of %1"), temporary);
    }

    if (!original) {
        if (sftp_rename(sftp, tempName.constData(), target.constData()) != SSH_OK)
            return fail(QCoreApplication::translate("SftpClient", "cannot move the new file to %1"), path);
        return {};
    }
    return posixRename(tempName, target);
}

// libssh 0.10 sends only the plain SFTP v3 rename, which OpenSSH refuses when the target exists, and
// has no call for extended requests. posix-rename@openssh.com is therefore spoken on a channel of its
// own: INIT, VERSION, one EXTENDED request, its STATUS.
Status SftpClient::posixRename(const QByteArray& from, const QByteArray& to)
{
    const QString path = QString::fromUtf8(to);
    if (!sftp_extension_supported(d->sftp.get(), "posix-rename@openssh.com", "1")) {
        return m_session.fail(SshSession::Failure::RemoteError,
            QCoreApplication::translate("SftpClient",
                "%1 cannot replace files atomically (no posix-rename@openssh.com); %2 was not changed")
                .arg(m_session.target().host, path));
    }
    ssh_session s = m_session.d->session.get();
    detail::ChannelPtr channel(ssh_channel_new(s));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK
        || ssh_channel_request_subsystem(channel.get(), "sftp") != SSH_OK)
        return m_session.failFromLibssh(SshSession::Failure::RemoteError,
            QCoreApplication::translate("SftpClient", "cannot move the new file over %1").arg(path));

    const auto send = [&](char type, const QByteArray& body) {
        QByteArray packet;
        putUint32(packet, quint32(body.size() + 1));
        packet += type;
        packet += body;
        return ssh_channel_write(channel.get(), packet.constData(), uint32_t(packet.size()))
            == int(packet.size());
    };
    const auto readExactly = [&](qsizetype size, QByteArray* out) {
        out->resize(size);
        for (qsizetype got = 0; got < size;) {
            const int n
                = ssh_channel_read_timeout(channel.get(), out->data() + got, uint32_t(size - got), 0, 30000);
            if (n <= 0)
                return false;
            got += n;
        }
        return true;
    };
    const auto receive = [&](QByteArray* packet) {
        QByteArray header;
        if (!readExactly(4, &header))
            return false;
        const quint32 length = getUint32(header, 0);
        return length > 0 && length < 256 * 1024 && readExactly(qsizetype(length), packet);
    };

    QByteArray body;
    putUint32(body, 3);
    QByteArray reply;
    if (!send(char(SSH_FXP_INIT), body) || !receive(&reply) || reply.at(0) != char(SSH_FXP_VERSION))
        return m_session.failFromLibssh(SshSession::Failure::RemoteError,
            QCoreApplication::translate("SftpClient", "cannot move the new file over %1").arg(path));
    body.clear();
    putUint32(body, 1);
    putString(body, QByteArrayLiteral("posix-rename@openssh.com"));
    putString(body, from);
    putString(body, to);
    if (!send(char(SSH_FXP_EXTENDED), body) || !receive(&reply) || reply.at(0) != char(SSH_FXP_STATUS))
        return m_session.failFromLibssh(SshSession::Failure::RemoteError,
            QCoreApplication::translate("SftpClient", "cannot move the new file over %1").arg(path));
    const quint32 status = getUint32(reply, 5);
    ssh_channel_send_eof(channel.get());
    ssh_channel_close(channel.get());
    if (status != SSH_FX_OK) {
        return m_session.fail(SshSession::Failure::RemoteError,
            QCoreApplication::translate("SftpClient", "cannot move the new file over %1: %2")
                .arg(path, describeSftpError(int(status))));
    }
    return {};
}

} // namespace pbxwarden::ssh
