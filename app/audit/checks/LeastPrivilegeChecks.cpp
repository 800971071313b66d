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
            "write = system, command, originate, config or all lets an AMI login run shell commands "
            "(originate led "
            "to code "
            "execution: GHSA-c4cg-9275-6w44) or place calls anywhere."),
        QCoreApplication::translate("LeastPrivilegeChecks",
            "Give each AMI user only the classes its application needs (a wallboard: read = call,agent, "
            "write = empty).") };
}

Check amiNoAcl()
{
    return { QStringLiteral("least-privilege.ami-user-no-acl"), Practice::LeastPrivilege, Severity::High,
        QCoreApplication::translate("LeastPrivilegeChecks", "AMI users without permit/deny"),
        QCoreApplication::translate("LeastPrivilegeChecks",
            "An AMI user without an ACL can log in from any address that reaches port 5038: its secret is "
            "the only thing between the Internet and the classes it may use."),
        QCoreApplication::translate("LeastPrivilegeChecks",
            "Add deny = 0.0.0.0/0.0.0.0 and permit = <the application's address>/32 to every manager.conf "
            "user.") };
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

Check dialplanShell()
{
    return { QStringLiteral("least-privilege.dialplan-shell-injection"), Practice::LeastPrivilege,
        Severity::Critical,
        QCoreApplication::translate(
            "LeastPrivilegeChecks", "Caller-controlled data reaches a shell (System, TrySystem, SHELL)"),
        QCoreApplication::translate("LeastPrivilegeChecks",
            "The caller chooses the caller ID, the dialled digits and SIP headers: passed to System(), "
            "TrySystem() or SHELL() they run commands on the PBX as Asterisk (command injection)."),
        QCoreApplication::translate("LeastPrivilegeChecks",
            "Pass only ${FILTER(0123456789,...)} of caller data to a shell, or replace the call with an AGI "
            "script that takes the value as an argument, never through a shell.") };
}

// Caller-controlled values: caller ID, dialled digits, SIP headers, macro/Gosub arguments, and
// variables of this extension set from them.
bool callerControlled(const QString& text, const QSet<QString>& taintedVars)
{
    static const QStringList sources { QStringLiteral("CALLERID("), QStringLiteral("${CALLERIDNUM"),
        QStringLiteral("${CALLERIDNAME"), QStringLiteral("${EXTEN"), QStringLiteral("CONNECTEDLINE("),
        QStringLiteral("PJSIP_HEADER("), QStringLiteral("SIP_HEADER("), QStringLiteral("${ARG"),
        QStringLiteral("${DNID"), QStringLiteral("${RDNIS"), QStringLiteral("REDIRECTING("),
        QStringLiteral("${SIPURI") };
    const QString t = withoutFilters(text);
    for (const QString& s : sources) {
        if (t.contains(s, Qt::CaseInsensitive))
            return true;
    }
    for (const QString& v : taintedVars) {
        if (t.contains(QStringLiteral("${") + v + u'}', Qt::CaseInsensitive)
            || t.contains(QStringLiteral("${") + v + u':', Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QList<Finding> shellInjection(const AuditFacts& facts)
{
    if (!facts.asterisk(QStringLiteral("extensions.conf")))
        return { Finding::notAssessed(dialplanShell(),
            facts.asteriskProblemOr(
                QCoreApplication::translate("LeastPrivilegeChecks", "extensions.conf was not collected"))) };
    int calls = 0;
    QList<Judged> hits;
    for (const auto& [ctx, ext] : facts.dialplan().extensions()) {
        QSet<QString> tainted;
        for (const Dialplan::Step& s : ext->steps) {
            if (s.app == u"set" || s.app == u"mset") {
                const int eq = s.args.indexOf(QLatin1Char('='));
                if (eq > 0 && callerControlled(s.args.mid(eq + 1), tainted))
                    tainted.insert(s.args.left(eq).trimmed().remove(QLatin1Char('_')).toUpper());
            }
            const bool shell = s.app == u"system" || s.app == u"trysystem"
                || s.args.contains(QLatin1String("SHELL("), Qt::CaseInsensitive);
            if (!shell)
                continue;
            ++calls;
            if (callerControlled(s.args, tainted))
                hits << Judged { where(s.where), true,
                    { QStringLiteral("%1 [%2] %3: %4(%5)")
                            .arg(where(s.where), ctx->name, ext->pattern, s.app, s.args) } };
        }
    }
    const QString examined = QCoreApplication::translate(
        "LeastPrivilegeChecks", "%n System()/TrySystem()/SHELL() call(s) in extensions.conf", nullptr, calls);
    if (calls == 0)
        return { Finding::nothingToAssess(dialplanShell(),
            QCoreApplication::translate("LeastPrivilegeChecks", "the dialplan runs no shell command"))
                     .lookedAt(0, examined) };
    if (hits.isEmpty())
        return { Finding::pass(dialplanShell(),
            { QCoreApplication::translate(
                "LeastPrivilegeChecks", "no caller-controlled value reaches a shell") })
                     .lookedAt(calls, examined) };
    return judgeEach(dialplanShell(), hits, examined, {}, calls);
}

} // namespace

QList<Finding> leastPrivilege(const AuditFacts& facts)
{
    QList<Finding> out;
    const std::optional<AmiListener> ami = amiListener(facts);
    if (!ami && facts.asteriskConfigCollected()) {
        const QString why
            = QCoreApplication::translate("LeastPrivilegeChecks", "manager.conf is not present");
        out << Finding::nothingToAssess(amiWrite(), why).lookedAt(0, QStringLiteral("/etc/asterisk"))
            << Finding::nothingToAssess(amiNoAcl(), why).lookedAt(0, QStringLiteral("/etc/asterisk"));
    } else if (!ami) {
        const QString why
            = QCoreApplication::translate("LeastPrivilegeChecks", "manager.conf was not collected");
        out << Finding::notAssessed(amiWrite(), why) << Finding::notAssessed(amiNoAcl(), why);
    } else if (!ami->enabled) {
        const QString why
            = QCoreApplication::translate("LeastPrivilegeChecks", "AMI is disabled: %1").arg(ami->evidence);
        out << Finding::nothingToAssess(amiWrite(), why).lookedAt(0, QStringLiteral("manager.conf"))
            << Finding::nothingToAssess(amiNoAcl(), why).lookedAt(0, QStringLiteral("manager.conf"));
    } else {
        // What a user's classes are worth depends on who can reach the login: anyone (every address,
        // no firewall rule in front, no ACL), some networks, or only local processes.
        const bool fromAnywhere = !ami->loopbackOnly && ami->exposure != PortExposure::Filtered;
        const QString reach = ami->loopbackOnly
            ? QCoreApplication::translate("LeastPrivilegeChecks", "AMI listens on loopback only")
            : fromAnywhere ? QCoreApplication::translate(
                  "LeastPrivilegeChecks", "AMI listens on %1 and no firewall rule limits TCP %2")
                                 .arg(ami->bind)
                                 .arg(ami->port)
                           : QCoreApplication::translate(
                               "LeastPrivilegeChecks", "AMI listens on %1, the firewall limits TCP %2")
                                 .arg(ami->bind)
                                 .arg(ami->port);
        static const QStringList dangerous { QStringLiteral("system"), QStringLiteral("command"),
            QStringLiteral("originate"), QStringLiteral("config"), QStringLiteral("all") };
        const QList<const ConfigSection*> users = amiUsers(facts);
        QList<Judged> writes, acls;
        for (const ConfigSection* s : users) {
            const bool acl = hasAcl(*s);
            Judged w { s->name, false, {} };
            for (const ConfigEntry& e : s->entries) {
                if (e.key != u"write")
                    continue;
                QStringList bad;
                for (const QString& c :
                    e.value.toLower().remove(QLatin1Char(' ')).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (dangerous.contains(c))
                        bad << c;
                }
                if (!bad.isEmpty()) {
                    w.failed = true;
                    w.evidence << QStringLiteral("%1 [%2] write = %3").arg(where(e.where), s->name, e.value);
                }
            }
            if (w.failed) {
                w.evidence << QStringLiteral("%1; %2").arg(reach,
                    acl ? QCoreApplication::translate("LeastPrivilegeChecks", "the user has an ACL")
                        : QCoreApplication::translate("LeastPrivilegeChecks", "the user has no ACL"));
                w.severity = ami->loopbackOnly ? Severity::Medium
                    : (fromAnywhere && !acl)   ? Severity::Critical
                                               : Severity::High;
            }
            writes << w;
            Judged a { s->name, !acl, {} };
            if (!acl) {
                a.evidence << QCoreApplication::translate(
                    "LeastPrivilegeChecks", "%1: AMI user without permit, deny or acl")
                                  .arg(where(*s))
                           << reach;
                a.severity = ami->loopbackOnly ? Severity::Low
                    : fromAnywhere             ? Severity::High
                                               : Severity::Medium;
            }
            acls << a;
        }
        const QString examined = QCoreApplication::translate(
            "LeastPrivilegeChecks", "%n AMI user(s) in manager.conf", nullptr, int(users.size()));
        const QString none
            = QCoreApplication::translate("LeastPrivilegeChecks", "manager.conf defines no AMI user");
        out << judgeEach(amiWrite(), writes, examined, none) << judgeEach(amiNoAcl(), acls, examined, none);
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
        out << (e && (e->value == u"yes" || e->value == u"true")
                ? Finding::fail(liveDangerously(),
                    { QStringLiteral("%1 live_dangerously = %2").arg(where(e->where), e->value) })
                : Finding::pass(liveDangerously(),
                    { QStringLiteral("asterisk.conf [options] live_dangerously = %1")
                            .arg(e ? e->value : QStringLiteral("no (default)")) }));
    }
    examinedBy(out, QCoreApplication::translate("LeastPrivilegeChecks", "/etc/sudoers and asterisk.conf"));
    out << shellInjection(facts);
    return out;
}

} // namespace pbxwarden::audit::checks
