#pragma once

#include "PbxModel.h"
#include "ami/AmiParser.h"

#include <QDateTime>
#include <QObject>
#include <QTcpSocket>

namespace pbxsim {
class SimServer;

// One AMI connection to the simulated PBX: login, permissions, actions, and the events it asked for.
class AmiSession : public QObject
{
    Q_OBJECT

public:
    AmiSession(QTcpSocket* socket, SimServer* server, bool tls);

    bool wantsEvents(quint32 eventClass) const { return m_authenticated && (m_eventMask & eventClass); }
    // Queues raw event bytes unless the peer is too slow (then the event is dropped and counted).
    bool sendEvent(const QByteArray& wire);
    void close();
    bool isAuthenticated() const { return m_authenticated; }
    QString userName() const { return m_user.name; }
    QString peerAddress() const { return m_socket->peerAddress().toString(); }
    qint64 startSecs() const { return m_start.toSecsSinceEpoch(); }
    quint32 readPerm() const { return m_user.readPerm; }
    quint32 writePerm() const { return m_user.writePerm; }
    QString addressText(bool local) const;
    QByteArray sessionId() const { return m_sessionId; }

Q_SIGNALS:
    void finished(pbxsim::AmiSession* session);

private:
    void onReadyRead();
    void handle(const pbxwarden::ami::AmiFrame& action);
    void send(const pbxwarden::ami::AmiFrame& frame);
    pbxwarden::ami::AmiFrame response(const pbxwarden::ami::AmiFrame& action, const char* status) const;
    void sendError(const pbxwarden::ami::AmiFrame& action, const QString& message);
    void login(const pbxwarden::ami::AmiFrame& action);
    void failLogin(const pbxwarden::ami::AmiFrame& action);
    void sendList(const pbxwarden::ami::AmiFrame& action, const QString& startMessage,
        const QList<pbxwarden::ami::AmiFrame>& items, const QString& completeEvent,
        const QList<QPair<QByteArray, QString>>& completeExtra = {}, int listItems = -1);
    void getConfig(const pbxwarden::ami::AmiFrame& action, bool json);
    void listCategories(const pbxwarden::ami::AmiFrame& action);
    void updateConfig(const pbxwarden::ami::AmiFrame& action);
    void command(const pbxwarden::ami::AmiFrame& action);

    QTcpSocket* m_socket;
    SimServer* m_server;
    bool m_tls;
    pbxwarden::ami::AmiParser m_parser;
    bool m_authenticated = false;
    bool m_closing = false;
    ManagerUser m_user;
    quint32 m_eventMask = 0;
    QString m_challenge;
    QByteArray m_sessionId;
    QDateTime m_start = QDateTime::currentDateTime();
};

} // namespace pbxsim
