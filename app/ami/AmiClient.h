#pragma once

#include "ami/AmiConfig.h"
#include "ami/AmiEvent.h"
#include "ami/AmiFrame.h"
#include "ami/AmiParser.h"
#include "ami/AmiResponse.h"
#include "ami/SecurityEvent.h"
#include "core/Result.h"
#include "core/Secret.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace pbxwarden::ami {
class AmiTransport;

struct AmiClientOptions
{
    QString username;
    Secret secret;
    // Login with "Challenge" + MD5 key: the secret never crosses the wire.
    bool md5Challenge = false;
    // The Events: mask sent at login ("off", "system,security", "on"...). Off unless a use needs them.
    QString events = QStringLiteral("off");
    int connectTimeoutMs = 10000;
    int actionTimeoutMs = 15000;
    int pingIntervalMs = 30000; // 0: no keep-alive
    int pingTimeoutMs = 10000;
    bool autoReconnect = false;
    int reconnectInitialMs = 1000;
    int reconnectMaxMs = 60000;
    qsizetype maxPendingActions = 1000;
    qsizetype maxListEvents = 200000;
    qsizetype maxListBytes = 64 * 1024 * 1024;
    AmiParser::Limits limits;
};

// One AMI session over any AmiTransport, on the Qt event loop. Actions are correlated by ActionID,
// event lists are gathered until their ...Complete event, everything else arrives as eventReceived().
class AmiClient : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Authenticating,
        Up,
        Failed
    };
    Q_ENUM(State)
    enum class Direction
    {
        Sent,
        Received
    };
    Q_ENUM(Direction)

    using ResponseHandler = std::function<void(const Result<AmiResponse>&)>;
    template<typename T>
    using Callback = std::function<void(const Result<T>&)>;
    using StatusCallback = std::function<void(const Status&)>;

    // Takes ownership of the transport.
    AmiClient(AmiTransport* transport, AmiClientOptions options, QObject* parent = nullptr);
    ~AmiClient() override;

    void connectToPbx();
    // Logoff, then close. Pending actions fail with "disconnected".
    void disconnectFromPbx();

    State state() const { return m_state; }
    QString stateReason() const { return m_reason; }
    QString banner() const { return m_banner; }
    AmiTransport* transport() const { return m_transport; }
    const AmiClientOptions& options() const { return m_options; }
    qsizetype pendingActionCount() const { return m_pending.size(); }
    // Bytes held by the parser plus queued answers: what a connection costs beyond its objects.
    qsizetype bufferedBytes() const;

    // Sends an action (its ActionID is replaced by the client's own). The handler runs once, unless
    // context is given and destroyed first. Returns the ActionID, empty when not sent.
    QByteArray sendAction(AmiFrame action, QObject* context, ResponseHandler handler);
    // Changes the Events: mask of the live session.
    void setEventMask(const QString& mask, QObject* context = nullptr, StatusCallback done = {});

    // Typed helpers. Their callbacks get the Asterisk's Message as error text on "Response: Error".
    void ping(QObject* context, StatusCallback done);
    void coreSettings(QObject* context, Callback<AmiFrame> done);
    void coreStatus(QObject* context, Callback<AmiFrame> done);
    void command(const QString& cliCommand, QObject* context, Callback<QStringList> done);
    void pjsipShowEndpoints(QObject* context, Callback<QList<AmiFrame>> done);
    void pjsipShowEndpoint(const QString& endpoint, QObject* context, Callback<QList<AmiFrame>> done);
    void pjsipShowContacts(QObject* context, Callback<QList<AmiFrame>> done);
    void sipPeers(QObject* context, Callback<QList<AmiFrame>> done);
    void getConfig(const QString& file, const QString& category, const QString& filter, QObject* context,
        Callback<QList<AmiConfigSection>> done);
    // GetConfigJSON's text as is: same-named sections become duplicate JSON keys, which QJsonDocument
    // would silently merge, so callers that care parse it themselves.
    void getConfigJson(const QString& file, const QString& category, const QString& filter, QObject* context,
        Callback<QString> done);
    void updateConfig(const QString& srcFile, const QString& dstFile, const QList<AmiConfigChange>& changes,
        const QString& reloadModule, QObject* context, StatusCallback done);
    void reload(const QString& module, QObject* context, StatusCallback done);
    void hangup(const QString& channel, QObject* context, StatusCallback done);

    static QList<AmiConfigSection> sectionsFromGetConfig(const AmiFrame& response);
    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(pbxwarden::ami::AmiClient::State state, const QString& reason);
    void eventReceived(const pbxwarden::ami::AmiEvent& event);
    void securityEventReceived(const pbxwarden::ami::SecurityEvent& event);
    // Every frame in and out, Secret and Key values masked.
    void protocolLog(pbxwarden::ami::AmiClient::Direction direction, const QByteArray& frame);
    void reconnectScheduled(int delayMs);

private:
    struct Pending
    {
        QByteArray actionName;
        ResponseHandler handler;
        QPointer<QObject> context;
        bool hasContext = false;
        bool gotResponse = false;
        AmiResponse answer;
        qsizetype listBytes = 0;
        qint64 deadline = 0;
    };

    void setState(State state, const QString& reason = {});
    void startConnect();
    void onOpened();
    void onReadyRead();
    void onTransportClosed(const QString& reason);
    void handleFrame(AmiFrame frame);
    void handleBanner(const AmiFrame& frame);
    void login();
    void sendLogin(const QString& key);
    void finish(const QByteArray& id);
    void failAllPending(const QString& reason);
    void connectionLost(const QString& reason, bool fatal);
    void checkDeadlines();
    void sendPing();
    void scheduleReconnect();
    QByteArray sendInternal(AmiFrame action, QObject* context, ResponseHandler handler, int timeoutMs);

    AmiTransport* m_transport;
    AmiClientOptions m_options;
    AmiParser m_parser;
    State m_state = State::Disconnected;
    QString m_reason;
    QString m_banner;
    bool m_gotBanner = false;
    bool m_userStop = false;
    bool m_pingOutstanding = false;
    quint64 m_generation = 0;
    quint64 m_nextId = 0;
    int m_reconnectAttempt = 0;
    QHash<QByteArray, Pending> m_pending;
    QList<QByteArray> m_order;
    QTimer m_deadlineTimer;
    QTimer m_pingTimer;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    QElapsedTimer m_clock;
};

} // namespace pbxwarden::ami
