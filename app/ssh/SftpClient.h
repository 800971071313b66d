#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace pbxwarden::ssh {

class SshSession;

// File transfer over an authenticated SshSession, on the session's thread.
class SftpClient
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit SftpClient(SshSession& session);
    ~SftpClient();
    SftpClient(const SftpClient&) = delete;
    SftpClient& operator=(const SftpClient&) = delete;

    Result<QByteArray> readFile(const QString& path, qint64 maxBytes = 16 * 1024 * 1024);

    // Replaces path as a whole or not at all: writes a temporary file in the same folder, fsyncs it,
    // gives it the owner, group and mode of the file it replaces (newFileMode for a new file) and
    // renames it over the original. A write cut short leaves the original intact and a temporary
    // named "<folder>/.<name>.pbxwarden-tmp-*", removed by the next write of the same path.
    Status writeFileAtomic(
        const QString& path, const QByteArray& data, int newFileMode = 0644, const Progress& progress = {});

    // Deletes what interrupted writes of path left behind. Returns how many were removed.
    Result<int> removeStaleTemporaries(const QString& path);
    static QString temporaryPrefix(const QString& path);

private:
    struct Private;
    Status ensureStarted();
    // A path to act on must be absolute; then the SFTP channel is opened if it is not yet.
    Status begin(const QString& path);
    Status fail(const QString& what, const QString& path);
    Status posixRename(const QByteArray& from, const QByteArray& to);

    SshSession& m_session;
    std::unique_ptr<Private> d;
};

} // namespace pbxwarden::ssh
