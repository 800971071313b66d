#include "cli/HardenCommand.h"

#include "audit/AuditService.h"
#include "audit/Collector.h"
#include "audit/SecretScrubber.h"
#include "change/ChangeEngine.h"
#include "change/ChangeHistory.h"
#include "cli/CliContext.h"
#include "cli/CliSecrets.h"
#include "fleet/FleetTarget.h"
#include "hardening/HardeningService.h"
#include "inventory/ChangeRepository.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretKey.h"
#include "ssh/SshSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbxwarden::cli {
namespace {

const char kUsage[] = "harden NAME...|--all [--fix ID]... [--answers FILE.json] [--sudo-password-stdin]\n"
                      "        (--plan | --apply [--yes]) [--format text|json]";

enum Exit
{
    ExitClean = 0,
    ExitError = 1,
    ExitRolledBack = 2,
    ExitUsage = 64,
};

QString refusalWord(hardening::RefusalKind k)
{
    switch (k) {
    case hardening::RefusalKind::NothingToDo:
        return QStringLiteral("nothing-to-do");
    case hardening::RefusalKind::HeldBack:
        return QStringLiteral("held-back");
    case hardening::RefusalKind::BadAnswers:
        return QStringLiteral("bad-answers");
    case hardening::RefusalKind::MissingFacts:
        return QStringLiteral("missing-facts");
    case hardening::RefusalKind::Unsafe:
        return QStringLiteral("unsafe");
    }
    return {};
}

QJsonObject toJson(const hardening::PlannedFix& p)
{
    QJsonObject o { { QStringLiteral("fix"), p.fix.fixId }, { QStringLiteral("title"), p.fix.title },
        { QStringLiteral("resolves"), QJsonArray::fromStringList(p.fix.resolves) },
        { QStringLiteral("risks"), QJsonArray::fromStringList(p.fix.risks) } };
    if (p.fix.refusal) {
        o.insert(QStringLiteral("refused"), refusalWord(p.fix.refusal->kind));
        o.insert(QStringLiteral("reason"), p.fix.refusal->reason);
        return o;
    }
    o.insert(QStringLiteral("plan_id"), p.fix.plan->id);
    o.insert(QStringLiteral("access_could_be_lost"), p.fix.plan->accessCouldBeLost);
    o.insert(QStringLiteral("commands"), QJsonArray::fromStringList(p.commands));
    QJsonArray files;
    for (const hardening::FileDiff& d : p.diffs)
        files << QJsonObject { { QStringLiteral("path"), d.path }, { QStringLiteral("new_file"), d.newFile },
            { QStringLiteral("diff"), d.text } };
    o.insert(QStringLiteral("files"), files);
    return o;
}

void printText(QTextStream& out, const QString& pbx, const hardening::PlannedFix& p)
{
    out << "== " << pbx << ": " << p.fix.fixId << " - " << p.fix.title << '\n';
    if (p.fix.refusal) {
        out << "   not offered (" << refusalWord(p.fix.refusal->kind) << "): " << p.fix.refusal->reason
            << "\n\n";
        return;
    }
    out << "   resolves: " << p.fix.resolves.join(QStringLiteral(", ")) << '\n';
    for (const QString& r : p.fix.risks)
        out << "   risk: " << r << '\n';
    for (const QString& c : p.commands)
        out << "   runs: " << c << '\n';
    out << '\n';
    for (const hardening::FileDiff& d : p.diffs)
        out << d.text << (d.text.endsWith(u'\n') ? "" : "\n");
    out << '\n';
}

} // namespace

int runHarden(CliContext& ctx, const QStringList& arguments)
{
    ArgReader args(arguments);
    if (args.takeFlag(QStringLiteral("--help"))) {
        ctx.out
            << "Usage: pbxwarden-cli " << kUsage << '\n'
            << "Fixes: " << hardening::fixes::ids().join(QStringLiteral(", ")) << '\n'
            << "Answers (JSON object): trusted_networks, console_address, admin_account, admin_can_sudo,\n"
            << "  admin_key_login_proved, trunk_addresses, phone_networks, ami_from_trusted_networks,\n"
            << "  ami_privileged_users.\n"
            << "Exit status: 0 done, 2 a change was rolled back or refused by the PBX, 1 an error, 64 "
               "usage.\n";
        ctx.out.flush();
        return ExitClean;
    }
    QString format = QStringLiteral("text"), answersFile;
    QStringList fixIds;
    if (!args.takeValue(QStringLiteral("--format"), &format)
        || !args.takeValue(QStringLiteral("--answers"), &answersFile)
        || !args.takeValues(QStringLiteral("--fix"), &fixIds))
        return ctx.fail(QStringLiteral("harden: %1").arg(args.error()), ExitUsage);
    const bool all = args.takeFlag(QStringLiteral("--all"));
    const bool planOnly = args.takeFlag(QStringLiteral("--plan"));
    const bool apply = args.takeFlag(QStringLiteral("--apply"));
    const bool yes = args.takeFlag(QStringLiteral("--yes"));
    const bool sudoStdin = args.takeFlag(QStringLiteral("--sudo-password-stdin"));
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(QStringLiteral("harden: unknown option %1 (try --help)").arg(unknown), ExitUsage);
    if (format != u"text" && format != u"json")
        return ctx.fail(QStringLiteral("harden: --format is text or json"), ExitUsage);
    if (planOnly == apply)
        return ctx.fail(QStringLiteral("harden: say --plan (print only) or --apply"), ExitUsage);
    if (apply && !yes)
        return ctx.fail(
            QStringLiteral("harden: --apply changes the PBXs: review them with --plan, then add --yes"),
            ExitUsage);
    for (const QString& id : fixIds) {
        if (!hardening::fixes::ids().contains(id))
            return ctx.fail(QStringLiteral("harden: unknown fix '%1' (fixes: %2)")
                                .arg(id, hardening::fixes::ids().join(QStringLiteral(", "))),
                ExitUsage);
    }
    const QStringList names = args.positional();
    if (all == !names.isEmpty())
        return ctx.fail(QStringLiteral("harden: name PBXs or say --all"), ExitUsage);

    hardening::HardeningAnswers base;
    if (!answersFile.isEmpty()) {
        QFile f(answersFile);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(
                QStringLiteral("harden: cannot read %1: %2").arg(answersFile, f.errorString()), ExitError);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &error);
        if (!doc.isObject())
            return ctx.fail(
                QStringLiteral("harden: %1 is not a JSON object (%2)").arg(answersFile, error.errorString()),
                ExitUsage);
        const auto parsed = hardening::HardeningAnswers::fromJson(doc.object());
        if (!parsed)
            return ctx.fail(QStringLiteral("harden: %1: %2").arg(answersFile, parsed.error()), ExitUsage);
        base = parsed.value();
    }
    const Secret sudoPassword = sudoStdin ? ctx.readSecretFromStdin() : Secret();

    auto opened = inventory::Database::open(ctx.databasePath);
    if (!opened)
        return ctx.fail(opened.error(), ExitError);
    inventory::Database& db = *opened.value();
    inventory::InventoryRepository repo(db);
    QList<PbxRecord> pbxs;
    if (all) {
        auto l = repo.pbxs();
        if (!l)
            return ctx.fail(l.error(), ExitError);
        pbxs = l.value();
    } else {
        for (const QString& n : names) {
            auto pbx = repo.pbxByName(n);
            if (!pbx)
                return ctx.fail(QStringLiteral("harden: %1").arg(pbx.error()), ExitError);
            pbxs << pbx.value();
        }
    }
    if (pbxs.isEmpty())
        return ctx.fail(QStringLiteral("harden: the inventory is empty"), ExitError);

    int status = ExitClean;
    QJsonArray jsonPbxs;
    for (const PbxRecord& pbx : std::as_const(pbxs)) {
        QJsonObject jp { { QStringLiteral("name"), pbx.name } };
        auto fail = [&](const QString& message) {
            ctx.err << "pbxwarden-cli: " << pbx.name << ": " << message << Qt::endl;
            jp.insert(QStringLiteral("error"), message);
            jsonPbxs << jp;
            status = ExitError;
        };
        if (pbx.hostKeyFingerprint.isEmpty()) {
            fail(QStringLiteral("no pinned host key; pin it with 'connect' first"));
            continue;
        }
        auto credentials = sshCredentialsFor(pbx);
        if (!credentials) {
            fail(credentials.error());
            continue;
        }
        fleet::FleetTarget target { pbx, credentials.value() };
        // Given on standard input, it wins over the one kept for the PBX.
        if (!sudoPassword.isEmpty())
            target.credentials.sudoPassword = sudoPassword;
        ssh::SshSession session;
        if (Status st = session.open(target.sshTarget(), target.credentials); !st) {
            fail(st.error());
            continue;
        }
        // Plans need the files as they are (real bytes, real hashes): the raw collection, kept in memory.
        const Result<QByteArray> raw = audit::Collector::collect(session);
        if (!raw) {
            fail(raw.error());
            continue;
        }
        const audit::FactBundle bundle = audit::FactBundle::parse(raw.value());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<audit::Finding> findings
            = audit::AuditService::evaluate(pbx.name, audit::SecretScrubber::scrub(bundle), now, now)
                  .findings;
        const audit::AuditFacts facts(bundle, now, now);

        hardening::HardeningAnswers answers = base;
        if (answers.consoleAddress.isEmpty()) {
            const Result<QString> console = change::ChangeEngine::consoleAddress(session);
            if (console)
                answers.consoleAddress = console.value();
        }
        if (answers.adminAccount.isEmpty()) {
            answers.adminAccount = pbx.sshUser;
            // This very login proves the key works; the collector running as uid 0 proves sudo does.
            answers.adminKeyLoginProved = pbx.sshAuth != SshAuth::Password;
            answers.adminCanSudo = pbx.sshUser != u"root"
                && bundle.text(QStringLiteral("meta")).contains(QLatin1String("uid=0"));
        }

        const QList<hardening::PlannedFix> planned
            = hardening::HardeningService::plan(facts, findings, answers, fixIds, pbx.id, pbx.name);
        QJsonArray jfixes;
        for (const hardening::PlannedFix& p : planned) {
            QJsonObject jf = toJson(p);
            if (format == u"text")
                printText(ctx.out, pbx.name, p);
            if (apply && p.fix.plan) {
                change::ChangeEngine engine([target]() -> Result<std::unique_ptr<ssh::SshSession>> {
                    auto s = std::make_unique<ssh::SshSession>();
                    if (Status st = s->open(target.sshTarget(), target.credentials); !st)
                        return Error { st.error() };
                    return s;
                });
                const change::ChangeResult r
                    = hardening::HardeningService::apply(engine, session, *p.fix.plan);
                const auto record = change::ChangeHistory::record(
                    *p.fix.plan, r, &hardening::HardeningService::maskSecrets);
                if (Status st = inventory::ChangeRepository(db).save(record, QStringLiteral("apply")); !st)
                    ctx.err << "pbxwarden-cli: " << pbx.name
                            << ": the change was not recorded: " << st.error() << Qt::endl;
                jf.insert(QStringLiteral("outcome"), change::ChangeHistory::outcomeWord(r.outcome));
                jf.insert(QStringLiteral("message"), r.message);
                if (format == u"text")
                    ctx.out << "   " << p.fix.fixId << ": " << change::ChangeResult::describe(r.outcome)
                            << ": " << r.message << "\n\n";
                if (!r.ok() && status == ExitClean)
                    status = ExitRolledBack;
            }
            jfixes << jf;
        }
        jp.insert(QStringLiteral("fixes"), jfixes);
        jsonPbxs << jp;
    }
    if (format == u"json")
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("pbxs"), jsonPbxs } })
                       .toJson(QJsonDocument::Indented);
    ctx.out.flush();
    return status;
}

} // namespace pbxwarden::cli
