// Connect, authenticate (pinned host key, root key file) and run one command on the first N hosts
// of a `pbxlab list --json` file, all through FleetRunner. Prints one JSON line with the wall time.
#include "fleet/FleetRunner.h"
#include "fleet/ProgressReporter.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace pbxwarden;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pbxwarden.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s HOSTS.json N [PARALLEL] [COMMAND]\n", argv[0]);
        return 64;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 66;
    }
    const QJsonArray hosts = QJsonDocument::fromJson(file.readAll()).array();
    const int n = args.at(2).toInt();
    const int parallel = args.size() > 3 ? args.at(3).toInt() : n;
    const QString command = args.size() > 4 ? args.at(4) : QStringLiteral("true");
    if (n < 1 || n > hosts.size()) {
        std::fprintf(stderr, "N must be between 1 and %lld\n", qlonglong(hosts.size()));
        return 64;
    }

    QList<fleet::FleetTarget> targets;
    for (int i = 0; i < n; ++i) {
        const QJsonObject h = hosts.at(i).toObject();
        fleet::FleetTarget t;
        t.pbx.id = i + 1;
        t.pbx.name = h.value(QStringLiteral("name")).toString();
        t.pbx.host = h.value(QStringLiteral("address")).toString();
        t.pbx.sshPort = h.value(QStringLiteral("ssh_port")).toInt(22);
        t.pbx.sshUser = QStringLiteral("root");
        t.pbx.hostKeyFingerprint = h.value(QStringLiteral("host_key_sha256")).toString();
        for (const QJsonValue& a : h.value(QStringLiteral("accounts")).toArray()) {
            if (a.toObject().value(QStringLiteral("user")).toString() == u"root")
                t.credentials.keyPath = a.toObject().value(QStringLiteral("key")).toString();
        }
        t.credentials.method = SshAuth::KeyFile;
        targets << t;
    }

    fleet::FleetRunner runner;
    runner.setMaxParallel(parallel);
    runner.setHostTimeoutMs(120000);
    QStringList errors;
    QObject::connect(&runner, &fleet::FleetRunner::hostFinished, [&](int index, const fleet::HostOutcome& o) {
        if (!o.ok())
            errors << targets.at(index).pbx.name + QStringLiteral(": ") + o.message;
    });
    QElapsedTimer clock;
    int succeeded = 0;
    QObject::connect(&runner, &fleet::FleetRunner::finished, [&](int ok, int) {
        succeeded = ok;
        app.quit();
    });
    clock.start();
    runner.start(targets,
        [command](
            const fleet::FleetTarget& t, const ssh::CancelTokenPtr& cancel, const fleet::ProgressReporter&) {
            ssh::SshSession session;
            session.setCancelToken(cancel);
            ssh::SshTarget target = t.sshTarget(30000);
            target.connectAttempts = 1;
            if (Status st = session.open(target, t.credentials); !st)
                return fleet::HostOutcome::failure(st.error());
            const auto result = session.run(
                ssh::RemoteCommand::program({ QStringLiteral("sh"), QStringLiteral("-c"), command }).value());
            if (!result)
                return fleet::HostOutcome::failure(result.error());
            if (result->exitStatus != 0)
                return fleet::HostOutcome::failure(QStringLiteral("exit status %1").arg(result->exitStatus));
            return fleet::HostOutcome::success(QString());
        });
    app.exec();
    const qint64 wallMs = clock.elapsed();
    for (const QString& e : std::as_const(errors))
        std::fprintf(stderr, "%s\n", qPrintable(e));
    std::printf("{\"tool\":\"pbxwarden\",\"n\":%d,\"parallel\":%d,\"ok\":%d,\"wall_ms\":%lld}\n", n, parallel,
        succeeded, wallMs);
    return succeeded == n ? 0 : 1;
}
