#pragma once

#include "ami/AmiTransport.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>

class QSslSocket;
class QSslError;

namespace pbxwarden::ami {

struct AmiTlsOptions
{
    bool enabled = false;
    // SHA-256 of the server certificate (DER), hex, case and colons ignored. When set, the certificate
    // is accepted if and only if it matches, whatever its chain (self-signed PBXs are the norm).
    QByteArray pinnedSha256;
    QList<QSslCertificate> caCertificates;
    QString peerVerifyName;
};

// AMI over TCP, or over TLS (manager.conf tlsenable) with the certificate checked or pinned.
class AmiSocketTransport : public AmiTransport
{
    Q_OBJECT

public:
    AmiSocketTransport(QString host, quint16 port, AmiTlsOptions tls = {}, QObject* parent = nullptr);
    ~AmiSocketTransport() override;

    void open() override;
    void close() override;
    void abort() override;
    qint64 write(const QByteArray& bytes) override;
    QByteArray read(qint64 maxBytes) override;
    qint64 bytesAvailable() const override;
    QString describe() const override;

    // Source address for the connection (a console with several interfaces, or tests of ACLs).
    void setLocalAddress(const QHostAddress& address) { m_localAddress = address; }

    // The certificate seen on the last TLS handshake, for "trust on first use" prompts.
    QSslCertificate peerCertificate() const;
    static QByteArray fingerprint(const QSslCertificate& certificate);

private:
    void onSslErrors(const QList<QSslError>& errors);

    QString m_host;
    quint16 m_port;
    AmiTlsOptions m_tls;
    QSslSocket* m_socket;
    bool m_open = false;
    QString m_failure;
    QHostAddress m_localAddress;
};

} // namespace pbxwarden::ami
