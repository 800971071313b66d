#pragma once

#include "PbxCli.h"
#include "PbxModel.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

class QLocalServer;
class QLocalSocket;
class QTcpServer;

namespace pbxsim {
class AmiSession;

// The simulated PBX: AMI listeners (TCP, TLS), the sessions, and the control socket that makes events.
class SimServer : public QObject
{
    Q_OBJECT

public:
    explicit SimServer(PbxModel* model, QObject* parent = nullptr);

    bool listen(const QString& addressPort, QString* error);
    bool listenTls(
        const QString& addressPort, const QString& certFile, const QString& keyFile, QString* error);
    bool listenControl(const QString& path, QString* error);

    PbxModel* model() const { return m_model; }
    PbxCli& cli() { return m_cli; }
    QList<ConnectedUser> connectedUsers() const;
    const QList<AmiSession*>& sessions() const { return m_sessions; }

    int authFailDelayMs = 1000;
    bool stalled = false; // control "stall on": actions are read and never answered (dead peer)
    bool cutLists
        = false; // control "cut-lists on": lists stop after their first item, then the socket closes
    qsizetype maxQueuedBytes = 16 * 1024 * 1024;

    // Sends an event frame to every session whose Events mask has the class.
    int broadcast(quint32 eventClass, const QByteArray& wire);
    // A security event with the common fields, as res_security_log builds them.
    QByteArray securityEvent(const QString& name, const QString& severity, const QString& service,
        int version, const QList<QPair<QByteArray, QString>>& fields) const;
    static QString eventTv(const QDateTime& time = QDateTime::currentDateTimeUtc());

    quint64 eventsSent = 0;
    quint64 eventsDropped = 0;

private:
    void onControl(QLocalSocket* socket);
    QString control(const QString& line, QLocalSocket* socket);
    void replay(const QString& path, int rate, QLocalSocket* socket);
    void flood(
        qint64 count, int rate, const QString& type, const QStringList& addresses, QLocalSocket* socket);
    void accept(QTcpServer* server, bool tls);

    PbxModel* m_model;
    PbxCli m_cli;
    QList<AmiSession*> m_sessions;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace pbxsim
