#include "ssh/SshTunnel.h"

#include "core/Logging.h"
#include "ssh/CancelToken.h"
#include "ssh/SshForwardChannel.h"
#include "ssh/SshSession.h"

#include <cerrno>
#include <cstdint>
#include <mutex>
#include <poll.h>
#include <sys/eventfd.h>
#include <thread>
#include <unistd.h>

namespace pbxwarden::ssh {
namespace {

// The longest the worker sleeps without looking at its flags; bytes and wake-ups end it sooner.
constexpr int kIdleWaitMs = 200;

} // namespace

struct SshTunnel::Shared
{
    mutable std::mutex mutex;
    QByteArray outgoing;
    QByteArray incoming;
    bool closeRequested = false;
    bool dataPosted = false;
    QString fingerprint;
    CancelTokenPtr token = std::make_shared<CancelToken>();
    int wakeFd = -1;
    std::thread worker;
};

SshTunnel::SshTunnel(SshTarget target, Credentials credentials, SshTunnelOptions options, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_credentials(std::move(credentials))
    , m_options(std::move(options))
    , d(std::make_unique<Shared>())
{
    d->wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

SshTunnel::~SshTunnel()
{
    if (d->worker.joinable()) {
        d->token->cancel();
        wake();
        d->worker.join();
    }
    if (d->wakeFd >= 0)
        ::close(d->wakeFd);
}

QString SshTunnel::describe() const
{
    return QStringLiteral("ssh://%1 \u2192 %2:%3")
        .arg(m_target.displayName(), m_options.remoteHost)
        .arg(m_options.remotePort);
}

QString SshTunnel::serverFingerprint() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->fingerprint;
}

void SshTunnel::start()
{
    if (m_started)
        return;
    m_started = true;
    if (d->wakeFd < 0) {
        const QString reason = tr("%1: cannot create an event descriptor: %2")
                                   .arg(describe(), QString::fromLocal8Bit(strerror(errno)));
        post([this, reason] { end(true, reason); });
        return;
    }
    qCDebug(lcSsh) << "opening" << describe();
    d->worker = std::thread([this] { run(); });
}

void SshTunnel::close()
{
    if (!m_started || m_ended)
        return;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->closeRequested = true;
    }
    // Still logging in: nothing to flush, so stop the login itself.
    if (!m_open)
        d->token->cancel();
    wake();
}

void SshTunnel::abort()
{
    m_open = false;
    if (!m_started || m_ended)
        return;
    m_ended = true;
    d->token->cancel();
    wake();
}

qint64 SshTunnel::write(const QByteArray& bytes)
{
    if (!m_open || m_ended)
        return -1;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        if (d->outgoing.size() + bytes.size() <= m_options.maxOutgoingBytes) {
            d->outgoing += bytes;
            wake();
            return bytes.size();
        }
    }
    const QString reason = tr("%1: more than %2 KiB are waiting to be sent; the far end stopped reading")
                               .arg(describe())
                               .arg(m_options.maxOutgoingBytes / 1024);
    m_open = false;
    d->token->cancel();
    wake();
    post([this, reason] { end(true, reason); });
    return -1;
}

QByteArray SshTunnel::read(qint64 maxBytes)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    const bool wasFull = d->incoming.size() >= m_options.maxIncomingBytes;
    QByteArray bytes;
    if (maxBytes >= d->incoming.size()) {
        bytes.swap(d->incoming);
    } else {
        bytes = d->incoming.left(maxBytes);
        d->incoming.remove(0, maxBytes);
    }
    if (wasFull && !bytes.isEmpty())
        wake();
    return bytes;
}

qint64 SshTunnel::bytesAvailable() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->incoming.size();
}

void SshTunnel::wake()
{
    const uint64_t one = 1;
    if (d->wakeFd >= 0 && ::write(d->wakeFd, &one, sizeof one) < 0 && errno != EAGAIN)
        qCWarning(lcSsh) << describe() << "cannot wake the tunnel's worker:" << strerror(errno);
}

void SshTunnel::post(std::function<void()> call)
{
    // Queued to this object's thread; dropped by Qt if the object is gone (the destructor joins the
    // worker first, so no call is posted during destruction).
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

void SshTunnel::onWorkerOpened()
{
    if (m_ended)
        return;
    m_open = true;
    qCDebug(lcSsh) << "open:" << describe();
    Q_EMIT opened();
}

void SshTunnel::onWorkerData()
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->dataPosted = false;
    }
    if (!m_ended)
        Q_EMIT readyRead();
}

void SshTunnel::end(bool error, const QString& reason)
{
    if (m_ended)
        return;
    m_ended = true;
    m_open = false;
    qCDebug(lcSsh) << describe() << (error ? "failed:" : "closed:") << reason;
    if (error)
        Q_EMIT failed(reason);
    else
        Q_EMIT closed(reason);
}

// The worker thread from here on: the only place that touches the session and the channel.
void SshTunnel::run()
{
    const QString where = describe();
    SshSession session;
    session.setCancelToken(d->token);
    Status status = session.open(m_target, m_credentials);
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->fingerprint = session.serverFingerprint();
    }
    m_credentials = {};

    bool error = false;
    QString reason;
    if (!status) {
        error = true;
        reason = tr("SSH to %1 for %2:%3: %4")
                     .arg(m_target.displayName(), m_options.remoteHost)
                     .arg(m_options.remotePort)
                     .arg(status.error());
    } else {
        SshForwardChannel channel(session);
        status = channel.open(m_options.remoteHost, m_options.remotePort);
        if (!status) {
            error = true;
            reason = status.error();
        } else {
            post([this] { onWorkerOpened(); });
        }
        while (status) {
            QByteArray out;
            bool closing = false;
            qsizetype room = 0;
            {
                std::lock_guard<std::mutex> lock(d->mutex);
                out.swap(d->outgoing);
                closing = d->closeRequested;
                room = m_options.maxIncomingBytes - d->incoming.size();
            }
            if (d->token->isCancelled())
                break;
            if (!out.isEmpty()) {
                if (Status sent = channel.write(out); !sent) {
                    error = true;
                    reason = sent.error();
                    break;
                }
            }
            if (closing) {
                reason = tr("%1 closed by PBX Warden").arg(where);
                break;
            }
            if (room > 0) {
                Result<QByteArray> in = channel.readAvailable(room);
                if (!in) {
                    error = true;
                    reason = in.error();
                    break;
                }
                if (!in->isEmpty()) {
                    bool notify = false;
                    {
                        std::lock_guard<std::mutex> lock(d->mutex);
                        d->incoming += in.value();
                        notify = !std::exchange(d->dataPosted, true);
                    }
                    if (notify)
                        post([this] { onWorkerData(); });
                    continue;
                }
                if (channel.atEnd()) {
                    reason = tr("%1:%2 closed the connection (through %3)")
                                 .arg(m_options.remoteHost)
                                 .arg(m_options.remotePort)
                                 .arg(m_target.displayName());
                    break;
                }
                if (Status waited = channel.wait(d->wakeFd, kIdleWaitMs); !waited) {
                    error = true;
                    reason = waited.error();
                    break;
                }
            } else {
                // Full: only the owner's read() (or a stop) can change anything, and it wakes us.
                pollfd wakeOnly { d->wakeFd, POLLIN, 0 };
                ::poll(&wakeOnly, 1, kIdleWaitMs);
            }
            uint64_t drained = 0;
            while (::read(d->wakeFd, &drained, sizeof drained) > 0) { }
        }
    }
    if (d->token->isCancelled()) {
        std::lock_guard<std::mutex> lock(d->mutex);
        error = !d->closeRequested;
        reason = d->closeRequested ? tr("%1 closed by PBX Warden").arg(where)
                                   : tr("%1: %2").arg(where, d->token->message());
    }
    session.disconnect();
    post([this, error, reason] { end(error, reason); });
}

} // namespace pbxwarden::ssh
