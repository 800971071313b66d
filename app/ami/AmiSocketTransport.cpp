#include "ami/AmiSocketTransport.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QSslConfiguration>
#include <QSslSocket>

namespace pbxwarden::ami {
namespace {

QByteArray normalizedFingerprint(QByteArray text)
{
    text = text.toLower();
    text.replace(':', QByteArray());
    return text;
}

} // namespace

AmiSocketTransport::AmiSocketTransport(QString host, quint16 port, AmiTlsOptions tls, QObject* parent)
    : AmiTransport(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_tls(std::move(tls))
    , m_socket(new QSslSocket(this))
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_tls.enabled) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!m_tls.caCertificates.isEmpty())
            config.setCaCertificates(m_tls.caCertificates);
        m_socket->setSslConfiguration(config);
        if (!m_tls.peerVerifyName.isEmpty())
            m_socket->setPeerVerifyName(m_tls.peerVerifyName);
        connect(m_socket, &QSslSocket::encrypted, this, [this] {
            if (!m_tls.pinnedSha256.isEmpty()
                && fingerprint(m_socket->peerCertificate()) != normalizedFingerprint(m_tls.pinnedSha256)) {
                m_failure
                    = tr("the TLS certificate of %1 does not match the pinned fingerprint").arg(describe());
                m_socket->abort();
                return;
            }
            m_open = true;
            Q_EMIT opened();
        });
        connect(m_socket, &QSslSocket::sslErrors, this, &AmiSocketTransport::onSslErrors);
    } else {
        connect(m_socket, &QSslSocket::connected, this, [this] {
            m_open = true;
            Q_EMIT opened();
        });
    }
    connect(m_socket, &QSslSocket::readyRead, this, &AmiTransport::readyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError && m_open)
            return; // disconnected() reports it
        if (m_failure.isEmpty())
            m_failure = tr("%1: %2").arg(describe(), m_socket->errorString());
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        const bool wasOpen = std::exchange(m_open, false);
        if (!m_failure.isEmpty())
            Q_EMIT failed(std::exchange(m_failure, QString()));
        else if (wasOpen)
            Q_EMIT closed();
    });
    connect(m_socket, &QSslSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        // A connection refused never reaches "connected", so disconnected() is not emitted.
        if (state == QAbstractSocket::UnconnectedState && !m_open && !m_failure.isEmpty())
            Q_EMIT failed(std::exchange(m_failure, QString()));
    });
}

AmiSocketTransport::~AmiSocketTransport()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void AmiSocketTransport::onSslErrors(const QList<QSslError>& errors)
{
    if (!m_tls.pinnedSha256.isEmpty()
        && fingerprint(m_socket->peerCertificate()) == normalizedFingerprint(m_tls.pinnedSha256)) {
        m_socket->ignoreSslErrors(errors);
        return;
    }
    QStringList messages;
    for (const QSslError& error : errors)
        messages << error.errorString();
    m_failure = tr("the TLS certificate of %1 is not trusted: %2")
                    .arg(describe(), messages.join(QStringLiteral("; ")));
}

void AmiSocketTransport::open()
{
    m_failure.clear();
    m_open = false;
    m_socket->abort();
    if (!m_localAddress.isNull())
        m_socket->bind(m_localAddress);
    qCDebug(lcAmi) << "connecting to" << describe();
    if (m_tls.enabled)
        m_socket->connectToHostEncrypted(m_host, m_port);
    else
        m_socket->connectToHost(m_host, m_port);
}

void AmiSocketTransport::close()
{
    m_socket->disconnectFromHost();
}

void AmiSocketTransport::abort()
{
    const bool wasOpen = std::exchange(m_open, false);
    m_socket->abort();
    Q_UNUSED(wasOpen);
}

qint64 AmiSocketTransport::write(const QByteArray& bytes)
{
    return m_socket->write(bytes);
}

QByteArray AmiSocketTransport::read(qint64 maxBytes)
{
    return m_socket->read(maxBytes);
}

qint64 AmiSocketTransport::bytesAvailable() const
{
    return m_socket->bytesAvailable();
}

QString AmiSocketTransport::describe() const
{
    return QStringLiteral("%1://%2:%3")
        .arg(m_tls.enabled ? QStringLiteral("tls") : QStringLiteral("tcp"), m_host)
        .arg(m_port);
}

QSslCertificate AmiSocketTransport::peerCertificate() const
{
    return m_socket->peerCertificate();
}

QByteArray AmiSocketTransport::fingerprint(const QSslCertificate& certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex();
}

} // namespace pbxwarden::ami
