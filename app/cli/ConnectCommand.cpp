#include "cli/ConnectCommand.h"

#include "cli/CliContext.h"
#include "cli/CliSecrets.h"
#include "core/ControlChars.h"
#include "core/Validation.h"
#include "fleet/ConnectionCheck.h"
#include "fleet/FleetRunner.h"
#include "fleet/ProgressReporter.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "ssh/SshSession.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pbxwarden::cli {
namespace {

using fleet::FleetRunner;
using fleet::FleetTarget;
using fleet::HostOutcome;
using ssh::SshSession;

const char kUsage[]
    = "connect --host H [--port P] [--user U] [--key FILE] [--password-stdin] "
      "[--fingerprint SHA256:...] [--accept-new-host-key [--yes]] [--timeout SEC] [--json]\n"
      "  connect NAME...|--all [--accept-new-host-key [--yes]] [--parallel N] [--timeout SEC] [--json]\n"
      "--accept-new-host-key first fetches an unknown host key without logging in, shows it and asks on the\n"
      "terminal (--yes skips the question for key and agent logins, never for passwords), then logs in\n"
      "pinned to that key.";

// Exit status by cause, so scripts can tell "ask a person" from "try later".
enum Exit
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUnknownHostKey = 2,
    ExitHostKeyChanged = 3,
    ExitAuthentication = 4,
    ExitUnreachable = 5,
    ExitUsage = 64,
};

int exitFor(const QString& failure)
{
    if (failure == u"UnknownHostKey")
        return ExitUnknownHostKey;
    if (failure == u"HostKeyChanged")
        return ExitHostKeyChanged;
    if (failure == u"AuthenticationFailed")
        return ExitAuthentication;
    if (failure == u"Unreachable" || failure == u"TimedOut")
        return ExitUnreachable;
    return ExitFailed;
}

struct HostReport
{
    QString name;
    HostOutcome outcome;
};

QList<HostReport> runJob(const QList<FleetTarget>& targets, int timeoutMs, int parallel, fleet::FleetJob job)
{
    QList<HostReport> reports(targets.size());
    for (int i = 0; i < targets.size(); ++i)
        reports[i].name = targets.at(i).pbx.name;
    FleetRunner runner;
    runner.setMaxParallel(parallel);
    runner.setHostTimeoutMs(timeoutMs * 4);
    QEventLoop loop;
    QObject::connect(&runner, &FleetRunner::hostFinished,
        [&reports](int index, const HostOutcome& outcome) { reports[index].outcome = outcome; });
    QObject::connect(&runner, &FleetRunner::finished, &loop, &QEventLoop::quit);
    runner.start(targets, std::move(job));
    // The CLI's only event loop (main() never calls exec()); it returns when every host reported.
    loop.exec();
    return reports;
}

// Logs in only where the host key is pinned (the check refuses an unknown key).
QList<HostReport> runPinned(const QList<FleetTarget>& targets, int timeoutMs, int parallel)
{
    return runJob(targets, timeoutMs, parallel,
        [check = fleet::ConnectionCheck { false, timeoutMs }](const FleetTarget& t,
            const ssh::CancelTokenPtr& c, const fleet::ProgressReporter& p) { return check.run(t, c, p); });
}

// Phase one of a first contact: the handshake only, no authentication, so nothing secret is sent to
// a server whose key nobody has checked yet.
QList<HostReport> collectHostKeys(const QList<FleetTarget>& targets, int timeoutMs, int parallel)
{
    return runJob(targets, timeoutMs, parallel,
        [timeoutMs](const FleetTarget& t, const ssh::CancelTokenPtr& c, const fleet::ProgressReporter&) {
            SshSession session;
            session.setCancelToken(c);
            ssh::SshTarget target = t.sshTarget(timeoutMs);
            target.pinnedFingerprint.clear();
            target.acceptNewHostKey = false;
            const Status st = session.connect(target);
            QVariantMap data;
            data.insert(QStringLiteral("fingerprint"), session.serverFingerprint());
            data.insert(QStringLiteral("key_type"), session.serverKeyType());
            session.disconnect();
            if (session.serverFingerprint().isEmpty()) {
                data.insert(
                    QStringLiteral("failure"), fleet::ConnectionCheck::failureName(session.lastFailure()));
                return HostOutcome { HostOutcome::State::Failed, st ? QString() : st.error(), data };
            }
            return HostOutcome::success(QString(), data);
        });
}

// Asks on the controlling terminal (not stdin, which may carry the password). Returns false
// with *noTerminal set when there is none to ask.
bool confirmOnTerminal(
    const QString& name, const QString& fingerprint, const QString& keyType, bool* noTerminal)
{
    QFile tty(QStringLiteral("/dev/tty"));
    *noTerminal = !tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    if (*noTerminal)
        return false;
    QTextStream io(&tty);
    io << escapeForTerminal(
        QStringLiteral("%1 presents the host key %2 (%3), never seen before.\n"
                       "Compare it with 'ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub' on the PBX.\n"
                       "Trust it and log in? Type yes to continue: ")
            .arg(name, fingerprint, keyType))
       << Qt::flush;
    const QString answer = io.readLine().trimmed();
    return answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

// --accept-new-host-key, in two phases: collect each unpinned host's key without logging in, show
// it, have it confirmed (terminal, --yes for key logins, or --fingerprint instead), then log in
// pinned to exactly that key. A password is never sent on the strength of --yes alone: a
// first-contact attacker would receive it, whereas a key login only gives them a signature.
QList<HostReport> runWithFirstContact(
    CliContext& ctx, QList<FleetTarget> targets, bool acceptNew, bool yes, int timeoutMs, int parallel)
{
    QList<int> unpinned;
    for (int i = 0; i < targets.size(); ++i) {
        if (acceptNew && SshSession::normalizeFingerprint(targets.at(i).pbx.hostKeyFingerprint).isEmpty())
            unpinned << i;
    }
    if (unpinned.isEmpty())
        return runPinned(targets, timeoutMs, parallel);

    QList<FleetTarget> firstContact;
    for (int i : std::as_const(unpinned))
        firstContact << targets.at(i);
    const QList<HostReport> keys = collectHostKeys(firstContact, timeoutMs, parallel);
    QList<HostReport> reports(targets.size());
    QList<bool> settled(targets.size(), false);
    QSet<int> accepted;
    for (int k = 0; k < unpinned.size(); ++k) {
        const int i = unpinned.at(k);
        const HostOutcome& key = keys.at(k).outcome;
        reports[i].name = targets.at(i).pbx.name;
        if (!key.ok()) {
            reports[i].outcome = key;
            settled[i] = true;
            continue;
        }
        const QString fingerprint = key.data.value(QStringLiteral("fingerprint")).toString();
        const QString keyType = key.data.value(QStringLiteral("key_type")).toString();
        ctx.err << "pbxwarden-cli: " << targets.at(i).pbx.name << ": new host key " << fingerprint << " ("
                << keyType << ")" << Qt::endl;
        const bool password = targets.at(i).credentials.method == SshAuth::Password;
        bool noTerminal = false;
        bool trusted = !password && yes;
        if (!trusted)
            trusted = confirmOnTerminal(targets.at(i).pbx.name, fingerprint, keyType, &noTerminal);
        if (!trusted) {
            QVariantMap data = key.data;
            data.insert(QStringLiteral("failure"), QStringLiteral("UnknownHostKey"));
            data.insert(QStringLiteral("first_contact_refused"), true);
            const QString why = !noTerminal
                ? QStringLiteral("the new host key %1 was not confirmed").arg(fingerprint)
                : password
                ? QStringLiteral(
                    "refusing --accept-new-host-key for a password login without a terminal to "
                    "confirm %1: a first-contact attacker would receive the password. Check the key "
                    "on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), then run with "
                    "--fingerprint %1")
                      .arg(fingerprint)
                : QStringLiteral("no terminal to confirm the new host key %1: check it on the PBX, then run "
                                 "with --fingerprint %1 or --yes")
                      .arg(fingerprint);
            reports[i].outcome = HostOutcome { HostOutcome::State::Failed, why, data };
            settled[i] = true;
            continue;
        }
        // Phase two logs in pinned to this key: a different key now is refused as changed.
        targets[i].pbx.hostKeyFingerprint = fingerprint;
        accepted.insert(i);
    }

    QList<FleetTarget> pinned;
    QList<int> pinnedIndex;
    for (int i = 0; i < targets.size(); ++i) {
        if (!settled.at(i)) {
            pinned << targets.at(i);
            pinnedIndex << i;
        }
    }
    const QList<HostReport> logins = runPinned(pinned, timeoutMs, parallel);
    for (int k = 0; k < logins.size(); ++k) {
        const int i = pinnedIndex.at(k);
        reports[i] = logins.at(k);
        if (accepted.contains(i))
            reports[i].outcome.data.insert(QStringLiteral("newly_accepted"), reports[i].outcome.ok());
    }
    return reports;
}

QJsonObject toJson(const HostReport& r)
{
    QJsonObject o = QJsonObject::fromVariantMap(r.outcome.data);
    o.insert(QStringLiteral("name"), r.name);
    o.insert(QStringLiteral("ok"), r.outcome.ok());
    if (!r.outcome.ok())
        o.insert(QStringLiteral("error"), r.outcome.message);
    return o;
}

void printText(QTextStream& out, const HostReport& r)
{
    const QVariantMap& d = r.outcome.data;
    const QVariantMap probe = d.value(QStringLiteral("probe")).toMap();
    out << r.name << ": connected and authenticated\n"
        << "  host key:  " << d.value(QStringLiteral("fingerprint")).toString() << " ("
        << d.value(QStringLiteral("key_type")).toString() << ")"
        << (d.value(QStringLiteral("newly_accepted")).toBool() ? " - newly accepted" : "") << '\n';
    if (probe.isEmpty()) {
        out << "  probe:     " << d.value(QStringLiteral("probe_error")).toString() << '\n';
        return;
    }
    const qint64 up = probe.value(QStringLiteral("uptime_seconds")).toLongLong();
    out << "  hostname:  " << probe.value(QStringLiteral("hostname")).toString() << '\n'
        << "  os:        " << probe.value(QStringLiteral("os")).toString() << '\n'
        << "  uptime:    "
        << (up < 0 ? QStringLiteral("unknown")
                   : QStringLiteral("%1 d %2 h %3 min").arg(up / 86400).arg(up / 3600 % 24).arg(up / 60 % 60))
        << '\n'
        << "  asterisk:  "
        << (probe.value(QStringLiteral("asterisk_installed")).toBool()
                   ? probe.value(QStringLiteral("asterisk_version")).toString()
                   : QStringLiteral("not installed"))
        << '\n'
        << "  root:      " << probe.value(QStringLiteral("sudo_text")).toString()
        << (probe.value(QStringLiteral("root_ready")).toBool() ? "" : " (audit and changes cannot run)")
        << '\n';
}

// Prints every report; returns the exit status (the first failure's cause).
int report(CliContext& ctx, const QList<HostReport>& reports, bool json, bool inventoryForm)
{
    int status = ExitOk;
    QJsonArray array;
    for (const HostReport& r : reports) {
        if (json)
            array << toJson(r);
        else if (r.outcome.ok())
            printText(ctx.out, r);
        if (!r.outcome.ok()) {
            const QString fingerprint = r.outcome.data.value(QStringLiteral("fingerprint")).toString();
            const QString reason
                = r.outcome.data.value(QStringLiteral("failure")).toString() == u"UnknownHostKey"
                    && !r.outcome.data.value(QStringLiteral("first_contact_refused")).toBool()
                ? QStringLiteral(
                    "UnknownHostKey %1: check it on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), "
                    "then run again with %2")
                      .arg(fingerprint,
                          inventoryForm
                              ? QStringLiteral("--accept-new-host-key to pin it")
                              : QStringLiteral("--fingerprint %1 or --accept-new-host-key").arg(fingerprint))
                : r.outcome.message;
            ctx.err << "pbxwarden-cli: " << r.name << ": " << reason << Qt::endl;
            if (status == ExitOk)
                status = exitFor(r.outcome.data.value(QStringLiteral("failure")).toString());
        }
    }
    if (json)
        ctx.out << QJsonDocument(
            reports.size() == 1 ? QJsonDocument(toJson(reports.first())) : QJsonDocument(array))
                       .toJson(QJsonDocument::Indented);
    ctx.out.flush();
    return status;
}

int connectDirect(CliContext& ctx, ArgReader& args, bool acceptNew, bool yes, bool json, int timeoutMs)
{
    FleetTarget target;
    QString user = QStringLiteral("root");
    const bool ok = args.takeValue(QStringLiteral("--host"), &target.pbx.host)
        && args.takeInt(QStringLiteral("--port"), 1, 65535, &target.pbx.sshPort)
        && args.takeValue(QStringLiteral("--user"), &user)
        && args.takeValue(QStringLiteral("--key"), &target.credentials.keyPath)
        && args.takeValue(QStringLiteral("--fingerprint"), &target.pbx.hostKeyFingerprint);
    if (!ok)
        return ctx.fail(QStringLiteral("connect: %1").arg(args.error()), ExitUsage);
    const bool secretFromStdin = args.takeFlag(QStringLiteral("--password-stdin"));
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(
            QStringLiteral("connect: unknown option %1 (passwords are only read from standard input)")
                .arg(unknown),
            ExitUsage);
    if (!args.positional().isEmpty())
        return ctx.fail(QStringLiteral("connect: --host and PBX names cannot be mixed"), ExitUsage);
    if (!isValidHost(target.pbx.host))
        return ctx.fail(QStringLiteral("connect: '%1' is not a valid host").arg(target.pbx.host), ExitUsage);
    if (!target.pbx.hostKeyFingerprint.isEmpty()
        && SshSession::normalizeFingerprint(target.pbx.hostKeyFingerprint).isEmpty())
        return ctx.fail(
            QStringLiteral("connect: --fingerprint wants SHA256:... as 'ssh-keygen -lf' prints it"),
            ExitUsage);
    target.pbx.sshUser = user;
    target.pbx.name = user + QLatin1Char('@') + target.pbx.host;
    if (!target.credentials.keyPath.isEmpty()) {
        target.credentials.method = SshAuth::KeyFile;
        if (secretFromStdin)
            target.credentials.keyPassphrase = ctx.readSecretFromStdin();
    } else if (secretFromStdin) {
        target.credentials.method = SshAuth::Password;
        target.credentials.password = ctx.readSecretFromStdin();
        if (target.credentials.password.isEmpty())
            return ctx.fail(QStringLiteral("connect: standard input held no password"), ExitUsage);
    } else {
        target.credentials.method = SshAuth::Agent;
    }
    const QList<HostReport> reports = runWithFirstContact(ctx, { target }, acceptNew, yes, timeoutMs, 1);
    const int status = report(ctx, reports, json, false);
    const HostOutcome& outcome = reports.first().outcome;
    if (!json && outcome.ok() && outcome.data.value(QStringLiteral("newly_accepted")).toBool())
        ctx.out << "Pin this host key with --fingerprint "
                << outcome.data.value(QStringLiteral("fingerprint")).toString() << Qt::endl;
    return status;
}

int connectInventory(CliContext& ctx, ArgReader& args, bool acceptNew, bool yes, bool json, int timeoutMs)
{
    const bool all = args.takeFlag(QStringLiteral("--all"));
    int parallel = 16;
    if (!args.takeInt(QStringLiteral("--parallel"), 1, 256, &parallel))
        return ctx.fail(QStringLiteral("connect: %1").arg(args.error()), ExitUsage);
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(QStringLiteral("connect: unknown option %1").arg(unknown), ExitUsage);
    const QStringList names = args.positional();
    if (all == !names.isEmpty())
        return ctx.fail(QStringLiteral("connect: name PBXs or say --all (or use --host)"), ExitUsage);

    const auto db = inventory::Database::open(ctx.databasePath);
    if (!db)
        return ctx.fail(db.error(), 74);
    inventory::InventoryRepository repo(*db.value());
    QList<PbxRecord> pbxs;
    if (all) {
        auto list = repo.pbxs();
        if (!list)
            return ctx.fail(list.error());
        pbxs = list.value();
    } else {
        for (const QString& name : names) {
            auto pbx = repo.pbxByName(name);
            if (!pbx)
                return ctx.fail(QStringLiteral("connect: %1").arg(pbx.error()), 65);
            pbxs << pbx.value();
        }
    }
    if (pbxs.isEmpty())
        return ctx.fail(QStringLiteral("connect: the inventory is empty"), 65);

    // Secrets are fetched here, on this thread, before any worker starts.
    {
        // Entries still under their pre-identity names are moved before they are looked up.
        secrets::KeychainSecretStore keychain;
        ctx.moveLegacySecrets(repo, keychain);
    }
    QList<FleetTarget> targets;
    for (const secrets::PbxCredentials& c : fetchCredentials(pbxs, secrets::CredentialService::Ssh)) {
        if (c.sshProblem.kind == secrets::CredentialProblem::Kind::ReadFailed)
            return ctx.fail(QStringLiteral("connect: %1: %2").arg(c.pbx.name, c.sshProblem.message), 69);
        // A password not in the keychain is tried anyway: the PBX answers "login failed" for it.
        targets << FleetTarget { c.pbx, c.ssh };
    }

    const QList<HostReport> reports = runWithFirstContact(ctx, targets, acceptNew, yes, timeoutMs, parallel);
    for (int i = 0; i < reports.size(); ++i) {
        const HostOutcome& o = reports.at(i).outcome;
        // Pinned only after a deliberate --accept-new-host-key and a successful login.
        if (o.ok() && o.data.value(QStringLiteral("newly_accepted")).toBool()) {
            const QString fp = o.data.value(QStringLiteral("fingerprint")).toString();
            if (const Status pinned = repo.pinHostKey(targets.at(i).pbx.id, fp); !pinned)
                ctx.err << "pbxwarden-cli: " << reports.at(i).name
                        << ": could not pin the host key: " << pinned.error() << Qt::endl;
        }
        const inventory::LastCheck check { o.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
            QDateTime::currentDateTimeUtc(), o.ok() ? QStringLiteral("connect") : o.message };
        if (const Status recorded = repo.recordCheck(targets.at(i).pbx.id, check); !recorded)
            ctx.err << "pbxwarden-cli: " << reports.at(i).name << ": " << recorded.error() << Qt::endl;
    }
    return report(ctx, reports, json, true);
}

} // namespace

int runConnect(CliContext& ctx, const QStringList& arguments)
{
    ArgReader args(arguments);
    if (args.takeFlag(QStringLiteral("--help"))) {
        ctx.out << "Usage: pbxwarden-cli " << kUsage << '\n'
                << "Exit status: 0 connected and authenticated, 2 unknown host key, 3 host key changed,\n"
                << "4 authentication failed, 5 unreachable or timed out, 1 other failure, 64 usage.\n";
        ctx.out.flush();
        return ExitOk;
    }
    const bool acceptNew = args.takeFlag(QStringLiteral("--accept-new-host-key"));
    const bool yes = args.takeFlag(QStringLiteral("--yes"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    int timeoutMs = 15000;
    if (!args.takeSeconds(QStringLiteral("--timeout"), 3600, &timeoutMs))
        return ctx.fail(QStringLiteral("connect: %1").arg(args.error()), ExitUsage);
    if (arguments.contains(QStringLiteral("--host"))
        || std::any_of(arguments.begin(), arguments.end(),
            [](const QString& a) { return a.startsWith(QLatin1String("--host=")); }))
        return connectDirect(ctx, args, acceptNew, yes, json, timeoutMs);
    return connectInventory(ctx, args, acceptNew, yes, json, timeoutMs);
}

} // namespace pbxwarden::cli
