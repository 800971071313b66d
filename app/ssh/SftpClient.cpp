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

QString tr(const char* text)
{
    return QCoreApplication::translate("SftpClient", text);
}

QString describeSftpError(int code)
{
    switch (code) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return tr("no such file or folder");
    case SSH_FX_PERMISSION_DENIED:
        return tr("permission denied");
    case SSH_FX_FILE_ALREADY_EXISTS:
        return tr("the file already exists");
    case SSH_FX_WRITE_PROTECT:
        return tr("the file system is read-only");
    case SSH_FX_NO_MEDIA:
        return tr("no medium");
    case SSH_FX_CONNECTION_LOST:
    case SSH_FX_NO_CONNECTION:
        return tr("the connection was lost");
    case SSH_FX_OP_UNSUPPORTED:
        return tr("the server does not support this operation");
    default:
        return tr("the server reported a failure");
    }
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
        reason = tr("the connection was lost");
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
        return m_session.fail(SshSession::Failure::ConnectionLost, tr("not connected"));
    d->sftp.reset(sftp_new(m_session.d->session.get()));
    if (!d->sftp)
        return m_session.failFromLibssh(SshSession::Failure::RemoteError, tr("could not start SFTP"));
    if (sftp_init(d->sftp.get()) != SSH_OK) {
        d->sftp.reset();
        return m_session.failFromLibssh(SshSession::Failure::RemoteError,
            tr("%1 has no SFTP service (Subsystem sftp in sshd_config)").arg(m_session.target().host));
    }
    return {};
}

Result<QByteArray> SftpClient::readFile(const QString& path, qint64 maxBytes)
{
    if (!validPath(path))
        return Error {
            m_session.fail(SshSession::Failure::BadInput, tr("'%1' is not an absolute file path").arg(path))
                .error()
        };
    if (Status st = ensureStarted(); !st)
        return Error { st.error() };
    const QByteArray name = path.toUtf8();
    detail::SftpFilePtr file(sftp_open(d->sftp.get(), name.constData(), O_RDONLY, 0));
    if (!file)
        return Error { fail(tr("cannot open %1"), path).error() };
    QByteArray data;
    char buffer[65536];
    for (;;) {
        const ssize_t n = sftp_read(file.get(), buffer, sizeof buffer);
        if (n < 0)
            return Error { fail(tr("reading %1 failed"), path).error() };
        if (n == 0)
            break;
        if (data.size() + n > maxBytes)
            return Error { m_session
                               .fail(SshSession::Failure::BadInput,
                                   tr("%1 is larger than %2 bytes and was not read").arg(path).arg(maxBytes))
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
    if (!validPath(path))
        return Error {
            m_session.fail(SshSession::Failure::BadInput, tr("'%1' is not an absolute file path").arg(path))
                .error()
        };
    if (Status st = ensureStarted(); !st)
        return Error { st.error() };
    const QString prefix = temporaryPrefix(path);
    const qsizetype slash = prefix.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash == 0 ? QStringLiteral("/") : prefix.left(slash);
    const QString namePrefix = prefix.mid(slash + 1);
    detail::SftpDirPtr dir(sftp_opendir(d->sftp.get(), folder.toUtf8().constData()));
    if (!dir)
        return Error { fail(tr("cannot list %1"), folder).error() };
    QStringList stale;
    while (sftp_attributes raw = sftp_readdir(d->sftp.get(), dir.get())) {
        detail::SftpAttributesPtr entry(raw);
        const QString name = QString::fromUtf8(entry->name);
        if (name.startsWith(namePrefix) && entry->type == SSH_FILEXFER_TYPE_REGULAR)
            stale << prefix.left(slash + 1) + name;
    }
    if (!sftp_dir_eof(dir.get()))
        return Error { fail(tr("cannot list %1"), folder).error() };
    int removed = 0;
    for (const QString& file : std::as_const(stale)) {
        if (sftp_unlink(d->sftp.get(), file.toUtf8().constData()) != SSH_OK)
            return Error { fail(tr("cannot remove the leftover %1"), file).error() };
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
        return fail(tr("cannot read the attributes of %1"), path);
    if (original && original->type != SSH_FILEXFER_TYPE_REGULAR)
        return m_session.fail(
            SshSession::Failure::BadInput, tr("%1 is not a regular file; it was not replaced").arg(path));

    const QString temporary
        = temporaryPrefix(path) + QString::number(QRandomGenerator::system()->generate64(), 36);
    const QByteArray tempName = temporary.toUtf8();
    detail::SftpFilePtr file(sftp_open(sftp, tempName.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600));
    if (!file)
        return fail(tr("cannot create a temporary file next to %1"), path);

    for (qsizetype done = 0; done < data.size();) {
        const size_t chunk = size_t(std::min<qsizetype>(data.size() - done, 32768));
        const ssize_t n = sftp_write(file.get(), data.constData() + done, chunk);
        if (n <= 0)
            return fail(tr("writing %1 failed"), temporary);
        done += n;
        if (progress)
            progress(done, data.size());
    }
    if (sftp_extension_supported(sftp, "fsync@openssh.com", "1")) {
        if (sftp_fsync(file.get()) != 0)
            return fail(tr("flushing %1 to disk failed"), temporary);
    } else {
        qCInfo(lcSsh) << m_session.target().host
                      << "has no fsync@openssh.com; the new file may not be on disk yet";
    }
    if (sftp_close(file.release()) != SSH_OK)
        return fail(tr("closing %1 failed"), temporary);

    if (original) {
        if ((original->flags & SSH_FILEXFER_ATTR_UIDGID)
            && sftp_chown(sftp, tempName.constData(), original->uid, original->gid) != SSH_OK)
            return fail(tr("cannot give %1 the owner of the file it replaces"), temporary);
        if (sftp_chmod(sftp, tempName.constData(), original->permissions & 07777) != SSH_OK)
            return fail(tr("cannot give %1 the mode of the file it replaces"), temporary);
    } else if (sftp_chmod(sftp, tempName.constData(), mode_t(newFileMode & 07777)) != SSH_OK) {
        return fail(tr("cannot set the mode of %1"), temporary);
    }

    if (sftp_rename(sftp, tempName.constData(), target.constData()) != SSH_OK)
        return fail(tr("cannot move the new file over %1"), path);
    return {};
}

} // namespace pbxwarden::ssh
