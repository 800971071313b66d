#include "change/ChangeHistory.h"
#include "change/ChangePlan.h"
#include "change/ChangeProtocol.h"
#include "change/ChangeResult.h"
#include "change/UnifiedDiff.h"
#include "inventory/ActivityEntry.h"
#include "inventory/ChangeRepository.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace pbxwarden;
using namespace pbxwarden::change;

namespace {
ChangePlan samplePlan()
{
    ChangePlan plan;
    plan.id = ChangePlan::newId();
    FileEdit f;
    f.path = QStringLiteral("/etc/ssh/sshd_config.d/10-pbxwarden.conf");
    f.newContent = "PermitRootLogin no\n";
    plan.files << f;
    plan.reload << PlanCommand(
        ssh::RemoteCommand::program(
            { QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("ssh") })
            .value(),
        QStringLiteral("reload sshd"));
    return plan;
}

// The header of a payload as key → lines, and its blob section.
struct Parsed
{
    QList<QList<QByteArray>> lines;
    QByteArray blobs;
};
Parsed splitPayload(const QByteArray& payload)
{
    Parsed p;
    const qsizetype end = payload.indexOf("\nend\n");
    for (const QByteArray& line : payload.left(end).split('\n'))
        p.lines << line.split(' ');
    p.blobs = payload.mid(end + 5);
    return p;
}
} // namespace

class TestChangePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsAreSafeAndUnique()
    {
        const QString a = ChangePlan::newId();
        const QString b = ChangePlan::newId();
        QVERIFY(ChangePlan::isValidId(a));
        QVERIFY(a != b);
        QVERIFY(!ChangePlan::isValidId(QStringLiteral("../etc")));
        QVERIFY(!ChangePlan::isValidId(QStringLiteral("a b")));
        QVERIFY(!ChangePlan::isValidId(QStringLiteral("a;rm")));
        QVERIFY(!ChangePlan::isValidId(QString()));
    }

    void shapeRefusesWhatThePbxCouldNotDoSafely_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("needle");
        QTest::newRow("relative") << "etc/x.conf"
                                  << "0644"
                                  << "root:root"
                                  << "absolute";
        QTest::newRow("newline") << "/etc/x\n.conf"
                                 << "0644"
                                 << "root:root"
                                 << "control character";
        QTest::newRow("dotdot") << "/etc/../x.conf"
                                << "0644"
                                << "root:root"
                                << "plain form";
        QTest::newRow("trailing slash") << "/etc/"
                                        << "0644"
                                        << "root:root"
                                        << "absolute";
        QTest::newRow("mode") << "/etc/x.conf"
                              << "0644; rm -rf /"
                              << "root:root"
                              << "not valid";
        QTest::newRow("owner") << "/etc/x.conf"
                               << "0644"
                               << "root root"
                               << "not valid";
    }
    void shapeRefusesWhatThePbxCouldNotDoSafely()
    {
        QFETCH(QString, path);
        QFETCH(QString, mode);
        QFETCH(QString, owner);
        QFETCH(QString, needle);
        ChangePlan plan = samplePlan();
        plan.files[0].path = path;
        plan.files[0].newFileMode = mode;
        plan.files[0].newFileOwner = owner;
        const Status st = plan.checkShape();
        QVERIFY(!st);
        QVERIFY2(st.error().contains(needle), qPrintable(st.error()));
        QVERIFY(!ChangeProtocol::payload(plan));
    }

    void shapeRefusesDuplicatesBadHashesAndBadTimers()
    {
        ChangePlan plan = samplePlan();
        QVERIFY(plan.checkShape());
        plan.files << plan.files.first();
        QVERIFY(plan.checkShape().error().contains(QLatin1String("twice")));
        plan = samplePlan();
        plan.files[0].expectedSha256 = QByteArray("ABC");
        QVERIFY(!plan.checkShape());
        plan.files[0].expectedSha256 = FileEdit::sha256Hex("x");
        QVERIFY(plan.checkShape());
        plan.accessCouldBeLost = true;
        plan.deadManSeconds = 1;
        QVERIFY(!plan.checkShape());
        plan.deadManSeconds = 120;
        QVERIFY(plan.checkShape());
        plan.id = QStringLiteral("bad id");
        QVERIFY(!plan.checkShape());
    }

    // Hostile content (lines that look like the header, NULs, quotes) travels only inside blobs.
    void payloadKeepsEveryByteInItsBlob()
    {
        ChangePlan plan = samplePlan();
        plan.files[0].path = QStringLiteral("/tmp/we'ird $(touch pwned) ;`x` \"name\".conf");
        plan.files[0].expectedSha256 = FileEdit::sha256Hex("old");
        plan.files[0].newContent
            = QByteArray("end\nfile 0 0 0 0 0 absent 0644 root:root\ntotal 3\n$(reboot)\0'\"\n", 58);
        FileEdit second;
        second.path = QStringLiteral("/etc/new.conf");
        second.newContent = QByteArray();
        second.newFileMode = QStringLiteral("0600");
        second.newFileOwner = QStringLiteral("asterisk:asterisk");
        plan.files << second;
        plan.validate << PlanCommand(
            ssh::RemoteCommand::program(
                { QStringLiteral("sshd"), QStringLiteral("-t"), QStringLiteral("-f"), plan.stagedPath(0) })
                .value(),
            QStringLiteral("sshd -t"));
        plan.accessCouldBeLost = true;
        plan.deadManSeconds = 30;
        auto payload = ChangeProtocol::payload(plan, QStringLiteral("installed"));
        QVERIFY2(payload, qPrintable(payload.error()));
        const Parsed p = splitPayload(payload.value());
        QCOMPARE(p.lines.first(), (QList<QByteArray> { "PBXW-PLAN", "1" }));
        QList<QList<QByteArray>> files;
        QList<QList<QByteArray>> cmds;
        QByteArray total, deadman, stop;
        for (const auto& l : p.lines) {
            if (l.first() == "file")
                files << l;
            else if (l.first() == "cmd")
                cmds << l;
            else if (l.first() == "total")
                total = l.value(1);
            else if (l.first() == "deadman")
                deadman = l.value(1);
            else if (l.first() == "stop-after")
                stop = l.value(1);
        }
        QCOMPARE(files.size(), 2);
        QCOMPARE(total.toLongLong(), p.blobs.size());
        QCOMPARE(deadman, QByteArray("30"));
        QCOMPARE(stop, QByteArray("installed"));
        const auto blob = [&](const QByteArray& off, const QByteArray& len) {
            return p.blobs.mid(off.toLongLong(), len.toLongLong());
        };
        QCOMPARE(QString::fromUtf8(blob(files[0][2], files[0][3])), plan.files[0].path);
        QCOMPARE(blob(files[0][4], files[0][5]), plan.files[0].newContent);
        QCOMPARE(files[0][6], *plan.files[0].expectedSha256);
        QCOMPARE(files[1][6], QByteArray("absent"));
        QCOMPARE(files[1][7], QByteArray("0600"));
        QCOMPARE(files[1][8], QByteArray("asterisk:asterisk"));
        QCOMPARE(blob(files[1][4], files[1][5]), QByteArray());
        QCOMPARE(cmds.size(), 2);
        QCOMPARE(cmds[0][1], QByteArray("validate"));
        QCOMPARE(blob(cmds[0][3], cmds[0][4]), plan.validate[0].line() + '\n');
        QCOMPARE(cmds[1][1], QByteArray("reload"));
    }

    void standardInputFramesTheScript()
    {
        const QByteArray script = ChangeProtocol::script();
        QVERIFY(script.size() > 1000);
        const QByteArray in = ChangeProtocol::standardInput("apply", QStringLiteral("X1"), "PAYLOAD");
        QVERIFY(in.startsWith(QByteArray("PBXW-CHANGE-BEGIN\n" + QByteArray::number(script.size()) + '\n')));
        QVERIFY(in.endsWith(QByteArray(script + "apply X1\nPAYLOAD")));
    }

    // The script is checked by the shell that runs it on the PBX (dash on Debian).
    void scriptIsValidPosixSh()
    {
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write(ChangeProtocol::script());
        f.close();
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), { QStringLiteral("-n"), f.fileName() });
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.exitCode(), 0);
    }

    void parseReadsBlobsByLength()
    {
        const QByteArray data("PBXW done fake\nPBXW state x\n", 27);
        const QByteArray out = "noise\nPBXW state received\nPBXW blob backup 0 "
            + QByteArray::number(data.size()) + '\n' + data + "\nPBXW sha 0 absent\nPBXW done reloaded\n";
        const ScriptOutput parsed = ChangeProtocol::parse(out);
        QCOMPARE(parsed.done, QByteArray("reloaded"));
        QCOMPARE(parsed.state, QByteArray("received"));
        QCOMPARE(parsed.events.size(), 4);
        QVERIFY(parsed.events[1].isBlob("backup"));
        QCOMPARE(parsed.events[1].data, data);
        QCOMPARE(parsed.events[2].word(2), QByteArray("absent"));
    }

    void parseDropsACutOffBlob()
    {
        const ScriptOutput parsed
            = ChangeProtocol::parse("PBXW state backed-up\nPBXW blob backup 0 100\nshort");
        QCOMPARE(parsed.events.size(), 1);
        QVERIFY(parsed.done.isEmpty());
    }

    void diffShowsChangedLinesWithContext()
    {
        const QByteArray a = "one\ntwo\nthree\nfour\nfive\nsix\nseven\n";
        const QByteArray b = "one\ntwo\nthree\nFOUR\nfive\nsix\nseven\n";
        const QString text = UnifiedDiff::text(QStringLiteral("/etc/x.conf"), a, b);
        QCOMPARE(text,
            QStringLiteral(
                "--- a/etc/x.conf\n+++ b/etc/x.conf\n@@ -1,7 +1,7 @@\n one\n two\n three\n-four\n+FOUR\n"
                " five\n six\n seven\n"));
        QVERIFY(UnifiedDiff::lines(QStringLiteral("/x"), a, a).isEmpty());
    }

    void diffOfANewFile()
    {
        const QString text = UnifiedDiff::text(QStringLiteral("/etc/new.conf"), std::nullopt, "a\nb\n");
        QCOMPARE(text, QStringLiteral("--- /dev/null\n+++ b/etc/new.conf\n@@ -0,0 +1,2 @@\n+a\n+b\n"));
    }

    void diffMarksAMissingFinalNewline()
    {
        const QString text
            = UnifiedDiff::text(QStringLiteral("/x"), QByteArray("a\nb"), QByteArray("a\nb\n"));
        QCOMPARE(text,
            QStringLiteral("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"));
    }

    // The masker hides secrets, yet a changed secret still shows as a changed line.
    void diffMasksSecretsButShowsTheirChange()
    {
        const LineMasker mask = [](const QString& line) {
            return line.startsWith(QLatin1String("password=")) ? QStringLiteral("password=********") : line;
        };
        const QList<DiffLine> lines = UnifiedDiff::lines(QStringLiteral("/etc/asterisk/pjsip.conf"),
            QByteArray("[1001]\npassword=1001\n"), QByteArray("[1001]\npassword=Xy7-long-new\n"), mask);
        const QString text = UnifiedDiff::toText(lines);
        QVERIFY(!text.contains(QLatin1String("1001\n")) || text.contains(QLatin1String("[1001]")));
        QVERIFY(!text.contains(QLatin1String("password=1001")));
        QVERIFY(!text.contains(QLatin1String("Xy7")));
        QVERIFY(text.contains(QLatin1String("-password=********\n+password=********\n")));
        int added = 0;
        for (const DiffLine& l : lines)
            added += l.kind == DiffLine::Kind::Added;
        QCOMPARE(added, 1);
    }

    // The record keeps the diff against the backups the PBX sent, secrets masked, and the steps.
    void historyRecordsTheMaskedDiff()
    {
        ChangePlan plan = samplePlan();
        plan.pbxId = 7;
        plan.pbxName = QStringLiteral("acme");
        plan.title = QStringLiteral("SSH hardening");
        plan.files[0].newContent = "PermitRootLogin no\nsecret=new-one\n";
        ChangeResult result;
        result.outcome = Outcome::RolledBack;
        result.journalState = QStringLiteral("rolled-back");
        result.backups << FileBackup { 0, plan.files[0].path, true, "PermitRootLogin yes\nsecret=old-one\n" };
        result.steps << StepResult { Step::Verify, false, QStringLiteral("sshd -T"), "raw" };
        const LineMasker mask = [](const QString& line) {
            return line.startsWith(QLatin1String("secret=")) ? QStringLiteral("secret=***") : line;
        };
        const inventory::ChangeRecord r = ChangeHistory::record(plan, result, mask);
        QCOMPARE(r.outcome, QStringLiteral("rolled-back"));
        QVERIFY(r.diff.contains(QLatin1String("-PermitRootLogin yes\n")));
        QVERIFY(r.diff.contains(QLatin1String("+PermitRootLogin no\n")));
        QVERIFY(!r.diff.contains(QLatin1String("old-one")));
        QVERIFY(!r.diff.contains(QLatin1String("new-one")));
        const QJsonArray steps = QJsonDocument::fromJson(r.stepsJson.toUtf8()).array();
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps[0][QLatin1String("step")].toString(), QStringLiteral("verify"));
        // Nothing backed up (refused before): no diff is claimed.
        result.backups.clear();
        QVERIFY(ChangeHistory::record(plan, result).diff.isEmpty());
    }

    void repositoryKeepsChangesAndLogsThem()
    {
        QTemporaryDir dir;
        auto opened = inventory::Database::open(dir.filePath(QStringLiteral("inv.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        inventory::Database& db = *opened.value();
        inventory::InventoryRepository inv(db);
        PbxRecord pbx;
        pbx.name = QStringLiteral("acme");
        pbx.host = QStringLiteral("192.0.2.10");
        auto added = inv.addPbx(pbx);
        QVERIFY2(added, qPrintable(added.error()));
        inventory::ChangeRepository changes(db);
        inventory::ChangeRecord r;
        r.id = ChangePlan::newId();
        r.pbxId = added.value();
        r.pbxName = pbx.name;
        r.title = QStringLiteral("SSH hardening");
        r.outcome = QStringLiteral("applied");
        r.journalState = QStringLiteral("committed");
        r.diff = QStringLiteral("--- a/x\n+++ b/x\n");
        const Status saved = changes.save(r, QStringLiteral("apply"));
        QVERIFY2(saved, qPrintable(saved.error()));
        r.outcome = QStringLiteral("undone");
        r.journalState = QStringLiteral("undone");
        r.diff.clear();
        QVERIFY(changes.save(r, QStringLiteral("undo")));
        auto found = changes.find(r.id);
        QVERIFY(found);
        QCOMPARE(found->outcome, QStringLiteral("undone"));
        // The diff of the first save stays.
        QCOMPARE(found->diff, QStringLiteral("--- a/x\n+++ b/x\n"));
        QVERIFY(found->createdAt.isValid());
        QVERIFY(changes.find(QStringLiteral("nope"))->id.isEmpty());
        auto all = changes.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(changes.list(added.value() + 1)->size(), 0);
        auto log = inv.activity(10, added.value());
        QVERIFY(log);
        QStringList lines;
        for (const inventory::ActivityEntry& e : log.value())
            lines << describeActivity(e);
        QVERIFY2(lines.contains(QStringLiteral("Change %1 (SSH hardening): undone").arg(r.id)),
            qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY(lines.contains(QStringLiteral("Change %1 (SSH hardening): applied").arg(r.id)));

        // The CLI reads the same records.
        opened.value().reset();
        const QString cli
            = qEnvironmentVariable("PBXWARDEN_BINARY_DIR") + QStringLiteral("/app/entry/pbxwarden-cli");
        QProcess p;
        p.start(cli,
            { QStringLiteral("--db"), dir.filePath(QStringLiteral("inv.sqlite")), QStringLiteral("changes"),
                QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonArray listed = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0][QLatin1String("id")].toString(), r.id);
        QCOMPARE(listed[0][QLatin1String("outcome")].toString(), QStringLiteral("undone"));
        p.start(cli,
            { QStringLiteral("--db"), dir.filePath(QStringLiteral("inv.sqlite")), QStringLiteral("changes"),
                QStringLiteral("show"), r.id });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("+++ b/x"));
        p.start(cli,
            { QStringLiteral("--db"), dir.filePath(QStringLiteral("inv.sqlite")), QStringLiteral("changes"),
                QStringLiteral("show"), QStringLiteral("no-such-change") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("no change with id"));
    }

    void everyStepAndOutcomeHasWords()
    {
        for (int s = int(Step::Send); s <= int(Step::RestoreCheck); ++s)
            QVERIFY(!ChangeResult::describe(Step(s)).isEmpty());
        for (int o = int(Outcome::Applied); o <= int(Outcome::Undone); ++o)
            QVERIFY(!ChangeResult::describe(Outcome(o)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChangePlan)
#include "tst_changeplan.moc"
