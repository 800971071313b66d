#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"

#include <QCoreApplication>

namespace pbxwarden::audit::checks {
namespace {

Check rootLogin()
{
    return { QStringLiteral("ssh.root-login"), Practice::Ssh, Severity::High,
        QCoreApplication::translate("SshChecks", "root may log in over SSH with a password"),
        QCoreApplication::translate("SshChecks",
            "root is the one account name every scanner knows; a guessed password gives the whole PBX."),
        QCoreApplication::translate(
            "SshChecks", "Set PermitRootLogin no, log in as a named administrator and use sudo.") };
}

Check rootKeyLogin()
{
    return { QStringLiteral("ssh.root-login-key"), Practice::Ssh, Severity::Low,
        QCoreApplication::translate("SshChecks", "root may log in over SSH with a key"),
        QCoreApplication::translate("SshChecks", "Direct root logins leave no trace of which person acted."),
        QCoreApplication::translate(
            "SshChecks", "Set PermitRootLogin no and give each administrator a named account with sudo.") };
}

Check passwordAuth()
{
    return { QStringLiteral("ssh.password-auth"), Practice::Ssh, Severity::Medium,
        QCoreApplication::translate("SshChecks", "SSH accepts passwords from any address"),
        QCoreApplication::translate("SshChecks", "Password logins can be guessed; keys cannot."),
        QCoreApplication::translate("SshChecks",
            "Set PasswordAuthentication no (allow it only in a Match Address block for the administrators' "
            "network) and use keys.") };
}

Check noSourceLimit()
{
    return { QStringLiteral("ssh.no-source-limit"), Practice::Ssh, Severity::Medium,
        QCoreApplication::translate("SshChecks", "SSH is not limited to specific addresses"),
        QCoreApplication::translate("SshChecks", "The seed practice: SSH only from specific addresses."),
        QCoreApplication::translate("SshChecks",
            "Use AllowUsers user@address (or Match Address blocks) and accept TCP 22 only from the "
            "administrators' addresses in the firewall.") };
}

Check emptyPasswords()
{
    return { QStringLiteral("ssh.empty-passwords"), Practice::Ssh, Severity::High,
        QCoreApplication::translate("SshChecks", "SSH accepts empty passwords"),
        QCoreApplication::translate("SshChecks", "Any account without a password can log in."),
        QCoreApplication::translate("SshChecks", "Set PermitEmptyPasswords no.") };
}

} // namespace

QList<Finding> ssh(const AuditFacts& facts)
{
    QList<Finding> out;
    const SshdConfig& c = facts.sshd();
    if (c.isEmpty()) {
        const QString why = facts.missing(QStringLiteral("sshd-T"));
        for (const Check& k :
            { rootLogin(), rootKeyLogin(), passwordAuth(), noSourceLimit(), emptyPasswords() })
            out << Finding::notAssessed(k, why);
        return out;
    }
    const QString origin = c.isEffective()
        ? QCoreApplication::translate("SshChecks", "sshd -T for a client from the Internet")
        : QCoreApplication::translate("SshChecks", "sshd_config");
    // sshd's defaults: PermitRootLogin prohibit-password, PasswordAuthentication yes.
    const QString root = c.value(QStringLiteral("permitrootlogin"), QStringLiteral("prohibit-password"));
    const QString ev = QStringLiteral("%1: PermitRootLogin %2").arg(origin, root);
    out << (root == u"yes" ? Finding::fail(rootLogin(), { ev }) : Finding::pass(rootLogin(), { ev }));
    out << (root == u"prohibit-password" || root == u"without-password" || root == u"forced-commands-only"
            ? Finding::fail(rootKeyLogin(), { ev })
            : Finding::pass(rootKeyLogin(), { ev }));

    const QString password = c.value(QStringLiteral("passwordauthentication"), QStringLiteral("yes"));
    const QString kbd = c.value(QStringLiteral("kbdinteractiveauthentication"),
        c.value(QStringLiteral("challengeresponseauthentication"), QStringLiteral("no")));
    const QString pam = c.value(QStringLiteral("usepam"), QStringLiteral("no"));
    const QString pev
        = QStringLiteral("%1: PasswordAuthentication %2, KbdInteractiveAuthentication %3, UsePAM %4")
              .arg(origin, password, kbd, pam);
    out << (password == u"yes" || (kbd == u"yes" && pam == u"yes") ? Finding::fail(passwordAuth(), { pev })
                                                                   : Finding::pass(passwordAuth(), { pev }));

    QStringList limited;
    for (const QString& u : c.all(QStringLiteral("allowusers"))) {
        if (u.contains(QLatin1Char('@')))
            limited << QStringLiteral("AllowUsers ") + u;
    }
    for (const QString& m : c.matchBlocks()) {
        if (m.contains(QLatin1String("Address"), Qt::CaseInsensitive))
            limited << m;
    }
    const PortExposure sshPort = facts.exposure(
        QStringLiteral("tcp"), c.value(QStringLiteral("port"), QStringLiteral("22")).toInt());
    if (sshPort == PortExposure::Filtered)
        limited << QCoreApplication::translate(
            "SshChecks", "the firewall accepts SSH only from listed sources");
    if (!limited.isEmpty())
        out << Finding::pass(noSourceLimit(), limited);
    else if (sshPort == PortExposure::Unknown && !c.isEffective())
        out << Finding::notAssessed(noSourceLimit(), facts.missing(QStringLiteral("iptables-save")));
    else
        out << Finding::fail(noSourceLimit(),
            { QCoreApplication::translate("SshChecks",
                "%1: no AllowUsers user@address, no Match Address; the firewall accepts TCP %2 from any "
                "address")
                    .arg(origin, c.value(QStringLiteral("port"), QStringLiteral("22"))) });

    const QString empty = c.value(QStringLiteral("permitemptypasswords"), QStringLiteral("no"));
    out << (empty == u"yes"
            ? Finding::fail(emptyPasswords(), { QStringLiteral("%1: PermitEmptyPasswords yes").arg(origin) })
            : Finding::pass(
                emptyPasswords(), { QStringLiteral("%1: PermitEmptyPasswords %2").arg(origin, empty) }));
    examinedBy(out, origin);
    return out;
}

} // namespace pbxwarden::audit::checks
