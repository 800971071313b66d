#include "ami/AmiClient.h"

#include "ami/AmiTransport.h"
#include "core/Logging.h"
#include "core/ProcessHardening.h"

#include <QCryptographicHash>
#include <QMetaMethod>
#include <QRandomGenerator>

namespace pbxwarden::ami {
namespace {

constexpr qint64 kReadChunk = 64 * 1024;

QString answerError(const AmiResponse& answer, const QString& action)
{
    QString message = answer.message();
    const QStringList output = answer.response.values("Output");
    if (!output.isEmpty())
        message = output.join(QLatin1Char('\n'));
    if (message.isEmpty())
        message = AmiClient::tr("no reason given");
    return AmiClient::tr("%1 refused by Asterisk: %2").arg(action, message);
}

// A CR or LF in a key or value would end the field early and let the rest pass as a second, forged
// action (an Originate in an AMI user name); other control bytes have no place in AMI either.
QString controlByteProblem(const AmiFrame& action)
{
    for (const AmiField& field : action.fields()) {
        for (const QByteArray* part : { &field.key, &field.value }) {
            for (const char ch : *part) {
                const auto c = static_cast<unsigned char>(ch);
                if ((c < 0x20 && c != '\t') || c == 0x7f) {
                    return AmiClient::tr(
                        "%1: the field %2 contains a control character (0x%3); not sent, as it "
                        "would split the AMI message. Remove line breaks from the value.")
                        .arg(action.actionName(), QString::fromUtf8(field.key.left(40)))
                        .arg(uint(c), 2, 16, QLatin1Char('0'));
                }
            }
        }
    }
    return {};
}

} // namespace

AmiClient::AmiClient(AmiTransport* transport, AmiClientOptions options, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_options(std::move(options))
    , m_parser(AmiParser::Mode::Client, m_options.limits)
{
    qRegisterMetaType<AmiEvent>();
    qRegisterMetaType<SecurityEvent>();
    m_transport->setParent(this);
    m_clock.start();
    connect(m_transport, &AmiTransport::opened, this, &AmiClient::onOpened);
    connect(m_transport, &AmiTransport::readyRead, this, &AmiClient::onReadyRead);
    connect(m_transport, &AmiTransport::closed, this,
        [this] { onTransportClosed(tr("the PBX closed the connection")); });
    connect(m_transport, &AmiTransport::failed, this, &AmiClient::onTransportClosed);

    m_deadlineTimer.setInterval(100);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &AmiClient::checkDeadlines);
    connect(&m_pingTimer, &QTimer::timeout, this, &AmiClient::sendPing);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        m_transport->abort();
        connectionLost(tr("no AMI session with %1 within %2 s")
                           .arg(m_transport->describe())
                           .arg(m_options.connectTimeoutMs / 1000.0),
            false);
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &AmiClient::startConnect);
}

AmiClient::~AmiClient()
{
    m_transport->disconnect(this);
    m_transport->abort();
}

QString AmiClient::stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return QStringLiteral("Disconnected");
    case State::Connecting:
        return QStringLiteral("Connecting");
    case State::Authenticating:
        return QStringLiteral("Authenticating");
    case State::Up:
        return QStringLiteral("Up");
    case State::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

qsizetype AmiClient::bufferedBytes() const
{
    qsizetype bytes = m_parser.bufferedBytes();
    for (const Pending& pending : m_pending)
        bytes += pending.listBytes;
    return bytes;
}

void AmiClient::setState(State state, const QString& reason)
{
    if (m_state == state && m_reason == reason)
        return;
    m_state = state;
    m_reason = reason;
    if (state == State::Failed)
        qCInfo(lcAmi) << m_transport->describe() << "failed:" << reason;
    else
        qCDebug(lcAmi) << m_transport->describe() << stateName(state) << reason;
    Q_EMIT stateChanged(state, reason);
}

void AmiClient::connectToPbx()
{
    if (m_state == State::Connecting || m_state == State::Authenticating || m_state == State::Up)
        return;
    m_userStop = false;
    m_reconnectAttempt = 0;
    startConnect();
}

void AmiClient::startConnect()
{
    ++m_generation;
    m_parser.reset();
    m_gotBanner = false;
    m_banner.clear();
    m_pingOutstanding = false;
    setState(State::Connecting);
    m_connectTimer.start(m_options.connectTimeoutMs);
    m_transport->open();
}

void AmiClient::onOpened()
{
    // The banner comes first; onReadyRead() moves on to the login.
    onReadyRead();
}

void AmiClient::disconnectFromPbx()
{
    m_userStop = true;
    m_reconnectTimer.stop();
    if (m_state != State::Up) {
        m_transport->abort();
        connectionLost(tr("disconnected"), false);
        return;
    }
    AmiFrame logoff = AmiFrame::action(QStringLiteral("Logoff"));
    sendInternal(
        logoff, this,
        [this](const Result<AmiResponse>&) {
            // State first: the transport's own "closed" must find the session already over.
            connectionLost(tr("disconnected"), false);
            m_transport->close();
        },
        3000);
}

void AmiClient::onTransportClosed(const QString& reason)
{
    if (m_state == State::Disconnected || m_state == State::Failed)
        return;
    connectionLost(reason, false);
}

void AmiClient::connectionLost(const QString& reason, bool fatal)
{
    ++m_generation;
    m_connectTimer.stop();
    m_pingTimer.stop();
    m_deadlineTimer.stop();
    m_pingOutstanding = false;
    failAllPending(reason);
    if (m_userStop) {
        setState(State::Disconnected, reason);
        return;
    }
    if (fatal || !m_options.autoReconnect) {
        setState(fatal ? State::Failed : State::Disconnected, reason);
        return;
    }
    setState(State::Disconnected, reason);
    scheduleReconnect();
}

void AmiClient::scheduleReconnect()
{
    const int shift = qMin(m_reconnectAttempt, 16);
    qint64 delay = qMin<qint64>(qint64(m_options.reconnectInitialMs) << shift, m_options.reconnectMaxMs);
    // Up to 10 % jitter, so a fleet that lost its network does not come back in lockstep.
    delay += QRandomGenerator::global()->bounded(int(delay / 10) + 1);
    ++m_reconnectAttempt;
    m_reconnectTimer.start(int(delay));
    Q_EMIT reconnectScheduled(int(delay));
}

void AmiClient::failAllPending(const QString& reason)
{
    auto pending = std::exchange(m_pending, {});
    m_order.clear();
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        if (it->hasContext && !it->context)
            continue;
        if (it->handler)
            it->handler(Error { tr("%1: %2").arg(QString::fromUtf8(it->actionName), reason) });
    }
}

void AmiClient::onReadyRead()
{
    const quint64 generation = m_generation;
    while (m_transport->bytesAvailable() > 0 && generation == m_generation) {
        const QByteArray chunk = m_transport->read(kReadChunk);
        if (chunk.isEmpty())
            break;
        const bool ok = m_parser.feed(chunk);
        QList<AmiFrame> frames = m_parser.takeFrames();
        for (AmiFrame& frame : frames) {
            if (generation != m_generation)
                return;
            handleFrame(std::move(frame));
        }
        if (!ok && generation == m_generation) {
            m_transport->abort();
            connectionLost(
                tr("%1 sent bad data: %2").arg(m_transport->describe(), m_parser.errorString()), true);
            return;
        }
    }
}

void AmiClient::handleFrame(AmiFrame frame)
{
    static const QMetaMethod logSignal = QMetaMethod::fromSignal(&AmiClient::protocolLog);
    if (isSignalConnected(logSignal))
        Q_EMIT protocolLog(Direction::Received, frame.toMaskedWire());

    if (frame.kind() == AmiFrame::Kind::Banner) {
        handleBanner(frame);
        return;
    }
    if (!m_gotBanner)
        return;

    if (frame.kind() == AmiFrame::Kind::Response) {
        QByteArray id = frame.rawValue("ActionID");
        if (id.isEmpty()) {
            // Asterisk answers a request it could not read without the ActionID: the oldest waiting.
            for (const QByteArray& candidate : std::as_const(m_order)) {
                if (!m_pending.value(candidate).gotResponse) {
                    id = candidate;
                    break;
                }
            }
        }
        if (id.isEmpty() || !m_pending.contains(id)) {
            // An answer that came after its action timed out, or to somebody else's ActionID.
            qCDebug(lcAmi) << "response to no pending action dropped";
            return;
        }
        Pending& pending = m_pending[id];
        pending.gotResponse = true;
        const bool list = frame.isEventListStart();
        pending.answer.response = std::move(frame);
        if (!list)
            finish(id);
        return;
    }

    if (frame.kind() == AmiFrame::Kind::Event) {
        const QByteArray id = frame.rawValue("ActionID");
        if (!id.isEmpty()) {
            auto it = m_pending.find(id);
            if (it != m_pending.end() && it->gotResponse && it->answer.response.isEventListStart()) {
                if (frame.isEventListComplete()) {
                    it->answer.completion = std::move(frame);
                    finish(id);
                } else if (it->answer.events.size() >= m_options.maxListEvents
                    || it->listBytes > m_options.maxListBytes) {
                    // A list that never ends must not take the console's memory with it.
                    m_transport->abort();
                    connectionLost(tr("%1 sent a list larger than %2 events or %3 MiB")
                                       .arg(m_transport->describe())
                                       .arg(m_options.maxListEvents)
                                       .arg(m_options.maxListBytes / (1024 * 1024)),
                        true);
                } else {
                    for (const AmiField& field : frame.fields())
                        it->listBytes += field.key.size() + field.value.size() + 32;
                    it->answer.events.append(std::move(frame));
                }
                return;
            }
        }
        AmiEvent event { frame.eventName(), frame };
        if (std::optional<SecurityEvent> security = SecurityEvent::fromFrame(frame))
            Q_EMIT securityEventReceived(*security);
        Q_EMIT eventReceived(event);
        return;
    }
    qCDebug(lcAmi) << "frame of unknown kind dropped";
}

void AmiClient::handleBanner(const AmiFrame& frame)
{
    const QString line = QString::fromUtf8(frame.bannerLine());
    if (!line.startsWith(QLatin1String("Asterisk Call Manager/"))) {
        m_transport->abort();
        connectionLost(tr("%1 is not an Asterisk Manager Interface (it said \"%2\")")
                           .arg(m_transport->describe(), line.left(80)),
            true);
        return;
    }
    m_gotBanner = true;
    m_banner = line;
    setState(State::Authenticating);
    login();
}

void AmiClient::login()
{
    if (!m_options.md5Challenge) {
        sendLogin({});
        return;
    }
    AmiFrame challenge = AmiFrame::action(QStringLiteral("Challenge"));
    challenge.append("AuthType", QByteArrayView("MD5"));
    sendInternal(
        challenge, this,
        [this](const Result<AmiResponse>& result) {
            if (!result)
                return; // connectionLost() already said why
            const QString value = result->response.value("Challenge");
            if (!result->isSuccess() || value.isEmpty()) {
                m_transport->abort();
                connectionLost(
                    tr("MD5 challenge refused by %1: %2").arg(m_transport->describe(), result->message()),
                    true);
                return;
            }
            QByteArray salted = value.toUtf8() + m_options.secret.bytes().toByteArray();
            const QByteArray key = QCryptographicHash::hash(salted, QCryptographicHash::Md5).toHex();
            wipeSecret(salted);
            sendLogin(QString::fromLatin1(key));
        },
        m_options.connectTimeoutMs);
}

void AmiClient::sendLogin(const QString& key)
{
    AmiFrame login = AmiFrame::action(QStringLiteral("Login"));
    if (!key.isEmpty())
        login.append("AuthType", QByteArrayView("MD5"));
    login.append("Username", m_options.username);
    if (key.isEmpty())
        login.append("Secret", m_options.secret.bytes());
    else
        login.append("Key", key);
    login.append("Events", m_options.events.isEmpty() ? QStringLiteral("off") : m_options.events);
    // Checked here too: a refused Login must end the attempt, not wait for the connect timeout.
    if (const QString problem = controlByteProblem(login); !problem.isEmpty()) {
        login.clearFields();
        m_transport->abort();
        connectionLost(problem, true);
        return;
    }
    sendInternal(
        std::move(login), this,
        [this](const Result<AmiResponse>& result) {
            if (!result)
                return;
            if (!result->isSuccess()) {
                m_transport->abort();
                // A wrong secret must not be retried in a loop: it would trip fail2ban and fill the logs.
                connectionLost(tr("login as %1 on %2 refused: %3")
                                   .arg(m_options.username, m_transport->describe(), result->message()),
                    true);
                return;
            }
            m_connectTimer.stop();
            m_reconnectAttempt = 0;
            setState(State::Up);
            if (m_options.pingIntervalMs > 0)
                m_pingTimer.start(m_options.pingIntervalMs);
        },
        m_options.connectTimeoutMs);
}

QByteArray AmiClient::sendAction(AmiFrame action, QObject* context, ResponseHandler handler)
{
    if (m_state != State::Up) {
        const QString reason
            = tr("%1: not connected to the PBX (%2)").arg(action.actionName(), stateName(m_state));
        QTimer::singleShot(0, context ? context : this, [handler, reason] {
            if (handler)
                handler(Error { reason });
        });
        return {};
    }
    return sendInternal(std::move(action), context, std::move(handler), m_options.actionTimeoutMs);
}

QByteArray AmiClient::sendInternal(AmiFrame action, QObject* context, ResponseHandler handler, int timeoutMs)
{
    if (m_pending.size() >= m_options.maxPendingActions) {
        const QString reason = tr("%1: too many actions waiting for an answer").arg(action.actionName());
        QTimer::singleShot(0, context ? context : this, [handler, reason] {
            if (handler)
                handler(Error { reason });
        });
        return {};
    }
    if (const QString problem = controlByteProblem(action); !problem.isEmpty()) {
        QTimer::singleShot(0, context ? context : this, [handler, problem] {
            if (handler)
                handler(Error { problem });
        });
        return {};
    }
    const QByteArray id = "pbxw-" + QByteArray::number(m_generation) + '-' + QByteArray::number(++m_nextId);
    action.set("ActionID", QString::fromLatin1(id));
    Pending pending;
    pending.actionName = action.rawValue("Action");
    pending.handler = std::move(handler);
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.deadline = m_clock.elapsed() + timeoutMs;
    m_pending.insert(id, std::move(pending));
    m_order.append(id);
    if (!m_deadlineTimer.isActive())
        m_deadlineTimer.start();

    static const QMetaMethod logSignal = QMetaMethod::fromSignal(&AmiClient::protocolLog);
    if (isSignalConnected(logSignal))
        Q_EMIT protocolLog(Direction::Sent, action.toMaskedWire());
    // The wire copy and the frame hold the Login secret: overwritten as soon as they are handed over.
    QByteArray wire = action.toWire();
    m_transport->write(wire);
    wipeSecret(wire);
    action.wipe();
    return id;
}

void AmiClient::finish(const QByteArray& id)
{
    Pending pending = m_pending.take(id);
    m_order.removeOne(id);
    if (m_pending.isEmpty())
        m_deadlineTimer.stop();
    if (pending.hasContext && !pending.context)
        return;
    if (pending.handler)
        pending.handler(std::move(pending.answer));
}

void AmiClient::checkDeadlines()
{
    const qint64 now = m_clock.elapsed();
    QList<QByteArray> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->deadline <= now)
            expired << it.key();
    }
    const quint64 generation = m_generation;
    for (const QByteArray& id : expired) {
        if (generation != m_generation)
            return;
        Pending pending = m_pending.take(id);
        m_order.removeOne(id);
        if (pending.actionName == "Login" || pending.actionName == "Challenge") {
            m_transport->abort();
            connectionLost(tr("no answer to %1 from %2")
                               .arg(QString::fromUtf8(pending.actionName), m_transport->describe()),
                false);
            return;
        }
        if (pending.hasContext && !pending.context)
            continue;
        if (pending.handler)
            pending.handler(
                Error { tr("%1: no answer from %2 in time")
                            .arg(QString::fromUtf8(pending.actionName), m_transport->describe()) });
    }
    if (m_pending.isEmpty())
        m_deadlineTimer.stop();
}

void AmiClient::sendPing()
{
    if (m_state != State::Up || m_pingOutstanding)
        return;
    m_pingOutstanding = true;
    sendInternal(
        AmiFrame::action(QStringLiteral("Ping")), this,
        [this](const Result<AmiResponse>& result) {
            m_pingOutstanding = false;
            if (!result && m_state == State::Up) {
                m_transport->abort();
                connectionLost(tr("%1 did not answer Ping within %2 s (dead peer)")
                                   .arg(m_transport->describe())
                                   .arg(m_options.pingTimeoutMs / 1000.0),
                    false);
            }
        },
        m_options.pingTimeoutMs);
}

void AmiClient::setEventMask(const QString& mask, QObject* context, StatusCallback done)
{
    AmiFrame action = AmiFrame::action(QStringLiteral("Events"));
    action.append("EventMask", mask);
    sendAction(action, context, [done](const Result<AmiResponse>& result) {
        if (!done)
            return;
        if (!result)
            done(Error { result.error() });
        else if (result->response.responseStatus() == u"Error")
            done(Error { answerError(result.value(), QStringLiteral("Events")) });
        else
            done({});
    });
}

namespace {

AmiClient::ResponseHandler statusHandler(const QString& action, AmiClient::StatusCallback done)
{
    return [action, done](const Result<AmiResponse>& result) {
        if (!done)
            return;
        if (!result)
            done(Error { result.error() });
        else if (!result->isSuccess())
            done(Error { answerError(result.value(), action) });
        else
            done({});
    };
}

AmiClient::ResponseHandler frameHandler(const QString& action, AmiClient::Callback<AmiFrame> done)
{
    return [action, done](const Result<AmiResponse>& result) {
        if (!result)
            done(Error { result.error() });
        else if (!result->isSuccess())
            done(Error { answerError(result.value(), action) });
        else
            done(result->response);
    };
}

// An empty list comes as "Response: Error" with "No <things> found": that is an empty answer.
AmiClient::ResponseHandler listHandler(const QString& action, AmiClient::Callback<QList<AmiFrame>> done)
{
    return [action, done](const Result<AmiResponse>& result) {
        if (!result) {
            done(Error { result.error() });
            return;
        }
        const QString message = result->message();
        if (!result->isSuccess()) {
            if (message.startsWith(QLatin1String("No ")) && message.endsWith(QLatin1String(" found")))
                done(QList<AmiFrame> {});
            else
                done(Error { answerError(result.value(), action) });
            return;
        }
        done(result->events);
    };
}

} // namespace

void AmiClient::ping(QObject* context, StatusCallback done)
{
    sendAction(AmiFrame::action(QStringLiteral("Ping")), context,
        statusHandler(QStringLiteral("Ping"), std::move(done)));
}

void AmiClient::coreSettings(QObject* context, Callback<AmiFrame> done)
{
    sendAction(AmiFrame::action(QStringLiteral("CoreSettings")), context,
        frameHandler(QStringLiteral("CoreSettings"), std::move(done)));
}

void AmiClient::coreStatus(QObject* context, Callback<AmiFrame> done)
{
    sendAction(AmiFrame::action(QStringLiteral("CoreStatus")), context,
        frameHandler(QStringLiteral("CoreStatus"), std::move(done)));
}

void AmiClient::command(const QString& cliCommand, QObject* context, Callback<QStringList> done)
{
    AmiFrame action = AmiFrame::action(QStringLiteral("Command"));
    action.append("Command", cliCommand);
    sendAction(action, context, [cliCommand, done](const Result<AmiResponse>& result) {
        if (!result)
            done(Error { result.error() });
        else if (!result->isSuccess())
            done(Error { answerError(result.value(), cliCommand) });
        else
            done(result->response.values("Output"));
    });
}

void AmiClient::pjsipShowEndpoints(QObject* context, Callback<QList<AmiFrame>> done)
{
    sendAction(AmiFrame::action(QStringLiteral("PJSIPShowEndpoints")), context,
        listHandler(QStringLiteral("PJSIPShowEndpoints"), std::move(done)));
}

void AmiClient::pjsipShowEndpoint(const QString& endpoint, QObject* context, Callback<QList<AmiFrame>> done)
{
    AmiFrame action = AmiFrame::action(QStringLiteral("PJSIPShowEndpoint"));
    action.append("Endpoint", endpoint);
    // Here an error means the endpoint does not exist: not an empty answer.
    sendAction(action, context, [done](const Result<AmiResponse>& result) {
        if (!result)
            done(Error { result.error() });
        else if (!result->isSuccess())
            done(Error { answerError(result.value(), QStringLiteral("PJSIPShowEndpoint")) });
        else
            done(result->events);
    });
}

void AmiClient::pjsipShowContacts(QObject* context, Callback<QList<AmiFrame>> done)
{
    sendAction(AmiFrame::action(QStringLiteral("PJSIPShowContacts")), context,
        listHandler(QStringLiteral("PJSIPShowContacts"), std::move(done)));
}

void AmiClient::sipPeers(QObject* context, Callback<QList<AmiFrame>> done)
{
    sendAction(AmiFrame::action(QStringLiteral("SIPpeers")), context,
        listHandler(QStringLiteral("SIPpeers"), std::move(done)));
}

QList<AmiConfigSection> AmiClient::sectionsFromGetConfig(const AmiFrame& response)
{
    QList<AmiConfigSection> sections;
    QHash<QByteArray, qsizetype> byNumber;
    for (const AmiField& field : response.fields()) {
        if (field.key.startsWith("Category-")) {
            byNumber.insert(field.key.mid(9), sections.size());
            sections.append({ QString::fromUtf8(field.value), {} });
        } else if (field.key.startsWith("Line-")) {
            const QByteArray number = field.key.mid(5, field.key.indexOf('-', 5) - 5);
            const auto it = byNumber.constFind(number);
            if (it == byNumber.cend())
                continue;
            const qsizetype eq = field.value.indexOf('=');
            const QString key = QString::fromUtf8(eq < 0 ? field.value : field.value.left(eq));
            const QString value = eq < 0 ? QString() : QString::fromUtf8(field.value.mid(eq + 1));
            sections[*it].lines.append({ key, value });
        }
    }
    return sections;
}

namespace {

AmiFrame configAction(
    const QString& name, const QString& file, const QString& category, const QString& filter)
{
    AmiFrame action = AmiFrame::action(name);
    action.append("Filename", file);
    if (!category.isEmpty())
        action.append("Category", category);
    if (!filter.isEmpty())
        action.append("Filter", filter);
    return action;
}

} // namespace

void AmiClient::getConfig(const QString& file, const QString& category, const QString& filter,
    QObject* context, Callback<QList<AmiConfigSection>> done)
{
    sendAction(configAction(QStringLiteral("GetConfig"), file, category, filter), context,
        [file, done](const Result<AmiResponse>& result) {
            if (!result)
                done(Error { result.error() });
            else if (!result->isSuccess())
                done(Error { answerError(result.value(), QStringLiteral("GetConfig %1").arg(file)) });
            else
                done(sectionsFromGetConfig(result->response));
        });
}

void AmiClient::getConfigJson(const QString& file, const QString& category, const QString& filter,
    QObject* context, Callback<QString> done)
{
    sendAction(configAction(QStringLiteral("GetConfigJSON"), file, category, filter), context,
        [file, done](const Result<AmiResponse>& result) {
            if (!result)
                done(Error { result.error() });
            else if (!result->isSuccess())
                done(Error { answerError(result.value(), QStringLiteral("GetConfigJSON %1").arg(file)) });
            else
                done(result->response.value("JSON"));
        });
}

void AmiClient::updateConfig(const QString& srcFile, const QString& dstFile,
    const QList<AmiConfigChange>& changes, const QString& reloadModule, QObject* context, StatusCallback done)
{
    AmiFrame action = AmiFrame::action(QStringLiteral("UpdateConfig"));
    action.append("SrcFilename", srcFile);
    action.append("DstFilename", dstFile);
    if (!reloadModule.isEmpty())
        action.append("Reload", reloadModule);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const AmiConfigChange& change = changes.at(i);
        const QByteArray n = QByteArray::number(i).rightJustified(6, '0');
        action.append(QByteArray("Action-" + n), change.action);
        action.append(QByteArray("Cat-" + n), change.category);
        if (!change.var.isEmpty())
            action.append(QByteArray("Var-" + n), change.var);
        if (!change.value.isEmpty())
            action.append(QByteArray("Value-" + n), change.value);
        if (!change.match.isEmpty())
            action.append(QByteArray("Match-" + n), change.match);
        if (!change.options.isEmpty())
            action.append(QByteArray("Options-" + n), change.options);
    }
    sendAction(
        action, context, statusHandler(QStringLiteral("UpdateConfig %1").arg(dstFile), std::move(done)));
}

void AmiClient::reload(const QString& module, QObject* context, StatusCallback done)
{
    AmiFrame action = AmiFrame::action(QStringLiteral("Reload"));
    if (!module.isEmpty())
        action.append("Module", module);
    sendAction(action, context, statusHandler(QStringLiteral("Reload %1").arg(module), std::move(done)));
}

void AmiClient::hangup(const QString& channel, QObject* context, StatusCallback done)
{
    AmiFrame action = AmiFrame::action(QStringLiteral("Hangup"));
    action.append("Channel", channel);
    sendAction(action, context, statusHandler(QStringLiteral("Hangup %1").arg(channel), std::move(done)));
}

} // namespace pbxwarden::ami
