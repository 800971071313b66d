#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace pbxwarden::ami {

// The byte stream under an AMI session: TCP, TLS, or an SSH direct-tcpip channel. The client only
// needs these calls, so a new transport is one subclass. open() may be called again after close()
// (the client reconnects through the same object).
class AmiTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void open() = 0;
    virtual void close() = 0;
    // Drops the stream at once, without flushing (dead peer, protocol error).
    virtual void abort() { close(); }
    virtual qint64 write(const QByteArray& bytes) = 0;
    virtual QByteArray read(qint64 maxBytes) = 0;
    virtual qint64 bytesAvailable() const = 0;
    // For messages and logs: "tcp://192.0.2.1:5038".
    virtual QString describe() const = 0;

Q_SIGNALS:
    void opened();
    void readyRead();
    void closed();
    void failed(const QString& reason);
};

} // namespace pbxwarden::ami
