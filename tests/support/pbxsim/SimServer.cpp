#include "SimServer.h"

#include "AmiSession.h"
#include "ami/AmiParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

#include <memory>

using pbxwarden::ami::AmiFrame;
using pbxwarden::ami::AmiParser;

namespace pbxsim {
namespace {

bool splitAddress(const QString& text, QHostAddress* address, quint16* port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    *address = QHostAddress(host);
    *port = quint16(p);
    return ok && p <= 65535 && !address->isNull();
}

} // namespace

SimServer::SimServer(PbxModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_cli(model)
{
}

QString SimServer::eventTv(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

void SimServer::accept(QTcpServer* server, bool tls)
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        auto* session = new AmiSession(socket, this, tls);
        m_sessions << session;
        connect(session, &AmiSession::finished, this, [this](AmiSession* s) {
            if (m_sessions.removeOne(s))
                s->deleteLater();
        });
    }
}

bool SimServer::listen(const QString& addressPort, QString* error)
{
    QHostAddress address;
    quint16 port = 0;
    if (!splitAddress(addressPort, &address, &port)) {
        *error = QStringLiteral("bad address %1 (want ADDR:PORT)").arg(addressPort);
        return false;
    }
    auto* server = new QTcpServer(this);
    if (!server->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1: %2").arg(addressPort, server->errorString());
        return false;
    }
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] { accept(server, false); });
    QTextStream(stdout) << "LISTEN tcp " << server->serverAddress().toString() << ':' << server->serverPort()
                        << Qt::endl;
    return true;
}

bool SimServer::listenTls(
    const QString& addressPort, const QString& certFile, const QString& keyFile, QString* error)
{
    QHostAddress address;
    quint16 port = 0;
    if (!splitAddress(addressPort, &address, &port)) {
        *error = QStringLiteral("bad address %1 (want ADDR:PORT)").arg(addressPort);
        return false;
    }
    QFile cert(certFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 or %2").arg(certFile, keyFile);
        return false;
    }
    m_certificate = QSslCertificate(&cert, QSsl::Pem);
    m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
    if (m_key.isNull())
        m_key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    if (m_certificate.isNull() || m_key.isNull()) {
        *error = QStringLiteral("%1 / %2 are not a PEM certificate and key").arg(certFile, keyFile);
        return false;
    }
    auto* server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    if (!server->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1: %2").arg(addressPort, server->errorString());
        return false;
    }
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] { accept(server, true); });
    QTextStream(stdout) << "LISTEN tls " << server->serverAddress().toString() << ':' << server->serverPort()
                        << Qt::endl;
    return true;
}

bool SimServer::listenControl(const QString& path, QString* error)
{
    QLocalServer::removeServer(path);
    auto* server = new QLocalServer(this);
    if (!server->listen(path)) {
        *error = QStringLiteral("cannot listen on %1: %2").arg(path, server->errorString());
        return false;
    }
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket* socket = server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onControl(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    QTextStream(stdout) << "CONTROL " << path << Qt::endl;
    return true;
}

QList<ConnectedUser> SimServer::connectedUsers() const
{
    QList<ConnectedUser> users;
    for (const AmiSession* session : m_sessions) {
        if (session->isAuthenticated())
            users.append({ session->userName(), session->peerAddress(), session->startSecs(),
                session->readPerm(), session->writePerm() });
    }
    return users;
}

int SimServer::broadcast(quint32 eventClass, const QByteArray& wire)
{
    int delivered = 0;
    for (AmiSession* session : std::as_const(m_sessions)) {
        if (!session->wantsEvents(eventClass))
            continue;
        if (session->sendEvent(wire)) {
            ++delivered;
            ++eventsSent;
        } else {
            ++eventsDropped;
        }
    }
    return delivered;
}

QByteArray SimServer::securityEvent(const QString& name, const QString& severity, const QString& service,
    int version, const QList<QPair<QByteArray, QString>>& fields) const
{
    AmiFrame frame;
    frame.append("Event", name);
    frame.append("Privilege", QByteArrayView("security,all"));
    if (!m_model->systemName.isEmpty())
        frame.append("SystemName", m_model->systemName);
    frame.append("EventTV", eventTv());
    frame.append("Severity", severity);
    frame.append("Service", service);
    frame.append("EventVersion", QString::number(version));
    for (const auto& field : fields)
        frame.append(field.first, field.second);
    return frame.toWire();
}

void SimServer::onControl(QLocalSocket* socket)
{
    while (socket->canReadLine()) {
        const QString line = QString::fromUtf8(socket->readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QString reply = control(line, socket);
        if (!reply.isEmpty()) {
            socket->write(reply.toUtf8() + '\n');
            socket->flush();
        }
    }
}

QString SimServer::control(const QString& line, QLocalSocket* socket)
{
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString command = words.first();
    const auto onOff = [&](bool* flag) {
        if (words.size() != 2 || (words[1] != u"on" && words[1] != u"off"))
            return QStringLiteral("ERR want on|off");
        *flag = words[1] == u"on";
        return QStringLiteral("OK %1 %2").arg(command, words[1]);
    };
    if (command == u"ping")
        return QStringLiteral("OK pong");
    if (command == u"stats") {
        int authenticated = 0;
        for (const AmiSession* session : std::as_const(m_sessions))
            authenticated += session->isAuthenticated();
        return QStringLiteral("OK sessions=%1 authenticated=%2 events_sent=%3 dropped=%4")
            .arg(m_sessions.size())
            .arg(authenticated)
            .arg(eventsSent)
            .arg(eventsDropped);
    }
    if (command == u"stall")
        return onOff(&stalled);
    if (command == u"cut-lists")
        return onOff(&cutLists);
    if (command == u"auth-delay" && words.size() == 2) {
        authFailDelayMs = words[1].toInt();
        return QStringLiteral("OK auth-delay %1").arg(authFailDelayMs);
    }
    if (command == u"kill") {
        const QList<AmiSession*> sessions = m_sessions;
        for (AmiSession* session : sessions)
            session->close();
        return QStringLiteral("OK killed %1").arg(sessions.size());
    }
    if (command == u"replay" && words.size() >= 2) {
        replay(words[1], words.size() > 2 ? words[2].toInt() : 0, socket);
        return {};
    }
    if (command == u"flood" && words.size() >= 3) {
        flood(words[1].toLongLong(), words[2].toInt(),
            words.size() > 3 ? words[3] : QStringLiteral("ChallengeResponseFailed"),
            words.size() > 4 ? words[4].split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList(), socket);
        return {};
    }
    return QStringLiteral(
        "ERR unknown command (ping, stats, replay FILE [RATE], flood COUNT RATE [TYPE] [ADDR,...], "
        "stall on|off, cut-lists on|off, auth-delay MS, kill)");
}

void SimServer::replay(const QString& path, int rate, QLocalSocket* socket)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        socket->write("ERR cannot read " + path.toUtf8() + '\n');
        return;
    }
    AmiParser parser(AmiParser::Mode::Client);
    parser.feed(file.readAll());
    auto events = std::make_shared<QList<AmiFrame>>();
    for (const AmiFrame& frame : parser.takeFrames()) {
        if (frame.kind() == AmiFrame::Kind::Event)
            events->append(frame);
    }
    auto index = std::make_shared<qsizetype>(0);
    auto* timer = new QTimer(this);
    QPointer<QLocalSocket> reply(socket);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(timer, &QTimer::timeout, this, [=] {
        const qsizetype due
            = rate > 0 ? qMin<qsizetype>(events->size(), clock->elapsed() * rate / 1000 + 1) : events->size();
        for (; *index < due; ++*index) {
            const AmiFrame& frame = events->at(*index);
            broadcast(Perm::parse(frame.value("Privilege").section(QLatin1Char(','), 0, 0)), frame.toWire());
        }
        if (*index >= events->size()) {
            timer->deleteLater();
            if (reply)
                reply->write("OK replayed " + QByteArray::number(events->size()) + '\n');
        }
    });
    timer->start(rate > 0 ? 1 : 0);
}

void SimServer::flood(
    qint64 count, int rate, const QString& type, const QStringList& addresses, QLocalSocket* socket)
{
    const QStringList sources
        = addresses.isEmpty() ? QStringList { QStringLiteral("198.51.100.7") } : addresses;
    QByteArray severity = "Error";
    QByteArray extra;
    QByteArray version = "1";
    if (type == u"ChallengeResponseFailed")
        extra = "Challenge: 1795666668/9b1ab1732582939cb2199991605a2dd1\r\nResponse: "
                "cd8aea65c2218907d6be981ab2436801\r\nExpectedResponse: \r\n";
    else if (type == u"FailedACL")
        extra = "ACLName: no_extension_match\r\n";
    else if (type == u"InvalidPassword") {
        extra = "Challenge: 1795666668/9b1ab1732582939cb2199991605a2dd1\r\nReceivedChallenge: "
                "1795666668/9b1ab1732582939cb2199991605a2dd1\r\nReceivedHash: "
                "cd8aea65c2218907d6be981ab2436801\r\n";
        version = "2";
    } else if (type == u"ChallengeSent") {
        extra = "Challenge: \r\n";
        severity = "Informational";
    } else if (type == u"SuccessfulAuth") {
        extra = "UsingPassword: 1\r\n";
        severity = "Informational";
    } else if (type != u"InvalidAccountID") {
        socket->write("ERR unknown event type " + type.toUtf8() + '\n');
        return;
    }
    const QByteArray head = "Event: " + type.toUtf8() + "\r\nPrivilege: security,all\r\n"
        + (m_model->systemName.isEmpty() ? QByteArray()
                                         : "SystemName: " + m_model->systemName.toUtf8() + "\r\n")
        + "EventTV: ";
    const QByteArray middle
        = "\r\nSeverity: " + severity + "\r\nService: PJSIP\r\nEventVersion: " + version + "\r\nAccountID: ";
    QList<QByteArray> remotes;
    for (const QString& source : sources)
        remotes << "\r\nLocalAddress: IPV4/UDP/127.0.0.1/5060\r\nRemoteAddress: IPV4/UDP/" + source.toUtf8()
                + "/5060\r\n";

    struct State
    {
        qint64 sent = 0;
        quint64 droppedAtStart = 0;
        QElapsedTimer clock;
    };
    auto state = std::make_shared<State>();
    state->droppedAtStart = eventsDropped;
    state->clock.start();
    QPointer<QLocalSocket> reply(socket);
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [=] {
        const qint64 due
            = rate > 0 ? qMin<qint64>(count, state->clock.nsecsElapsed() / 1000 * rate / 1000000 + 1) : count;
        const QByteArray tv = eventTv().toUtf8();
        // Batches keep the loop responsive at 50,000+ events/s.
        const qint64 until = qMin(due, state->sent + 20000);
        for (; state->sent < until; ++state->sent) {
            const qint64 n = state->sent;
            QByteArray wire;
            wire.reserve(420);
            wire += head;
            wire += tv;
            wire += middle;
            wire += QByteArray::number(1000 + n % 9000);
            wire += "\r\nSessionID: ";
            wire += QByteArray::number(1000000000 + n);
            wire += remotes.at(n % remotes.size());
            wire += extra;
            wire += "\r\n";
            broadcast(Perm::Security, wire);
        }
        if (state->sent >= count) {
            timer->deleteLater();
            const double secs = state->clock.nsecsElapsed() / 1e9;
            if (reply) {
                reply->write(QStringLiteral("OK sent %1 dropped %2 seconds %3 rate %4\n")
                                 .arg(count)
                                 .arg(eventsDropped - state->droppedAtStart)
                                 .arg(secs, 0, 'f', 3)
                                 .arg(secs > 0 ? count / secs : 0.0, 0, 'f', 0)
                                 .toUtf8());
            }
        }
    });
    timer->start(rate > 0 ? 1 : 0);
}

} // namespace pbxsim
