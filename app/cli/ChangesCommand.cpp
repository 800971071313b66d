#include "cli/ChangesCommand.h"

#include "change/ChangeEngine.h"
#include "change/ChangeHistory.h"
#include "cli/CliContext.h"
#include "cli/CliSecrets.h"
#include "fleet/FleetTarget.h"
#include "inventory/ChangeRepository.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretKey.h"
#include "ssh/SshSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbxwarden::cli {
namespace {

enum Exit
{
    ExitOk = 0,
    ExitError = 1,
    ExitUsage = 64,
};

QJsonObject toJson(const inventory::ChangeRecord& r, bool full)
{
    QJsonObject o { { QStringLiteral("id"), r.id }, { QStringLiteral("pbx"), r.pbxName },
        { QStringLiteral("title"), r.title },
        { QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODate) },
        { QStringLiteral("updated_at"), r.updatedAt.toString(Qt::ISODate) },
        { QStringLiteral("outcome"), r.outcome }, { QStringLiteral("journal_state"), r.journalState },
        { QStringLiteral("message"), r.message } };
    if (full) {
        o.insert(QStringLiteral("diff"), r.diff);
        o.insert(QStringLiteral("steps"), QJsonDocument::fromJson(r.stepsJson.toUtf8()).array());
    }
    return o;
}

int undo(CliContext& ctx, inventory::Database& db, const inventory::ChangeRecord& record, bool json)
{
    inventory::InventoryRepository repo(db);
    auto pbx = repo.pbx(record.pbxId);
    if (!pbx)
        return ctx.fail(QStringLiteral("changes undo: the PBX of change %1 is no longer in the inventory: %2")
                            .arg(record.id, pbx.error()),
            ExitError);
    if (pbx->hostKeyFingerprint.isEmpty())
        return ctx.fail(QStringLiteral("changes undo: %1 has no pinned host key; pin it with 'connect' first")
                            .arg(pbx->name),
            ExitError);
    auto credentials = sshCredentialsFor(pbx.value());
    if (!credentials)
        return ctx.fail(QStringLiteral("changes undo: %1").arg(credentials.error()), ExitError);
    fleet::FleetTarget target { pbx.value(), credentials.value() };
    ssh::SshSession session;
    if (Status st = session.open(target.sshTarget(), target.credentials); !st)
        return ctx.fail(QStringLiteral("changes undo: %1").arg(st.error()), ExitError);
    change::ChangeEngine engine;
    const change::ChangeResult result = engine.undo(session, record.id);
    inventory::ChangeRecord updated = record;
    updated.outcome = result.outcome == change::Outcome::Undone ? QStringLiteral("undone") : record.outcome;
    updated.journalState = result.journalState.isEmpty() ? record.journalState : result.journalState;
    updated.message = result.message;
    if (result.outcome == change::Outcome::Undone || result.rolledBack) {
        if (Status st = inventory::ChangeRepository(db).save(updated, QStringLiteral("undo")); !st)
            ctx.err << "pbxwarden-cli: " << st.error() << Qt::endl;
    }
    if (json) {
        QJsonArray conflicts;
        for (const change::FileConflict& c : result.conflicts)
            conflicts.append(QJsonObject { { QStringLiteral("path"), c.path },
                { QStringLiteral("actual_sha256"), QString::fromLatin1(c.actualSha256) },
                { QStringLiteral("diff"),
                    change::UnifiedDiff::text(c.path, c.expectedContent, c.currentContent) } });
        ctx.out << QJsonDocument(
            QJsonObject { { QStringLiteral("id"), record.id },
                { QStringLiteral("outcome"), change::ChangeHistory::outcomeWord(result.outcome) },
                { QStringLiteral("message"), result.message }, { QStringLiteral("conflicts"), conflicts } })
                       .toJson(QJsonDocument::Compact)
                << '\n';
    } else {
        ctx.out << record.id << ": " << change::ChangeResult::describe(result.outcome) << ": "
                << result.message << '\n';
        // Both versions, so the person sees what changed since the change was made.
        for (const change::FileConflict& c : result.conflicts)
            ctx.out << change::UnifiedDiff::text(c.path, c.expectedContent, c.currentContent);
    }
    ctx.out.flush();
    return result.outcome == change::Outcome::Undone ? ExitOk : ExitError;
}

} // namespace

int runChanges(CliContext& ctx, const QStringList& arguments)
{
    ArgReader args(arguments);
    const bool json = args.takeFlag(QStringLiteral("--json"));
    QString pbxName;
    if (!args.takeValue(QStringLiteral("--pbx"), &pbxName))
        return ctx.fail(args.error(), ExitUsage);
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(QStringLiteral("changes: unknown option %1").arg(unknown), ExitUsage);
    const QStringList words = args.positional();
    const QString verb = words.value(0);
    if (verb != u"list" && verb != u"show" && verb != u"undo")
        return ctx.fail(QStringLiteral("changes: say list, show ID or undo ID"), ExitUsage);
    if (verb != u"list" && words.size() != 2)
        return ctx.fail(QStringLiteral("changes %1: name one change by its id").arg(verb), ExitUsage);
    auto opened = inventory::Database::open(ctx.databasePath);
    if (!opened)
        return ctx.fail(opened.error(), ExitError);
    inventory::Database& db = *opened.value();
    inventory::ChangeRepository changes(db);
    if (verb == u"list") {
        qint64 pbxId = 0;
        if (!pbxName.isEmpty()) {
            auto pbx = inventory::InventoryRepository(db).pbxByName(pbxName);
            if (!pbx)
                return ctx.fail(QStringLiteral("changes list: %1").arg(pbx.error()), ExitError);
            pbxId = pbx->id;
        }
        auto list = changes.list(pbxId);
        if (!list)
            return ctx.fail(list.error(), ExitError);
        if (json) {
            QJsonArray a;
            for (const inventory::ChangeRecord& r : list.value())
                a.append(toJson(r, false));
            ctx.out << QJsonDocument(a).toJson(QJsonDocument::Compact) << '\n';
        } else {
            for (const inventory::ChangeRecord& r : list.value())
                ctx.out << r.id << '\t' << r.createdAt.toString(Qt::ISODate) << '\t' << r.pbxName << '\t'
                        << r.outcome << '\t' << r.title << '\n';
        }
        ctx.out.flush();
        return ExitOk;
    }
    auto record = changes.find(words.at(1));
    if (!record)
        return ctx.fail(record.error(), ExitError);
    if (record->id.isEmpty())
        return ctx.fail(
            QStringLiteral("changes %1: no change with id %2 (see 'changes list')").arg(verb, words.at(1)),
            ExitError);
    if (verb == u"undo")
        return undo(ctx, db, record.value(), json);
    if (json) {
        ctx.out << QJsonDocument(toJson(record.value(), true)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        const inventory::ChangeRecord& r = record.value();
        ctx.out << "Change " << r.id << " on " << r.pbxName << ": " << r.title << '\n'
                << "Outcome: " << r.outcome << " (journal " << r.journalState << ")\n"
                << r.message << "\n\n"
                << r.diff;
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace pbxwarden::cli
