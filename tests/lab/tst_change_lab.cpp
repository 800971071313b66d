// The change engine against real sshd on pbxlab hosts: apply, validate, verify, roll back, dead-man
// switch, interrupted changes, undo and hostile input. Each test works on a host of its own (from the
// end of the list) and leaves it as it found it.
#include "change/ChangeEngine.h"
#include "change/ChangeHistory.h"
#include "change/ChangePlan.h"
#include "change/Verifier.h"
#include "inventory/ChangeRepository.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "ssh/SftpClient.h"
#include "ssh/SshSession.h"
#include "tst_labhosts.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace pbxwarden;
using namespace pbxwarden::change;
using labtest::LabHost;
using labtest::LabHosts;

namespace {
const QString kDropIn = QStringLiteral("/etc/ssh/sshd_config.d/10-pbxwarden.conf");

PlanCommand program(const QStringList& argv)
{
    return PlanCommand(ssh::RemoteCommand::program(argv).value(), argv.join(QLatin1Char(' ')));
}

// The lab's sshd runs without systemd: its listener (found in the host's own network namespace) is
// sent SIGHUP, which is what `systemctl reload ssh` does.
PlanCommand reloadLabSshd()
{
    return PlanCommand(
        ssh::RemoteCommand::script(
            "pid=$(ss -Hltnp 'sport = :22' | sed -n 's/.*pid=\\([0-9]*\\).*/\\1/p' | head -n1); "
            "[ -n \"$pid\" ] && kill -HUP \"$pid\" && sleep 1")
            .value(),
        QStringLiteral("reload sshd"));
}

std::shared_ptr<Verifier> commandVerifier(const QStringList& argv, const QByteArray& mustContain = {})
{
    return std::make_shared<CommandVerifier>(
        ssh::RemoteCommand::program(argv).value(), argv.join(QLatin1Char(' ')), mustContain);
}
} // namespace

class TestChangeLab : public QObject
{
    Q_OBJECT

private:
    LabHost pick(int k) const
    {
        const QList<LabHost> hosts = LabHosts::instance().hosts();
        return hosts.value(qMax(0, int(hosts.size()) - 1 - k));
    }

    static ssh::SshTarget rootTarget(const LabHost& h)
    {
        ssh::SshTarget t;
        t.host = h.address;
        t.port = h.port;
        t.user = QStringLiteral("root");
        t.pinnedFingerprint = h.fingerprint;
        t.connectTimeoutMs = 5000;
        return t;
    }
    static ssh::Credentials rootCredentials(const LabHost& h)
    {
        ssh::Credentials c;
        c.method = SshAuth::KeyFile;
        c.keyPath = LabHosts::instance().rootKeyAccount(h).keyPath;
        return c;
    }
    static bool openRoot(const LabHost& h, ssh::SshSession& session)
    {
        const Status st = session.open(rootTarget(h), rootCredentials(h));
        if (!st)
            qWarning("%s", qPrintable(st.error()));
        return st.ok();
    }
    static ChangeEngine::SessionFactory freshRoot(const LabHost& h)
    {
        return [h]() -> Result<std::unique_ptr<ssh::SshSession>> {
            auto s = std::make_unique<ssh::SshSession>();
            // sshd re-executes itself on SIGHUP: give its listener a moment to come back.
            Status st;
            for (int attempt = 0; attempt < 5; ++attempt) {
                st = s->open(rootTarget(h), rootCredentials(h));
                if (st || s->lastFailure() != ssh::SshSession::Failure::Unreachable)
                    break;
                QThread::msleep(500);
            }
            if (!st)
                return Error { st.error() };
            return s;
        };
    }
    static QByteArray shell(const LabHost& h, const QString& script)
    {
        QByteArray out;
        LabHosts::instance().hostShell(h, script, &out);
        return out;
    }
    static QByteArray sha(const LabHost& h, const QString& path)
    {
        const QByteArray out = shell(
            h, QStringLiteral("[ -e '%1' ] && sha256sum < '%1' | cut -c1-64 || echo absent").arg(path));
        return out.trimmed();
    }
    static QString journalState(const LabHost& h, const QString& id)
    {
        return QString::fromLatin1(
            shell(h, QStringLiteral("cat /var/lib/pbxwarden/changes/%1/state 2>/dev/null").arg(id))
                .trimmed());
    }
    // Processes of this change's dead-man sleeper ("[n]": the pattern does not match its own command line).
    static QByteArray deadManProcesses(const LabHost& h, const QString& id)
    {
        return shell(h,
            QStringLiteral("for f in /proc/[0-9]*/cmdline; do tr '\\0' ' ' < $f 2>/dev/null; echo; done | "
                           "grep -c 'pbxwarden-deadma[n] .*%1'; true")
                .arg(id))
            .trimmed();
    }
    static void resetSshd(const LabHost& h)
    {
        shell(h,
            QStringLiteral(
                "rm -f '%1'; pid=$(ss -Hltnp 'sport = :22' | sed -n 's/.*pid=\\([0-9]*\\).*/\\1/p' | "
                "head -n1); kill -HUP \"$pid\"; sleep 1")
                .arg(kDropIn));
    }

    // A drop-in for sshd, validated alone (sshd -t -f) and as part of the whole config (sshd -t).
    static ChangePlan dropInPlan(
        const QByteArray& content, const std::optional<QByteArray>& expected = std::nullopt)
    {
        ChangePlan plan;
        plan.id = ChangePlan::newId();
        plan.title = QStringLiteral("sshd drop-in");
        FileEdit f;
        f.path = kDropIn;
        f.expectedSha256 = expected;
        f.newContent = content;
        plan.files << f;
        plan.validate << program(
            { QStringLiteral("sshd"), QStringLiteral("-t"), QStringLiteral("-f"), plan.stagedPath(0) });
        plan.check << program({ QStringLiteral("sshd"), QStringLiteral("-t"), QStringLiteral("-f"),
            QStringLiteral("/etc/ssh/sshd_config") });
        plan.reload << reloadLabSshd();
        return plan;
    }

    static QString describe(const ChangeResult& r)
    {
        QString text = ChangeResult::describe(r.outcome) + QStringLiteral(": ") + r.message;
        for (const StepResult& s : r.steps)
            text
                += QStringLiteral("\n  [%1] %2: %3 %4")
                       .arg(s.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"),
                           ChangeResult::describe(s.step), s.message, QString::fromUtf8(s.details.left(300)));
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LabHosts::instance().ready())
            QFAIL(qPrintable(LabHosts::instance().error()));
        if (!LabHosts::instance().isPbxlab())
            QSKIP(
                "The change engine writes /etc and /var/lib on its target: pbxlab hosts only (PBXLAB_JSON).");
        for (int k = 0; k < 8; ++k)
            resetSshd(pick(k));
    }

    void appliesADropInVerifiesAndUndoes()
    {
        const LabHost h = pick(0);
        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        const QByteArray content = "# PBX Warden test\nMaxAuthTries 5\n";
        ChangePlan plan = dropInPlan(content);
        plan.postConditions << commandVerifier(
            { QStringLiteral("sshd"), QStringLiteral("-T") }, "maxauthtries 5");
        ChangeEngine engine;
        const ChangeResult r = engine.apply(session, plan);
        QVERIFY2(r.outcome == Outcome::Applied, qPrintable(describe(r)));
        QCOMPARE(sha(h, kDropIn), FileEdit::sha256Hex(content));
        QCOMPARE(shell(h, QStringLiteral("stat -c '%a %U:%G' '%1'").arg(kDropIn)).trimmed(),
            QByteArray("644 root:root"));
        QCOMPARE(journalState(h, plan.id), QStringLiteral("committed"));
        QCOMPARE(shell(h, QStringLiteral("stat -c %a /var/lib/pbxwarden/changes/%1").arg(plan.id)).trimmed(),
            QByteArray("700"));
        QCOMPARE(r.backups.size(), 1);
        QVERIFY(!r.backups.first().existed);
        QVERIFY(r.find(Step::Validate) && r.find(Step::Validate)->ok);
        QVERIFY(r.find(Step::Verify) && r.find(Step::Verify)->ok);
        // No temp file is left beside the target.
        QCOMPARE(
            shell(h, QStringLiteral("ls -A /etc/ssh/sshd_config.d | grep -c pbxwarden-; true")).trimmed(),
            QByteArray("0"));

        auto pending = engine.pendingChanges(session);
        QVERIFY2(pending, qPrintable(pending.error()));
        for (const JournalEntry& j : pending.value())
            QVERIFY2(j.id != plan.id, qPrintable(j.state));

        const ChangeResult undone = engine.undo(session, plan.id);
        QVERIFY2(undone.outcome == Outcome::Undone, qPrintable(describe(undone)));
        QCOMPARE(sha(h, kDropIn), QByteArray("absent"));
        QCOMPARE(journalState(h, plan.id), QStringLiteral("undone"));
        // Undoing twice is refused: the change is no longer committed.
        QCOMPARE(engine.undo(session, plan.id).outcome, Outcome::Refused);
    }

    void undoIsRefusedWhenTheFileChangedSince()
    {
        const LabHost h = pick(0);
        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        ChangeEngine engine;
        const QByteArray content = "MaxAuthTries 4\n";
        const ChangePlan plan = dropInPlan(content);
        QVERIFY2(engine.apply(session, plan).ok(), "apply");
        shell(h, QStringLiteral("echo 'MaxAuthTries 3' > '%1'").arg(kDropIn));
        const ChangeResult r = engine.undo(session, plan.id);
        QCOMPARE(r.outcome, Outcome::Refused);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().currentContent, QByteArray("MaxAuthTries 3\n"));
        QCOMPARE(r.conflicts.first().expectedContent, content);
        QCOMPARE(sha(h, kDropIn), FileEdit::sha256Hex("MaxAuthTries 3\n"));
        resetSshd(h);
    }

    void failingValidatorChangesNothing()
    {
        const LabHost h = pick(1);
        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        const ChangePlan plan = dropInPlan("NoSuchKeyword yes\n");
        const ChangeResult r = ChangeEngine().apply(session, plan);
        QVERIFY2(r.outcome == Outcome::Invalid, qPrintable(describe(r)));
        QVERIFY(r.find(Step::Validate) && !r.find(Step::Validate)->ok);
        QVERIFY2(r.find(Step::Validate)->details.contains("NoSuchKeyword"),
            r.find(Step::Validate)->details.constData());
        QVERIFY(!r.find(Step::Install));
        QCOMPARE(sha(h, kDropIn), QByteArray("absent"));
        QCOMPARE(journalState(h, plan.id), QStringLiteral("invalid"));
    }

    void failingVerifierRollsBack()
    {
        const LabHost h = pick(1);
        const QByteArray old = "# kept\nMaxAuthTries 6\n";
        shell(h, QStringLiteral("printf '# kept\\nMaxAuthTries 6\\n' > '%1' && chmod 640 '%1'").arg(kDropIn));
        QCOMPARE(sha(h, kDropIn), FileEdit::sha256Hex(old));
        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        ChangePlan plan = dropInPlan("MaxAuthTries 2\n", FileEdit::sha256Hex(old));
        plan.postConditions << commandVerifier(
            { QStringLiteral("sshd"), QStringLiteral("-T") }, "maxauthtries 9");
        const ChangeResult r = ChangeEngine().apply(session, plan);
        QVERIFY2(r.outcome == Outcome::RolledBack, qPrintable(describe(r)));
        QVERIFY(r.rolledBack);
        QVERIFY(r.find(Step::Verify) && !r.find(Step::Verify)->ok);
        QVERIFY(r.find(Step::RestoreCheck) && r.find(Step::RestoreCheck)->ok);
        QCOMPARE(sha(h, kDropIn), FileEdit::sha256Hex(old));
        QCOMPARE(shell(h, QStringLiteral("stat -c %a '%1'").arg(kDropIn)).trimmed(), QByteArray("640"));
        QCOMPARE(r.backups.size(), 1);
        QCOMPARE(r.backups.first().content, old);
        QCOMPARE(journalState(h, plan.id), QStringLiteral("rolled-back"));
        // sshd runs the old configuration again.
        QVERIFY(shell(h, QStringLiteral("sshd -T")).contains("maxauthtries 6"));
        resetSshd(h);
    }

    void failingReloadRollsBack()
    {
        const LabHost h = pick(1);
        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        ChangePlan plan = dropInPlan("MaxAuthTries 3\n");
        plan.reload.prepend(program({ QStringLiteral("false") }));
        const ChangeResult r = ChangeEngine().apply(session, plan);
        QVERIFY2(r.outcome == Outcome::RolledBack, qPrintable(describe(r)));
        QVERIFY(r.find(Step::Reload) && !r.find(Step::Reload)->ok);
        QCOMPARE(sha(h, kDropIn), QByteArray("absent"));
    }

    void hashMismatchIsRefused()
    {
        const LabHost h = pick(2);
        shell(h, QStringLiteral("echo 'MaxAuthTries 6' > '%1'").arg(kDropIn));
        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        const ChangePlan plan = dropInPlan("MaxAuthTries 2\n", FileEdit::sha256Hex("MaxAuthTries 7\n"));
        const ChangeResult r = ChangeEngine().apply(session, plan);
        QVERIFY2(r.outcome == Outcome::Refused, qPrintable(describe(r)));
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().path, kDropIn);
        QCOMPARE(r.conflicts.first().actualSha256, FileEdit::sha256Hex("MaxAuthTries 6\n"));
        QCOMPARE(r.conflicts.first().currentContent, QByteArray("MaxAuthTries 6\n"));
        QCOMPARE(sha(h, kDropIn), FileEdit::sha256Hex("MaxAuthTries 6\n"));
        QCOMPARE(journalState(h, plan.id), QStringLiteral("refused"));
        // A file the plan says must not exist, but does.
        const ChangeResult r2 = ChangeEngine().apply(session, dropInPlan("MaxAuthTries 2\n"));
        QCOMPARE(r2.outcome, Outcome::Refused);
        QCOMPARE(r2.conflicts.value(0).actualSha256, FileEdit::sha256Hex("MaxAuthTries 6\n"));
        resetSshd(h);
    }

    void throughSudoWithAPassword()
    {
        const LabHost h = pick(2);
        auto admin = LabHosts::instance().sudoAccount(h);
        if (!admin)
            QSKIP("no sudo account on this host");
        ssh::SshSession session;
        ssh::SshTarget t = rootTarget(h);
        t.user = admin->user;
        ssh::Credentials c;
        c.method = SshAuth::Password;
        c.password = pbxwarden::Secret::fromText(admin->password);
        QVERIFY(session.open(t, c));
        const QByteArray content = "MaxAuthTries 5\n";
        const ChangePlan plan = dropInPlan(content);
        const ChangeResult r = ChangeEngine().apply(session, plan);
        QVERIFY2(r.outcome == Outcome::Applied, qPrintable(describe(r)));
        QCOMPARE(sha(h, kDropIn), FileEdit::sha256Hex(content));
        QCOMPARE(
            shell(h, QStringLiteral("stat -c %U /var/lib/pbxwarden/changes/%1/state").arg(plan.id)).trimmed(),
            QByteArray("root"));
        resetSshd(h);
    }

    // The new rules lock the console out; the console cannot log in again, so it rolls back over the
    // connection it still has.
    void lockoutIsRolledBackOverTheOldConnection()
    {
        const LabHost h = pick(3);
        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        ChangePlan plan = dropInPlan("DenyUsers root\n");
        plan.accessCouldBeLost = true;
        plan.deadManSeconds = 600;
        const ChangeResult r = ChangeEngine(freshRoot(h)).apply(session, plan);
        QVERIFY2(r.outcome == Outcome::RolledBack, qPrintable(describe(r)));
        QVERIFY(r.find(Step::NewConnection) && !r.find(Step::NewConnection)->ok);
        QCOMPARE(sha(h, kDropIn), QByteArray("absent"));
        // The dead-man switch was cancelled by the rollback: no sleeper of this change is left.
        QCOMPARE(
            shell(h,
                QStringLiteral("ls /var/lib/pbxwarden/changes/%1/deadman 2>/dev/null | wc -l").arg(plan.id))
                .trimmed(),
            QByteArray("0"));
        ssh::SshSession again;
        QVERIFY(openRoot(h, again));
    }

    // The console's connection is cut right after apply and the new rules lock it out: the PBX puts
    // itself back when the dead-man switch fires, and SSH works again.
    void lockoutWithTheConnectionCutIsUndoneByTheDeadMan()
    {
        const LabHost h = pick(3);
        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        ChangePlan plan = dropInPlan("DenyUsers root\n");
        plan.accessCouldBeLost = true;
        plan.deadManSeconds = 5;
        ssh::SshSession* original = &session;
        const ChangeEngine::SessionFactory cutThenLogin = [original, h]() {
            original->disconnect();
            return freshRoot(h)();
        };
        const ChangeResult r = ChangeEngine(cutThenLogin).apply(session, plan);
        QVERIFY2(r.outcome == Outcome::Interrupted, qPrintable(describe(r)));
        QVERIFY(r.deadManArmed);
        QVERIFY(r.message.contains(QLatin1String("dead-man")));
        // Poll by logging in again; no timing is asserted.
        ssh::SshSession again;
        QElapsedTimer clock;
        clock.start();
        bool in = false;
        while (!in && clock.elapsed() < 120000) {
            QThread::msleep(1000);
            in = again.open(rootTarget(h), rootCredentials(h)).ok();
        }
        QVERIFY2(in, "SSH login did not come back after the dead-man switch");
        QCOMPARE(sha(h, kDropIn), QByteArray("absent"));
        // The dead-man may still be finishing its reload when the login comes back.
        while (journalState(h, plan.id) != QLatin1String("rolled-back") && clock.elapsed() < 120000)
            QThread::msleep(500);
        QCOMPARE(journalState(h, plan.id), QStringLiteral("rolled-back"));
        QCOMPARE(shell(h, QStringLiteral("cat /var/lib/pbxwarden/changes/%1/rolled-back-by").arg(plan.id))
                     .trimmed(),
            QByteArray("deadman"));
    }

    void cutAtEachStepLeavesOldOrNew_data()
    {
        QTest::addColumn<QString>("stopAfter");
        QTest::addColumn<bool>("finish");
        QTest::addColumn<bool>("deadMan");
        for (const char* step :
            { "received", "backed-up", "validated", "armed", "install-1", "installed", "reloaded" }) {
            for (const bool finish : { true, false }) {
                QTest::addRow("%s-%s", step, finish ? "finish" : "rollback") << QString::fromLatin1(
                    step) << finish << (QByteArray(step) == "armed" || QByteArray(step) == "install-1");
            }
        }
    }
    void cutAtEachStepLeavesOldOrNew()
    {
        QFETCH(QString, stopAfter);
        QFETCH(bool, finish);
        QFETCH(bool, deadMan);
        const LabHost h = pick(4);
        const QString dir = LabHosts::instance().scratchDir();
        const QString a = dir + QStringLiteral("/a.conf");
        const QString b = dir + QStringLiteral("/b.conf");
        shell(h, QStringLiteral("mkdir -p '%1' && printf 'old a\\n' > '%2' && rm -f '%3'").arg(dir, a, b));
        ChangePlan plan;
        plan.id = ChangePlan::newId();
        plan.files << FileEdit { a, FileEdit::sha256Hex("old a\n"), "new a\n" };
        plan.files << FileEdit { b, std::nullopt, "new b\n" };
        plan.validate << program(
            { QStringLiteral("grep"), QStringLiteral("-q"), QStringLiteral("new"), plan.stagedPath(0) });
        plan.reload << program({ QStringLiteral("touch"), dir + QStringLiteral("/reloaded") });
        plan.accessCouldBeLost = deadMan;
        plan.deadManSeconds = 600;
        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        ChangeEngine engine(freshRoot(h));
        ChangeEngine::Options options;
        options.stopAfter = stopAfter;
        const ChangeResult cut = engine.apply(session, plan, options);
        QVERIFY2(cut.outcome == Outcome::Interrupted, qPrintable(describe(cut)));
        const QList<QByteArray> oldSha { FileEdit::sha256Hex("old a\n"), "absent" };
        const QList<QByteArray> newSha { FileEdit::sha256Hex("new a\n"), FileEdit::sha256Hex("new b\n") };
        for (int i = 0; i < 2; ++i) {
            const QByteArray now = sha(h, plan.files[i].path);
            QVERIFY2(now == oldSha[i] || now == newSha[i], now.constData());
        }
        QCOMPARE(shell(h, QStringLiteral("ls -A '%1' | grep -c pbxwarden-; true").arg(dir)).trimmed(),
            QByteArray("0"));

        // The dead-man's sleeper outlives the cut connection.
        if (deadMan)
            QCOMPARE(deadManProcesses(h, plan.id), QByteArray("1"));
        // At the next connection the journal is found.
        ssh::SshSession next;
        QVERIFY(openRoot(h, next));
        auto pending = engine.pendingChanges(next);
        QVERIFY2(pending, qPrintable(pending.error()));
        const auto found = std::find_if(
            pending->begin(), pending->end(), [&](const JournalEntry& j) { return j.id == plan.id; });
        QVERIFY2(found != pending->end(), "the interrupted change is not among the pending ones");
        QCOMPARE(found->paths, (QStringList { a, b }));

        const ChangeResult end = finish ? engine.finish(next, plan) : engine.rollback(next, plan.id);
        const bool nothingToFinish = finish && stopAfter == QLatin1String("received");
        if (nothingToFinish) {
            // Cut before the backups: nothing was written, so the change is closed as rolled back.
            QVERIFY2(end.outcome == Outcome::Refused, qPrintable(describe(end)));
        } else {
            QVERIFY2(
                end.outcome == (finish ? Outcome::Applied : Outcome::RolledBack), qPrintable(describe(end)));
        }
        const QList<QByteArray>& want = finish && !nothingToFinish ? newSha : oldSha;
        for (int i = 0; i < 2; ++i)
            QCOMPARE(sha(h, plan.files[i].path), want[i]);
        QCOMPARE(journalState(h, plan.id),
            finish && !nothingToFinish ? QStringLiteral("committed") : QStringLiteral("rolled-back"));
        // No dead-man sleeper of this change is left behind.
        QCOMPARE(deadManProcesses(h, plan.id), QByteArray("0"));
        auto after = engine.pendingChanges(next);
        QVERIFY(after);
        for (const JournalEntry& j : after.value())
            QVERIFY(j.id != plan.id);
    }

    // A real cut: the console's socket is broken while the PBX side is validating. The PBX side carries
    // on (it ignores the closed pipe) or stops; either way each file is old or new, and the journal is
    // found and rolled back over a new connection.
    void connectionKilledMidChange()
    {
        const LabHost h = pick(6);
        const QString dir = LabHosts::instance().scratchDir();
        const QString a = dir + QStringLiteral("/cut.conf");
        shell(h, QStringLiteral("mkdir -p '%1' && printf 'old\\n' > '%2'").arg(dir, a));
        ChangePlan plan;
        plan.id = ChangePlan::newId();
        plan.files << FileEdit { a, FileEdit::sha256Hex("old\n"), "new\n" };
        plan.validate << program({ QStringLiteral("sleep"), QStringLiteral("3") });
        plan.reload << program({ QStringLiteral("true") });
        ssh::SshSession session;
        auto token = std::make_shared<ssh::CancelToken>();
        session.setCancelToken(token);
        QVERIFY(openRoot(h, session));
        std::thread killer([token] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            token->cancel();
        });
        ChangeEngine engine;
        const ChangeResult cut = engine.apply(session, plan);
        killer.join();
        QVERIFY2(cut.outcome == Outcome::Interrupted, qPrintable(describe(cut)));
        const QByteArray now = sha(h, a);
        QVERIFY2(now == FileEdit::sha256Hex("old\n") || now == FileEdit::sha256Hex("new\n"), now.constData());
        ssh::SshSession next;
        QVERIFY(openRoot(h, next));
        auto pending = engine.pendingChanges(next);
        QVERIFY2(pending, qPrintable(pending.error()));
        QVERIFY(std::any_of(
            pending->begin(), pending->end(), [&](const JournalEntry& j) { return j.id == plan.id; }));
        const ChangeResult back = engine.rollback(next, plan.id);
        QVERIFY2(back.outcome == Outcome::RolledBack, qPrintable(describe(back)));
        QCOMPARE(sha(h, a), FileEdit::sha256Hex("old\n"));
        QCOMPARE(journalState(h, plan.id), QStringLiteral("rolled-back"));
    }

    // Names, contents and command arguments full of shell syntax are data: nothing runs, every byte lands.
    void hostileInputNeverRuns()
    {
        const LabHost h = pick(5);
        const QString dir = LabHosts::instance().scratchDir() + QStringLiteral("/hostile");
        shell(h, QStringLiteral("rm -rf '%1' /root/PWNED*; mkdir -p '%1'").arg(dir));
        ChangePlan plan;
        plan.id = ChangePlan::newId();
        const QString path
            = dir + QStringLiteral("/we'ird $(cd;touch PWNED1) ;`cd;touch PWNED2` \"q\" & |.conf");
        QByteArray content("line1\n$(touch /root/PWNED3)\n`touch /root/PWNED4`\n'\"\\\nend\ntotal 0\n");
        content += QByteArray("\0binary\xff\xfe tail without newline", 30);
        plan.files << FileEdit { path, std::nullopt, content, QStringLiteral("0600"),
            QStringLiteral("root:root") };
        const QString argument = dir + QStringLiteral("/arg $(cd;touch PWNED5); cd; touch PWNED6 '\n");
        plan.reload << program({ QStringLiteral("touch"), argument });
        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        const ChangeResult r = ChangeEngine().apply(session, plan);
        QVERIFY2(r.outcome == Outcome::Applied, qPrintable(describe(r)));
        ssh::SftpClient sftp(session);
        auto back = sftp.readFile(path);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back.value(), content);
        QVERIFY(sftp.readFile(argument));
        QCOMPARE(shell(h, QStringLiteral("ls /root | grep -c PWNED; true")).trimmed(), QByteArray("0"));
        QCOMPARE(shell(h, QStringLiteral("ls -Aq '%1' | wc -l").arg(dir)).trimmed(), QByteArray("2"));
        // A path with a newline is refused before anything is sent.
        ChangePlan bad = plan;
        bad.id = ChangePlan::newId();
        bad.files[0].path = dir + QStringLiteral("/x\n/etc/passwd");
        const ChangeResult refused = ChangeEngine().apply(session, bad);
        QCOMPARE(refused.outcome, Outcome::Refused);
        QVERIFY(refused.message.contains(QLatin1String("control character")));
        QCOMPARE(journalState(h, bad.id), QString());
    }

    // A change recorded in the inventory is undone later from the CLI, on its PBX.
    void cliUndoesARecordedChange()
    {
        const LabHost h = pick(7);
        resetSshd(h);
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("inv.sqlite"));
        auto opened = inventory::Database::open(dbPath);
        QVERIFY2(opened, qPrintable(opened.error()));
        PbxRecord pbx;
        pbx.name = h.name;
        pbx.host = h.address;
        pbx.sshPort = h.port;
        pbx.sshUser = QStringLiteral("root");
        pbx.sshAuth = SshAuth::KeyFile;
        pbx.sshKeyPath = LabHosts::instance().rootKeyAccount(h).keyPath;
        pbx.hostKeyFingerprint = h.fingerprint;
        auto id = inventory::InventoryRepository(*opened.value()).addPbx(pbx);
        QVERIFY2(id, qPrintable(id.error()));

        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        const QByteArray content = "MaxAuthTries 5\n";
        ChangePlan plan = dropInPlan(content);
        plan.pbxId = id.value();
        plan.pbxName = h.name;
        const ChangeResult r = ChangeEngine().apply(session, plan);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(inventory::ChangeRepository(*opened.value())
                    .save(ChangeHistory::record(plan, r), QStringLiteral("apply")));
        opened.value().reset();
        QCOMPARE(sha(h, kDropIn), FileEdit::sha256Hex(content));

        QProcess cli;
        cli.start(qEnvironmentVariable("PBXWARDEN_BINARY_DIR") + QStringLiteral("/app/entry/pbxwarden-cli"),
            { QStringLiteral("--db"), dbPath, QStringLiteral("changes"), QStringLiteral("undo"), plan.id,
                QStringLiteral("--json") });
        QVERIFY(cli.waitForFinished(120000));
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == 0, QByteArray(out + cli.readAllStandardError()).constData());
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QLatin1String("outcome")).toString(),
            QStringLiteral("undone"));
        QCOMPARE(sha(h, kDropIn), QByteArray("absent"));
        auto again = inventory::Database::open(dbPath);
        QVERIFY(again);
        QCOMPARE(
            inventory::ChangeRepository(*again.value()).find(plan.id)->outcome, QStringLiteral("undone"));
    }

    // An existing file keeps its owner and mode (here the asterisk user's, as in /etc/asterisk).
    void existingFileKeepsOwnerAndMode()
    {
        const LabHost h = pick(7);
        const QString path = LabHosts::instance().scratchDir() + QStringLiteral("/owned.conf");
        shell(h,
            QStringLiteral(
                "mkdir -p '%1' && printf 'a\\n' > '%2' && chown asterisk:asterisk '%2' && chmod 0640 '%2'")
                .arg(LabHosts::instance().scratchDir(), path));
        QCOMPARE(shell(h, QStringLiteral("stat -c '%a %U:%G' '%1'").arg(path)).trimmed(),
            QByteArray("640 asterisk:asterisk"));
        ChangePlan plan;
        plan.id = ChangePlan::newId();
        plan.files << FileEdit { path, FileEdit::sha256Hex("a\n"), "b\n" };
        plan.reload << program({ QStringLiteral("true") });
        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        const ChangeResult r = ChangeEngine().apply(session, plan);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(sha(h, path), FileEdit::sha256Hex("b\n"));
        QCOMPARE(shell(h, QStringLiteral("stat -c '%a %U:%G' '%1'").arg(path)).trimmed(),
            QByteArray("640 asterisk:asterisk"));
    }

    void consoleAddressIsWhatThePbxSees()
    {
        const LabHost h = pick(7);
        ssh::SshSession session;
        QVERIFY(openRoot(h, session));
        auto address = ChangeEngine::consoleAddress(session);
        QVERIFY2(address, qPrintable(address.error()));
        // The PBX sees the lab's admin side (x.y.z.1 of the host's /24), not itself.
        QVERIFY(address.value() != h.address);
        QCOMPARE(address->section(QLatin1Char('.'), 0, 2), h.address.section(QLatin1Char('.'), 0, 2));
        QCOMPARE(address->section(QLatin1Char('.'), 3), QStringLiteral("1"));
    }

    void cleanupTestCase()
    {
        if (LabHosts::instance().isPbxlab())
            for (int k = 0; k < 8; ++k)
                resetSshd(pick(k));
    }
};

QTEST_GUILESS_MAIN(TestChangeLab)
#include "tst_change_lab.moc"
