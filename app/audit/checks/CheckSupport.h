#pragma once

#include "audit/AuditFacts.h"
#include "pbxconf/AsteriskConfig.h"
#include "pbxconf/Dialplan.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// What several practices need to know about a PBX, read from its facts.
namespace pbxwarden::audit::checks {

// "pjsip.conf:25"
QString where(const ConfigLocation& location);
QString where(const ConfigSection& section);
bool isAllAddresses(const QString& address);
bool isLoopback(const QString& address);
// "0.0.0.0:5060" / "[::]:5060" / "127.0.0.1" -> address part
QString hostOf(const QString& bind);
int portOf(const QString& bind, int fallback);

// Non-template sections of pjsip.conf (and includes) with type = T.
QList<const ConfigSection*> pjsipOfType(const AuditFacts& facts, const QString& type);
// chan_sip is configured and may be loaded (sip.conf present, module not known to be absent).
bool chanSipActive(const AuditFacts& facts);
// sip.conf sections that are devices (type friend/peer/user).
QList<const ConfigSection*> sipPeers(const AuditFacts& facts);
// Endpoints with inbound authentication: phones.
QList<const ConfigSection*> pjsipPhones(const AuditFacts& facts);
bool hasAcl(const ConfigSection& section);

// A dialled device that leaves the PBX: a PJSIP endpoint with outbound_auth, identify, a
// registration or a static contact; a chan_sip peer with a host; DAHDI, IAX2; unknown names.
Dialplan::TrunkTest trunkTest(const AuditFacts& facts);

struct EntryContext
{
    QString context;
    QString why; // "pjsip.conf:88 [anonymous] endpoint (unauthenticated calls)"
};
// Contexts a caller reaches without a password: the anonymous endpoint's, identify-matched
// endpoints' (trunks), chan_sip's guest context when allowguest is on, and "default".
QList<EntryContext> unauthenticatedContexts(const AuditFacts& facts);
// Contexts of phones (pjsip endpoints with auth, chan_sip peers with a secret).
QList<EntryContext> phoneContexts(const AuditFacts& facts);
QList<Dialplan::Reach> reachFrom(const AuditFacts& facts, const QString& context);

// "PBXW-SECRET:..." markers of a section's key, with where they are.
struct SecretRef
{
    QString account;
    QString kind; // "pjsip auth", "chan_sip peer", "AMI user", "voicemail box", "dialplan global"
    SecretVerdict verdict;
    ConfigLocation where;
};
QList<SecretRef> secrets(const AuditFacts& facts);

} // namespace pbxwarden::audit::checks
