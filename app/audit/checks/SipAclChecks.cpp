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

Check amiNoAcl()
{
    return { QStringLiteral("sip-acl.ami-user-no-acl"), Practice::SipAcl, Severity::High,
        QCoreApplication::translate("SipAclChecks", "AMI users without permit/deny"),
        QCoreApplication::translate(
            "SipAclChecks", "An AMI user without an ACL can log in from any address that reaches port 5038."),
        QCoreApplication::translate("SipAclChecks",
            "Add deny = 0.0.0.0/0.0.0.0 and permit = <the application's address>/32 to every manager.conf "
            "user.") };
}

Check anonymous()
{
    return { QStringLiteral("sip-acl.anonymous-endpoint"), Practice::SipAcl, Severity::High,
        QCoreApplication::translate("SipAclChecks", "Anonymous SIP calls are accepted"),
        QCoreApplication::translate("SipAclChecks",
            "The 'anonymous' endpoint lets anyone on the Internet place calls into the dialplan without a "
            "password."),
        QCoreApplication::translate("SipAclChecks",
            "Remove the [anonymous] endpoint (FreePBX: Allow Anonymous Inbound SIP Calls = No, Allow SIP "
            "Guests = No) unless a DID really needs it, and give it a context with only those DIDs.") };
}

Check allowGuest()
{
    return { QStringLiteral("sip-acl.chan-sip-allowguest"), Practice::SipAcl, Severity::High,
        QCoreApplication::translate("SipAclChecks", "chan_sip accepts guest calls"),
        QCoreApplication::translate("SipAclChecks",
            "allowguest (on by default) sends unauthenticated INVITEs into the general context."),
        QCoreApplication::translate("SipAclChecks",
            "Set allowguest = no in sip.conf [general], or unload chan_sip (removed from Asterisk 21).") };
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
    const QString noConfig
        = QCoreApplication::translate("SipAclChecks", "no Asterisk configuration was collected");
    if (!facts.asteriskConfigCollected()) {
        for (const Check& c :
            { endpointNoAcl(), amiNoAcl(), anonymous(), allowGuest(), sipPeerNoAcl(), alwaysAuthReject() })
            out << Finding::notAssessed(c, noConfig);
        return out;
    }
    QStringList open;
    for (const ConfigSection* e : pjsipPhones(facts)) {
        if (!hasAcl(*e))
            open << QCoreApplication::translate("SipAclChecks", "%1: no permit, deny or acl").arg(where(*e));
    }
    out << (open.isEmpty() ? Finding::pass(endpointNoAcl()) : Finding::fail(endpointNoAcl(), open));

    const AsteriskConfig* manager = facts.asterisk(QStringLiteral("manager.conf"));
    if (!manager) {
        out << Finding::pass(
            amiNoAcl(), { QCoreApplication::translate("SipAclChecks", "manager.conf is not present") });
    } else {
        QStringList users;
        for (const ConfigSection& s : manager->sections()) {
            if (!s.isTemplate && s.name != u"general" && s.has(QStringLiteral("secret")) && !hasAcl(s))
                users << QCoreApplication::translate(
                    "SipAclChecks", "%1: AMI user without permit, deny or acl")
                             .arg(where(s));
        }
        out << (users.isEmpty() ? Finding::pass(amiNoAcl()) : Finding::fail(amiNoAcl(), users));
    }

    QStringList anon;
    for (const ConfigSection* e : pjsipOfType(facts, QStringLiteral("endpoint"))) {
        if (e->name == u"anonymous")
            anon << QCoreApplication::translate("SipAclChecks", "%1: context %2")
                        .arg(where(*e), e->value(QStringLiteral("context"), QStringLiteral("default")));
    }
    out << (anon.isEmpty() ? Finding::pass(anonymous()) : Finding::fail(anonymous(), anon));

    if (!chanSipActive(facts)) {
        const QString why = facts.asterisk(QStringLiteral("sip.conf"))
            ? QCoreApplication::translate("SipAclChecks", "chan_sip is not loaded")
            : QCoreApplication::translate("SipAclChecks", "sip.conf is not present");
        out << Finding::pass(allowGuest(), { why }) << Finding::pass(sipPeerNoAcl(), { why })
            << Finding::pass(alwaysAuthReject(), { why });
        return out;
    }
    const ConfigSection* general
        = facts.asterisk(QStringLiteral("sip.conf"))->first(QStringLiteral("general"));
    const QString guest = general ? general->value(QStringLiteral("allowguest"), QStringLiteral("yes"))
                                  : QStringLiteral("yes");
    const QString gev = general && general->has(QStringLiteral("allowguest"))
        ? QStringLiteral("%1 allowguest = %2")
              .arg(where(general->last(QStringLiteral("allowguest"))->where), guest)
        : QCoreApplication::translate("SipAclChecks", "sip.conf: allowguest not set (default yes)");
    out << (guest == u"no" ? Finding::pass(allowGuest(), { gev }) : Finding::fail(allowGuest(), { gev }));
    QStringList peers;
    for (const ConfigSection* p : sipPeers(facts)) {
        if (!hasAcl(*p))
            peers << QCoreApplication::translate("SipAclChecks", "%1: no permit, deny or acl").arg(where(*p));
    }
    out << (peers.isEmpty() ? Finding::pass(sipPeerNoAcl()) : Finding::fail(sipPeerNoAcl(), peers));
    const QString reject = general ? general->value(QStringLiteral("alwaysauthreject"), QStringLiteral("yes"))
                                   : QStringLiteral("yes");
    out << (reject == u"no" ? Finding::fail(alwaysAuthReject(),
                { QStringLiteral("%1 alwaysauthreject = no")
                        .arg(where(general->last(QStringLiteral("alwaysauthreject"))->where)) })
                            : Finding::pass(alwaysAuthReject()));
    return out;
}

} // namespace pbxwarden::audit::checks
