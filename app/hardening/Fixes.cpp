#include "hardening/Fixes.h"

#include "audit/checks/CheckSupport.h"
#include "hardening/AuditVerifier.h"
#include "hardening/FixSupport.h"
#include "pbxconf/AsteriskConfigDocument.h"
#include "pbxconf/LineConfigDocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace pbxwarden::hardening::fixes {

using namespace support;

namespace {

using audit::AuditFacts;
using audit::Finding;
using change::ChangePlan;
using change::FileEdit;
using change::PlanCommand;
using pbxconf::AsteriskConfig;
using pbxconf::AsteriskConfigDocument;
using pbxconf::ConfigEntry;
using pbxconf::ConfigSection;

// Edited Asterisk files, by path, with the bytes they were read from.
struct AsteriskDocs
{
    const AuditFacts& facts;
    QMap<QString, QByteArray> original;
    QMap<QString, AsteriskConfigDocument> docs;
    QString error;

    AsteriskConfigDocument* get(const QString& path)
    {
        if (docs.contains(path))
            return &docs[path];
        const Result<QByteArray> bytes = collected(facts, path);
        if (!bytes) {
            error = bytes.error();
            return nullptr;
        }
        original.insert(path, bytes.value());
        docs.insert(path, AsteriskConfigDocument::parse(bytes.value()));
        return &docs[path];
    }
    // The document section that holds line (1-based) of path.
    int sectionAt(const QString& path, int line)
    {
        AsteriskConfigDocument* d = get(path);
        if (!d || line < 1 || line > d->lines().size())
            return -1;
        return d->lines().at(line - 1).section;
    }

    // An edit anchored at a line of the file as collected. Edits run from the bottom of each file
    // up, so a line one edit adds never moves the line another edit was planned on.
    using Edit = std::function<Status(AsteriskConfigDocument&, int section)>;
    struct Op
    {
        pbxconf::ConfigLocation at;
        Edit edit;
    };
    QList<Op> ops;
    void queue(const pbxconf::ConfigLocation& at, Edit edit) { ops << Op { at, std::move(edit) }; }
    Status run()
    {
        std::stable_sort(ops.begin(), ops.end(), [](const Op& a, const Op& b) {
            return a.at.file != b.at.file ? a.at.file < b.at.file : a.at.line > b.at.line;
        });
        for (const Op& op : ops) {
            AsteriskConfigDocument* d = get(op.at.file);
            const int sec = sectionAt(op.at.file, op.at.line);
            if (!d || sec < 0)
                return Error { error.isEmpty() ? QCoreApplication::translate(
                                   "HardeningFixes", "%1: no section where the audit read one")
                                                     .arg(op.at.toString())
                                               : error };
            if (const Status s = op.edit(*d, sec); !s)
                return s;
        }
        ops.clear();
        return {};
    }

    QList<FileEdit> edits() const
    {
        QList<FileEdit> out;
        for (auto it = docs.cbegin(); it != docs.cend(); ++it) {
            const QByteArray now = it->toBytes();
            if (now == original.value(it.key()))
                continue;
            FileEdit e;
            e.path = it.key();
            e.expectedSha256 = FileEdit::sha256Hex(original.value(it.key()));
            e.newContent = now;
            out << e;
        }
        return out;
    }
};

// Sets key where Asterisk reads its effective value: the section's own last line of it (in whichever
// file it is), else a new line in the section (an own value overrides an inherited one).
void setEffective(AsteriskDocs& docs, const ConfigSection& s, const QString& key, const QString& value)
{
    const ConfigEntry* e = s.last(key);
    const bool own = e && !e->inherited;
    docs.queue(own ? e->where : s.where, [key, value](AsteriskConfigDocument& d, int sec) {
        return d.setValue(sec, key, value, AsteriskConfigDocument::Occurrence::Last);
    });
}

void addLines(AsteriskDocs& docs, const ConfigSection& s, const QStringList& lines)
{
    docs.queue(s.where, [lines](AsteriskConfigDocument& d, int sec) -> Status {
        for (const QString& l : lines) {
            if (const Result<int> r = d.addLine(sec, l); !r)
                return Error { r.error() };
        }
        return {};
    });
}

bool heldBack(const FixInput& in, FixPlan& p)
{
    const QString f = flavor(in.facts);
    if (f.isEmpty())
        return false;
    p = refuse(p, RefusalKind::HeldBack,
        QCoreApplication::translate("HardeningFixes",
            "This PBX runs %1, whose GUI regenerates Asterisk's files: an edit would be overwritten at its "
            "next reload. Make this change in %1's own settings; PBX Warden does not edit them yet.")
            .arg(f));
    return true;
}

// The AMI classes a user without the privilege keeps: manager.c's classes but system, command,
// originate and config (GHSA-c4cg-9275-6w44), and agi (AGI actions can run commands too).
QString leastPrivilegeWrite(const QString& value, bool* changed)
{
    static const QStringList dangerous { QStringLiteral("system"), QStringLiteral("command"),
        QStringLiteral("originate"), QStringLiteral("config") };
    static const QStringList allSafe { QStringLiteral("call"), QStringLiteral("log"),
        QStringLiteral("verbose"), QStringLiteral("agent"), QStringLiteral("user"), QStringLiteral("dtmf"),
        QStringLiteral("reporting"), QStringLiteral("cdr"), QStringLiteral("dialplan"), QStringLiteral("cc"),
        QStringLiteral("aoc"), QStringLiteral("security"), QStringLiteral("message") };
    QStringList out;
    *changed = false;
    for (const QString& raw : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString c = raw.trimmed().toLower();
        if (c == u"all") {
            *changed = true;
            for (const QString& s : allSafe) {
                if (!out.contains(s))
                    out << s;
            }
        } else if (dangerous.contains(c)) {
            *changed = true;
        } else if (!out.contains(c)) {
            out << c;
        }
    }
    return out.join(QLatin1Char(','));
}

QString asteriskNetwork(const QString& n)
{
    return n.contains(QLatin1Char('/'))
        ? n
        : n + (n.contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32"));
}

} // namespace

QStringList ids()
{
    return { QStringLiteral("ami"), QStringLiteral("sip-guest"), QStringLiteral("ssh"),
        QStringLiteral("fail2ban"), QStringLiteral("firewall"), QStringLiteral("web") };
}

QStringList checksOf(const QString& id)
{
    if (id == u"ami")
        return { QStringLiteral("firewall.ami-exposed"), QStringLiteral("least-privilege.ami-user-no-acl"),
            QStringLiteral("least-privilege.ami-dangerous-write"), QStringLiteral("web.ami-over-http") };
    if (id == u"sip-guest")
        return { QStringLiteral("destinations.chan-sip-allowguest"),
            QStringLiteral("sip-acl.chan-sip-alwaysauthreject"),
            QStringLiteral("destinations.anonymous-endpoint") };
    if (id == u"ssh")
        return { QStringLiteral("ssh.root-login"), QStringLiteral("ssh.root-login-key"),
            QStringLiteral("ssh.password-auth"), QStringLiteral("ssh.no-source-limit") };
    if (id == u"fail2ban")
        return { QStringLiteral("intrusion-prevention.no-asterisk-jail"),
            QStringLiteral("intrusion-prevention.jail-log-missing"),
            QStringLiteral("intrusion-prevention.no-sshd-jail"),
            QStringLiteral("intrusion-prevention.fail2ban-stopped") };
    if (id == u"firewall")
        return { QStringLiteral("firewall.none"), QStringLiteral("firewall.exposed-services"),
            QStringLiteral("firewall.ami-exposed") };
    if (id == u"web")
        return { QStringLiteral("web.http-no-tls"), QStringLiteral("web.http-public-default-port"),
            QStringLiteral("web.ami-over-http") };
    return {};
}

QString titleOf(const QString& id)
{
    if (id == u"ami")
        return QCoreApplication::translate(
            "HardeningFixes", "AMI on loopback, with ACLs and least privilege");
    if (id == u"sip-guest")
        return QCoreApplication::translate("HardeningFixes", "No guest or anonymous SIP calls");
    if (id == u"ssh")
        return QCoreApplication::translate(
            "HardeningFixes", "SSH: no root login, keys only, trusted networks only");
    if (id == u"fail2ban")
        return QCoreApplication::translate("HardeningFixes", "fail2ban jails for SSH and Asterisk");
    if (id == u"firewall")
        return QCoreApplication::translate(
            "HardeningFixes", "Host firewall: drop by default, SSH and SIP from known networks only");
    if (id == u"web")
        return QCoreApplication::translate("HardeningFixes", "Asterisk's HTTP server on loopback only");
    return id;
}

QString flavor(const AuditFacts& facts)
{
    const QString markers = facts.bundle().text(QStringLiteral("flavor"));
    if (markers.contains(QLatin1String("freepbx")) || markers.contains(QLatin1String("fwconsole"))
        || markers.contains(QLatin1String("/etc/schmooze"))
        || markers.contains(QLatin1String("/etc/sangoma")))
        return QStringLiteral("FreePBX");
    if (markers.contains(QLatin1String("issabel")))
        return QStringLiteral("Issabel");
    if (markers.contains(QLatin1String("vitalpbx")))
        return QStringLiteral("VitalPBX");
    if (markers.contains(QLatin1String("completepbx")) || markers.contains(QLatin1String("xorcom")))
        return QStringLiteral("CompletePBX");
    return {};
}

FixPlan ami(const FixInput& in)
{
    FixPlan p = start(QStringLiteral("ami"));
    if (const Status s = in.answers.validate(); !s)
        return refuse(p, RefusalKind::BadAnswers, s.error());
    if (heldBack(in, p))
        return p;
    const AsteriskConfig* manager = in.facts.asterisk(QStringLiteral("manager.conf"));
    if (!manager)
        return refuse(p, RefusalKind::MissingFacts,
            QCoreApplication::translate("HardeningFixes", "manager.conf was not collected by the audit."));
    if (manager->limitError() || manager->refusedByAsterisk())
        return refuse(p, RefusalKind::Unsafe,
            QCoreApplication::translate(
                "HardeningFixes", "Asterisk cannot read manager.conf as it is (%1); repair it by hand first.")
                .arg(manager->warnings().join(QStringLiteral("; "))));
    const ConfigSection* general = manager->first(QStringLiteral("general"));
    if (!general)
        return refuse(p, RefusalKind::Unsafe,
            QCoreApplication::translate("HardeningFixes", "manager.conf has no [general] section to edit."));

    AsteriskDocs docs { in.facts };
    for (const QString& file : manager->files()) {
        if (const Result<QByteArray> b = collected(in.facts, file); !b)
            return refuse(p, RefusalKind::MissingFacts, b.error());
    }
    setEffective(docs, *general, QStringLiteral("bindaddr"), QStringLiteral("127.0.0.1"));
    if (general->value(QStringLiteral("webenabled"), QStringLiteral("no")) != u"no") {
        setEffective(docs, *general, QStringLiteral("webenabled"), QStringLiteral("no"));
    }
    // Few unauthenticated sessions, dropped quickly: a brute force over AMI gets nowhere.
    const auto numberOver = [&](const QString& key, int limit) {
        bool ok = false;
        const int v = general->value(key).toInt(&ok);
        return !ok || v <= 0 || v > limit;
    };
    if (numberOver(QStringLiteral("authlimit"), 10)) {
        setEffective(docs, *general, QStringLiteral("authlimit"), QStringLiteral("10"));
    }
    if (numberOver(QStringLiteral("authtimeout"), 30)) {
        setEffective(docs, *general, QStringLiteral("authtimeout"), QStringLiteral("30"));
    }

    QStringList acl { QStringLiteral("deny = 0.0.0.0/0.0.0.0"),
        QStringLiteral("permit = 127.0.0.1/255.255.255.255") };
    if (in.answers.amiFromTrustedNetworks) {
        for (const QString& n : in.answers.trustedNetworks)
            acl << QStringLiteral("permit = ") + asteriskNetwork(n);
    }
    QStringList limitedUsers, privilegedLeft;
    for (const ConfigSection& s : manager->sections()) {
        if (s.isTemplate || s.name == u"general" || !s.has(QStringLiteral("secret")))
            continue;
        if (!audit::checks::hasAcl(s)) {
            addLines(docs, s, acl);
        }
        const bool privileged = in.answers.amiPrivilegedUsers.contains(s.name);
        for (const ConfigEntry& e : s.entries) {
            if (e.key != u"write")
                continue;
            bool changed = false;
            const QString value = leastPrivilegeWrite(e.value, &changed);
            if (!changed)
                continue;
            if (privileged) {
                privilegedLeft << s.name;
                continue;
            }
            // An inherited class list is the template's: every user built on it would change.
            if (e.inherited)
                return refuse(p, RefusalKind::Unsafe,
                    QCoreApplication::translate("HardeningFixes",
                        "AMI user %1 inherits write = %2 from a template (%3); change the template by hand.")
                        .arg(s.name, e.value, e.where.toString()));
            const int line = e.where.line - 1;
            docs.queue(e.where, [line, value, name = s.name](AsteriskConfigDocument& d, int sec) -> Status {
                const QList<int> writes = d.optionLines(sec, QStringLiteral("write"));
                // setValue names the first or the last line of a key: a third one in between is not
                // reachable.
                if (writes.isEmpty() || (writes.constLast() != line && writes.first() != line))
                    return Error { QCoreApplication::translate("HardeningFixes",
                        "AMI user %1 has more than two write lines; merge them by hand first.")
                                       .arg(name) };
                return d.setValue(sec, QStringLiteral("write"), value,
                    writes.constLast() == line ? AsteriskConfigDocument::Occurrence::Last
                                               : AsteriskConfigDocument::Occurrence::First);
            });
            if (!limitedUsers.contains(s.name))
                limitedUsers << s.name;
        }
    }

    if (const Status s = docs.run(); !s)
        return refuse(p, docs.error.isEmpty() ? RefusalKind::Unsafe : RefusalKind::MissingFacts, s.error());
    ChangePlan plan = newPlan(in, p.title);
    plan.files = docs.edits();
    if (plan.files.isEmpty())
        return refuse(p, RefusalKind::NothingToDo,
            QCoreApplication::translate("HardeningFixes", "manager.conf already has these settings."));
    plan.reload << asteriskRx(QStringLiteral("manager reload"));

    QStringList resolves = failing(in.findings, checksOf(p.fixId));
    if (!privilegedLeft.isEmpty())
        resolves.removeAll(QStringLiteral("least-privilege.ami-dangerous-write"));
    p.risks << QCoreApplication::translate("HardeningFixes",
        "AMI will listen on 127.0.0.1 only: applications on other hosts (CTI, wallboards, FOP2) lose their "
        "AMI "
        "connection; the console reaches AMI through its SSH connection.");
    if (!limitedUsers.isEmpty())
        p.risks << QCoreApplication::translate("HardeningFixes",
            "AMI users %1 can no longer run commands, originate calls or change the configuration.")
                       .arg(limitedUsers.join(QStringLiteral(", ")));
    privilegedLeft.removeDuplicates();
    if (!privilegedLeft.isEmpty())
        p.risks << QCoreApplication::translate(
            "HardeningFixes", "AMI users %1 keep their dangerous write classes, as answered.")
                       .arg(privilegedLeft.join(QStringLiteral(", ")));
    return finish(p, in, std::move(plan), resolves);
}

FixPlan sipGuest(const FixInput& in)
{
    FixPlan p = start(QStringLiteral("sip-guest"));
    if (const Status s = in.answers.validate(); !s)
        return refuse(p, RefusalKind::BadAnswers, s.error());
    if (heldBack(in, p))
        return p;
    AsteriskDocs docs { in.facts };
    bool sipChanged = false, pjsipChanged = false;
    auto fail = [&](const Status& s) {
        return refuse(p, RefusalKind::Unsafe, s.error());
    };

    const AsteriskConfig* sip = in.facts.asterisk(QStringLiteral("sip.conf"));
    if (sip && audit::checks::chanSipActive(in.facts)) {
        if (sip->limitError() || sip->refusedByAsterisk())
            return refuse(p, RefusalKind::Unsafe,
                QCoreApplication::translate(
                    "HardeningFixes", "Asterisk cannot read sip.conf as it is; repair it first."));
        const ConfigSection* general = sip->first(QStringLiteral("general"));
        if (!general) {
            AsteriskConfigDocument* d = docs.get(QStringLiteral("/etc/asterisk/sip.conf"));
            if (!d)
                return refuse(p, RefusalKind::MissingFacts, docs.error);
            if (const Result<int> r = d->appendSection(QStringLiteral("general"),
                    { QStringLiteral("allowguest = no"), QStringLiteral("alwaysauthreject = yes") });
                !r)
                return fail(Error { r.error() });
            sipChanged = true;
        } else {
            if (general->value(QStringLiteral("allowguest"), QStringLiteral("yes")) != u"no") {
                setEffective(docs, *general, QStringLiteral("allowguest"), QStringLiteral("no"));
                sipChanged = true;
            }
            if (general->value(QStringLiteral("alwaysauthreject"), QStringLiteral("yes")) == u"no") {
                setEffective(docs, *general, QStringLiteral("alwaysauthreject"), QStringLiteral("yes"));
                sipChanged = true;
            }
        }
    }

    for (const ConfigSection* e : audit::checks::pjsipOfType(in.facts, QStringLiteral("endpoint"))) {
        if (e->name != u"anonymous")
            continue;
        if (QFileInfo(e->where.file).fileName().startsWith(QLatin1String("pjsip_wizard")))
            return refuse(p, RefusalKind::Unsafe,
                QCoreApplication::translate("HardeningFixes",
                    "The anonymous endpoint comes from %1 (the configuration wizard); remove it there by "
                    "hand.")
                    .arg(e->where.toString()));
        docs.queue(e->where, [where = e->where.toString()](AsteriskConfigDocument& d, int sec) -> Status {
            // The header and its options go; comments and blank lines stay where they are.
            QList<int> remove;
            for (int i = d.sections().at(sec).header; i < d.lines().size() && d.lines().at(i).section == sec;
                 ++i) {
                const auto kind = d.lines().at(i).kind;
                if (kind == AsteriskConfigDocument::LineKind::Directive)
                    return Error { QCoreApplication::translate("HardeningFixes",
                        "The [anonymous] section at %1 includes other files; remove it by hand.")
                                       .arg(where) };
                if (kind == AsteriskConfigDocument::LineKind::Option
                    || kind == AsteriskConfigDocument::LineKind::Section)
                    remove << i;
            }
            std::sort(remove.begin(), remove.end(), std::greater<int>());
            for (int i : remove) {
                if (const Status s = d.removeLine(i); !s)
                    return s;
            }
            return {};
        });
        pjsipChanged = true;
    }

    if (const Status s = docs.run(); !s)
        return refuse(p, docs.error.isEmpty() ? RefusalKind::Unsafe : RefusalKind::MissingFacts, s.error());
    ChangePlan plan = newPlan(in, p.title);
    plan.files = docs.edits();
    if (plan.files.isEmpty())
        return refuse(p, RefusalKind::NothingToDo,
            QCoreApplication::translate(
                "HardeningFixes", "No guest or anonymous SIP calls are accepted already."));
    if (sipChanged)
        plan.reload << asteriskRx(QStringLiteral("sip reload"));
    if (pjsipChanged)
        plan.reload << asteriskRx(QStringLiteral("module reload res_pjsip.so"));
    p.risks << QCoreApplication::translate("HardeningFixes",
        "Calls that arrive without authentication and match no endpoint are refused: an ITSP must be matched "
        "by an identify section (PJSIP) or host= (chan_sip), or its calls stop.");
    return finish(p, in, std::move(plan), failing(in.findings, checksOf(p.fixId)));
}

namespace {

// sshd's reload: systemd's unit where systemd runs, else SIGHUP to the pid in PidFile, else to the
// listener of the port (a PidFile none sshd, as in containers and the lab).
PlanCommand sshdReload(const QString& pidFile, const QString& port)
{
    return PlanCommand(ssh::RemoteCommand::script(
                           "if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then "
                           "systemctl reload ssh 2>/dev/null || systemctl reload sshd; exit $?; fi; pid=; "
                           "if [ \"$1\" != none ] && [ -r \"$1\" ]; then pid=$(head -n1 \"$1\"); fi; "
                           "[ -n \"$pid\" ] || pid=$(ss -Hltnp \"sport = :$2\" | sed -n "
                           "'s/.*pid=\\([0-9]*\\).*/\\1/p' | head -n1); "
                           "[ -n \"$pid\" ] && kill -HUP \"$pid\" && sleep 1",
                           { pidFile, port })
                           .value(),
        QCoreApplication::translate("HardeningFixes", "reload sshd"));
}

bool isPort(const QString& s)
{
    bool ok = false;
    const int n = s.toInt(&ok);
    return ok && n > 0 && n < 65536 && QString::number(n) == s;
}

QString firstWord(const QString& line)
{
    return line.trimmed().section(QRegularExpression(QStringLiteral("[\\s=]+")), 0, 0).toLower();
}

bool accountExists(const AuditFacts& facts, const QString& name)
{
    for (const QString& line : facts.bundle().file(QStringLiteral("/etc/passwd")).split(QLatin1Char('\n'))) {
        if (line.section(QLatin1Char(':'), 0, 0) == name)
            return true;
    }
    return false;
}

} // namespace

FixPlan ssh(const FixInput& in)
{
    FixPlan p = start(QStringLiteral("ssh"));
    const HardeningAnswers& a = in.answers;
    if (const Status s = a.validate(); !s)
        return refuse(p, RefusalKind::BadAnswers, s.error());
    if (a.adminAccount.isEmpty())
        return refuse(p, RefusalKind::BadAnswers,
            QCoreApplication::translate("HardeningFixes",
                "Name the admin account that must keep SSH access (the one the console logs in with)."));
    if (a.consoleAddress.isEmpty())
        return refuse(p, RefusalKind::BadAnswers,
            QCoreApplication::translate("HardeningFixes",
                "The console's address as the PBX sees it is unknown, so PBX Warden cannot make sure it "
                "stays "
                "allowed in."));
    if (in.facts.bundle().hasFile(QStringLiteral("/etc/passwd")) && !accountExists(in.facts, a.adminAccount))
        return refuse(p, RefusalKind::Unsafe,
            QCoreApplication::translate("HardeningFixes",
                "There is no account %1 on this PBX: allowing only it would lock every administrator out.")
                .arg(a.adminAccount));
    // DenyUsers wins over AllowUsers: a kept account it names is shut out whatever this fix adds.
    for (const QString& denied : in.facts.sshd().all(QStringLiteral("denyusers"))) {
        const QString who = denied.section(QLatin1Char('@'), 0, 0);
        if (who == a.adminAccount || who == u"*")
            return refuse(p, RefusalKind::Unsafe,
                QCoreApplication::translate("HardeningFixes",
                    "sshd's DenyUsers %1 shuts %2 out, so restricting SSH to %2 would lock every "
                    "administrator "
                    "out; remove that DenyUsers entry first.")
                    .arg(denied, a.adminAccount));
    }
    const QString mainPath = QStringLiteral("/etc/ssh/sshd_config");
    const Result<QByteArray> mainBytes = collected(in.facts, mainPath);
    if (!mainBytes)
        return refuse(p, RefusalKind::MissingFacts, mainBytes.error());
    pbxconf::SshdConfigDocument mainDoc = pbxconf::SshdConfigDocument::parse(mainBytes.value());

    // What to set, in the order it is written.
    QList<QPair<QString, QString>> settings;
    QStringList resolves;
    const QStringList fired = failing(in.findings, checksOf(p.fixId));
    if (a.adminAccount != u"root" && a.adminCanSudo) {
        settings << qMakePair(QStringLiteral("PermitRootLogin"), QStringLiteral("no"));
        for (const QString& id : { QStringLiteral("ssh.root-login"), QStringLiteral("ssh.root-login-key") }) {
            if (fired.contains(id))
                resolves << id;
        }
    } else {
        p.risks << QCoreApplication::translate("HardeningFixes",
            "root may still log in: PermitRootLogin no needs a kept admin account other than root that can "
            "use sudo.");
    }
    if (a.adminKeyLoginProved) {
        settings << qMakePair(QStringLiteral("PasswordAuthentication"), QStringLiteral("no"))
                 << qMakePair(QStringLiteral("KbdInteractiveAuthentication"), QStringLiteral("no"));
        if (fired.contains(QStringLiteral("ssh.password-auth")))
            resolves << QStringLiteral("ssh.password-auth");
    } else {
        p.risks << QCoreApplication::translate("HardeningFixes",
            "Passwords stay accepted: PasswordAuthentication no is only offered after the console has logged "
            "in as %1 with its key.")
                       .arg(a.adminAccount);
    }
    // The console's own address first: AllowUsers must never shut the console out.
    QStringList allow { a.adminAccount + u'@' + a.consoleAddress };
    for (const QString& n : a.trustedNetworks) {
        if (!allow.contains(a.adminAccount + u'@' + n))
            allow << a.adminAccount + u'@' + n;
    }
    settings << qMakePair(QStringLiteral("AllowUsers"), allow.join(u' '));
    if (fired.contains(QStringLiteral("ssh.no-source-limit")))
        resolves << QStringLiteral("ssh.no-source-limit");

    // A drop-in works when the main file includes sshd_config.d before it sets any of our keywords
    // (the first value wins) and no drop-in sorted before ours sets them.
    int includeAt = -1;
    for (int i = 0; i < mainDoc.lines().size() && i < mainDoc.firstMatch(); ++i) {
        const QString t = mainDoc.lines().text(i).trimmed();
        if (firstWord(t) == u"include" && t.contains(QLatin1String("sshd_config.d/"))) {
            includeAt = i;
            break;
        }
    }
    bool dropIn = includeAt >= 0;
    for (const auto& kv : settings) {
        const int at = mainDoc.find(kv.first);
        if (at >= 0 && at < includeAt && kv.first != u"AllowUsers")
            dropIn = false;
    }
    if (dropIn) {
        for (const QString& f : in.facts.bundle().files()) {
            if (!f.startsWith(QLatin1String("/etc/ssh/sshd_config.d/")) || f == sshDropIn()
                || QFileInfo(f).fileName() > QFileInfo(sshDropIn()).fileName())
                continue;
            const auto other = pbxconf::SshdConfigDocument::parse(
                in.facts.bundle().section(QStringLiteral("file:") + f)->content);
            for (const auto& kv : settings) {
                if (kv.first != u"AllowUsers" && other.find(kv.first) >= 0)
                    return refuse(p, RefusalKind::Unsafe,
                        QCoreApplication::translate("HardeningFixes",
                            "%1 sets %2 and is read before PBX Warden's drop-in, so the change would not "
                            "take "
                            "effect; remove it there first.")
                            .arg(f, kv.first));
            }
        }
    }

    ChangePlan plan = newPlan(in, p.title);
    FileEdit edit;
    QByteArray oldContent = mainBytes.value();
    if (dropIn) {
        edit.path = sshDropIn();
        QByteArray base
            = "# PBX Warden: SSH hardening (read before the rest of sshd_config; first value wins)\n";
        if (in.facts.bundle().has(QStringLiteral("file:") + sshDropIn())) {
            const Result<QByteArray> old = collected(in.facts, sshDropIn());
            if (!old)
                return refuse(p, RefusalKind::MissingFacts, old.error());
            base = old.value();
            oldContent = base;
            edit.expectedSha256 = FileEdit::sha256Hex(base);
        }
        pbxconf::SshdConfigDocument d = pbxconf::SshdConfigDocument::parse(base);
        for (const auto& kv : settings) {
            if (const Status s = d.set(kv.first, kv.second); !s)
                return refuse(p, RefusalKind::Unsafe, s.error());
        }
        edit.newContent = d.toBytes();
        edit.newFileMode = QStringLiteral("0644");
    } else {
        edit.path = mainPath;
        edit.expectedSha256 = FileEdit::sha256Hex(mainBytes.value());
        for (auto kv : settings) {
            // AllowUsers adds to the users already allowed (repeats append in sshd too).
            if (kv.first == u"AllowUsers" && !mainDoc.value(kv.first).isEmpty())
                kv.second = mainDoc.value(kv.first) + u' ' + kv.second;
            if (const Status s = mainDoc.set(kv.first, kv.second); !s)
                return refuse(p, RefusalKind::Unsafe, s.error());
        }
        edit.newContent = mainDoc.toBytes();
    }
    if (edit.expectedSha256 && edit.newContent == oldContent)
        return refuse(p, RefusalKind::NothingToDo,
            QCoreApplication::translate("HardeningFixes", "sshd_config already has these settings."));
    plan.files << edit;
    plan.validate << program(
        { QStringLiteral("sshd"), QStringLiteral("-t"), QStringLiteral("-f"), plan.stagedPath(0) },
        QCoreApplication::translate("HardeningFixes", "sshd -t on the new file"));
    plan.check << program({ QStringLiteral("sshd"), QStringLiteral("-t"), QStringLiteral("-f"), mainPath },
        QCoreApplication::translate("HardeningFixes", "sshd -t on the whole configuration"));
    QString pidFile = in.facts.sshd().value(QStringLiteral("pidfile"), QStringLiteral("/run/sshd.pid"));
    if (pidFile != u"none" && !pidFile.startsWith(QLatin1Char('/')))
        pidFile = QStringLiteral("/run/sshd.pid");
    QString port = in.facts.sshd().value(QStringLiteral("port"), QStringLiteral("22"));
    if (!isPort(port))
        port = QStringLiteral("22");
    plan.reload << sshdReload(pidFile, port);
    plan.accessCouldBeLost = true;
    p.risks << QCoreApplication::translate("HardeningFixes",
        "Only %1 may log in over SSH, and only from %2; every other account loses SSH access. A dead-man "
        "switch "
        "on the PBX restores the old configuration unless the console logs in again.")
                   .arg(a.adminAccount,
                       (QStringList { a.consoleAddress } + a.trustedNetworks).join(QStringLiteral(", ")));
    if (resolves.isEmpty())
        return refuse(p, RefusalKind::NothingToDo,
            QCoreApplication::translate(
                "HardeningFixes", "None of the SSH findings this fix resolves fails."));
    return finish(p, in, std::move(plan), resolves);
}

namespace {

// The file Asterisk writes fail2ban's asterisk filter can read: the security log where logger.conf
// enables one, else the NOTICE log, else the version's sample name (messages until 18, messages.log
// from 19), always one that exists.
QString asteriskLogPath(const AuditFacts& facts, QString* why)
{
    QString dir = QStringLiteral("/var/log/asterisk");
    if (const AsteriskConfig* ast = facts.asterisk(QStringLiteral("asterisk.conf"))) {
        if (const ConfigSection* d = ast->first(QStringLiteral("directories"));
            d && d->has(QStringLiteral("astlogdir")))
            dir = d->value(QStringLiteral("astlogdir"));
    }
    const auto logs = facts.logFiles();
    QStringList security, notice;
    if (const AsteriskConfig* logger = facts.asterisk(QStringLiteral("logger.conf"))) {
        if (const ConfigSection* files = logger->first(QStringLiteral("logfiles"))) {
            for (const ConfigEntry& e : files->entries) {
                if (e.key == u"console" || e.key.startsWith(QLatin1String("syslog")))
                    continue;
                const QString path = e.name.startsWith(QLatin1Char('/')) ? e.name : dir + u'/' + e.name;
                const QStringList levels = e.value.toLower().remove(QLatin1Char(' ')).split(QLatin1Char(','));
                if (levels.contains(QStringLiteral("security")))
                    security << path;
                if (levels.contains(QStringLiteral("notice")) || levels.contains(QStringLiteral("*")))
                    notice << path;
            }
        }
    }
    const auto version = facts.asteriskVersion();
    notice << dir
            + (version && version->major >= 19 ? QStringLiteral("/messages.log")
                                               : QStringLiteral("/messages"));
    for (const QString& p : security + notice) {
        if (logs.contains(p))
            return p;
    }
    *why = QCoreApplication::translate("HardeningFixes",
        "None of the log files logger.conf names (%1) exists, so an asterisk jail would watch nothing; "
        "enable a "
        "security or notice log in logger.conf and run 'logger reload' first.")
               .arg((security + notice).join(QStringLiteral(", ")));
    return {};
}

} // namespace

FixPlan fail2ban(const FixInput& in)
{
    FixPlan p = start(QStringLiteral("fail2ban"));
    const HardeningAnswers& a = in.answers;
    if (const Status s = a.validate(); !s)
        return refuse(p, RefusalKind::BadAnswers, s.error());
    const auto installed = in.facts.fail2banInstalled();
    if (!installed)
        return refuse(p, RefusalKind::MissingFacts,
            QCoreApplication::translate("HardeningFixes", "Whether fail2ban is installed is unknown: %1")
                .arg(in.facts.missing(QStringLiteral("fail2ban-status"))));
    if (!*installed)
        return refuse(p, RefusalKind::MissingFacts,
            QCoreApplication::translate("HardeningFixes",
                "fail2ban is not installed; install the fail2ban package first, then audit again."));
    if (a.consoleAddress.isEmpty())
        return refuse(p, RefusalKind::BadAnswers,
            QCoreApplication::translate("HardeningFixes",
                "The console's address as the PBX sees it is unknown, so fail2ban could ban the console "
                "itself."));
    if (!in.facts.hasLogListing())
        return refuse(p, RefusalKind::MissingFacts, in.facts.missing(QStringLiteral("asterisk-logs")));
    QString why;
    const QString asteriskLog = asteriskLogPath(in.facts, &why);
    if (asteriskLog.isEmpty())
        return refuse(p, RefusalKind::Unsafe, why);

    // Never ban the console, the trusted networks or the trunks: a banned ITSP takes the phones down.
    QStringList ignore { QStringLiteral("127.0.0.1/8"), QStringLiteral("::1"), a.consoleAddress };
    for (const QString& n : a.trustedNetworks + a.trunkAddresses) {
        if (!ignore.contains(n))
            ignore << n;
    }
    const auto logs = in.facts.logFiles();
    QString sshdLog, sshdBackend = QStringLiteral("auto");
    for (const QString& f : { QStringLiteral("/var/log/auth.log"), QStringLiteral("/var/log/secure") }) {
        if (logs.contains(f) && sshdLog.isEmpty())
            sshdLog = f;
    }
    // Debian 12 logs SSH to the journal only: the file backend would watch nothing (fail2ban#3567).
    if (sshdLog.isEmpty())
        sshdBackend = QStringLiteral("systemd");
    QString port = in.facts.sshd().value(QStringLiteral("port"), QStringLiteral("22"));
    if (!isPort(port))
        port = QStringLiteral("22");

    FileEdit edit;
    edit.path = fail2banJail();
    QByteArray base = "# PBX Warden: fail2ban jails for SSH and Asterisk (jail.d/*.local is read last)\n";
    if (in.facts.bundle().has(QStringLiteral("file:") + fail2banJail())) {
        const Result<QByteArray> old = collected(in.facts, fail2banJail());
        if (!old)
            return refuse(p, RefusalKind::MissingFacts, old.error());
        base = old.value();
        edit.expectedSha256 = FileEdit::sha256Hex(base);
    }
    pbxconf::IniConfigDocument d = pbxconf::IniConfigDocument::parse(base);
    const QList<QPair<QString, QString>> sshd { { QStringLiteral("enabled"), QStringLiteral("true") },
        { QStringLiteral("port"), port }, { QStringLiteral("backend"), sshdBackend },
        { QStringLiteral("logpath"), sshdLog.isEmpty() ? QStringLiteral("%(sshd_log)s") : sshdLog },
        { QStringLiteral("ignoreip"), ignore.join(u' ') } };
    const QList<QPair<QString, QString>> asterisk { { QStringLiteral("enabled"), QStringLiteral("true") },
        { QStringLiteral("filter"), QStringLiteral("asterisk") },
        { QStringLiteral("port"), QStringLiteral("5060,5061") }, { QStringLiteral("logpath"), asteriskLog },
        { QStringLiteral("ignoreip"), ignore.join(u' ') } };
    for (const auto& kv : sshd) {
        if (const Status s = d.set(QStringLiteral("sshd"), kv.first, kv.second); !s)
            return refuse(p, RefusalKind::Unsafe, s.error());
    }
    for (const auto& kv : asterisk) {
        if (const Status s = d.set(QStringLiteral("asterisk"), kv.first, kv.second); !s)
            return refuse(p, RefusalKind::Unsafe, s.error());
    }
    edit.newContent = d.toBytes();
    if (edit.newContent == base && edit.expectedSha256)
        return refuse(p, RefusalKind::NothingToDo,
            QCoreApplication::translate("HardeningFixes", "%1 already holds these jails.")
                .arg(fail2banJail()));

    ChangePlan plan = newPlan(in, p.title);
    plan.files << edit;
    plan.check << program({ QStringLiteral("fail2ban-client"), QStringLiteral("-t") },
        QCoreApplication::translate("HardeningFixes", "fail2ban-client -t on the whole configuration"));
    // A stopped fail2ban is started, a running one reloaded: either way the new jails are live.
    plan.reload << PlanCommand(
        ssh::RemoteCommand::script("if fail2ban-client ping >/dev/null 2>&1; then fail2ban-client reload; "
                                   "elif [ -d /run/systemd/system ]; then systemctl restart fail2ban; "
                                   "else fail2ban-client -x start; fi")
            .value(),
        QCoreApplication::translate("HardeningFixes", "reload fail2ban (start it when stopped)"));
    plan.accessCouldBeLost = true;
    p.risks << QCoreApplication::translate(
        "HardeningFixes", "Addresses that fail to log in repeatedly are banned; never banned: %1.")
                   .arg(ignore.join(QStringLiteral(", ")));
    if (!a.trunkAddresses.isEmpty() || a.trustedNetworks.isEmpty())
        p.risks << QCoreApplication::translate(
            "HardeningFixes", "Trunks not listed in the answers can be banned if they fail to authenticate.");
    QStringList resolves = failing(in.findings, checksOf(p.fixId));
    if (resolves.isEmpty())
        return refuse(p, RefusalKind::NothingToDo,
            QCoreApplication::translate(
                "HardeningFixes", "None of the fail2ban findings this fix resolves fails."));
    return finish(p, in, std::move(plan), resolves);
}

FixPlan web(const FixInput& in)
{
    FixPlan p = start(QStringLiteral("web"));
    if (const Status s = in.answers.validate(); !s)
        return refuse(p, RefusalKind::BadAnswers, s.error());
    if (heldBack(in, p))
        return p;
    const AsteriskConfig* http = in.facts.asterisk(QStringLiteral("http.conf"));
    if (!http)
        return refuse(p, RefusalKind::MissingFacts,
            QCoreApplication::translate("HardeningFixes", "http.conf was not collected by the audit."));
    if (http->limitError() || http->refusedByAsterisk())
        return refuse(p, RefusalKind::Unsafe,
            QCoreApplication::translate(
                "HardeningFixes", "Asterisk cannot read http.conf as it is (%1); repair it by hand first.")
                .arg(http->warnings().join(QStringLiteral("; "))));
    const ConfigSection* general = http->first(QStringLiteral("general"));
    if (!general || general->value(QStringLiteral("enabled"), QStringLiteral("no")) != u"yes")
        return refuse(p, RefusalKind::NothingToDo,
            QCoreApplication::translate("HardeningFixes", "Asterisk's HTTP server is off."));
    AsteriskDocs docs { in.facts };
    for (const QString& file : http->files()) {
        if (const Result<QByteArray> b = collected(in.facts, file); !b)
            return refuse(p, RefusalKind::MissingFacts, b.error());
    }
    // Loopback: local users of the HTTP server (the console's tunnel, a web server in front that
    // proxies ARI or WebSockets) keep it; other hosts reach it only through that proxy.
    setEffective(docs, *general, QStringLiteral("bindaddr"), QStringLiteral("127.0.0.1"));
    const bool tls = general->value(QStringLiteral("tlsenable"), QStringLiteral("no")) == u"yes";
    if (tls)
        setEffective(docs, *general, QStringLiteral("tlsbindaddr"),
            QStringLiteral("127.0.0.1:%1")
                .arg(audit::checks::portOf(general->value(QStringLiteral("tlsbindaddr")), 8089)));
    if (const Status s = docs.run(); !s)
        return refuse(p, docs.error.isEmpty() ? RefusalKind::Unsafe : RefusalKind::MissingFacts, s.error());
    ChangePlan plan = newPlan(in, p.title);
    plan.files = docs.edits();
    if (plan.files.isEmpty())
        return refuse(p, RefusalKind::NothingToDo,
            QCoreApplication::translate("HardeningFixes", "http.conf already binds to 127.0.0.1."));
    plan.reload << asteriskRx(QStringLiteral("module reload http"));
    p.risks << QCoreApplication::translate("HardeningFixes",
        "Asterisk's HTTP server will answer on 127.0.0.1 only: WebRTC phones, ARI applications and "
        "AMI-over-HTTP clients on other hosts lose it (put a TLS reverse proxy in front if they need it).");
    const QStringList resolves = failing(in.findings, checksOf(p.fixId));
    if (resolves.isEmpty())
        return refuse(p, RefusalKind::NothingToDo,
            QCoreApplication::translate(
                "HardeningFixes", "None of the web findings this fix resolves fails."));
    return finish(p, in, std::move(plan), resolves);
}

FixPlan build(const QString& id, const FixInput& in)
{
    if (id == u"ami")
        return ami(in);
    if (id == u"sip-guest")
        return sipGuest(in);
    if (id == u"ssh")
        return ssh(in);
    if (id == u"fail2ban")
        return fail2ban(in);
    if (id == u"firewall")
        return firewall(in);
    if (id == u"web")
        return web(in);
    FixPlan p = start(id);
    return refuse(p, RefusalKind::BadAnswers,
        QCoreApplication::translate("HardeningFixes", "Unknown fix \"%1\". Known fixes: %2.")
            .arg(id, ids().join(QStringLiteral(", "))));
}

} // namespace pbxwarden::hardening::fixes
