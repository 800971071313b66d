// The hardening fixes on a real insecure pbxlab host: planned from a real (unscrubbed) collection,
// applied through the change engine, verified by auditing again; the admin still logs in with its
// key afterwards, and every change is undone at the end so the host is left as it was found.
#include "audit/AuditService.h"
#include "audit/Collector.h"
#include "audit/SecretScrubber.h"
#include "change/ChangeEngine.h"
#include "hardening/HardeningService.h"
#include "ssh/SshSession.h"
#include "tst_labhosts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pbxwarden;
using namespace pbxwarden::change;
using labtest::LabHost;
using labtest::LabHosts;

class TestHardeningLab : public QObject
{
    Q_OBJECT

private:
    LabHost m_host;
    labtest::LabAccount m_admin;
    QStringList m_applied; // change ids, in order, to undo at the end
    bool m_fail2banStarted = false;

    ssh::SshTarget target(const QString& user) const
    {
        ssh::SshTarget t;
        t.host = m_host.address;
        t.port = m_host.port;
        t.user = user;
        t.pinnedFingerprint = m_host.fingerprint;
        t.connectTimeoutMs = 5000;
        return t;
    }
    ssh::Credentials adminKey() const
    {
        ssh::Credentials c;
        c.method = SshAuth::KeyFile;
        c.keyPath = m_admin.keyPath;
        c.sudoPassword = pbxwarden::Secret::fromText(m_admin.password);
        return c;
    }
    // A new admin login with its key (sshd re-executes on SIGHUP: its listener may need a moment).
    Result<std::unique_ptr<ssh::SshSession>> freshAdmin() const
    {
        auto s = std::make_unique<ssh::SshSession>();
        Status st;
        for (int attempt = 0; attempt < 5; ++attempt) {
            st = s->open(target(m_admin.user), adminKey());
            if (st || s->lastFailure() != ssh::SshSession::Failure::Unreachable)
                break;
            QThread::msleep(500);
        }
        if (!st)
            return Error { st.error() };
        return s;
    }
    QByteArray shell(const QString& script) const
    {
        QByteArray out;
        LabHosts::instance().hostShell(m_host, script, &out);
        return out;
    }
    static QString describe(const ChangeResult& r)
    {
        QString text = ChangeResult::describe(r.outcome) + QStringLiteral(": ") + r.message;
        for (const StepResult& s : r.steps)
            text
                += QStringLiteral("\n  [%1] %2: %3 %4")
                       .arg(s.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"),
                           ChangeResult::describe(s.step), s.message, QString::fromUtf8(s.details.left(400)));
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LabHosts::instance().ready())
            QFAIL(qPrintable(LabHosts::instance().error()));
        if (!LabHosts::instance().isPbxlab())
            QSKIP("Hardening writes /etc on its target: pbxlab hosts only (PBXLAB_JSON).");
        const QList<LabHost> hosts = LabHosts::instance().hosts();
        QVERIFY(!hosts.isEmpty());
        m_host = hosts.first();
        const auto admin = LabHosts::instance().sudoAccount(m_host);
        if (!admin || admin->keyPath.isEmpty())
            QSKIP("no admin account with a key and sudo on this host");
        m_admin = *admin;
    }

    void hardensAnInsecureHost()
    {
        auto login = freshAdmin();
        QVERIFY2(login.ok(), qPrintable(login.error()));
        ssh::SshSession& session = *login.value();
        const Result<QString> console = ChangeEngine::consoleAddress(session);
        QVERIFY2(console.ok(), qPrintable(console.error()));

        // Plans come from the raw collection (real bytes, real hashes); findings from the scrubbed one.
        const Result<QByteArray> raw = audit::Collector::collect(session);
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        const audit::FactBundle bundle = audit::FactBundle::parse(raw.value());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<audit::Finding> before
            = audit::AuditService::evaluate(m_host.name, audit::SecretScrubber::scrub(bundle), now, now)
                  .findings;
        const audit::AuditFacts facts(bundle, now, now);

        hardening::HardeningAnswers answers;
        answers.consoleAddress = console.value();
        answers.adminAccount = m_admin.user;
        answers.adminCanSudo = true;
        // The console has just logged in as the admin with its key.
        answers.adminKeyLoginProved = true;
        // The phones are on the lab's network (host bits kept, as an integrator may write it).
        answers.phoneNetworks = { m_host.address + QStringLiteral("/24") };

        const QStringList order { QStringLiteral("ami"), QStringLiteral("sip-guest"),
            QStringLiteral("fail2ban"), QStringLiteral("firewall"), QStringLiteral("web"),
            QStringLiteral("ssh") };
        const QList<hardening::PlannedFix> planned
            = hardening::HardeningService::plan(facts, before, answers, order, 1, m_host.name);
        QCOMPARE(planned.size(), order.size());
        QStringList resolved;
        for (const hardening::PlannedFix& p : planned) {
            QVERIFY2(p.fix.ok(),
                qPrintable(p.fix.fixId + QStringLiteral(": ")
                    + (p.fix.refusal ? p.fix.refusal->reason : QString())));
            QVERIFY(!p.diffs.isEmpty());
            ChangeEngine engine([this] { return freshAdmin(); });
            const ChangeResult r = hardening::HardeningService::apply(engine, session, *p.fix.plan);
            if (p.fix.fixId == u"fail2ban")
                m_fail2banStarted = true;
            QVERIFY2(
                r.outcome == Outcome::Applied, qPrintable(p.fix.fixId + QStringLiteral(" ") + describe(r)));
            m_applied << p.fix.plan->id;
            resolved << p.fix.resolves;
        }
        for (const QString& id : { QStringLiteral("firewall.ami-exposed"), QStringLiteral("firewall.none"),
                 QStringLiteral("least-privilege.ami-user-no-acl"),
                 QStringLiteral("destinations.chan-sip-allowguest"),
                 QStringLiteral("destinations.anonymous-endpoint"),
                 QStringLiteral("intrusion-prevention.no-asterisk-jail"), QStringLiteral("ssh.root-login"),
                 QStringLiteral("ssh.password-auth") }) {
            if (std::any_of(before.cbegin(), before.cend(),
                    [&](const audit::Finding& f) { return f.check.id == id && f.failed(); }))
                QVERIFY2(resolved.contains(id), qPrintable(id));
        }

        // Audited again from a new login: none of the resolved checks fails.
        auto again = freshAdmin();
        QVERIFY2(again.ok(), qPrintable(again.error()));
        const Result<audit::FactBundle> after = audit::AuditService::collect(*again.value());
        QVERIFY2(after.ok(), qPrintable(after.error()));
        const auto report = audit::AuditService::evaluate(m_host.name, after.value(), now, now);
        for (const audit::Finding& f : report.findings) {
            if (resolved.contains(f.check.id))
                QVERIFY2(f.outcome == audit::Finding::Outcome::Pass, qPrintable(f.check.id));
        }
        // The firewall is PBX Warden's own table, the host's own rules kept beside it.
        const QByteArray tables = shell(QStringLiteral("nft list tables"));
        QVERIFY2(tables.contains("table inet pbxwarden"), tables.constData());
        QVERIFY2(shell(QStringLiteral("nft list chain inet pbxwarden input")).contains("policy drop"),
            tables.constData());
        // root's password login is gone; the admin's key still works.
        QVERIFY(shell(
            QStringLiteral("sshd -T -C user=root,host=x,addr=203.0.113.77 | grep -i '^permitrootlogin'"))
                    .trimmed()
                    .endsWith("no"));
        ssh::SshSession root;
        ssh::Credentials rootKey;
        rootKey.method = SshAuth::KeyFile;
        rootKey.keyPath = LabHosts::instance().rootKeyAccount(m_host).keyPath;
        QVERIFY(!root.open(target(QStringLiteral("root")), rootKey));
    }

    void hostileAnswersTouchNothing()
    {
        auto login = freshAdmin();
        QVERIFY2(login.ok(), qPrintable(login.error()));
        const QByteArray before
            = shell(QStringLiteral("sha256sum /etc/ssh/sshd_config /etc/asterisk/manager.conf"));
        const Result<QByteArray> raw = audit::Collector::collect(*login.value());
        QVERIFY(raw.ok());
        const audit::AuditFacts facts(audit::FactBundle::parse(raw.value()), QDateTime::currentDateTimeUtc());
        hardening::HardeningAnswers answers;
        answers.consoleAddress = QStringLiteral("198.51.100.7");
        answers.adminAccount = QStringLiteral("admin\nPermitRootLogin yes");
        answers.trustedNetworks = { QStringLiteral("10.0.0.0/8; touch /tmp/pwned") };
        for (const hardening::PlannedFix& p : hardening::HardeningService::plan(facts, {}, answers)) {
            QVERIFY(!p.fix.ok());
            QCOMPARE(p.fix.refusal->kind, hardening::RefusalKind::BadAnswers);
        }
        QCOMPARE(shell(QStringLiteral("sha256sum /etc/ssh/sshd_config /etc/asterisk/manager.conf")), before);
        QVERIFY(shell(QStringLiteral("ls /tmp/pwned 2>/dev/null; true")).trimmed().isEmpty());
    }

    // pbxwarden-cli harden on an inventory PBX: --plan prints the plans and diffs as JSON and changes
    // nothing; --apply --yes applies and records them; undone afterwards.
    void cliPlansThenApplies()
    {
        const QList<LabHost> hosts = LabHosts::instance().hosts();
        if (hosts.size() < 2)
            QSKIP("needs a second lab host");
        const LabHost h = hosts.at(1);
        const auto admin = LabHosts::instance().sudoAccount(h);
        if (!admin || admin->keyPath.isEmpty())
            QSKIP("no admin account with a key and sudo on this host");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("inv.sqlite"));
        auto cli = [&](const QStringList& args, const QByteArray& input = {}) {
            QProcess p;
            p.start(qEnvironmentVariable("PBXWARDEN_BINARY_DIR") + QStringLiteral("/app/entry/pbxwarden-cli"),
                QStringList { QStringLiteral("--db"), db } + args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(300000);
            return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
        };
        auto [rc, out, err]
            = cli({ QStringLiteral("inventory"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("hcli"), QStringLiteral("--host"), h.address,
                      QStringLiteral("--ssh-port"), QString::number(h.port), QStringLiteral("--ssh-user"),
                      admin->user, QStringLiteral("--ssh-auth"), QStringLiteral("key"),
                      QStringLiteral("--ssh-key"), admin->keyPath, QStringLiteral("--sudo-password-stdin") },
                admin->password.toUtf8());
        QVERIFY2(rc == 0, err.constData());
        std::tie(rc, out, err) = cli({ QStringLiteral("connect"), QStringLiteral("hcli"),
            QStringLiteral("--accept-new-host-key"), QStringLiteral("--yes") });
        QVERIFY2(rc == 0, err.constData());
        QByteArray before;
        LabHosts::instance().hostShell(h,
            QStringLiteral(
                "sha256sum /etc/ssh/sshd_config /etc/asterisk/manager.conf /etc/asterisk/sip.conf; ls "
                "/etc/ssh/sshd_config.d /etc/fail2ban/jail.d"),
            &before);
        // The sudo password kept for the PBX is used (issue 9 section 2): nothing on standard input.
        std::tie(rc, out, err) = cli({ QStringLiteral("harden"), QStringLiteral("hcli"),
            QStringLiteral("--plan"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(rc == 0, err.constData());
        const QJsonArray fixes = QJsonDocument::fromJson(out)
                                     .object()
                                     .value(QStringLiteral("pbxs"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("fixes"))
                                     .toArray();
        QCOMPARE(fixes.size(), 6);
        const QJsonObject ami = fixes.first().toObject();
        QCOMPARE(ami.value(QStringLiteral("fix")).toString(), QStringLiteral("ami"));
        const QString diff = ami.value(QStringLiteral("files"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("diff"))
                                 .toString();
        QVERIFY2(diff.contains(QStringLiteral("+bindaddr = 127.0.0.1")), out.constData());
        QVERIFY(!diff.contains(QStringLiteral("amp111")));
        for (const QJsonValue& f : fixes) {
            // The firewall needs to know the phones' networks first, and says so.
            if (f.toObject().value(QStringLiteral("fix")).toString() == u"firewall")
                QVERIFY2(f.toObject().value(QStringLiteral("reason")).toString().contains(u"phone_networks"),
                    out.constData());
            else
                QVERIFY2(!f.toObject().contains(QStringLiteral("refused")), out.constData());
        }
        QByteArray unchanged;
        LabHosts::instance().hostShell(h,
            QStringLiteral(
                "sha256sum /etc/ssh/sshd_config /etc/asterisk/manager.conf /etc/asterisk/sip.conf; ls "
                "/etc/ssh/sshd_config.d /etc/fail2ban/jail.d"),
            &unchanged);
        QCOMPARE(unchanged, before);

        // --apply --yes: applied through the change engine, recorded in the inventory's history.
        std::tie(rc, out, err)
            = cli({ QStringLiteral("harden"), QStringLiteral("hcli"), QStringLiteral("--fix"),
                      QStringLiteral("ami"), QStringLiteral("--fix"), QStringLiteral("sip-guest"),
                      QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--sudo-password-stdin") },
                admin->password.toUtf8());
        const QJsonArray applied = QJsonDocument::fromJson(out)
                                       .object()
                                       .value(QStringLiteral("pbxs"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("fixes"))
                                       .toArray();
        QStringList ids;
        for (const QJsonValue& f : applied) {
            ids << f.toObject().value(QStringLiteral("plan_id")).toString();
            QVERIFY2(f.toObject().value(QStringLiteral("outcome")).toString() == u"applied", out.constData());
        }
        QVERIFY2(rc == 0, err.constData());
        QCOMPARE(ids.size(), 2);
        QByteArray manager;
        LabHosts::instance().hostShell(h, QStringLiteral("cat /etc/asterisk/manager.conf"), &manager);
        QVERIFY(manager.contains("bindaddr = 127.0.0.1"));
        std::tie(rc, out, err)
            = cli({ QStringLiteral("changes"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(rc == 0, err.constData());
        for (const QString& id : ids)
            QVERIFY2(out.contains(id.toUtf8()), out.constData());

        // Taken back from the history, as the admin with the sudo password kept for the PBX.
        for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
            std::tie(rc, out, err) = cli({ QStringLiteral("changes"), QStringLiteral("undo"), *it });
            QVERIFY2(rc == 0, QByteArray(out + err).constData());
        }
        QByteArray restored;
        LabHosts::instance().hostShell(h,
            QStringLiteral(
                "sha256sum /etc/ssh/sshd_config /etc/asterisk/manager.conf /etc/asterisk/sip.conf; ls "
                "/etc/ssh/sshd_config.d /etc/fail2ban/jail.d"),
            &restored);
        QCOMPARE(restored, before);
    }

    void cleanupTestCase()
    {
        // Undo in reverse order, so each file is back to what the first audit read.
        if (!m_applied.isEmpty()) {
            auto login = freshAdmin();
            if (login.ok()) {
                ChangeEngine engine;
                for (auto it = m_applied.crbegin(); it != m_applied.crend(); ++it) {
                    const ChangeResult r = engine.undo(*login.value(), *it);
                    if (r.outcome != Outcome::Undone)
                        qWarning("undo %s: %s", qPrintable(*it), qPrintable(describe(r)));
                }
            } else {
                qWarning("cannot log in to undo: %s", qPrintable(login.error()));
            }
        }
        // The lab keeps fail2ban stopped (memory): stop the server this test started.
        if (m_fail2banStarted)
            shell(QStringLiteral("fail2ban-client stop >/dev/null 2>&1; true"));
    }
};

QTEST_GUILESS_MAIN(TestHardeningLab)
#include "tst_hardening_lab.moc"
