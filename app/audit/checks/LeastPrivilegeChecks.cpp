#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pbxwarden::audit::checks {
namespace {

Check amiWrite()
{
    return { QStringLiteral("least-privilege.ami-dangerous-write"), Practice::LeastPrivilege, Severity::High,
        QCoreApplication::translate("LeastPrivilegeChecks", "AMI users may run commands or originate calls"),
        QCoreApplication::translate("LeastPrivilegeChecks",
            "write = system, command, originate or all lets an AMI login run shell commands (originate led "
            "to code "
            "execution: GHSA-c4cg-9275-6w44) or place calls anywhere."),
        QCoreApplication::translate("LeastPrivilegeChecks",
            "Give each AMI user only the classes its application needs (a wallboard: read = call,agent, "
            "write = empty).") };
}

Check sudoAll()
{
    return { QStringLiteral("least-privilege.sudo-nopasswd-all"), Practice::LeastPrivilege, Severity::High,
        QCoreApplication::translate(
            "LeastPrivilegeChecks", "An account may run anything as root without a password"),
        QCoreApplication::translate("LeastPrivilegeChecks",
            "NOPASSWD: ALL turns any flaw in that account (for 'asterisk': any dialplan or AMI command "
            "injection) into root."),
        QCoreApplication::translate("LeastPrivilegeChecks",
            "Remove the rule, or limit it to the exact commands needed (e.g. /usr/sbin/fwconsole reload) "
            "with full paths.") };
}

Check liveDangerously()
{
    return { QStringLiteral("least-privilege.live-dangerously"), Practice::LeastPrivilege, Severity::Medium,
        QCoreApplication::translate("LeastPrivilegeChecks", "Asterisk runs with live_dangerously = yes"),
        QCoreApplication::translate("LeastPrivilegeChecks",
            "Functions like SHELL() and FILE() become callable from external sources such as AMI and ARI."),
        QCoreApplication::translate(
            "LeastPrivilegeChecks", "Set live_dangerously = no in asterisk.conf [options].") };
}

} // namespace

QList<Finding> leastPrivilege(const AuditFacts& facts)
{
    QList<Finding> out;
    const AsteriskConfig* manager = facts.asterisk(QStringLiteral("manager.conf"));
    if (!manager) {
        out << Finding::notAssessed(amiWrite(),
            QCoreApplication::translate("LeastPrivilegeChecks", "manager.conf was not collected"));
    } else {
        static const QStringList dangerous { QStringLiteral("system"), QStringLiteral("command"),
            QStringLiteral("originate"), QStringLiteral("all") };
        QStringList users;
        for (const ConfigSection& s : manager->sections()) {
            if (s.isTemplate || s.name == u"general")
                continue;
            for (const ConfigEntry& e : s.entries) {
                if (e.key != u"write")
                    continue;
                QStringList bad;
                for (const QString& c :
                    e.value.toLower().remove(QLatin1Char(' ')).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (dangerous.contains(c))
                        bad << c;
                }
                if (!bad.isEmpty())
                    users << QStringLiteral("%1 [%2] write = %3").arg(where(e.where), s.name, e.value);
            }
        }
        out << (users.isEmpty() ? Finding::pass(amiWrite()) : Finding::fail(amiWrite(), users));
    }

    QStringList sudoFiles;
    for (const QString& f : facts.bundle().files()) {
        if (f == u"/etc/sudoers" || f.startsWith(QLatin1String("/etc/sudoers.d/")))
            sudoFiles << f;
    }
    if (sudoFiles.isEmpty()) {
        out << Finding::notAssessed(sudoAll(),
            facts.missing(QStringLiteral("file:/etc/sudoers")).isEmpty()
                ? facts.missing(QStringLiteral("sudoers"))
                : facts.missing(QStringLiteral("sudoers")));
    } else {
        // "who hosts=(runas) NOPASSWD: ALL" for anyone but root.
        static const QRegularExpression rule(
            QStringLiteral("^(\\S+)\\s+\\S+\\s*=\\s*(\\([^)]*\\))?\\s*(NOPASSWD\\s*:\\s*)(ALL)\\s*$"));
        QStringList hits;
        for (const QString& f : sudoFiles) {
            const QStringList lines = facts.bundle().file(f).split(QLatin1Char('\n'));
            for (int n = 0; n < lines.size(); ++n) {
                const auto m = rule.match(lines.at(n).trimmed());
                if (m.hasMatch() && m.captured(1) != u"root")
                    hits << QStringLiteral("%1:%2: %3").arg(f).arg(n + 1).arg(lines.at(n).trimmed());
            }
        }
        out << (hits.isEmpty() ? Finding::pass(sudoAll()) : Finding::fail(sudoAll(), hits));
    }

    const AsteriskConfig* asterisk = facts.asterisk(QStringLiteral("asterisk.conf"));
    if (!asterisk) {
        out << Finding::notAssessed(liveDangerously(),
            QCoreApplication::translate("LeastPrivilegeChecks", "asterisk.conf was not collected"));
    } else {
        const ConfigSection* options = asterisk->first(QStringLiteral("options"));
        const ConfigEntry* e = options ? options->last(QStringLiteral("live_dangerously")) : nullptr;
        out << (e && (e->value == u"yes" || e->value == u"true") ? Finding::fail(liveDangerously(),
                    { QStringLiteral("%1 live_dangerously = %2").arg(where(e->where), e->value) })
                                                                 : Finding::pass(liveDangerously()));
    }
    return out;
}

} // namespace pbxwarden::audit::checks
