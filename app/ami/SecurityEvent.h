#pragma once

#include "ami/AmiAddress.h"
#include "ami/AmiFrame.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace pbxwarden::ami {

// An event of Asterisk's "security" class (res_security_log writes the same ones).
struct SecurityEvent
{
    enum class Type
    {
        FailedACL,
        InvalidAccountID,
        SessionLimit,
        MemoryLimit,
        LoadAverageLimit,
        RequestNotSupported,
        RequestNotAllowed,
        AuthMethodNotAllowed,
        RequestBadFormat,
        SuccessfulAuth,
        UnexpectedAddress,
        ChallengeResponseFailed,
        InvalidPassword,
        ChallengeSent,
        InvalidTransport,
    };

    Type type = Type::FailedACL;
    QString name;
    QString eventTv;
    QString severity;
    QString service; // AMI, PJSIP, SIP, IAX2...
    int eventVersion = 0;
    QString accountId;
    QString sessionId;
    QString sessionTv;
    QString module;
    AmiAddress localAddress;
    AmiAddress remoteAddress;
    AmiAddress expectedAddress;
    QString aclName;
    QString challenge;
    QString response;
    QString expectedResponse;
    QString receivedChallenge;
    QString receivedHash;
    QString requestType;
    QString requestParams;
    QString authMethod;
    QString attemptedTransport;
    std::optional<bool> usingPassword;

    // True for the failures an attacker causes (everything but SuccessfulAuth and ChallengeSent).
    bool isFailure() const { return type != Type::SuccessfulAuth && type != Type::ChallengeSent; }

    static std::optional<Type> typeFromName(QStringView name);
    // Empty when the frame is not a security event.
    static std::optional<SecurityEvent> fromFrame(const AmiFrame& frame);
};

} // namespace pbxwarden::ami

Q_DECLARE_METATYPE(pbxwarden::ami::SecurityEvent)
