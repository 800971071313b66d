#pragma once

#include "audit/AuditFacts.h"
#include "audit/Finding.h"
#include "audit/ReferenceData.h"
#include "pbxconf/AsteriskConfig.h"
#include "pbxconf/Dialplan.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

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

// The numbering plan the dialplan is judged by: the PBX's country's, else the generic one, and the
// words that say which was assumed ("numbering plan: North American ... (indications.conf:country=us)").
struct PlanInUse
{
    ReferenceData::NumberingPlan plan;
    QString assumed;
};
PlanInUse numberingPlan(const AuditFacts& facts);
// The costliest class a dialled number can have under the plan: "premium", "international",
// "mobile", "national", or empty (internal, short or unknown numbers).
QString costClass(const Dialplan::Reach& reach, const ReferenceData::NumberingPlan& plan);

// Where AMI listens (manager.conf [general]) and whether the firewall lets the Internet reach it.
struct AmiListener
{
    bool enabled = false;
    QString bind; // bindaddr, "0.0.0.0" by default
    int port = 5038;
    bool loopbackOnly = false;
    PortExposure exposure = PortExposure::Unknown;
    QString evidence; // "manager.conf:3 [general] enabled = yes, bindaddr = 0.0.0.0, port 5038"
};
// nullopt when manager.conf was not collected.
std::optional<AmiListener> amiListener(const AuditFacts& facts);
// manager.conf users (sections with a secret, not [general]).
QList<const ConfigSection*> amiUsers(const AuditFacts& facts);

// "PBXW-SECRET:..." markers of a section's key, with where they are.
struct SecretRef
{
    QString account;
    QString kind; // "pjsip auth", "chan_sip peer", "AMI user", "voicemail box", "dialplan global"
    SecretVerdict verdict;
    ConfigLocation where;
};
QList<SecretRef> secrets(const AuditFacts& facts);

// One object a per-object check judged: its name, whether it failed, what was found (file:line),
// and, when its risk differs from the check's, the severity of its failure.
struct Judged
{
    QString subject;
    bool failed = false;
    QStringList evidence;
    std::optional<Severity> severity = std::nullopt;
};
// The findings of a per-object check: one Fail per failing object (with its subject and, when set,
// its own severity), else one Pass naming how many were judged; NothingToAssess when there was
// nothing to judge. `examined` says what was looked at ("3 PJSIP phones in pjsip.conf").
// Names the source of every assessed finding of `out` that does not say yet what it looked at
// (a whole-PBX setting: "sshd -T for a client from the Internet", "logger.conf [logfiles]").
void examinedBy(QList<Finding>& out, const QString& what);
// examinedCount: how many were evaluated when `objects` holds only the failing ones (-1: all listed).
QList<Finding> judgeEach(const Check& check, const QList<Judged>& objects, const QString& examined,
    const QString& nothingWhy, int examinedCount = -1);

} // namespace pbxwarden::audit::checks
