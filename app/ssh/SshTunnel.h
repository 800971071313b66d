#pragma once

#include "ssh/Credentials.h"
#include "ssh/SshTarget.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace pbxwarden::ssh {

struct SshTunnelOptions
{
    // Where the SSH server connects to, as seen from the server itself.
    QString remoteHost = QStringLiteral("127.0.0.1");
    int remotePort = 5038;
    // Bytes written but not yet sent; a write beyond this fails the tunnel (the far end stopped
    // reading, and queueing more would only hide it).
    qsizetype maxOutgoingBytes = 4 * 1024 * 1024;
    // Bytes received but not yet read(); at this mark the worker stops reading and SSH flow control
    // holds the far end back until read() makes room.
    qsizetype maxIncomingBytes = 4 * 1024 * 1024;
};

// A byte stream to remoteHost:remotePort through an SSH connection of its own (`ssh -L` with no
// listening port). The SSH session and its channel live on a worker thread (libssh blocks); bytes
// come back to the owner's thread through queued signals, so the owner never waits on the network.
// One tunnel is started once; make a new one to reconnect.
class SshTunnel : public QObject
{
    Q_OBJECT

public:
    SshTunnel(
        SshTarget target, Credentials credentials, SshTunnelOptions options = {}, QObject* parent = nullptr);
    // Aborts and waits for the worker, which the abort has already unblocked.
    ~SshTunnel() override;

    // Connect, authenticate, open the channel: opened() or failed() follows.
    void start();
    // Sends what is queued, then EOF, closes the channel and logs out: closed() follows.
    void close();
    // Drops everything at once (the socket is shut down); no signal follows.
    void abort();

    // Queues bytes for the far end. -1 when the tunnel is not open or the queue would exceed
    // maxOutgoingBytes; in the latter case the tunnel fails (failed() follows).
    qint64 write(const QByteArray& bytes);
    QByteArray read(qint64 maxBytes);
    qint64 bytesAvailable() const;

    bool isOpen() const { return m_open; }
    bool hasEnded() const { return m_ended; }
    // "ssh://root@192.0.2.1:22 → 127.0.0.1:5038"
    QString describe() const;
    const SshTarget& target() const { return m_target; }
    // "SHA256:..." of the server's host key, once the handshake got that far (also on a failure).
    QString serverFingerprint() const;

Q_SIGNALS:
    void opened();
    void readyRead();
    // An orderly end: the far end closed its side, or close() finished.
    void closed(const QString& reason);
    // Could not open, or broke (SSH connection lost, cancelled, buffer overflow); reason is readable.
    void failed(const QString& reason);

private:
    struct Shared;
    void run();
    void wake();
    void post(std::function<void()> call);
    void onWorkerOpened();
    void onWorkerData();
    void onWorkerEnded(bool error, const QString& reason);
    void end(bool error, const QString& reason);

    SshTarget m_target;
    Credentials m_credentials;
    SshTunnelOptions m_options;
    std::unique_ptr<Shared> d;
    bool m_started = false;
    bool m_open = false;
    bool m_ended = false;
};

} // namespace pbxwarden::ssh
