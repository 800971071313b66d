#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace pbxwarden::ssh {
class SshSession;

// A direct-tcpip channel through an authenticated SshSession, as `ssh -L` makes one but with no
// listening port: the SSH server connects to host:port as seen from itself (127.0.0.1:5038 is the
// PBX's own AMI). Blocking like the session, and used by the session's thread only.
class SshForwardChannel
{
public:
    explicit SshForwardChannel(SshSession& session);
    ~SshForwardChannel();
    SshForwardChannel(const SshForwardChannel&) = delete;
    SshForwardChannel& operator=(const SshForwardChannel&) = delete;

    Status open(const QString& host, int port);
    bool isOpen() const;
    // Sends all of bytes; blocks while the far end's window is full.
    Status write(const QByteArray& bytes);
    // What has arrived, up to maxBytes, without waiting. Empty with atEnd() once the far end sent EOF
    // or closed the channel; an Error when the SSH connection broke.
    Result<QByteArray> readAvailable(qsizetype maxBytes);
    bool atEnd() const { return m_atEnd; }
    // Waits up to timeoutMs for bytes from the server, or for wakeFd (an eventfd, -1: none) to become
    // readable. A time-out is not an error.
    Status wait(int wakeFd, int timeoutMs);
    // EOF, then close: the far end sees an orderly end.
    void close();
    // "127.0.0.1:5038 through root@192.0.2.1:22"
    QString describe() const;

private:
    struct Private;
    Error failure(const QString& what) const;

    SshSession& m_session;
    std::unique_ptr<Private> d;
    QString m_host;
    int m_port = 0;
    bool m_atEnd = false;
};

} // namespace pbxwarden::ssh
