#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace pbxwarden::audit::checks {
namespace {

Check weak(const QString& id, Severity severity, const QString& title, const QString& why, const QString& fix)
{
    return { id, Practice::Passwords, severity, title, why, fix };
}

Check pjsipWeak()
{
    return weak(QStringLiteral("passwords.pjsip-weak"), Severity::Critical,
        QCoreApplication::translate("PasswordChecks", "Weak PJSIP passwords"),
        QCoreApplication::translate("PasswordChecks",
            "svcrack guesses extension-equal, short and common SIP passwords in minutes; a cracked phone "
            "account "
            "places calls at your expense (toll fraud)."),
        QCoreApplication::translate("PasswordChecks",
            "Give every auth section a random password of 16+ characters, different from the user name, and "
            "update the phones."));
}

Check sipWeak()
{
    return weak(QStringLiteral("passwords.sip-weak"), Severity::Critical,
        QCoreApplication::translate("PasswordChecks", "Weak chan_sip secrets"),
        QCoreApplication::translate("PasswordChecks",
            "chan_sip peers with guessable secrets are cracked with the same tools as PJSIP ones."),
        QCoreApplication::translate("PasswordChecks",
            "Set random secrets of 16+ characters on every peer, or better, move them to PJSIP and unload "
            "chan_sip."));
}

Check amiWeak()
{
    return weak(QStringLiteral("passwords.ami-weak"), Severity::Critical,
        QCoreApplication::translate("PasswordChecks", "Weak or default AMI secrets"),
        QCoreApplication::translate("PasswordChecks",
            "An AMI login controls the whole PBX; FreePBX's 'amp111' and user-name secrets are the first "
            "ones tried."),
        QCoreApplication::translate("PasswordChecks",
            "Set a random secret of 20+ characters for every manager.conf user and update the applications "
            "using it."));
}

Check voicemailWeak()
{
    return weak(QStringLiteral("passwords.voicemail-pin-weak"), Severity::Medium,
        QCoreApplication::translate("PasswordChecks", "Weak voicemail PINs"),
        QCoreApplication::translate("PasswordChecks",
            "Voicemail PINs equal to the mailbox or like 1234 let intruders listen to messages and, through "
            "call-back options, place calls."),
        QCoreApplication::translate("PasswordChecks",
            "Require 6+ digit PINs (minpassword = 6), set random ones, and let users change them on first "
            "login."));
}

Check rootDefault()
{
    return weak(QStringLiteral("passwords.root-default"), Severity::Critical,
        QCoreApplication::translate("PasswordChecks", "root has a default or common password"),
        QCoreApplication::translate("PasswordChecks",
            "Appliance images ship with known root passwords; anyone reaching SSH or the console owns the "
            "PBX."),
        QCoreApplication::translate("PasswordChecks",
            "Set a long random root password (passwd root) and keep it in a password manager."));
}

Check reused()
{
    return weak(QStringLiteral("passwords.reused"), Severity::Medium,
        QCoreApplication::translate("PasswordChecks", "The same secret is used by several accounts"),
        QCoreApplication::translate("PasswordChecks",
            "One leaked secret opens every account that shares it, and nobody can tell which one was used."),
        QCoreApplication::translate(
            "PasswordChecks", "Give each SIP, IAX and AMI account its own random secret."));
}

QList<Finding> judge(const Check& check, const AuditFacts& facts, const QString& file,
    const QList<SecretRef>& refs, const QString& kind, const QString& examined)
{
    if (!facts.asteriskConfigCollected())
        return { Finding::notAssessed(check,
            facts.asteriskProblemOr(
                QCoreApplication::translate("PasswordChecks", "no Asterisk configuration was collected"))) };
    if (!facts.asterisk(file))
        return { Finding::nothingToAssess(
            check, QCoreApplication::translate("PasswordChecks", "%1 is not present").arg(file))
                     .lookedAt(0, examined) };
    // One finding per account, so that each weak secret is fixed (or explained) on its own.
    QList<Judged> objects;
    for (const SecretRef& r : refs) {
        if (r.kind != kind)
            continue;
        objects << Judged { r.account, r.verdict.isWeak(),
            { QStringLiteral("%1 %2 %3: %4").arg(where(r.where), r.kind, r.account, r.verdict.describe()) } };
    }
    return judgeEach(check, objects, examined,
        QCoreApplication::translate("PasswordChecks", "%1 holds no %2 secret").arg(file, kind));
}

int countOf(const QList<SecretRef>& refs, const QString& kind)
{
    int n = 0;
    for (const SecretRef& r : refs)
        n += r.kind == kind ? 1 : 0;
    return n;
}

} // namespace

QList<Finding> passwords(const AuditFacts& facts)
{
    QList<Finding> out;
    const QList<SecretRef> refs = secrets(facts);
    // Counted first: lupdate 6.4 never finishes a plural translate() whose count is a call with a literal.
    const int nPjsipAuth = countOf(refs, QStringLiteral("pjsip auth"));
    const int nChanSipPeer = countOf(refs, QStringLiteral("chan_sip peer"));
    const int nAmiUser = countOf(refs, QStringLiteral("AMI user"));
    const int nVoicemailBox = countOf(refs, QStringLiteral("voicemail box"));
    out << judge(pjsipWeak(), facts, QStringLiteral("pjsip.conf"), refs, QStringLiteral("pjsip auth"),
        QCoreApplication::translate(
            "PasswordChecks", "%n auth password(s) in pjsip.conf", nullptr, nPjsipAuth));
    if (facts.asterisk(QStringLiteral("sip.conf")) && !chanSipActive(facts))
        out << Finding::nothingToAssess(
            sipWeak(), QCoreApplication::translate("PasswordChecks", "chan_sip is not loaded"))
                   .lookedAt(0, QStringLiteral("sip.conf"));
    else
        out << judge(sipWeak(), facts, QStringLiteral("sip.conf"), refs, QStringLiteral("chan_sip peer"),
            QCoreApplication::translate(
                "PasswordChecks", "%n peer secret(s) in sip.conf", nullptr, nChanSipPeer));
    out << judge(amiWeak(), facts, QStringLiteral("manager.conf"), refs, QStringLiteral("AMI user"),
        QCoreApplication::translate("PasswordChecks", "%n AMI secret(s) in manager.conf", nullptr, nAmiUser));
    out << judge(voicemailWeak(), facts, QStringLiteral("voicemail.conf"), refs,
        QStringLiteral("voicemail box"),
        QCoreApplication::translate(
            "PasswordChecks", "%n mailbox PIN(s) in voicemail.conf", nullptr, nVoicemailBox));

    const QString root = facts.bundle().text(QStringLiteral("root-hash")).trimmed();
    if (!facts.bundle().ok(QStringLiteral("root-hash")) || root == u"verdict=unavailable")
        out << Finding::notAssessed(rootDefault(), facts.missing(QStringLiteral("root-hash")));
    else if (root == u"verdict=known")
        out << Finding::fail(rootDefault(),
            { QCoreApplication::translate("PasswordChecks",
                "/etc/shadow: root's password is a vendor default or in the common-password list") });
    else if (root == u"verdict=empty")
        out << Finding::fail(rootDefault(),
            { QCoreApplication::translate("PasswordChecks", "/etc/shadow: root has an empty password") });
    else
        out << Finding::pass(rootDefault(), { QStringLiteral("/etc/shadow: ") + root });
    examinedBy(out, QCoreApplication::translate("PasswordChecks", "root's password hash in /etc/shadow"));

    if (!facts.asteriskConfigCollected()) {
        out << Finding::notAssessed(reused(),
            facts.asteriskProblemOr(
                QCoreApplication::translate("PasswordChecks", "no Asterisk configuration was collected")));
    } else {
        QHash<QString, QStringList> byHash;
        for (const SecretRef& r : refs) {
            if (!r.verdict.hash.isEmpty() && r.kind != u"voicemail box" && r.kind != u"dialplan global")
                byHash[r.verdict.hash] << QStringLiteral("%1 %2 (%3)").arg(r.kind, r.account, where(r.where));
        }
        QStringList shared;
        for (auto it = byHash.cbegin(); it != byHash.cend(); ++it) {
            if (it->size() > 1)
                shared << QCoreApplication::translate("PasswordChecks", "one secret shared by: %1")
                              .arg(it->join(QStringLiteral(", ")));
        }
        shared.sort();
        int judged = 0;
        for (const QStringList& l : std::as_const(byHash))
            judged += int(l.size());
        const QString examined
            = QCoreApplication::translate("PasswordChecks", "%n SIP, IAX and AMI secret(s)", nullptr, judged);
        if (judged == 0)
            out << Finding::nothingToAssess(
                reused(), QCoreApplication::translate("PasswordChecks", "no SIP, IAX or AMI secret found"))
                       .lookedAt(0, examined);
        else
            out << (shared.isEmpty() ? Finding::pass(reused()) : Finding::fail(reused(), shared))
                       .lookedAt(judged, examined);
    }
    return out;
}

} // namespace pbxwarden::audit::checks
