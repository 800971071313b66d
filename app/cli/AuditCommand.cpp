#include "cli/AuditCommand.h"

#include "audit/AuditRun.h"
#include "audit/AuditService.h"
#include "audit/SecretScrubber.h"
#include "audit/checks/Checks.h"
#include "cli/CliContext.h"
#include "cli/CliSecrets.h"
#include "core/ProcessHardening.h"
#include "core/Validation.h"
#include "fleet/FleetRunner.h"
#include "inventory/AuditRepository.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pbxwarden::cli {
namespace {

using audit::AuditReport;
using audit::AuditService;
using audit::Finding;
using fleet::FleetTarget;
using fleet::HostOutcome;

const char kUsage[]
    = "audit NAME...|--all|--host H [--port P] [--user U] [--key FILE] [--password-stdin | "
      "--sudo-password-stdin] [--fingerprint SHA256:...]\n"
      "        [--format text|json] [--save-facts DIR] [--parallel N] [--timeout SEC]\n"
      "  audit --from-facts FILE [--name NAME] [--previous-audit YYYY-MM-DD] [--format text|json]\n"
      "  audit --list-checks";

enum Exit
{
    ExitClean = 0,
    ExitError = 1,
    ExitFindings = 2,
    ExitUsage = 64,
};

struct HostResult
{
    QString name;
    qint64 pbxId = 0;
    bool ok = false;
    QString error;
    AuditReport report;
};

void printText(QTextStream& out, const AuditReport& r)
{
    out << r.pbxName << ": score " << r.score.value << "/100, grade " << r.score.gradeText() << " ("
        << r.score.earned << " of " << r.score.possible << " points), assessed "
        << r.assessedAt.toUTC().toString(Qt::ISODate) << '\n';
    out << "  practices:\n";
    for (audit::Practice p : audit::allPractices())
        out << "    " << qSetFieldWidth(22) << Qt::left << audit::practiceId(p) << qSetFieldWidth(0)
            << r.score.practiceText(p) << '\n';
    const QList<Finding> failures = r.failures();
    const QList<Finding> gaps = r.notAssessed();
    out << "  " << r.score.checks << " checks: " << failures.size() << " findings, " << gaps.size()
        << " not assessed" << (r.complete() ? "" : " (partial audit)") << '\n';
    for (const Finding& f : failures) {
        out << "\n  [" << audit::severityId(f.check.severity).toUpper() << "] " << f.check.id;
        if (!f.subject.isEmpty())
            out << " (" << f.subject << ')';
        out << ": " << f.check.title << '\n';
        for (const QString& e : f.evidence)
            out << "      " << e << '\n';
        if (!f.examined.isEmpty())
            out << "    examined: " << f.examined << '\n';
        out << "    fix: " << f.check.fix << '\n';
    }
    if (!gaps.isEmpty()) {
        out << "\n  not assessed:\n";
        for (const Finding& f : gaps)
            out << "    " << f.check.id << ": " << f.evidence.join(QStringLiteral("; ")) << '\n';
    }
    out << '\n';
}

int statusFor(const QList<HostResult>& results)
{
    int status = ExitClean;
    for (const HostResult& r : results) {
        if (!r.ok)
            return ExitError;
        const auto worst = r.report.worst();
        if (worst && *worst >= audit::Severity::Medium)
            status = ExitFindings;
    }
    return status;
}

int report(CliContext& ctx, const QList<HostResult>& results, bool json)
{
    if (json) {
        QJsonArray pbxs;
        for (const HostResult& r : results) {
            if (r.ok) {
                pbxs << r.report.toJson();
            } else {
                QJsonObject o;
                o.insert(QStringLiteral("name"), r.name);
                o.insert(QStringLiteral("error"), r.error);
                pbxs << o;
            }
        }
        QJsonObject root;
        root.insert(QStringLiteral("pbxs"), pbxs);
        root.insert(QStringLiteral("score_formula"), audit::Score::explanation());
        ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        for (const HostResult& r : results) {
            if (r.ok)
                printText(ctx.out, r.report);
        }
        ctx.out << audit::Score::explanation() << '\n';
    }
    ctx.out.flush();
    for (const HostResult& r : results) {
        if (!r.ok)
            ctx.err << "pbxwarden-cli: " << r.name << ": " << r.error << Qt::endl;
    }
    return statusFor(results);
}

QString saveFacts(const QString& dir, const AuditReport& r)
{
    // Facts describe a PBX's weaknesses: the folder and the files are private from the start.
    const PrivateFileScope privateFiles;
    QDir().mkpath(dir);
    QString safe = r.pbxName;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString path = QDir(dir).filePath(
        QStringLiteral("%1-%2.pbxw")
            .arg(safe, r.assessedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(r.facts.serialize()) < 0 || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

int listChecks(CliContext& ctx, bool json)
{
    QJsonArray list;
    for (const audit::Check& c : audit::checks::catalogue()) {
        if (json) {
            QJsonObject o;
            o.insert(QStringLiteral("check"), c.id);
            o.insert(QStringLiteral("practice"), audit::practiceId(c.practice));
            o.insert(QStringLiteral("severity"), audit::severityId(c.severity));
            o.insert(QStringLiteral("title"), c.title);
            list << o;
        } else {
            ctx.out << qSetFieldWidth(48) << Qt::left << c.id << qSetFieldWidth(9)
                    << audit::severityId(c.severity) << qSetFieldWidth(0) << c.title << '\n';
        }
    }
    if (json)
        ctx.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    ctx.out.flush();
    return ExitClean;
}

int fromFacts(CliContext& ctx, const QString& path, QString name, const QString& previousText, bool json)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("audit: cannot read %1: %2").arg(path, file.errorString()), ExitError);
    QByteArray data = file.read(64 * 1024 * 1024);
    audit::FactBundle bundle;
    if (data.startsWith("==PBXW-SECTION")) {
        bundle = audit::FactBundle::parse(data);
    } else {
        auto unpacked = audit::FactBundle::fromCompressed(data);
        if (!unpacked)
            return ctx.fail(
                QStringLiteral("audit: %1 is not a fact bundle: %2").arg(path, unpacked.error()), ExitError);
        bundle = unpacked.value();
    }
    data.fill('\0');
    if (bundle.isEmpty())
        return ctx.fail(QStringLiteral("audit: %1 holds no facts").arg(path), ExitError);
    // A bundle saved straight from the collector still has its secrets: judge and remove them first.
    bundle = audit::SecretScrubber::scrub(bundle);
    std::optional<QDateTime> previous;
    if (!previousText.isEmpty()) {
        const QDate d = QDate::fromString(previousText, Qt::ISODate);
        if (!d.isValid())
            return ctx.fail(QStringLiteral("audit: --previous-audit wants YYYY-MM-DD"), ExitUsage);
        previous = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (name.isEmpty()) {
        for (const QString& line : bundle.text(QStringLiteral("meta")).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("hostname=")))
                name = line.mid(9).trimmed();
        }
        if (name.isEmpty())
            name = QFileInfo(path).completeBaseName();
    }
    // Re-evaluation judges the facts as of when they were collected (the PBX's clock), not today.
    QDateTime at = QFileInfo(path).lastModified().toUTC();
    for (const QString& line : bundle.text(QStringLiteral("meta")).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("epoch=")))
            at = QDateTime::fromSecsSinceEpoch(line.mid(6).toLongLong(), Qt::UTC);
    }
    HostResult r { name, 0, true, {}, AuditService::evaluate(name, bundle, at, previous) };
    return report(ctx, { r }, json);
}

} // namespace

int runAudit(CliContext& ctx, const QStringList& arguments)
{
    ArgReader args(arguments);
    if (args.takeFlag(QStringLiteral("--help"))) {
        ctx.out << "Usage: pbxwarden-cli " << kUsage << '\n'
                << audit::Score::explanation() << '\n'
                << "Exit status: 0 nothing worse than low found, 2 a finding of medium or worse, 1 an error\n"
                << "(a PBX that could not be audited), 64 usage.\n";
        ctx.out.flush();
        return ExitClean;
    }
    QString format = QStringLiteral("text"), factsFile, saveDir, name, previous;
    QString host, user = QStringLiteral("root"), key, fingerprint;
    int parallel = 8;
    int timeoutMs = 15000;
    int port = 0;
    if (!args.takeValue(QStringLiteral("--format"), &format)
        || !args.takeValue(QStringLiteral("--from-facts"), &factsFile)
        || !args.takeValue(QStringLiteral("--save-facts"), &saveDir)
        || !args.takeValue(QStringLiteral("--name"), &name)
        || !args.takeValue(QStringLiteral("--previous-audit"), &previous)
        || !args.takeInt(QStringLiteral("--parallel"), 1, 256, &parallel)
        || !args.takeSeconds(QStringLiteral("--timeout"), 3600, &timeoutMs)
        || !args.takeValue(QStringLiteral("--host"), &host)
        || !args.takeInt(QStringLiteral("--port"), 1, 65535, &port)
        || !args.takeValue(QStringLiteral("--user"), &user) || !args.takeValue(QStringLiteral("--key"), &key)
        || !args.takeValue(QStringLiteral("--fingerprint"), &fingerprint))
        return ctx.fail(QStringLiteral("audit: %1").arg(args.error()), ExitUsage);
    const bool all = args.takeFlag(QStringLiteral("--all"));
    const bool list = args.takeFlag(QStringLiteral("--list-checks"));
    const bool passwordStdin = args.takeFlag(QStringLiteral("--password-stdin"));
    const bool sudoStdin = args.takeFlag(QStringLiteral("--sudo-password-stdin"));
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(QStringLiteral("audit: unknown option %1 (try --help)").arg(unknown), ExitUsage);
    if (format != u"text" && format != u"json")
        return ctx.fail(QStringLiteral("audit: --format is text or json"), ExitUsage);
    const bool json = format == u"json";
    if (list)
        return listChecks(ctx, json);
    const QStringList names = args.positional();
    if (!factsFile.isEmpty()) {
        if (all || !names.isEmpty() || !host.isEmpty())
            return ctx.fail(
                QStringLiteral("audit: --from-facts works offline on one file; no PBX names"), ExitUsage);
        return fromFacts(ctx, factsFile, name, previous, json);
    }

    QList<FleetTarget> targets;
    QList<PbxRecord> pbxs;
    std::unique_ptr<inventory::Database> db;
    if (!host.isEmpty()) {
        if (all || !names.isEmpty())
            return ctx.fail(QStringLiteral("audit: --host and PBX names cannot be mixed"), ExitUsage);
        if (!isValidHost(host))
            return ctx.fail(QStringLiteral("audit: '%1' is not a valid host").arg(host), ExitUsage);
        FleetTarget t;
        t.pbx.host = host;
        t.pbx.sshUser = user;
        t.pbx.name = name.isEmpty() ? host : name;
        t.pbx.hostKeyFingerprint = fingerprint;
        if (port != 0)
            t.pbx.sshPort = port;
        if (fingerprint.isEmpty())
            return ctx.fail(
                QStringLiteral("audit: --host needs --fingerprint (pin the key with 'connect' first)"),
                ExitUsage);
        if (!key.isEmpty()) {
            t.credentials.method = SshAuth::KeyFile;
            t.credentials.keyPath = key;
            if (sudoStdin)
                t.credentials.sudoPassword = ctx.readSecretFromStdin();
        } else if (passwordStdin) {
            t.credentials.method = SshAuth::Password;
            t.credentials.password = ctx.readSecretFromStdin();
        } else {
            t.credentials.method = SshAuth::Agent;
        }
        targets << t;
    } else {
        if (all == !names.isEmpty())
            return ctx.fail(
                QStringLiteral("audit: name PBXs, say --all, use --host or --from-facts"), ExitUsage);
        auto opened = inventory::Database::open(ctx.databasePath);
        if (!opened)
            return ctx.fail(opened.error(), ExitError);
        db = std::move(opened.value());
        inventory::InventoryRepository repo(*db);
        if (all) {
            auto l = repo.pbxs();
            if (!l)
                return ctx.fail(l.error(), ExitError);
            pbxs = l.value();
        } else {
            for (const QString& n : names) {
                auto pbx = repo.pbxByName(n);
                if (!pbx)
                    return ctx.fail(QStringLiteral("audit: %1").arg(pbx.error()), ExitError);
                pbxs << pbx.value();
            }
        }
        if (pbxs.isEmpty())
            return ctx.fail(QStringLiteral("audit: the inventory is empty"), ExitError);
    }

    // The same audit run as the GUI's: credentials, the fleet runner, the typed report, stored.
    KeychainCredentials credentials;
    std::unique_ptr<inventory::InventoryRepository> inventoryRepo;
    std::unique_ptr<inventory::AuditRepository> audits;
    if (db) {
        inventoryRepo = std::make_unique<inventory::InventoryRepository>(*db);
        audits = std::make_unique<inventory::AuditRepository>(*db);
        // Entries still under their pre-identity names are moved before they are looked up.
        ctx.moveLegacySecrets(*inventoryRepo, credentials.keychain);
    }
    audit::AuditRun run(&credentials.service, audits.get(), inventoryRepo.get(), { parallel, timeoutMs });
    QList<HostResult> results;
    for (const PbxRecord& p : pbxs.isEmpty() ? QList<PbxRecord> { targets.value(0).pbx } : pbxs)
        results << HostResult { p.name, p.id, false, {}, {} };
    QEventLoop loop;
    QObject::connect(&run, &audit::AuditRun::hostAudited, [&](const audit::AuditHostResult& a) {
        // Results are printed in the order asked, whatever order the hosts finish in.
        const auto it = std::find_if(results.begin(), results.end(),
            [&](const HostResult& r) { return r.pbxId == a.pbx.id && r.name == a.pbx.name; });
        if (it == results.end())
            return;
        it->ok = a.audited();
        it->error
            = a.state == audit::AuditHostResult::State::Cancelled ? QStringLiteral("cancelled") : a.error;
        if (a.report)
            it->report = *a.report;
        if (!a.storeError.isEmpty())
            ctx.err << "pbxwarden-cli: " << a.pbx.name << ": the audit was not stored: " << a.storeError
                    << Qt::endl;
    });
    QObject::connect(&run, &audit::AuditRun::finished, &loop, &QEventLoop::quit);
    if (pbxs.isEmpty())
        run.startTargets(targets);
    else
        run.start(pbxs);
    if (run.isRunning())
        loop.exec();
    for (const HostResult& r : std::as_const(results)) {
        if (r.ok && !saveDir.isEmpty()) {
            if (const QString problem = saveFacts(saveDir, r.report); !problem.isEmpty())
                ctx.err << "pbxwarden-cli: " << r.name << ": " << problem << Qt::endl;
        }
    }
    return report(ctx, results, json);
}

} // namespace pbxwarden::cli
