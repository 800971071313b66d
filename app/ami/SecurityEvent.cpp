#include "ami/SecurityEvent.h"

namespace pbxwarden::ami {
namespace {

struct TypeName
{
    SecurityEvent::Type type;
    const char* name;
};

constexpr TypeName kTypes[] = {
    { SecurityEvent::Type::FailedACL, "FailedACL" },
    { SecurityEvent::Type::InvalidAccountID, "InvalidAccountID" },
    { SecurityEvent::Type::SessionLimit, "SessionLimit" },
    { SecurityEvent::Type::MemoryLimit, "MemoryLimit" },
    { SecurityEvent::Type::LoadAverageLimit, "LoadAverageLimit" },
    { SecurityEvent::Type::RequestNotSupported, "RequestNotSupported" },
    { SecurityEvent::Type::RequestNotAllowed, "RequestNotAllowed" },
    { SecurityEvent::Type::AuthMethodNotAllowed, "AuthMethodNotAllowed" },
    { SecurityEvent::Type::RequestBadFormat, "RequestBadFormat" },
    { SecurityEvent::Type::SuccessfulAuth, "SuccessfulAuth" },
    { SecurityEvent::Type::UnexpectedAddress, "UnexpectedAddress" },
    { SecurityEvent::Type::ChallengeResponseFailed, "ChallengeResponseFailed" },
    { SecurityEvent::Type::InvalidPassword, "InvalidPassword" },
    { SecurityEvent::Type::ChallengeSent, "ChallengeSent" },
    { SecurityEvent::Type::InvalidTransport, "InvalidTransport" },
};

} // namespace

std::optional<SecurityEvent::Type> SecurityEvent::typeFromName(QStringView name)
{
    for (const TypeName& entry : kTypes) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

std::optional<SecurityEvent> SecurityEvent::fromFrame(const AmiFrame& frame)
{
    if (frame.kind() != AmiFrame::Kind::Event)
        return std::nullopt;
    const QString name = frame.eventName();
    const std::optional<Type> type = typeFromName(name);
    if (!type)
        return std::nullopt;
    SecurityEvent event;
    event.type = *type;
    event.name = name;
    event.eventTv = frame.value("EventTV");
    event.severity = frame.value("Severity");
    event.service = frame.value("Service");
    event.eventVersion = frame.value("EventVersion").toInt();
    event.accountId = frame.value("AccountID");
    event.sessionId = frame.value("SessionID");
    event.sessionTv = frame.value("SessionTV");
    event.module = frame.value("Module");
    event.localAddress = AmiAddress::parse(frame.value("LocalAddress"));
    event.remoteAddress = AmiAddress::parse(frame.value("RemoteAddress"));
    event.expectedAddress = AmiAddress::parse(frame.value("ExpectedAddress"));
    event.aclName = frame.value("ACLName");
    event.challenge = frame.value("Challenge");
    event.response = frame.value("Response");
    event.expectedResponse = frame.value("ExpectedResponse");
    event.receivedChallenge = frame.value("ReceivedChallenge");
    event.receivedHash = frame.value("ReceivedHash");
    event.requestType = frame.value("RequestType");
    event.requestParams = frame.value("RequestParams");
    event.authMethod = frame.value("AuthMethod");
    event.attemptedTransport = frame.value("AttemptedTransport");
    if (frame.has("UsingPassword"))
        event.usingPassword = frame.value("UsingPassword") != u"0";
    return event;
}

} // namespace pbxwarden::ami
