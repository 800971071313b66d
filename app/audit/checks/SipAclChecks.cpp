#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"

#include <QCoreApplication>

namespace pbxwarden::audit::checks {
namespace {

Check endpointNoAcl()
{
    return { QStringLiteral("sip-acl.endpoint-no-acl"), Practice::SipAcl, Severity::High,
        QCoreApplication::translate("SipAclChecks", "PJSIP phones accept registrations from any address"),
        QCoreApplication::translate("SipAclChecks",
            "Without permit/deny a cracked or leaked phone password works from anywhere in the world."),
        QCoreApplication::translate("SipAclChecks",
            "Add deny = 0.0.0.0/0.0.0.0 and permit = <the phones' networks> (or acl = <named ACL>) to every "
            "endpoint, e.g. through a template.") };
}

Check sipPeerNoAcl()
{
    return { QStringLiteral("sip-acl.chan-sip-peer-no-acl"), Practice::SipAcl, Severity::High,
        QCoreApplication::translate("SipAclChecks", "chan_sip peers without permit/deny"),
        QCoreApplication::translate(
            "SipAclChecks", "The peer's secret is the only protection, from any address."),
        QCoreApplication::translate(
            "SipAclChecks", "Add deny/permit to every peer, or migrate it to PJSIP with an ACL.") };
}

Check alwaysAuthReject()
{
    return { QStringLiteral("sip-acl.chan-sip-alwaysauthreject"), Practice::SipAcl, Severity::Medium,
        QCoreApplication::translate("SipAclChecks", "chan_sip tells scanners which extensions exist"),
        QCoreApplication::translate("SipAclChecks",
            "With alwaysauthreject = no, svwar enumerates valid extensions from the different answers."),
        QCoreApplication::translate("SipAclChecks", "Set alwaysauthreject = yes in sip.conf [general].") };
}

} // namespace

QList<Finding> sipAcl(const AuditFacts& facts)
{
    QList<Finding> out;
    const QString noConfig = facts.asteriskProblemOr(
        QCoreApplication::translate("SipAclChecks", "no Asterisk configuration was collected"));
    if (!facts.asteriskConfigCollected()) {
        for (const Check& c : { endpointNoAcl(), sipPeerNoAcl(), alwaysAuthReject() })
            out << Finding::notAssessed(c, noConfig);
        return out;
    }
    // One finding per phone: each gets its own ACL (or its own explanation).
    QList<Judged> phones;
    for (const ConfigSection* e : pjsipPhones(facts)) {
        const bool acl = hasAcl(*e) || e->has(QStringLiteral("contact_acl"))
            || e->has(QStringLiteral("contact_permit")) || e->has(QStringLiteral("contact_deny"));
        phones << Judged { e->name, !acl,
            { QCoreApplication::translate("SipAclChecks", "%1: no permit, deny or acl").arg(where(*e)) } };
    }
    out << judgeEach(endpointNoAcl(), phones,
        QCoreApplication::translate("SipAclChecks", "%n PJSIP phone(s) (endpoints with auth) in pjsip.conf",
            nullptr, int(phones.size())),
        QCoreApplication::translate("SipAclChecks", "pjsip.conf defines no endpoint with inbound auth"));

    if (!chanSipActive(facts)) {
        const QString why = facts.asterisk(QStringLiteral("sip.conf"))
            ? QCoreApplication::translate("SipAclChecks", "chan_sip is not loaded")
            : QCoreApplication::translate("SipAclChecks", "sip.conf is not present");
        out << Finding::nothingToAssess(sipPeerNoAcl(), why).lookedAt(0, QStringLiteral("sip.conf"))
            << Finding::nothingToAssess(alwaysAuthReject(), why).lookedAt(0, QStringLiteral("sip.conf"));
        return out;
    }
    const ConfigSection* general
        = facts.asterisk(QStringLiteral("sip.conf"))->first(QStringLiteral("general"));
    QList<Judged> peers;
    for (const ConfigSection* p : sipPeers(facts))
        peers << Judged { p->name, !hasAcl(*p),
            { QCoreApplication::translate("SipAclChecks", "%1: no permit, deny or acl").arg(where(*p)) } };
    out << judgeEach(sipPeerNoAcl(), peers,
        QCoreApplication::translate(
            "SipAclChecks", "%n chan_sip peer(s) in sip.conf", nullptr, int(peers.size())),
        QCoreApplication::translate("SipAclChecks", "sip.conf defines no peer"));
    const QString reject = general ? general->value(QStringLiteral("alwaysauthreject"), QStringLiteral("yes"))
                                   : QStringLiteral("yes");
    out << (reject == u"no"
            ? Finding::fail(alwaysAuthReject(),
                { QStringLiteral("%1 alwaysauthreject = no")
                        .arg(where(general->last(QStringLiteral("alwaysauthreject"))->where)) })
            : Finding::pass(alwaysAuthReject(),
                { QCoreApplication::translate("SipAclChecks", "sip.conf [general] alwaysauthreject = %1")
                        .arg(reject) }))
               .lookedAt(-1, QStringLiteral("sip.conf [general]"));
    return out;
}

} // namespace pbxwarden::audit::checks
