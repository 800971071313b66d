#include "fleet/FleetRunner.h"
#include "fleet/ProgressReporter.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshSession.h"
#include "tst_labhosts.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace pbxwarden;
using namespace pbxwarden::fleet;
using namespace pbxwarden::ssh;
using labtest::LabHosts;

class TestFleetRunner : public QObject
{
    Q_OBJECT

private:
    // count targets spread over the lab's hosts (all on the one local sshd without a lab).
    static QList<FleetTarget> targets(int count)
    {
        const QList<labtest::LabHost> hosts = LabHosts::instance().hosts();
        QList<FleetTarget> list;
        for (int i = 0; i < count; ++i) {
            const labtest::LabHost& h = hosts.at(i % hosts.size());
            FleetTarget t;
            t.pbx.id = i + 1;
            t.pbx.name = QStringLiteral("%1-%2").arg(h.name).arg(i);
            t.pbx.host = h.address;
            t.pbx.sshPort = h.port;
            t.pbx.sshUser = QStringLiteral("root");
            t.pbx.hostKeyFingerprint = h.fingerprint;
            t.credentials.method = SshAuth::KeyFile;
            t.credentials.keyPath = LabHosts::instance().rootKeyAccount(h).keyPath;
            list << t;
        }
        return list;
    }

    // Connects, reports, runs the script given by the host's index.
    static FleetJob sshJob(std::function<QString(int index)> scriptFor)
    {
        return [scriptFor](const FleetTarget& target, const CancelTokenPtr& cancel,
                   const ProgressReporter& progress) {
            SshSession session;
            session.setCancelToken(cancel);
            if (Status st = session.open(target.sshTarget(20000), target.credentials); !st)
                return HostOutcome::failure(st.error());
            progress.report(50, QStringLiteral("connected"));
            Result<RemoteCommand> command = RemoteCommand::program(
                { QStringLiteral("sh"), QStringLiteral("-c"), scriptFor(int(target.pbx.id - 1)) });
            Result<CommandResult> r = session.run(command.value(), ExecOptions {});
            if (!r)
                return HostOutcome::failure(r.error());
            return HostOutcome::success(QString::fromUtf8(r->out).trimmed());
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LabHosts::instance().ready())
            QFAIL(qPrintable(LabHosts::instance().error()));
    }

    void twentyHostsInParallelCancelledHalfWay()
    {
        FleetRunner runner;
        runner.setMaxParallel(20);
        QSignalSpy started(&runner, &FleetRunner::hostStarted);
        QSignalSpy progress(&runner, &FleetRunner::hostProgress);
        QSignalSpy finishedHosts(&runner, &FleetRunner::hostFinished);
        QSignalSpy done(&runner, &FleetRunner::finished);
        // The caller's thread keeps turning while sessions block on workers.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(20);

        QElapsedTimer clock;
        clock.start();
        // Even hosts answer at once, odd ones would sleep for a minute.
        QVERIFY(runner.start(targets(20),
            sshJob([](int i) { return i % 2 ? QStringLiteral("sleep 60") : QStringLiteral("hostname"); })));
        QVERIFY(!runner.start(targets(1), sshJob([](int) { return QStringLiteral("true"); })));
        QTRY_COMPARE_WITH_TIMEOUT(finishedHosts.count(), 10, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(progress.count(), 20, 30000);
        const qint64 beforeCancel = clock.elapsed();
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        const qint64 cancelLatency = clock.elapsed() - beforeCancel;
        qInfo("20 sessions: 10 done after %lld ms, the other 10 cancelled within %lld ms; GUI ticks %d",
            beforeCancel, cancelLatency, ticks);
        QVERIFY2(cancelLatency < 3000, qPrintable(QString::number(cancelLatency)));
        QCOMPARE(started.count(), 20);
        QCOMPARE(finishedHosts.count(), 20);
        int ok = 0, cancelled = 0;
        for (const QList<QVariant>& args : std::as_const(finishedHosts)) {
            const auto outcome = args.at(1).value<HostOutcome>();
            if (outcome.ok()) {
                ++ok;
                QVERIFY(args.at(0).toInt() % 2 == 0);
                QVERIFY(!outcome.message.isEmpty());
            } else {
                QCOMPARE(outcome.state, HostOutcome::State::Cancelled);
                QVERIFY2(outcome.message.contains(QLatin1String("cancelled")), qPrintable(outcome.message));
                ++cancelled;
            }
        }
        QCOMPARE(ok, 10);
        QCOMPARE(cancelled, 10);
        QCOMPARE(done.first().at(0).toInt(), 10);
        QCOMPARE(done.first().at(1).toInt(), 10);
        QVERIFY(ticks > 0);
    }

    void parallelismIsBounded()
    {
        std::atomic<int> running { 0 };
        std::atomic<int> peak { 0 };
        FleetRunner runner;
        runner.setMaxParallel(3);
        QSignalSpy done(&runner, &FleetRunner::finished);
        FleetJob inner = sshJob([](int) { return QStringLiteral("sleep 0.2; echo ok"); });
        QVERIFY(runner.start(
            targets(9), [&](const FleetTarget& t, const CancelTokenPtr& c, const ProgressReporter& p) {
                const int now = ++running;
                int seen = peak.load();
                while (now > seen && !peak.compare_exchange_weak(seen, now)) { }
                HostOutcome o = inner(t, c, p);
                --running;
                return o;
            }));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(done.first().at(0).toInt(), 9);
        QVERIFY(peak.load() <= 3);
        QVERIFY(peak.load() >= 2);
    }

    void perHostTimeLimit()
    {
        FleetRunner runner;
        runner.setHostTimeoutMs(1500);
        QSignalSpy finishedHosts(&runner, &FleetRunner::hostFinished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runner.start(targets(2), sshJob([](int i) {
            return i == 0 ? QStringLiteral("sleep 60") : QStringLiteral("echo quick");
        })));
        QTRY_COMPARE_WITH_TIMEOUT(finishedHosts.count(), 2, 20000);
        QVERIFY(clock.elapsed() < 10000);
        for (const QList<QVariant>& args : std::as_const(finishedHosts)) {
            const auto outcome = args.at(1).value<HostOutcome>();
            if (args.at(0).toInt() == 0) {
                QCOMPARE(outcome.state, HostOutcome::State::TimedOut);
                QVERIFY2(outcome.message.contains(QLatin1String("time limit")), qPrintable(outcome.message));
            } else {
                QVERIFY(outcome.ok());
                QCOMPARE(outcome.message, QStringLiteral("quick"));
            }
        }
    }

    void cancelBeforeJobsStart()
    {
        std::atomic<int> ran { 0 };
        FleetRunner runner;
        runner.setMaxParallel(1);
        QSignalSpy finishedHosts(&runner, &FleetRunner::hostFinished);
        QSignalSpy done(&runner, &FleetRunner::finished);
        QVERIFY(runner.start(
            targets(6), [&](const FleetTarget&, const CancelTokenPtr& c, const ProgressReporter&) {
                ++ran;
                while (!c->isCancelled())
                    QThread::msleep(10);
                return HostOutcome::failure(c->message());
            }));
        QTRY_COMPARE(ran.load(), 1);
        runner.cancel();
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(finishedHosts.count(), 6);
        QCOMPARE(ran.load(), 1);
        QCOMPARE(done.first().at(1).toInt(), 6);
    }

    void unreachableHostGivesAReadableReason()
    {
        QList<FleetTarget> list = targets(2);
        list[1].pbx.sshPort = 1; // nothing listens on port 1
        list[1].pbx.host = QStringLiteral("127.0.0.1");
        FleetRunner runner;
        QSignalSpy finishedHosts(&runner, &FleetRunner::hostFinished);
        QVERIFY(runner.start(list, sshJob([](int) { return QStringLiteral("echo ok"); })));
        QTRY_COMPARE_WITH_TIMEOUT(finishedHosts.count(), 2, 20000);
        for (const QList<QVariant>& args : std::as_const(finishedHosts)) {
            const auto outcome = args.at(1).value<HostOutcome>();
            if (args.at(0).toInt() == 1) {
                QCOMPARE(outcome.state, HostOutcome::State::Failed);
                QVERIFY2(outcome.message.contains(QLatin1String("refused")), qPrintable(outcome.message));
            } else {
                QVERIFY(outcome.ok());
            }
        }
    }

    void destroyingARunningRunnerIsSafe()
    {
        auto runner = std::make_unique<FleetRunner>();
        QVERIFY(runner->start(targets(4), sshJob([](int) { return QStringLiteral("sleep 60"); })));
        QTest::qWait(500);
        QElapsedTimer clock;
        clock.start();
        runner.reset();
        QVERIFY(clock.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestFleetRunner)
#include "tst_fleetrunner.moc"
