#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"

#include <QCoreApplication>

namespace pbxwarden::audit::checks {
namespace {

Check missing()
{
    return { QStringLiteral("intrusion-prevention.fail2ban-missing"), Practice::IntrusionPrevention,
        Severity::High,
        QCoreApplication::translate(
            "IntrusionPreventionChecks", "No intrusion prevention (fail2ban) is installed"),
        QCoreApplication::translate("IntrusionPreventionChecks",
            "Password guessing against SIP and SSH goes on for as long as the attacker likes."),
        QCoreApplication::translate("IntrusionPreventionChecks",
            "Install fail2ban and enable its sshd and asterisk jails (keep the default settings).") };
}

Check stopped()
{
    return { QStringLiteral("intrusion-prevention.fail2ban-stopped"), Practice::IntrusionPrevention,
        Severity::High,
        QCoreApplication::translate("IntrusionPreventionChecks",
            "fail2ban is installed but not running, with SIP or SSH open to any address"),
        QCoreApplication::translate("IntrusionPreventionChecks",
            "A configured but stopped fail2ban bans nobody while services face the Internet."),
        QCoreApplication::translate("IntrusionPreventionChecks",
            "Start fail2ban and enable it at boot (systemctl enable --now fail2ban).") };
}

Check stoppedFiltered()
{
    return { QStringLiteral("intrusion-prevention.fail2ban-stopped-filtered"), Practice::IntrusionPrevention,
        Severity::Low,
        QCoreApplication::translate("IntrusionPreventionChecks",
            "fail2ban is installed but not running (the firewall limits SIP and SSH)"),
        QCoreApplication::translate("IntrusionPreventionChecks",
            "The firewall admits only listed sources, but a compromised host there can still guess passwords "
            "unhindered."),
        QCoreApplication::translate("IntrusionPreventionChecks",
            "Start fail2ban and enable it at boot (systemctl enable --now fail2ban).") };
}

Check noAsteriskJail()
{
    return { QStringLiteral("intrusion-prevention.no-asterisk-jail"), Practice::IntrusionPrevention,
        Severity::High,
        QCoreApplication::translate("IntrusionPreventionChecks", "No fail2ban jail protects Asterisk"),
        QCoreApplication::translate(
            "IntrusionPreventionChecks", "SIP password cracking (svcrack) is never banned."),
        QCoreApplication::translate("IntrusionPreventionChecks",
            "Enable the asterisk jail in jail.local (enabled = true) with logpath pointing at the log "
            "Asterisk really writes.") };
}

Check jailLog()
{
    return { QStringLiteral("intrusion-prevention.jail-log-missing"), Practice::IntrusionPrevention,
        Severity::High,
        QCoreApplication::translate(
            "IntrusionPreventionChecks", "The asterisk jail watches a log file that does not exist"),
        QCoreApplication::translate("IntrusionPreventionChecks",
            "A jail on /var/log/asterisk/messages while Asterisk writes messages.log runs but can match "
            "nothing."),
        QCoreApplication::translate("IntrusionPreventionChecks",
            "Point logpath at the files logger.conf really writes (messages.log, security.log) and reload "
            "fail2ban.") };
}

Check noSshJail()
{
    return { QStringLiteral("intrusion-prevention.no-sshd-jail"), Practice::IntrusionPrevention,
        Severity::Medium,
        QCoreApplication::translate("IntrusionPreventionChecks", "No fail2ban jail protects SSH"),
        QCoreApplication::translate("IntrusionPreventionChecks", "SSH password guessing is never banned."),
        QCoreApplication::translate(
            "IntrusionPreventionChecks", "Enable the sshd jail (on Debian 12 with backend = systemd).") };
}

} // namespace

QList<Finding> intrusionPrevention(const AuditFacts& facts)
{
    QList<Finding> out;
    const auto installed = facts.fail2banInstalled();
    if (!installed) {
        const QString why = facts.missing(QStringLiteral("fail2ban-status"));
        for (const Check& c :
            { missing(), stopped(), stoppedFiltered(), noAsteriskJail(), jailLog(), noSshJail() })
            out << Finding::notAssessed(c, why);
        return out;
    }
    if (!*installed) {
        out << Finding::fail(missing(),
            { QCoreApplication::translate("IntrusionPreventionChecks", "fail2ban-client: not installed") });
        const QString why
            = QCoreApplication::translate("IntrusionPreventionChecks", "fail2ban is not installed");
        for (const Check& c : { stopped(), stoppedFiltered(), noAsteriskJail(), jailLog(), noSshJail() })
            out << Finding::nothingToAssess(c, why);
        examinedBy(out, QStringLiteral("fail2ban-client"));
        return out;
    }
    out << Finding::pass(missing());
    const auto& status = facts.fail2banStatus();
    if (status.running()) {
        const QString ev = QCoreApplication::translate("IntrusionPreventionChecks", "running, jails: %1")
                               .arg(status.jailNames().join(QStringLiteral(", ")));
        out << Finding::pass(stopped(), { ev }) << Finding::pass(stoppedFiltered(), { ev });
    } else {
        const bool sipOpen = facts.exposure(QStringLiteral("udp"), 5060) != PortExposure::Filtered;
        const bool sshOpen = facts.exposure(QStringLiteral("tcp"), 22) != PortExposure::Filtered;
        QString answer = facts.bundle()
                             .text(QStringLiteral("fail2ban-status"))
                             .trimmed()
                             .section(QLatin1Char('\n'), 0, 0);
        if (const int error = answer.indexOf(QLatin1String("ERROR")); error >= 0)
            answer = answer.mid(error + 5).trimmed();
        const QString ev
            = QCoreApplication::translate("IntrusionPreventionChecks", "fail2ban-client status: %1")
                  .arg(answer.left(200));
        if (sipOpen || sshOpen)
            out << Finding::fail(stopped(), { ev }) << Finding::pass(stoppedFiltered());
        else
            out << Finding::pass(stopped(),
                { QCoreApplication::translate(
                    "IntrusionPreventionChecks", "the firewall limits SIP and SSH to listed sources") })
                << Finding::fail(stoppedFiltered(), { ev });
    }

    // Jails: from the running server when it answers, else from the configuration.
    const auto& config = facts.fail2banConfig();
    if (!status.running() && config.isEmpty()) {
        const QString why = QCoreApplication::translate(
            "IntrusionPreventionChecks", "neither the running jails nor jail.conf/jail.local could be read");
        out << Finding::notAssessed(noAsteriskJail(), why) << Finding::notAssessed(jailLog(), why)
            << Finding::notAssessed(noSshJail(), why);
        return out;
    }
    QList<Fail2banConfig::Jail> asteriskJails;
    bool sshJail = false;
    for (const auto& j : config.enabledJails()) {
        if (j.filter.startsWith(QLatin1String("asterisk")) || j.name.startsWith(QLatin1String("asterisk")))
            asteriskJails << j;
        if (j.filter == u"sshd" || j.name == u"sshd")
            sshJail = true;
    }
    for (const QString& name : status.jailNames()) {
        if (name.startsWith(QLatin1String("asterisk")) && !config.has(name))
            asteriskJails << Fail2banConfig::Jail { name, true, name, status.jail(name).files, {}, {}, 5,
                {} };
        sshJail = sshJail || name == u"sshd";
    }
    const auto disabled = config.jail(QStringLiteral("asterisk"));
    out << (asteriskJails.isEmpty() ? Finding::fail(noAsteriskJail(),
                { config.has(QStringLiteral("asterisk")) && !disabled.where.isEmpty()
                        ? QCoreApplication::translate(
                            "IntrusionPreventionChecks", "%1: [asterisk] enabled = false")
                              .arg(disabled.where)
                        : QCoreApplication::translate(
                            "IntrusionPreventionChecks", "no enabled jail uses the asterisk filter") })
                                    : Finding::pass(noAsteriskJail()));

    if (asteriskJails.isEmpty()) {
        out << Finding::pass(jailLog(),
            { QCoreApplication::translate(
                "IntrusionPreventionChecks", "no enabled asterisk jail to check") });
    } else if (!facts.hasLogListing()) {
        out << Finding::notAssessed(jailLog(), facts.missing(QStringLiteral("asterisk-logs")));
    } else {
        QStringList dead;
        const auto logs = facts.logFiles();
        for (const auto& j : asteriskJails) {
            bool anyExists = false, unknown = false;
            for (const QString& p : j.logpaths) {
                if (p.contains(QLatin1String("%(")) || p.contains(QLatin1Char('*')))
                    unknown = true;
                anyExists = anyExists || logs.contains(p);
            }
            if (!anyExists && !unknown && !j.logpaths.isEmpty())
                dead << QCoreApplication::translate(
                    "IntrusionPreventionChecks", "[%1] logpath %2: no such file (%3)")
                            .arg(j.name, j.logpaths.join(QLatin1Char(' ')),
                                logs.isEmpty() ? QString()
                                               : QStringList(logs.keys())
                                                     .filter(QStringLiteral("/asterisk/"))
                                                     .join(QStringLiteral(", ")));
        }
        out << (dead.isEmpty() ? Finding::pass(jailLog()) : Finding::fail(jailLog(), dead));
    }
    out << (sshJail
            ? Finding::pass(noSshJail())
            : Finding::fail(noSshJail(),
                { QCoreApplication::translate("IntrusionPreventionChecks", "no enabled sshd jail") }));
    examinedBy(out,
        QCoreApplication::translate(
            "IntrusionPreventionChecks", "fail2ban-client status, the jail configuration and /var/log"));
    return out;
}

} // namespace pbxwarden::audit::checks
