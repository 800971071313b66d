#include "AmiSession.h"

#include "SimServer.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>

using pbxwarden::ami::AmiFrame;
using pbxwarden::ami::AmiParser;

namespace pbxsim {
namespace {

quint32 requiredPermission(const QString& action)
{
    static const QHash<QString, quint32> kPerms = {
        { QStringLiteral("coresettings"), Perm::System | Perm::Reporting },
        { QStringLiteral("corestatus"), Perm::System | Perm::Reporting },
        { QStringLiteral("command"), Perm::Command },
        { QStringLiteral("getconfig"), Perm::System | Perm::Config },
        { QStringLiteral("getconfigjson"), Perm::System | Perm::Config },
        { QStringLiteral("listcategories"), Perm::System | Perm::Config },
        { QStringLiteral("updateconfig"), Perm::Config },
        { QStringLiteral("reload"), Perm::Config | Perm::System },
        { QStringLiteral("hangup"), Perm::System | Perm::Call },
        { QStringLiteral("originate"), Perm::Originate | Perm::Call },
        { QStringLiteral("sippeers"), Perm::System },
    };
    if (action.startsWith(QLatin1String("pjsipshow")))
        return Perm::System;
    return kPerms.value(action, 0);
}

QString jsonEscape(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString boolText(const QString& value, bool fallback)
{
    if (value.isEmpty())
        return fallback ? QStringLiteral("true") : QStringLiteral("false");
    const QString v = value.toLower();
    return (v == u"yes" || v == u"true" || v == u"1" || v == u"on") ? QStringLiteral("true")
                                                                    : QStringLiteral("false");
}

QString orDefault(const QString& value, const char* fallback)
{
    return value.isEmpty() ? QLatin1String(fallback) : value;
}

} // namespace

AmiSession::AmiSession(QTcpSocket* socket, SimServer* server, bool tls)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_tls(tls)
    , m_parser(AmiParser::Mode::Server)
{
    m_socket->setParent(this);
    m_sessionId = "0x"
        + QByteArray::number(QRandomGenerator::global()->bounded(0x7f0000000000LL, 0x7fffffffffffLL), 16);
    connect(m_socket, &QTcpSocket::readyRead, this, &AmiSession::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { Q_EMIT finished(this); });
    m_socket->write(m_server->model()->banner().toUtf8() + "\r\n");
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &AmiSession::onReadyRead);
}

QString AmiSession::addressText(bool local) const
{
    const QHostAddress address = local ? m_socket->localAddress() : m_socket->peerAddress();
    const quint16 port = local ? m_socket->localPort() : m_socket->peerPort();
    bool v4 = false;
    const quint32 ip4 = address.toIPv4Address(&v4);
    const QString text = v4 ? QHostAddress(ip4).toString() : address.toString();
    return QStringLiteral("IPV%1/%2/%3/%4")
        .arg(v4 ? 4 : 6)
        .arg(m_tls ? QStringLiteral("TLS") : QStringLiteral("TCP"), text)
        .arg(port);
}

bool AmiSession::sendEvent(const QByteArray& wire)
{
    if (m_closing || m_socket->bytesToWrite() > m_server->maxQueuedBytes)
        return false;
    m_socket->write(wire);
    return true;
}

void AmiSession::close()
{
    m_closing = true;
    m_socket->abort();
}

void AmiSession::send(const AmiFrame& frame)
{
    m_socket->write(frame.toWire());
}

AmiFrame AmiSession::response(const AmiFrame& action, const char* status) const
{
    AmiFrame frame;
    frame.append("Response", QByteArrayView(status));
    if (action.has("ActionID"))
        frame.append("ActionID", action.rawValue("ActionID"));
    return frame;
}

void AmiSession::sendError(const AmiFrame& action, const QString& message)
{
    AmiFrame frame = response(action, "Error");
    frame.append("Message", message);
    send(frame);
}

void AmiSession::onReadyRead()
{
    while (m_socket->bytesAvailable() > 0 && !m_closing) {
        const QByteArray chunk = m_socket->read(64 * 1024);
        const bool ok = m_parser.feed(chunk);
        for (const AmiFrame& frame : m_parser.takeFrames()) {
            if (m_closing)
                return;
            handle(frame);
        }
        if (!ok) {
            close();
            return;
        }
    }
}

void AmiSession::handle(const AmiFrame& action)
{
    if (m_server->stalled)
        return;
    const QString name = action.actionName();
    const QString lower = name.toLower();
    if (!action.has("Action")) {
        m_server->broadcast(Perm::Security,
            m_server->securityEvent(QStringLiteral("RequestBadFormat"), QStringLiteral("Error"),
                QStringLiteral("AMI"), 1,
                { { "SessionID", QString::fromLatin1(m_sessionId) }, { "LocalAddress", addressText(true) },
                    { "RemoteAddress", addressText(false) },
                    { "RequestType", QStringLiteral("Action: NONE") },
                    { "SessionTV",
                        m_authenticated ? SimServer::eventTv(m_start.toUTC())
                                        : QStringLiteral("1970-01-01T00:00:00.000+0000") },
                    { "AccountID", m_authenticated ? m_user.name : QString() } }));
        sendError(action, QStringLiteral("Missing action in request"));
        return;
    }
    if (!m_authenticated && lower != u"login" && lower != u"challenge" && lower != u"logoff") {
        m_server->broadcast(Perm::Security,
            m_server->securityEvent(QStringLiteral("RequestNotAllowed"), QStringLiteral("Error"),
                QStringLiteral("AMI"), 1,
                { { "AccountID", QString() }, { "SessionID", QString::fromLatin1(m_sessionId) },
                    { "LocalAddress", addressText(true) }, { "RemoteAddress", addressText(false) },
                    { "RequestType", QStringLiteral("Action: %1").arg(name) },
                    { "SessionTV", QStringLiteral("1970-01-01T00:00:00.000+0000") } }));
        sendError(action, QStringLiteral("Permission denied"));
        return;
    }
    const quint32 required = requiredPermission(lower);
    if (required && !(m_user.writePerm & required)) {
        sendError(action, QStringLiteral("Permission denied"));
        return;
    }
    PbxModel* model = m_server->model();

    if (lower == u"login") {
        login(action);
    } else if (lower == u"challenge") {
        if (action.value("AuthType").compare(QLatin1String("MD5"), Qt::CaseInsensitive) != 0) {
            sendError(action, QStringLiteral("Must specify AuthType"));
            return;
        }
        if (m_challenge.isEmpty())
            m_challenge = QString::number(QRandomGenerator::global()->bounded(100000000, 999999999));
        AmiFrame frame = response(action, "Success");
        frame.append("Challenge", m_challenge);
        send(frame);
    } else if (lower == u"logoff") {
        AmiFrame frame = response(action, "Goodbye");
        frame.append("Message", QByteArrayView("Thanks for all the fish."));
        send(frame);
        m_closing = true;
        m_socket->disconnectFromHost();
    } else if (lower == u"ping") {
        const qint64 us
            = QDateTime::currentMSecsSinceEpoch() * 1000 + QRandomGenerator::global()->bounded(1000);
        AmiFrame frame = response(action, "Success");
        frame.append("Ping", QByteArrayView("Pong"));
        frame.append("Timestamp",
            QStringLiteral("%1.%2").arg(us / 1000000).arg(us % 1000000, 6, 10, QLatin1Char('0')));
        send(frame);
    } else if (lower == u"events") {
        const QString mask = action.value("EventMask");
        m_eventMask = mask.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0
            ? 0
            : Perm::parse(mask) & m_user.readPerm;
        AmiFrame frame = response(action, "Success");
        frame.append("Events", m_eventMask ? QStringLiteral("On") : QStringLiteral("Off"));
        send(frame);
    } else if (lower == u"coresettings") {
        AmiFrame frame = response(action, "Success");
        frame.append("AMIversion", model->amiVersion());
        frame.append("AsteriskVersion", model->version);
        frame.append("SystemName", model->systemName);
        frame.append("CoreMaxCalls", QByteArrayView("0"));
        frame.append("CoreMaxLoadAvg", QByteArrayView("0.000000"));
        frame.append("CoreRunUser", QByteArrayView("root"));
        frame.append("CoreRunGroup", QByteArrayView("root"));
        frame.append("CoreMaxFilehandles", QByteArrayView("0"));
        frame.append("CoreRealTimeEnabled", QByteArrayView("No"));
        frame.append("CoreCDRenabled", QByteArrayView("Yes"));
        frame.append("CoreHTTPenabled", model->httpEnabled() ? QStringLiteral("Yes") : QStringLiteral("No"));
        frame.append("SoundsSearchCustomDir", QByteArrayView("No"));
        send(frame);
    } else if (lower == u"corestatus") {
        AmiFrame frame = response(action, "Success");
        frame.append("CoreStartupDate", model->startTime.toString(QStringLiteral("yyyy-MM-dd")));
        frame.append("CoreStartupTime", model->startTime.toString(QStringLiteral("HH:mm:ss")));
        frame.append("CoreReloadDate", model->reloadTime.toString(QStringLiteral("yyyy-MM-dd")));
        frame.append("CoreReloadTime", model->reloadTime.toString(QStringLiteral("HH:mm:ss")));
        frame.append("CoreCurrentCalls", QByteArrayView("0"));
        frame.append("CoreProcessedCalls", QByteArrayView("0"));
        send(frame);
    } else if (lower == u"command") {
        command(action);
    } else if (lower == u"getconfig" || lower == u"getconfigjson") {
        getConfig(action, lower == u"getconfigjson");
    } else if (lower == u"listcategories") {
        listCategories(action);
    } else if (lower == u"updateconfig") {
        updateConfig(action);
    } else if (lower == u"reload") {
        const QString module = action.value("Module");
        if (!model->reloadModule(module)) {
            sendError(action, QStringLiteral("No such module"));
            return;
        }
        AmiFrame frame = response(action, "Success");
        frame.append("Message", QByteArrayView("Module Reloaded"));
        send(frame);
    } else if (lower == u"hangup") {
        sendError(action,
            action.value("Channel").isEmpty() ? QStringLiteral("No channel specified")
                                              : QStringLiteral("No such channel"));
    } else if (lower == u"originate") {
        sendError(action, QStringLiteral("Originate failed"));
    } else if (lower == u"pjsipshowendpoints") {
        QList<AmiFrame> items;
        for (const ConfigCategory& endpoint : model->pjsipObjects(QStringLiteral("endpoint"))) {
            AmiFrame item;
            item.append("Event", QByteArrayView("EndpointList"));
            item.append("ObjectType", QByteArrayView("endpoint"));
            item.append("ObjectName", endpoint.name);
            item.append("Transport", endpoint.value(QStringLiteral("transport")));
            item.append("Aor", endpoint.value(QStringLiteral("aors")));
            item.append("Auths", endpoint.value(QStringLiteral("auth")));
            item.append("OutboundAuths", endpoint.value(QStringLiteral("outbound_auth")));
            bool hasContact = false;
            if (!endpoint.value(QStringLiteral("aors")).isEmpty()) {
                QString contacts;
                for (const QString& aorName :
                    endpoint.value(QStringLiteral("aors")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (const ConfigCategory* aor
                        = model->pjsipObject(QStringLiteral("aor"), aorName.trimmed())) {
                        for (const QString& uri : aor->values(QStringLiteral("contact"))) {
                            contacts += aor->name + QLatin1Char('/') + uri + QLatin1Char(',');
                            hasContact = true;
                        }
                    }
                }
                item.append("Contacts", contacts);
            }
            item.append(
                "DeviceState", hasContact ? QStringLiteral("Not in use") : QStringLiteral("Unavailable"));
            item.append("ActiveChannels", QByteArrayView("0"));
            items << item;
        }
        if (items.isEmpty()) {
            sendError(action, QStringLiteral("No endpoints found\n"));
            return;
        }
        sendList(action, QStringLiteral("A listing of Endpoints follows, presented as EndpointList events"),
            items, QStringLiteral("EndpointListComplete"));
    } else if (lower == u"pjsipshowendpoint") {
        const QString name = action.value("Endpoint");
        if (name.isEmpty()) {
            sendError(action, QStringLiteral("Endpoint parameter missing."));
            return;
        }
        const ConfigCategory* endpoint = model->pjsipObject(QStringLiteral("endpoint"), name);
        if (!endpoint) {
            sendError(action, QStringLiteral("Unable to retrieve endpoint %1\n").arg(name));
            return;
        }
        QList<AmiFrame> items;
        AmiFrame detail;
        detail.append("Event", QByteArrayView("EndpointDetail"));
        detail.append("ObjectType", QByteArrayView("endpoint"));
        QHash<QString, QString> values;
        for (const auto& option : m_server->cli().endpointOptions(*endpoint))
            values.insert(PbxCli::camelCase(option.first), option.second);
        bool hasContact = false;
        for (const QString& aorName :
            endpoint->value(QStringLiteral("aors")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const ConfigCategory* aor = model->pjsipObject(QStringLiteral("aor"), aorName.trimmed()))
                hasContact = hasContact || !aor->values(QStringLiteral("contact")).isEmpty();
        }
        QFile order(QStringLiteral(":/pbxsim/endpoint_detail_order.txt"));
        if (order.open(QIODevice::ReadOnly)) {
            for (const QByteArray& raw : order.readAll().split('\n')) {
                const QString key = QString::fromUtf8(raw.trimmed());
                if (key.isEmpty() || key.startsWith(QLatin1Char('#')))
                    continue;
                if (key == u"ObjectName")
                    detail.append("ObjectName", endpoint->name);
                else if (key == u"DeviceState")
                    detail.append("DeviceState",
                        hasContact ? QStringLiteral("Not in use") : QStringLiteral("Unavailable"));
                else if (key == u"ActiveChannels")
                    detail.append("ActiveChannels", QByteArrayView("0"));
                else
                    detail.append(QByteArrayView(key.toUtf8()), values.value(key));
            }
        }
        items << detail;
        const auto authFrame = [&](const ConfigCategory& auth, const char* event, bool withEndpoint) {
            AmiFrame item;
            item.append("Event", QByteArrayView(event));
            item.append("ObjectType", QByteArrayView("auth"));
            item.append("ObjectName", auth.name);
            item.append("OauthSecret", QString());
            item.append("PasswordDigest", QString());
            item.append("SupportedAlgorithmsUas", QByteArrayView("MD5"));
            item.append("RefreshToken", QString());
            item.append("Username", auth.value(QStringLiteral("username")));
            item.append("Md5Cred", auth.value(QStringLiteral("md5_cred")));
            item.append("Realm", auth.value(QStringLiteral("realm")));
            item.append("AuthType", orDefault(auth.value(QStringLiteral("auth_type")), "userpass"));
            item.append("Password", auth.value(QStringLiteral("password")));
            item.append("SupportedAlgorithmsUac", QByteArrayView("MD5"));
            item.append("NonceLifetime", orDefault(auth.value(QStringLiteral("nonce_lifetime")), "32"));
            item.append("OauthClientid", QString());
            if (withEndpoint)
                item.append("EndpointName", endpoint->name);
            return item;
        };
        for (const char* key : { "auth", "outbound_auth" }) {
            for (const QString& authName :
                endpoint->value(QLatin1String(key)).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (const ConfigCategory* auth
                    = model->pjsipObject(QStringLiteral("auth"), authName.trimmed()))
                    items << authFrame(*auth, "AuthDetail", true);
            }
        }
        for (const QString& aorName :
            endpoint->value(QStringLiteral("aors")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const ConfigCategory* aor = model->pjsipObject(QStringLiteral("aor"), aorName.trimmed());
            if (!aor)
                continue;
            const QStringList contacts = aor->values(QStringLiteral("contact"));
            AmiFrame item;
            item.append("Event", QByteArrayView("AorDetail"));
            item.append("ObjectType", QByteArrayView("aor"));
            item.append("ObjectName", aor->name);
            item.append(
                "MinimumExpiration", orDefault(aor->value(QStringLiteral("minimum_expiration")), "60"));
            item.append(
                "DefaultExpiration", orDefault(aor->value(QStringLiteral("default_expiration")), "3600"));
            item.append("QualifyTimeout", QByteArrayView("3.000000"));
            item.append("Qualify2xxOnly", QByteArrayView("false"));
            item.append("Mailboxes", aor->value(QStringLiteral("mailboxes")));
            item.append("SupportPath", QByteArrayView("false"));
            item.append(
                "RemoveUnavailable", boolText(aor->value(QStringLiteral("remove_unavailable")), false));
            item.append("VoicemailExtension", QString());
            item.append("MaxContacts", orDefault(aor->value(QStringLiteral("max_contacts")), "0"));
            item.append("AuthenticateQualify", QByteArrayView("false"));
            QStringList named;
            for (const QString& uri : contacts)
                named << aor->name + QLatin1Char('/') + uri;
            item.append("Contacts", named.join(QLatin1Char(',')));
            item.append(
                "MaximumExpiration", orDefault(aor->value(QStringLiteral("maximum_expiration")), "7200"));
            item.append("QualifyFrequency", orDefault(aor->value(QStringLiteral("qualify_frequency")), "0"));
            item.append("RemoveExisting", boolText(aor->value(QStringLiteral("remove_existing")), false));
            item.append("OutboundProxy", aor->value(QStringLiteral("outbound_proxy")));
            item.append("TotalContacts", QString::number(contacts.size()));
            item.append("ContactsRegistered", QByteArrayView("0"));
            item.append("EndpointName", endpoint->name);
            items << item;
        }
        for (const ConfigCategory& identify : model->pjsipObjects(QStringLiteral("identify"))) {
            if (identify.value(QStringLiteral("endpoint")) != endpoint->name)
                continue;
            AmiFrame item;
            item.append("Event", QByteArrayView("IdentifyDetail"));
            item.append("ObjectType", QByteArrayView("identify"));
            item.append("ObjectName", identify.name);
            item.append("SrvLookups", QByteArrayView("true"));
            item.append("Match", identify.values(QStringLiteral("match")).join(QLatin1Char(',')));
            item.append("MatchHeader", QString());
            item.append("Endpoint", endpoint->name);
            item.append("EndpointName", endpoint->name);
            items << item;
        }
        sendList(action, QStringLiteral("Following are Events for each object associated with the Endpoint"),
            items, QStringLiteral("EndpointDetailComplete"));
    } else if (lower == u"pjsipshowaors" || lower == u"pjsipshowregistrationsinbound") {
        const bool inbound = lower == u"pjsipshowregistrationsinbound";
        QList<AmiFrame> items;
        for (const ConfigCategory& aor : model->pjsipObjects(QStringLiteral("aor"))) {
            const QStringList contacts = aor.values(QStringLiteral("contact"));
            QStringList named;
            for (const QString& uri : contacts)
                named << aor.name + QLatin1Char('/') + uri;
            AmiFrame item;
            item.append(
                "Event", inbound ? QByteArrayView("InboundRegistrationDetail") : QByteArrayView("AorList"));
            item.append("ObjectType", QByteArrayView("aor"));
            item.append("ObjectName", aor.name);
            item.append(
                "MinimumExpiration", orDefault(aor.value(QStringLiteral("minimum_expiration")), "60"));
            item.append(
                "DefaultExpiration", orDefault(aor.value(QStringLiteral("default_expiration")), "3600"));
            item.append("QualifyTimeout", QByteArrayView("3.000000"));
            item.append("Qualify2xxOnly", QByteArrayView("false"));
            item.append("Mailboxes", aor.value(QStringLiteral("mailboxes")));
            item.append("SupportPath", QByteArrayView("false"));
            item.append(
                "RemoveUnavailable", boolText(aor.value(QStringLiteral("remove_unavailable")), false));
            item.append("VoicemailExtension", QString());
            item.append("MaxContacts", orDefault(aor.value(QStringLiteral("max_contacts")), "0"));
            item.append("AuthenticateQualify", QByteArrayView("false"));
            item.append(inbound ? QByteArrayView("Contact") : QByteArrayView("Contacts"),
                named.join(QLatin1Char(',')));
            item.append(
                "MaximumExpiration", orDefault(aor.value(QStringLiteral("maximum_expiration")), "7200"));
            item.append("QualifyFrequency", orDefault(aor.value(QStringLiteral("qualify_frequency")), "0"));
            item.append("RemoveExisting", boolText(aor.value(QStringLiteral("remove_existing")), false));
            item.append("OutboundProxy", aor.value(QStringLiteral("outbound_proxy")));
            if (inbound)
                item.append("Contacts",
                    named.isEmpty() ? QString() : named.join(QLatin1Char(',')) + QLatin1Char(','));
            items << item;
        }
        if (items.isEmpty()) {
            sendError(action,
                inbound ? QStringLiteral("No registrations found\n") : QStringLiteral("No AORs found\n"));
            return;
        }
        if (inbound) {
            sendList(action, QStringLiteral("Following are Events for each Inbound registration"), items,
                QStringLiteral("InboundRegistrationDetailComplete"));
        } else {
            sendList(action, QStringLiteral("A listing of AORs follows, presented as AorList events"), items,
                QStringLiteral("AorListComplete"));
        }
    } else if (lower == u"pjsipshowauths") {
        QList<AmiFrame> items;
        for (const ConfigCategory& auth : model->pjsipObjects(QStringLiteral("auth"))) {
            AmiFrame item;
            item.append("Event", QByteArrayView("AuthList"));
            item.append("ObjectType", QByteArrayView("auth"));
            item.append("ObjectName", auth.name);
            item.append("OauthSecret", QString());
            item.append("PasswordDigest", QString());
            item.append("SupportedAlgorithmsUas", QByteArrayView("MD5"));
            item.append("RefreshToken", QString());
            item.append("Username", auth.value(QStringLiteral("username")));
            item.append("Md5Cred", auth.value(QStringLiteral("md5_cred")));
            item.append("Realm", auth.value(QStringLiteral("realm")));
            item.append("AuthType", orDefault(auth.value(QStringLiteral("auth_type")), "userpass"));
            item.append("Password", auth.value(QStringLiteral("password")));
            item.append("SupportedAlgorithmsUac", QByteArrayView("MD5"));
            item.append("NonceLifetime", orDefault(auth.value(QStringLiteral("nonce_lifetime")), "32"));
            item.append("OauthClientid", QString());
            items << item;
        }
        if (items.isEmpty()) {
            sendError(action, QStringLiteral("No Auths found\n"));
            return;
        }
        sendList(action, QStringLiteral("A listing of Auths follows, presented as AuthList events"), items,
            QStringLiteral("AuthListComplete"));
    } else if (lower == u"pjsipshowcontacts") {
        // The simulator has no SIP side, so nothing ever registers.
        sendError(action, QStringLiteral("No Contacts found\n"));
    } else if (lower == u"pjsipshowresourcelists") {
        sendError(action, QStringLiteral("No resource lists found\n"));
    } else if (lower == u"pjsipshowregistrationsoutbound") {
        QList<AmiFrame> items;
        int registrations = 0;
        for (const ConfigCategory& reg : model->pjsipObjects(QStringLiteral("registration"))) {
            ++registrations;
            AmiFrame item;
            item.append("Event", QByteArrayView("OutboundRegistrationDetail"));
            item.append("ObjectType", QByteArrayView("registration"));
            item.append("ObjectName", reg.name);
            item.append("MaxRetries", orDefault(reg.value(QStringLiteral("max_retries")), "10"));
            item.append("ClientUri", reg.value(QStringLiteral("client_uri")));
            item.append("SecurityNegotiation", QByteArrayView("no"));
            item.append("AuthRejectionPermanent", QByteArrayView("true"));
            item.append("ServerUri", reg.value(QStringLiteral("server_uri")));
            item.append("MaxRandomInitialDelay", QByteArrayView("10"));
            item.append("SupportPath", QByteArrayView("false"));
            item.append("RetryInterval", orDefault(reg.value(QStringLiteral("retry_interval")), "60"));
            item.append("ContactHeaderParams", QString());
            item.append("Expiration", orDefault(reg.value(QStringLiteral("expiration")), "3600"));
            item.append("Transport", reg.value(QStringLiteral("transport")));
            item.append("Line", QByteArrayView("false"));
            item.append("ContactUser", reg.value(QStringLiteral("contact_user")));
            item.append("Endpoint", reg.value(QStringLiteral("endpoint")));
            item.append("UserAgent", QString());
            item.append("ForbiddenRetryInterval",
                orDefault(reg.value(QStringLiteral("forbidden_retry_interval")), "0"));
            item.append("OutboundAuth", reg.value(QStringLiteral("outbound_auth")));
            item.append("OutboundProxy", reg.value(QStringLiteral("outbound_proxy")));
            item.append("FatalRetryInterval", QByteArrayView("0"));
            item.append("SupportOutbound", QByteArrayView("no"));
            item.append("Status", QByteArrayView("Unregistered"));
            item.append("NextReg", QByteArrayView("0"));
            items << item;
            if (const ConfigCategory* auth
                = model->pjsipObject(QStringLiteral("auth"), reg.value(QStringLiteral("outbound_auth")))) {
                AmiFrame detail;
                detail.append("Event", QByteArrayView("AuthDetail"));
                detail.append("ObjectType", QByteArrayView("auth"));
                detail.append("ObjectName", auth->name);
                detail.append("OauthSecret", QString());
                detail.append("PasswordDigest", QString());
                detail.append("SupportedAlgorithmsUas", QByteArrayView("MD5"));
                detail.append("RefreshToken", QString());
                detail.append("Username", auth->value(QStringLiteral("username")));
                detail.append("Md5Cred", QString());
                detail.append("Realm", auth->value(QStringLiteral("realm")));
                detail.append("AuthType", orDefault(auth->value(QStringLiteral("auth_type")), "userpass"));
                detail.append("Password", auth->value(QStringLiteral("password")));
                detail.append("SupportedAlgorithmsUac", QByteArrayView("MD5"));
                detail.append("NonceLifetime", QByteArrayView("32"));
                detail.append("OauthClientid", QString());
                items << detail;
            }
        }
        if (items.isEmpty()) {
            sendError(action, QStringLiteral("No registrations found\n"));
            return;
        }
        // Asterisk counts registrations, not events, in ListItems here.
        sendList(action, QStringLiteral("Following are Events for each Outbound registration"), items,
            QStringLiteral("OutboundRegistrationDetailComplete"),
            { { "Registered", QStringLiteral("0") }, { "NotRegistered", QString::number(registrations) } },
            registrations);
    } else if (lower == u"sippeers" && model->majorVersion() < 21) {
        sendList(
            action, QStringLiteral("Peer status list will follow"), {}, QStringLiteral("PeerlistComplete"));
    } else {
        sendError(action,
            QStringLiteral(
                "Invalid/unknown command: %1. Use Action: ListCommands to show available commands.")
                .arg(name));
    }
}

void AmiSession::login(const AmiFrame& action)
{
    if (m_authenticated) {
        AmiFrame frame = response(action, "Success");
        frame.append("Message", QByteArrayView("Already authenticated"));
        send(frame);
        return;
    }
    PbxModel* model = m_server->model();
    const QString userName = action.value("Username");
    const ManagerUser* user = model->user(userName);
    const QString failedTv = QStringLiteral("1970-01-01T00:00:00.000+0000");
    const QList<QPair<QByteArray, QString>> common = { { "AccountID", userName },
        { "SessionID", QString::fromLatin1(m_sessionId) }, { "LocalAddress", addressText(true) },
        { "RemoteAddress", addressText(false) }, { "SessionTV", failedTv } };
    if (!user) {
        m_server->broadcast(Perm::Security,
            m_server->securityEvent(QStringLiteral("InvalidAccountID"), QStringLiteral("Error"),
                QStringLiteral("AMI"), 1, common));
        failLogin(action);
        return;
    }
    if (!user->allows(m_socket->peerAddress())) {
        m_server->broadcast(Perm::Security,
            m_server->securityEvent(
                QStringLiteral("FailedACL"), QStringLiteral("Error"), QStringLiteral("AMI"), 1, common));
        failLogin(action);
        return;
    }
    if (action.value("AuthType").compare(QLatin1String("MD5"), Qt::CaseInsensitive) == 0) {
        const QString key = action.value("Key");
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash((m_challenge + user->secret).toUtf8(), QCryptographicHash::Md5).toHex());
        if (m_challenge.isEmpty() || key != expected) {
            m_server->broadcast(Perm::Security,
                m_server->securityEvent(QStringLiteral("ChallengeResponseFailed"), QStringLiteral("Error"),
                    QStringLiteral("AMI"), 1,
                    { { "AccountID", QString() }, { "SessionID", QString::fromLatin1(m_sessionId) },
                        { "LocalAddress", addressText(true) }, { "RemoteAddress", addressText(false) },
                        { "Challenge", m_challenge }, { "Response", key }, { "ExpectedResponse", expected },
                        { "SessionTV", failedTv } }));
            failLogin(action);
            return;
        }
    } else if (action.value("Secret") != user->secret) {
        m_server->broadcast(Perm::Security,
            m_server->securityEvent(QStringLiteral("InvalidPassword"), QStringLiteral("Error"),
                QStringLiteral("AMI"), 2, common));
        failLogin(action);
        return;
    }
    m_authenticated = true;
    m_user = *user;
    m_start = QDateTime::currentDateTime();
    if (!action.has("Events")) {
        m_eventMask = m_user.readPerm;
    } else {
        const QString events = action.value("Events");
        m_eventMask = events.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0
            ? 0
            : Perm::parse(events) & m_user.readPerm;
    }
    AmiFrame frame = response(action, "Success");
    frame.append("Message", QByteArrayView("Authentication accepted"));
    send(frame);
    if (m_eventMask & Perm::System) {
        const QDateTime now = QDateTime::currentDateTime();
        AmiFrame booted;
        booted.append("Event", QByteArrayView("FullyBooted"));
        booted.append("Privilege", QByteArrayView("system,all"));
        booted.append("Uptime", QString::number(model->startTime.secsTo(now)));
        booted.append("LastReload", QString::number(model->reloadTime.secsTo(now)));
        booted.append("Status", QByteArrayView("Fully Booted"));
        send(booted);
    }
    m_server->broadcast(Perm::Security,
        m_server->securityEvent(QStringLiteral("SuccessfulAuth"), QStringLiteral("Informational"),
            QStringLiteral("AMI"), 1,
            { { "AccountID", m_user.name }, { "SessionID", QString::fromLatin1(m_sessionId) },
                { "LocalAddress", addressText(true) }, { "RemoteAddress", addressText(false) },
                { "UsingPassword", QStringLiteral("0") },
                { "SessionTV", SimServer::eventTv(m_start.toUTC()) } }));
}

void AmiSession::failLogin(const AmiFrame& action)
{
    // Asterisk answers a failed login after about a second, then hangs up.
    m_closing = true;
    const AmiFrame frame = [&] {
        AmiFrame f = response(action, "Error");
        f.append("Message", QByteArrayView("Authentication failed"));
        return f;
    }();
    QTimer::singleShot(m_server->authFailDelayMs, this, [this, frame] {
        send(frame);
        m_socket->disconnectFromHost();
    });
}

void AmiSession::sendList(const AmiFrame& action, const QString& startMessage, const QList<AmiFrame>& items,
    const QString& completeEvent, const QList<QPair<QByteArray, QString>>& completeExtra, int listItems)
{
    AmiFrame start = response(action, "Success");
    start.append("EventList", QByteArrayView("start"));
    start.append("Message", startMessage);
    QByteArray out = start.toWire();
    const QByteArray actionId = action.rawValue("ActionID");
    int sent = 0;
    for (const AmiFrame& item : items) {
        AmiFrame withId;
        const QList<pbxwarden::ami::AmiField>& fields = item.fields();
        withId.appendField(fields.first());
        if (action.has("ActionID"))
            withId.append("ActionID", actionId);
        for (qsizetype i = 1; i < fields.size(); ++i)
            withId.appendField(fields.at(i));
        out += withId.toWire();
        ++sent;
        if (m_server->cutLists) {
            m_socket->write(out);
            m_socket->flush();
            close();
            Q_EMIT finished(this);
            return;
        }
    }
    AmiFrame complete;
    complete.append("Event", completeEvent);
    if (action.has("ActionID"))
        complete.append("ActionID", actionId);
    complete.append("EventList", QByteArrayView("Complete"));
    complete.append("ListItems", QString::number(listItems >= 0 ? listItems : sent));
    for (const auto& extra : completeExtra)
        complete.append(extra.first, extra.second);
    out += complete.toWire();
    m_socket->write(out);
}

void AmiSession::command(const AmiFrame& action)
{
    const QString text = action.value("Command");
    const CliOutput output = m_server->cli().run(text, m_server->connectedUsers());
    AmiFrame frame = response(action, output.ok ? "Success" : "Error");
    frame.append("Message", QByteArrayView("Command output follows"));
    for (const QString& line : output.lines())
        frame.append("Output", line);
    send(frame);
}

void AmiSession::getConfig(const AmiFrame& action, bool json)
{
    const QString fileName = action.value("Filename");
    if (fileName.isEmpty()) {
        sendError(action, QStringLiteral("Filename not specified"));
        return;
    }
    const QString path = m_server->model()->configPath(fileName);
    if (path.isEmpty()) {
        sendError(action, QStringLiteral("File requires escalated privileges"));
        return;
    }
    AsteriskConfig config;
    if (!QFileInfo::exists(path) || !AsteriskConfig::load(path, &config)) {
        sendError(action, QStringLiteral("Config file not found"));
        return;
    }
    const QString category = action.value("Category");
    const QString filter = action.value("Filter");
    const bool templates = filter.contains(QLatin1String("TEMPLATES=include"));
    AmiFrame frame = response(action, "Success");
    QString jsonText = QStringLiteral("{");
    int index = 0;
    for (const ConfigCategory* cat : config.findAll(category, filter)) {
        if (cat->isTemplate && !templates)
            continue;
        if (json) {
            if (index > 0)
                jsonText += QLatin1Char(',');
            jsonText += QLatin1Char('"') + jsonEscape(cat->name) + QStringLiteral("\":{");
            for (qsizetype v = 0; v < cat->vars.size(); ++v) {
                if (v > 0)
                    jsonText += QLatin1Char(',');
                jsonText += QLatin1Char('"') + jsonEscape(cat->vars[v].first) + QStringLiteral("\":\"")
                    + jsonEscape(cat->vars[v].second) + QLatin1Char('"');
            }
            jsonText += QLatin1Char('}');
        } else {
            const QByteArray n = QByteArray::number(index).rightJustified(6, '0');
            frame.append(QByteArray("Category-" + n), cat->name);
            for (qsizetype v = 0; v < cat->vars.size(); ++v) {
                frame.append(QByteArray("Line-" + n + '-' + QByteArray::number(v).rightJustified(6, '0')),
                    cat->vars[v].first + QLatin1Char('=') + cat->vars[v].second);
            }
        }
        ++index;
    }
    if (json)
        frame.append("JSON", jsonText + QLatin1Char('}'));
    send(frame);
}

void AmiSession::listCategories(const AmiFrame& action)
{
    const QString path = m_server->model()->configPath(action.value("Filename"));
    if (path.isEmpty()) {
        sendError(action, QStringLiteral("File requires escalated privileges"));
        return;
    }
    AsteriskConfig config;
    if (!QFileInfo::exists(path) || !AsteriskConfig::load(path, &config)) {
        sendError(action, QStringLiteral("Config file not found"));
        return;
    }
    AmiFrame frame = response(action, "Success");
    int index = 0;
    for (const ConfigCategory& cat : config.objects())
        frame.append(QByteArray("Category-" + QByteArray::number(index++).rightJustified(6, '0')), cat.name);
    if (index == 0) {
        sendError(action, QStringLiteral("No categories found"));
        return;
    }
    send(frame);
}

void AmiSession::updateConfig(const AmiFrame& action)
{
    const QString src = action.value("SrcFilename");
    const QString dst = action.value("DstFilename");
    if (src.isEmpty() || dst.isEmpty()) {
        sendError(action, QStringLiteral("Filename not specified"));
        return;
    }
    const QString srcPath = m_server->model()->configPath(src);
    const QString dstPath = m_server->model()->configPath(dst);
    if (srcPath.isEmpty() || dstPath.isEmpty()) {
        sendError(action, QStringLiteral("File requires escalated privileges"));
        return;
    }
    AsteriskConfig config;
    if (!AsteriskConfig::load(srcPath, &config)) {
        sendError(action, QStringLiteral("Config file has invalid format"));
        return;
    }
    for (int i = 0; i < 100000; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(6, '0');
        const QByteArray actionKey = "Action-" + n;
        if (!action.has(actionKey))
            break;
        const QString error = config.apply(action.value(actionKey), action.value(QByteArray("Cat-" + n)),
            action.value(QByteArray("Var-" + n)), action.value(QByteArray("Value-" + n)),
            action.value(QByteArray("Match-" + n)), action.value(QByteArray("Options-" + n)));
        if (!error.isEmpty()) {
            sendError(action, error);
            return;
        }
    }
    QString error;
    if (!config.save(dstPath, dst, &error)) {
        sendError(action, QStringLiteral("Save of config failed"));
        return;
    }
    const QString reload = action.value("Reload");
    if (!reload.isEmpty())
        m_server->model()->reloadModule(
            reload.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 ? QString() : reload);
    send(response(action, "Success"));
}

} // namespace pbxsim
