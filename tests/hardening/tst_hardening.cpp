// The fixes, planned from real lab bundles (tests/audit/data/lab-*.bundle), applied to the collected
// text in memory and audited again: the checks they resolve stop failing, every other byte stays.
#include "audit/AuditService.h"
#include "audit/SecretScrubber.h"
#include "audit/checks/Checks.h"
#include "hardening/AuditVerifier.h"
#include "hardening/HardeningService.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pbxwarden;
using namespace pbxwarden::hardening;
using audit::AuditFacts;
using audit::FactBundle;
using audit::Finding;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kAuditTime(QDate(2026, 11, 26), QTime(6, 0), Qt::UTC);

FactBundle lab(const char* profile)
{
    QFile f(qEnvironmentVariable("PBXWARDEN_SOURCE_DIR") + u"/tests/audit/data/lab-"_s
        + QLatin1String(profile) + u".bundle"_s);
    return f.open(QIODevice::ReadOnly) ? FactBundle::parse(f.readAll()) : FactBundle {};
}

QList<Finding> evaluate(const FactBundle& b)
{
    return audit::checks::runAll(AuditFacts(b, kAuditTime, kAuditTime));
}

Finding::Outcome outcome(const QList<Finding>& findings, const QString& id)
{
    for (const Finding& f : findings) {
        if (f.check.id == id)
            return f.outcome;
    }
    return Finding::Outcome::NotAssessed;
}

HardeningAnswers answers()
{
    HardeningAnswers a;
    a.trustedNetworks = { u"192.0.2.0/24"_s };
    a.consoleAddress = u"198.51.100.7"_s;
    a.adminAccount = u"admin"_s;
    a.adminCanSudo = true;
    a.adminKeyLoginProved = true;
    a.trunkAddresses = { u"203.0.113.10"_s };
    return a;
}

// The bundle with every file of the plan substituted, as the PBX would have it after the change.
FactBundle applied(FactBundle b, const change::ChangePlan& plan)
{
    for (const change::FileEdit& e : plan.files)
        b.set(u"file:"_s + e.path, e.newContent, 0);
    return b;
}

// Every line of the old file is still there, in order, except the lines the fix names (dtl's
// shortest edit script: a removed line is one the new file does not keep).
void onlyTouched(const QByteArray& before, const QByteArray& after, const QStringList& keys)
{
    for (const change::DiffLine& l : change::UnifiedDiff::lines(u"f"_s, before, after)) {
        if (l.kind != change::DiffLine::Kind::Removed)
            continue;
        bool named = false;
        for (const QString& key : keys)
            named = named || l.text.trimmed().startsWith(key, Qt::CaseInsensitive);
        QVERIFY2(named, qPrintable(l.text));
    }
}

struct Planned
{
    FactBundle bundle;
    QList<Finding> before;
    FixPlan fix;
};

Planned planFix(const QString& id, FactBundle bundle, const HardeningAnswers& a = answers())
{
    Planned p { bundle, evaluate(bundle), {} };
    const AuditFacts facts(bundle, kAuditTime, kAuditTime);
    p.fix = fixes::build(id, FixInput { facts, p.before, a, 1, u"pbx01"_s });
    return p;
}

// The plan's post-condition, judged on the audit of the changed files.
void resolvesOnReaudit(const Planned& p, const FactBundle& after)
{
    QVERIFY(p.fix.ok());
    QVERIFY(!p.fix.resolves.isEmpty());
    const QList<Finding> findings = evaluate(after);
    for (const QString& id : p.fix.resolves) {
        QCOMPARE(outcome(p.before, id), Finding::Outcome::Fail);
        QVERIFY2(outcome(findings, id) == Finding::Outcome::Pass, qPrintable(id));
    }
    const AuditVerifier verifier(u"pbx01"_s, p.fix.resolves, p.before);
    const change::Verdict v = verifier.judge(findings);
    QVERIFY2(v.passed, qPrintable(v.reasons.join(u"; "_s)));
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amiFix()
    {
        const Planned p = planFix(u"ami"_s, lab("insecure"));
        QVERIFY2(p.fix.ok(), p.fix.refusal ? qPrintable(p.fix.refusal->reason) : "");
        QVERIFY(p.fix.resolves.contains(u"least-privilege.ami-user-no-acl"_s));
        QVERIFY(p.fix.resolves.contains(u"least-privilege.ami-dangerous-write"_s));
        const change::ChangePlan& plan = *p.fix.plan;
        QCOMPARE(plan.files.size(), 1);
        const change::FileEdit& e = plan.files.first();
        QCOMPARE(e.path, u"/etc/asterisk/manager.conf"_s);
        const QByteArray old = p.bundle.section(u"file:/etc/asterisk/manager.conf"_s)->content;
        QCOMPARE(*e.expectedSha256, change::FileEdit::sha256Hex(old));
        const QString text = QString::fromUtf8(e.newContent);
        QVERIFY(text.contains(u"bindaddr = 127.0.0.1"_s));
        QVERIFY(text.contains(u"webenabled = no"_s));
        QVERIFY(text.contains(u"authlimit"_s));
        QVERIFY(text.contains(u"permit = 127.0.0.1/255.255.255.255"_s));
        QVERIFY(!text.contains(u"write = system"_s));
        QVERIFY(!text.contains(u"write = all"_s));
        // Reads stay: only the write classes are least privilege's business here.
        QVERIFY(text.contains(u"read = system,call,log"_s));
        onlyTouched(old, e.newContent, { u"bindaddr"_s, u"webenabled"_s, u"write"_s });
        QCOMPARE(plan.reload.size(), 1);
        QVERIFY(plan.reload.first().line().contains("manager reload"));
        QVERIFY(!plan.accessCouldBeLost);
        resolvesOnReaudit(p, applied(p.bundle, plan));
    }

    void webFix()
    {
        const Planned p = planFix(u"web"_s, lab("insecure"));
        QVERIFY2(p.fix.ok(), p.fix.refusal ? qPrintable(p.fix.refusal->reason) : "");
        const change::ChangePlan& plan = *p.fix.plan;
        QCOMPARE(plan.files.size(), 1);
        const change::FileEdit& e = plan.files.first();
        QCOMPARE(e.path, u"/etc/asterisk/http.conf"_s);
        const QByteArray old = p.bundle.section(u"file:/etc/asterisk/http.conf"_s)->content;
        QVERIFY(QString::fromUtf8(e.newContent).contains(u"bindaddr = 127.0.0.1"_s));
        onlyTouched(old, e.newContent, { u"bindaddr"_s });
        QVERIFY(plan.reload.first().line().contains("module reload http"));
        QVERIFY(p.fix.resolves.contains(u"web.http-public-default-port"_s));
        resolvesOnReaudit(p, applied(p.bundle, plan));
        // A server that is off has nothing to fix.
        FactBundle off = lab("insecure");
        off.set(u"file:/etc/asterisk/http.conf"_s, "[general]\nenabled = no\n", 0);
        QCOMPARE(planFix(u"web"_s, off).fix.refusal->kind, RefusalKind::NothingToDo);
    }

    void amiFixTrustedNetworksAndPrivilegedUser()
    {
        HardeningAnswers a = answers();
        a.amiFromTrustedNetworks = true;
        a.amiPrivilegedUsers = { u"admin"_s };
        const Planned p = planFix(u"ami"_s, lab("insecure"), a);
        QVERIFY(p.fix.ok());
        const QString text = QString::fromUtf8(p.fix.plan->files.first().newContent);
        QVERIFY(text.contains(u"permit = 192.0.2.0/24"_s));
        // admin keeps write = all, so least privilege is not promised.
        QVERIFY(text.contains(u"write = all"_s));
        QVERIFY(!p.fix.resolves.contains(u"least-privilege.ami-dangerous-write"_s));
        resolvesOnReaudit(p, applied(p.bundle, *p.fix.plan));
    }

    void amiDiffMasksSecrets()
    {
        const FactBundle b = lab("insecure");
        const QList<Finding> before = evaluate(b);
        const AuditFacts facts(b, kAuditTime, kAuditTime);
        const QList<PlannedFix> planned
            = HardeningService::plan(facts, before, answers(), { u"ami"_s }, 1, u"pbx01"_s);
        QCOMPARE(planned.size(), 1);
        QCOMPARE(planned.first().diffs.size(), 1);
        const QString diff = planned.first().diffs.first().text;
        QVERIFY(diff.contains(u"+bindaddr = 127.0.0.1"_s));
        QVERIFY(diff.contains(u"-bindaddr = 0.0.0.0"_s));
        QVERIFY(!diff.contains(u"amp111"_s));
        QVERIFY(!diff.contains(u"secret = monitor"_s));
        QVERIFY(!planned.first().commands.isEmpty());
        QVERIFY(!planned.first().fix.risks.isEmpty());
    }

    void sipGuestFix()
    {
        const Planned p = planFix(u"sip-guest"_s, lab("insecure"));
        QVERIFY2(p.fix.ok(), p.fix.refusal ? qPrintable(p.fix.refusal->reason) : "");
        QVERIFY(p.fix.resolves.contains(u"destinations.chan-sip-allowguest"_s));
        QVERIFY(p.fix.resolves.contains(u"sip-acl.chan-sip-alwaysauthreject"_s));
        QVERIFY(p.fix.resolves.contains(u"destinations.anonymous-endpoint"_s));
        QCOMPARE(p.fix.plan->files.size(), 2);
        for (const change::FileEdit& e : p.fix.plan->files) {
            const QByteArray old = p.bundle.section(u"file:"_s + e.path)->content;
            QCOMPARE(*e.expectedSha256, change::FileEdit::sha256Hex(old));
            if (e.path.endsWith(u"/sip.conf"_s)) {
                QVERIFY(e.newContent.contains("allowguest = no"));
                QVERIFY(e.newContent.contains("alwaysauthreject = yes"));
                onlyTouched(old, e.newContent, { u"allowguest"_s, u"alwaysauthreject"_s });
            } else {
                QVERIFY(!e.newContent.contains("[anonymous]"));
                // The anonymous endpoint's lines go, every other endpoint's stay.
                onlyTouched(old, e.newContent,
                    { u"[anonymous]"_s, u"type = endpoint"_s, u"context = public"_s, u"disallow"_s,
                        u"allow"_s, u"direct_media"_s });
                QVERIFY(e.newContent.contains("[1001]"));
            }
        }
        QByteArray reloads;
        for (const auto& c : p.fix.plan->reload)
            reloads += c.line();
        QVERIFY(reloads.contains("sip reload"));
        QVERIFY(reloads.contains("module reload res_pjsip.so"));
        resolvesOnReaudit(p, applied(p.bundle, *p.fix.plan));
    }

    void sshFixDropIn()
    {
        FactBundle b = lab("insecure");
        const Planned p = planFix(u"ssh"_s, b);
        QVERIFY2(p.fix.ok(), p.fix.refusal ? qPrintable(p.fix.refusal->reason) : "");
        const change::ChangePlan& plan = *p.fix.plan;
        QVERIFY(plan.accessCouldBeLost);
        QCOMPARE(plan.files.size(), 1);
        const change::FileEdit& e = plan.files.first();
        QCOMPARE(e.path, fixes::sshDropIn());
        QVERIFY(!e.expectedSha256);
        const QString text = QString::fromUtf8(e.newContent);
        QVERIFY(text.contains(u"PermitRootLogin no"_s));
        QVERIFY(text.contains(u"PasswordAuthentication no"_s));
        QVERIFY(text.contains(u"AllowUsers admin@198.51.100.7 admin@192.0.2.0/24"_s));
        QVERIFY(plan.validate.first().line().contains("sshd"));
        QVERIFY(plan.validate.first().line().contains(plan.stagedPath(0).toUtf8()));
        QVERIFY(!plan.check.isEmpty());
        QVERIFY(p.fix.resolves.contains(u"ssh.root-login"_s));
        QVERIFY(p.fix.resolves.contains(u"ssh.password-auth"_s));
        // The files, not sshd -T's answer from before the change, are what the in-memory audit reads.
        FactBundle after = applied(b, plan);
        after.remove(u"sshd-T"_s);
        after.remove(u"sshd-T-external"_s);
        resolvesOnReaudit(p, after);
    }

    void sshFixMainFileWithoutInclude()
    {
        FactBundle b = lab("insecure");
        QString main = b.file(u"/etc/ssh/sshd_config"_s);
        main.remove(u"Include /etc/ssh/sshd_config.d/*.conf\n"_s);
        b.set(u"file:/etc/ssh/sshd_config"_s, main.toUtf8(), 0);
        const Planned p = planFix(u"ssh"_s, b);
        QVERIFY(p.fix.ok());
        const change::FileEdit& e = p.fix.plan->files.first();
        QCOMPARE(e.path, u"/etc/ssh/sshd_config"_s);
        QVERIFY(e.expectedSha256);
        QVERIFY(e.newContent.contains("PermitRootLogin no\n"));
        QVERIFY(!e.newContent.contains("PermitRootLogin yes"));
        onlyTouched(main.toUtf8(), e.newContent,
            { u"PermitRootLogin"_s, u"PasswordAuthentication"_s, u"KbdInteractiveAuthentication"_s });
        FactBundle after = applied(b, *p.fix.plan);
        after.remove(u"sshd-T"_s);
        after.remove(u"sshd-T-external"_s);
        resolvesOnReaudit(p, after);
    }

    void sshRefusalsAndHeldBackParts()
    {
        HardeningAnswers a = answers();
        a.adminKeyLoginProved = false;
        a.adminCanSudo = false;
        Planned p = planFix(u"ssh"_s, lab("insecure"), a);
        QVERIFY(p.fix.ok());
        const QString text = QString::fromUtf8(p.fix.plan->files.first().newContent);
        // No key login proved: passwords stay; no sudo: root's login stays.
        QVERIFY(!text.contains(u"PasswordAuthentication"_s));
        QVERIFY(!text.contains(u"PermitRootLogin"_s));
        QVERIFY(text.contains(u"AllowUsers admin@198.51.100.7"_s));
        QVERIFY(!p.fix.resolves.contains(u"ssh.password-auth"_s));
        QVERIFY(p.fix.risks.join(u' ').contains(u"key"_s));

        a = answers();
        a.consoleAddress.clear();
        p = planFix(u"ssh"_s, lab("insecure"), a);
        QVERIFY(!p.fix.ok());
        QCOMPARE(p.fix.refusal->kind, RefusalKind::BadAnswers);

        a = answers();
        a.adminAccount = u"nosuchuser"_s;
        p = planFix(u"ssh"_s, lab("insecure"), a);
        QVERIFY(!p.fix.ok());
        QCOMPARE(p.fix.refusal->kind, RefusalKind::Unsafe);
        QVERIFY(p.fix.refusal->reason.contains(u"nosuchuser"_s));
    }

    void sshRefusesWhatWouldNotTakeEffectOrLockOut()
    {
        // A drop-in read before ours sets PermitRootLogin: ours would not win (the first value does).
        FactBundle b = lab("insecure");
        b.set(u"file:/etc/ssh/sshd_config.d/05-cloud.conf"_s, "PermitRootLogin yes\n", 0);
        Planned p = planFix(u"ssh"_s, b);
        QVERIFY(!p.fix.ok());
        QCOMPARE(p.fix.refusal->kind, RefusalKind::Unsafe);
        QVERIFY(p.fix.refusal->reason.contains(u"05-cloud.conf"_s));
        // One sorted after ours is harmless.
        b.remove(u"file:/etc/ssh/sshd_config.d/05-cloud.conf"_s);
        b.set(u"file:/etc/ssh/sshd_config.d/50-cloud-init.conf"_s, "PasswordAuthentication yes\n", 0);
        QVERIFY(planFix(u"ssh"_s, b).fix.ok());

        // DenyUsers names the kept account: AllowUsers would leave nobody able to log in.
        b = lab("insecure");
        QString t = b.text(u"sshd-T-external"_s);
        t += u"\ndenyusers admin\n"_s;
        b.set(u"sshd-T-external"_s, t.toUtf8(), 0);
        p = planFix(u"ssh"_s, b);
        QVERIFY(!p.fix.ok());
        QCOMPARE(p.fix.refusal->kind, RefusalKind::Unsafe);
        QVERIFY(p.fix.refusal->reason.contains(u"DenyUsers"_s));
    }

    void sshNothingToDoWhenTheDropInIsInPlace()
    {
        FactBundle b = lab("insecure");
        const Planned first = planFix(u"ssh"_s, b);
        QVERIFY(first.fix.ok());
        const FactBundle after = applied(b, *first.fix.plan);
        // The same answers on the changed host: the drop-in already says it all.
        Planned again = planFix(u"ssh"_s, after);
        QVERIFY(!again.fix.ok());
        QCOMPARE(again.fix.refusal->kind, RefusalKind::NothingToDo);
    }

    void fail2banNotInstalledIsRefused()
    {
        FactBundle b = lab("insecure");
        b.set(u"fail2ban-status"_s, "fail2ban-client: not installed\n", 127);
        const Planned p = planFix(u"fail2ban"_s, b);
        QVERIFY(!p.fix.ok());
        QCOMPARE(p.fix.refusal->kind, RefusalKind::MissingFacts);
        QVERIFY(p.fix.refusal->reason.contains(u"install"_s));
        HardeningAnswers a = answers();
        a.consoleAddress.clear();
        const Planned noConsole = planFix(u"fail2ban"_s, lab("insecure"), a);
        QVERIFY(!noConsole.fix.ok());
        QCOMPARE(noConsole.fix.refusal->kind, RefusalKind::BadAnswers);
    }

    void fail2banFix()
    {
        const Planned p = planFix(u"fail2ban"_s, lab("insecure"));
        QVERIFY2(p.fix.ok(), p.fix.refusal ? qPrintable(p.fix.refusal->reason) : "");
        const change::ChangePlan& plan = *p.fix.plan;
        QVERIFY(plan.accessCouldBeLost);
        const change::FileEdit& e = plan.files.first();
        QCOMPARE(e.path, fixes::fail2banJail());
        const QString text = QString::fromUtf8(e.newContent);
        // Asterisk 18 here, but logger.conf writes messages.log: the file that exists wins.
        QVERIFY(text.contains(u"logpath = /var/log/asterisk/messages.log"_s));
        QVERIFY(text.contains(u"logpath = /var/log/auth.log"_s));
        QVERIFY(text.contains(u"198.51.100.7"_s));
        QVERIFY(text.contains(u"192.0.2.0/24"_s));
        QVERIFY(text.contains(u"203.0.113.10"_s));
        QVERIFY(plan.check.first().line().contains("fail2ban-client"));
        QVERIFY(p.fix.resolves.contains(u"intrusion-prevention.no-asterisk-jail"_s));
        QVERIFY(p.fix.resolves.contains(u"intrusion-prevention.no-sshd-jail"_s));
        // In memory fail2ban stays stopped: the jails' checks are what a file can resolve.
        Planned jailsOnly = p;
        jailsOnly.fix.resolves.removeAll(u"intrusion-prevention.fail2ban-stopped"_s);
        resolvesOnReaudit(jailsOnly, applied(p.bundle, plan));
    }

    // The firewall fix: its own nftables table, default drop, the console never shut out.
    void firewallFixRefusesWithoutSipNetworks()
    {
        HardeningAnswers a = answers();
        a.trunkAddresses.clear();
        const Planned p = planFix(u"firewall"_s, lab("insecure"), a);
        QVERIFY(!p.fix.ok());
        QCOMPARE(p.fix.refusal->kind, RefusalKind::BadAnswers);
        QVERIFY2(p.fix.refusal->reason.contains(u"phone_networks"_s), qPrintable(p.fix.refusal->reason));
        a = answers();
        a.consoleAddress.clear();
        QCOMPARE(planFix(u"firewall"_s, lab("insecure"), a).fix.refusal->kind, RefusalKind::BadAnswers);
        FactBundle freepbx = lab("insecure");
        freepbx.set(u"flavor"_s, "/etc/schmooze\nfwconsole\n", 0);
        QCOMPARE(planFix(u"firewall"_s, freepbx).fix.refusal->kind, RefusalKind::HeldBack);
        FactBundle noNft = lab("insecure");
        noNft.set(u"nft"_s, "sh: nft: not found\n", 127);
        const Planned missing = planFix(u"firewall"_s, noNft);
        QVERIFY(!missing.fix.ok());
        QVERIFY2(
            missing.fix.refusal->reason.contains(u"nftables"_s), qPrintable(missing.fix.refusal->reason));
    }

    void firewallFix()
    {
        HardeningAnswers a = answers();
        a.phoneNetworks = { u"10.20.0.0/16"_s, u"2001:db8:20::/48"_s };
        FactBundle b = lab("insecure");
        const QByteArray conf = "#!/usr/sbin/nft -f\n\nflush ruleset\n\ntable inet filter {\n}\n";
        b.set(u"file:/etc/nftables.conf"_s, conf, 0);
        const Planned p = planFix(u"firewall"_s, b, a);
        QVERIFY2(p.fix.ok(), p.fix.refusal ? qPrintable(p.fix.refusal->reason) : "");
        const change::ChangePlan& plan = *p.fix.plan;
        QVERIFY(plan.accessCouldBeLost);
        QCOMPARE(plan.files.size(), 2);
        const QString rules = QString::fromUtf8(plan.files.at(0).newContent);
        QCOMPARE(plan.files.at(0).path, u"/etc/pbxwarden-firewall.nft"_s);
        QVERIFY(!plan.files.at(0).expectedSha256); // a new file
        QCOMPARE(plan.files.at(0).newFileMode, u"0600"_s);
        QVERIFY(rules.contains(u"policy drop"_s));
        QVERIFY(!rules.contains(u"flush ruleset"_s)); // fail2ban's table and the host's stay
        QVERIFY(rules.contains(u"delete table inet pbxwarden"_s));
        // The console and the trusted network may reach SSH; phones and the trunk SIP.
        QVERIFY(rules.contains(u"elements = { 198.51.100.7, 192.0.2.0/24 }"_s));
        QVERIFY(rules.contains(u"elements = { 10.20.0.0/16, 203.0.113.10 }"_s));
        QVERIFY(rules.contains(u"elements = { 2001:db8:20::/48 }"_s));
        QVERIFY(rules.contains(u"ip saddr @mgmt4 tcp dport 22 accept"_s));
        QVERIFY(rules.contains(u"udp dport 10000-20000 accept"_s));
        // The boot configuration keeps all it had and loads ours after it.
        const QByteArray boot = plan.files.at(1).newContent;
        QCOMPARE(plan.files.at(1).path, u"/etc/nftables.conf"_s);
        QVERIFY(boot.startsWith(conf));
        QVERIFY(boot.endsWith("include \"/etc/pbxwarden-firewall.nft\"\n"));
        QCOMPARE(plan.files.at(1).expectedSha256, change::FileEdit::sha256Hex(conf));
        QVERIFY(plan.validate.first().line().contains("nft"));
        QVERIFY(plan.validate.first().line().contains(plan.stagedPath(0).toUtf8()));
        QVERIFY(p.fix.resolves.contains(u"firewall.none"_s));
        QVERIFY(!p.fix.risks.isEmpty());

        // Loaded by the real nft in a network namespace of its own, on top of the host's rules as the
        // audit saw them, the rules make the audit's firewall checks pass.
        if (QProcess::execute(u"unshare"_s, { u"--net"_s, u"true"_s }) != 0)
            QSKIP("needs root for a private network namespace (unshare --net): the plan's text is checked "
                  "above");
        QTemporaryDir dir;
        QFile before(dir.filePath(u"before.json"_s)), ours(dir.filePath(u"ours.nft"_s));
        QVERIFY(before.open(QIODevice::WriteOnly) && ours.open(QIODevice::WriteOnly));
        before.write(b.section(u"nft"_s)->content);
        ours.write(plan.files.at(0).newContent);
        before.close();
        ours.close();
        QProcess nft;
        nft.start(u"unshare"_s,
            { u"--net"_s, u"sh"_s, u"-c"_s,
                u"nft -j -f \"$1\" && nft -c -f \"$2\" && nft -f \"$2\" && nft -j list ruleset"_s, u"sh"_s,
                before.fileName(), ours.fileName() });
        QVERIFY(nft.waitForFinished(30000));
        QVERIFY2(nft.exitCode() == 0, nft.readAllStandardError().constData());
        FactBundle after = applied(b, plan);
        after.set(u"nft"_s, nft.readAllStandardOutput(), 0);
        resolvesOnReaudit(p, after);
    }

    void fail2banSecurityLogPreferred()
    {
        FactBundle b = lab("insecure");
        QString logger = b.file(u"/etc/asterisk/logger.conf"_s);
        logger += u"security.log => security\n"_s;
        b.set(u"file:/etc/asterisk/logger.conf"_s, logger.toUtf8(), 0);
        QString logs = b.text(u"asterisk-logs"_s);
        logs += u"\n-rw-r--r-- 1 995 995 100 1795671955 /var/log/asterisk/security.log\n"_s;
        b.set(u"asterisk-logs"_s, logs.toUtf8(), 0);
        const Planned p = planFix(u"fail2ban"_s, b);
        QVERIFY(p.fix.ok());
        QVERIFY(p.fix.plan->files.first().newContent.contains("logpath = /var/log/asterisk/security.log"));
    }

    void heldBackOnFreePbx()
    {
        FactBundle b = lab("insecure");
        b.set(u"flavor"_s, "/etc/freepbx.conf\n/usr/sbin/fwconsole\n", 0);
        for (const QString& id : { u"ami"_s, u"sip-guest"_s }) {
            const Planned p = planFix(id, b);
            QVERIFY(!p.fix.ok());
            QCOMPARE(p.fix.refusal->kind, RefusalKind::HeldBack);
            QVERIFY(p.fix.refusal->reason.contains(u"FreePBX"_s));
        }
        // The OS layer is still offered.
        QVERIFY(planFix(u"ssh"_s, b).fix.ok());
        QVERIFY(planFix(u"fail2ban"_s, b).fix.ok());
    }

    void scrubbedFactsNeverPlanned()
    {
        const FactBundle b = audit::SecretScrubber::scrub(lab("insecure"));
        const Planned p = planFix(u"ami"_s, b);
        QVERIFY(!p.fix.ok());
        QCOMPARE(p.fix.refusal->kind, RefusalKind::MissingFacts);
    }

    void nothingToDoOnHardenedHost()
    {
        const FactBundle b = lab("hardened");
        for (const QString& id : fixes::ids()) {
            const Planned p = planFix(id, b);
            if (p.fix.ok()) {
                // Whatever is offered must still resolve something that fails.
                QVERIFY2(!p.fix.resolves.isEmpty(), qPrintable(id));
            }
        }
        QVERIFY(!planFix(u"sip-guest"_s, b).fix.ok());
    }

    void hostileAnswers_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("network;") << u"net"_s << u"10.0.0.0/8; rm -rf /"_s;
        QTest::newRow("network newline") << u"net"_s << u"10.0.0.0/8\nPermitRootLogin yes"_s;
        QTest::newRow("network $()") << u"net"_s << u"$(reboot)"_s;
        QTest::newRow("network everyone") << u"net"_s << u"0.0.0.0/0"_s;
        QTest::newRow("network v6 everyone") << u"net"_s << u"::/0"_s;
        QTest::newRow("trunk quote") << u"trunk"_s << u"203.0.113.1' || true"_s;
        QTest::newRow("console space") << u"console"_s << u"198.51.100.7 *"_s;
        QTest::newRow("admin newline") << u"admin"_s << u"admin\nAllowUsers *"_s;
        QTest::newRow("admin backtick") << u"admin"_s << u"`id`"_s;
        QTest::newRow("admin at") << u"admin"_s << u"admin@*"_s;
        QTest::newRow("ami user bracket") << u"ami"_s << u"x]\n[y"_s;
    }

    void hostileAnswers()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        HardeningAnswers a = answers();
        if (field == u"net")
            a.trustedNetworks << value;
        else if (field == u"trunk")
            a.trunkAddresses << value;
        else if (field == u"console")
            a.consoleAddress = value;
        else if (field == u"admin")
            a.adminAccount = value;
        else
            a.amiPrivilegedUsers << value;
        QVERIFY(!a.validate());
        for (const QString& id : fixes::ids()) {
            const Planned p = planFix(id, lab("insecure"), a);
            QVERIFY2(!p.fix.ok(), qPrintable(id));
            if (id != u"sip-guest")
                QCOMPARE(p.fix.refusal->kind, RefusalKind::BadAnswers);
        }
        // Through JSON too: refused with the answer named.
        const auto r = HardeningAnswers::fromJson(a.toJson());
        QVERIFY(!r.ok());
        QVERIFY(!r.error().isEmpty());
    }

    void answersJsonRoundTrip()
    {
        const HardeningAnswers a = answers();
        const auto r = HardeningAnswers::fromJson(a.toJson());
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->trustedNetworks, a.trustedNetworks);
        QCOMPARE(r->adminAccount, a.adminAccount);
        QVERIFY(r->adminKeyLoginProved);
        QVERIFY(!HardeningAnswers::fromJson(QJsonObject { { u"trusted_network"_s, u"x"_s } }).ok());
    }

    void verifierRefusesNewMediumFinding()
    {
        const FactBundle hardened = lab("hardened");
        const QList<Finding> before = evaluate(hardened);
        QList<Finding> after = before;
        bool injected = false;
        for (Finding& f : after) {
            if (!injected && !f.failed() && f.check.severity >= audit::Severity::Medium) {
                f.outcome = Finding::Outcome::Fail;
                injected = true;
            }
        }
        QVERIFY(injected);
        const AuditVerifier v(u"pbx01"_s, {}, before);
        QVERIFY(v.judge(before).passed);
        QVERIFY(!v.judge(after).passed);
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
