#include "cli/InventoryCommands.h"

#include "cli/CliContext.h"
#include "cli/CliSecrets.h"
#include "core/ProcessHardening.h"
#include "core/Validation.h"
#include "inventory/CsvImport.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "secrets/KeychainSecretStore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pbxwarden::cli {
namespace {

using inventory::Database;
using inventory::InventoryRepository;

QJsonObject toJson(const PbxRecord& p)
{
    return QJsonObject {
        { QStringLiteral("name"), p.name },
        { QStringLiteral("customer"), p.customer },
        { QStringLiteral("site"), p.site },
        { QStringLiteral("tags"), QJsonArray::fromStringList(p.tags) },
        { QStringLiteral("host"), p.host },
        { QStringLiteral("ssh_port"), p.sshPort },
        { QStringLiteral("ssh_user"), p.sshUser },
        { QStringLiteral("ssh_auth"), sshAuthToString(p.sshAuth) },
        { QStringLiteral("ssh_key"), p.sshKeyPath },
        { QStringLiteral("ami_port"), p.amiPort },
        { QStringLiteral("ami_user"), p.amiUser },
        { QStringLiteral("ami_tls"), p.amiTls },
        { QStringLiteral("notes"), p.notes },
        { QStringLiteral("host_key_sha256"), p.hostKeyFingerprint },
    };
}

int list(CliContext& ctx, InventoryRepository& repo, ArgReader& args)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(QStringLiteral("inventory list: unknown option %1").arg(unknown), 64);
    const auto pbxs = repo.pbxs();
    if (!pbxs)
        return ctx.fail(pbxs.error());
    if (json) {
        QJsonArray array;
        for (const PbxRecord& p : pbxs.value())
            array << toJson(p);
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return 0;
    }
    if (pbxs->isEmpty()) {
        ctx.out
            << "The inventory is empty. Add a PBX with: pbxwarden-cli inventory add --name NAME --host HOST"
            << Qt::endl;
        return 0;
    }
    const QStringList header { QStringLiteral("NAME"), QStringLiteral("CUSTOMER"), QStringLiteral("SITE"),
        QStringLiteral("HOST"), QStringLiteral("SSH"), QStringLiteral("AMI"), QStringLiteral("TAGS") };
    QList<QStringList> rows { header };
    for (const PbxRecord& p : pbxs.value()) {
        rows << QStringList { p.name, p.customer, p.site, p.host,
            QStringLiteral("%1@%2 (%3)").arg(p.sshUser).arg(p.sshPort).arg(sshAuthToString(p.sshAuth)),
            p.amiUser.isEmpty() ? QStringLiteral("-")
                                : QStringLiteral("%1@%2%3").arg(p.amiUser).arg(p.amiPort).arg(
                                    p.amiTls ? QStringLiteral(" tls") : QString()),
            p.tags.join(QLatin1Char(',')) };
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    for (const QStringList& row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        ctx.out << line.trimmed() << '\n';
    }
    ctx.out.flush();
    return 0;
}

// The record's options, shared by add and edit: an absent option leaves its field as it is.
bool takeRecordOptions(ArgReader& args, PbxRecord& p, bool* authGiven)
{
    QString auth;
    QStringList tags;
    const bool ok = args.takeValue(QStringLiteral("--name"), &p.name)
        && args.takeValue(QStringLiteral("--host"), &p.host)
        && args.takeValue(QStringLiteral("--customer"), &p.customer)
        && args.takeValue(QStringLiteral("--site"), &p.site)
        && args.takeValues(QStringLiteral("--tag"), &tags)
        && args.takeInt(QStringLiteral("--ssh-port"), 1, 65535, &p.sshPort)
        && args.takeValue(QStringLiteral("--ssh-user"), &p.sshUser)
        && args.takeValue(QStringLiteral("--ssh-auth"), &auth)
        && args.takeValue(QStringLiteral("--ssh-key"), &p.sshKeyPath)
        && args.takeInt(QStringLiteral("--ami-port"), 1, 65535, &p.amiPort)
        && args.takeValue(QStringLiteral("--ami-user"), &p.amiUser)
        && args.takeValue(QStringLiteral("--notes"), &p.notes);
    if (!ok)
        return false;
    // Tags given replace the tags; --tag "" alone clears them.
    if (!tags.isEmpty()) {
        tags.removeAll(QString());
        p.tags = tags;
    }
    *authGiven = !auth.isEmpty();
    if (!auth.isEmpty()) {
        const auto parsed = sshAuthFromString(auth);
        if (!parsed) {
            args.setError(QStringLiteral("--ssh-auth must be agent, key or password"));
            return false;
        }
        p.sshAuth = *parsed;
    }
    if (args.takeFlag(QStringLiteral("--ami-tls")))
        p.amiTls = true;
    if (args.takeFlag(QStringLiteral("--no-ami-tls")))
        p.amiTls = false;
    return true;
}

// Which secrets come on standard input, one per line in this order: SSH, sudo, AMI.
struct SecretFlags
{
    bool ssh = false;
    bool sudo = false;
    bool ami = false;

    static SecretFlags take(ArgReader& args)
    {
        SecretFlags f;
        f.ssh = args.takeFlag(QStringLiteral("--ssh-password-stdin"));
        f.sudo = args.takeFlag(QStringLiteral("--sudo-password-stdin"));
        f.ami = args.takeFlag(QStringLiteral("--ami-secret-stdin"));
        return f;
    }
    bool any() const { return ssh || sudo || ami; }
};

// A problem with the secrets asked for, in words; empty when they fit the record.
QString secretFlagsProblem(const SecretFlags& flags, const PbxRecord& p)
{
    if (flags.ssh && p.sshAuth != SshAuth::Password && p.sshAuth != SshAuth::KeyFile)
        return QStringLiteral(
            "--ssh-password-stdin needs --ssh-auth password (or key, for the key's passphrase)");
    if (flags.sudo && p.sshUser == u"root")
        return QStringLiteral("--sudo-password-stdin is for a login that is not root (root needs no sudo)");
    return {};
}

Result<secrets::GivenSecrets> readSecrets(CliContext& ctx, const SecretFlags& flags)
{
    secrets::GivenSecrets given;
    if (!flags.any())
        return given;
    QList<Secret> lines = ctx.readSecretFromStdin().lines();
    const auto next = [&lines] {
        return lines.isEmpty() ? Secret() : lines.takeFirst();
    };
    if (flags.ssh)
        given.ssh = next();
    if (flags.sudo)
        given.sudo = next();
    if (flags.ami)
        given.ami = next();
    if ((flags.ssh && given.ssh.isEmpty()) || (flags.sudo && given.sudo.isEmpty())
        || (flags.ami && given.ami.isEmpty()))
        return Error { QStringLiteral("standard input held no secret for every --...-stdin option (one line "
                                      "each, in the order SSH, sudo, AMI)") };
    return given;
}

// Nothing is changed when the secrets given cannot be kept.
Status keychainUsable()
{
    secrets::KeychainSecretStore keychain;
    std::optional<secrets::KeychainProbe> probe;
    QEventLoop loop;
    keychain.probe([&](secrets::KeychainProbe result) {
        probe = result;
        loop.quit();
    });
    if (!probe)
        loop.exec();
    if (!probe->usable)
        return Error {
            QStringLiteral("no usable keychain, so the secret cannot be kept: %1").arg(probe->message)
        };
    return {};
}

int add(CliContext& ctx, InventoryRepository& repo, ArgReader& args)
{
    PbxRecord p;
    p.sshUser.clear();
    bool authGiven = false;
    if (!takeRecordOptions(args, p, &authGiven))
        return ctx.fail(QStringLiteral("inventory add: %1").arg(args.error()), 64);
    const SecretFlags flags = SecretFlags::take(args);
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(
            QStringLiteral("inventory add: unknown option %1 (secrets are only read from standard input)")
                .arg(unknown),
            64);
    if (!args.positional().isEmpty())
        return ctx.fail(
            QStringLiteral("inventory add: unexpected argument %1").arg(args.positional().first()), 64);
    if (!authGiven && !p.sshKeyPath.isEmpty())
        p.sshAuth = SshAuth::KeyFile;
    if (p.sshUser.isEmpty())
        p.sshUser = QStringLiteral("root");
    if (const QString problem = secretFlagsProblem(flags, p); !problem.isEmpty())
        return ctx.fail(QStringLiteral("inventory add: %1").arg(problem), 64);
    if (const QStringList problems = validatePbx(p); !problems.isEmpty())
        return ctx.fail(QStringLiteral("inventory add: %1").arg(problems.join(QLatin1Char(' '))), 65);

    const Result<secrets::GivenSecrets> given = readSecrets(ctx, flags);
    if (!given)
        return ctx.fail(QStringLiteral("inventory add: %1").arg(given.error()), 65);
    if (flags.any())
        if (const Status usable = keychainUsable(); !usable)
            return ctx.fail(QStringLiteral("inventory add: %1; nothing was added").arg(usable.error()), 69);

    const Result<qint64> id = repo.addPbx(p);
    if (!id)
        return ctx.fail(QStringLiteral("inventory add: %1").arg(id.error()), 65);
    // The stored record carries the identities that name its secrets.
    const Result<PbxRecord> added = repo.pbx(id.value());
    const secrets::SecretWrite stored
        = added ? storeSecrets(added.value(), given.value()) : secrets::SecretWrite {};
    if (!added || !stored.complete()) {
        const Status undone = repo.removePbx(id.value());
        return ctx.fail(
            QStringLiteral("inventory add: not stored in the keychain: %1; %2")
                .arg(added ? stored.describe() : added.error(),
                    undone ? QStringLiteral("the PBX was not added")
                           : QStringLiteral("removing the half-added PBX failed too: ") + undone.error()),
            69);
    }
    ctx.out << "Added " << p.name << Qt::endl;
    return 0;
}

// Changes the given fields of one PBX and keeps the secrets given; everything not named stays.
int edit(CliContext& ctx, InventoryRepository& repo, ArgReader& args)
{
    const QStringList names = args.positional();
    if (names.isEmpty())
        return ctx.fail(QStringLiteral("inventory edit: name the PBX to edit"), 64);
    const Result<PbxRecord> before = repo.pbxByName(names.first());
    if (!before)
        return ctx.fail(QStringLiteral("inventory edit: %1").arg(before.error()), 65);
    PbxRecord p = before.value();
    bool authGiven = false;
    if (!takeRecordOptions(args, p, &authGiven))
        return ctx.fail(QStringLiteral("inventory edit: %1").arg(args.error()), 64);
    const SecretFlags flags = SecretFlags::take(args);
    const bool forgetSudo = args.takeFlag(QStringLiteral("--forget-sudo-password"));
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(
            QStringLiteral("inventory edit: unknown option %1 (secrets are only read from standard input)")
                .arg(unknown),
            64);
    if (args.positional().size() != 1)
        return ctx.fail(QStringLiteral("inventory edit: name exactly one PBX"), 64);
    if (forgetSudo && flags.sudo)
        return ctx.fail(QStringLiteral("inventory edit: --forget-sudo-password and --sudo-password-stdin "
                                       "contradict each other"),
            64);
    if (const QString problem = secretFlagsProblem(flags, p); !problem.isEmpty())
        return ctx.fail(QStringLiteral("inventory edit: %1").arg(problem), 64);
    if (const QStringList problems = validatePbx(p); !problems.isEmpty())
        return ctx.fail(QStringLiteral("inventory edit: %1").arg(problems.join(QLatin1Char(' '))), 65);
    // A new address or port means a new host: the pin of the old one means nothing for it.
    if (p.host != before->host || p.sshPort != before->sshPort)
        p.hostKeyFingerprint.clear();

    const Result<secrets::GivenSecrets> given = readSecrets(ctx, flags);
    if (!given)
        return ctx.fail(QStringLiteral("inventory edit: %1").arg(given.error()), 65);
    if (flags.any() || forgetSudo)
        if (const Status usable = keychainUsable(); !usable)
            return ctx.fail(
                QStringLiteral("inventory edit: %1; nothing was changed").arg(usable.error()), 69);
    // Secrets first: a PBX is never left saying it has a secret that the keychain refused.
    if (const secrets::SecretWrite stored = storeSecrets(p, given.value()); !stored.complete())
        return ctx.fail(QStringLiteral("inventory edit: not stored in the keychain: %1; nothing was changed")
                            .arg(stored.describe()),
            69);
    if (forgetSudo)
        if (const secrets::SecretRemoval removed = removeSecrets(p, { secrets::SecretPurpose::SudoPassword });
            !removed.complete())
            return ctx.fail(QStringLiteral("inventory edit: the sudo password could not be removed: %1")
                                .arg(removed.describe()),
                69);
    if (const Status updated = repo.updatePbx(p); !updated)
        return ctx.fail(QStringLiteral("inventory edit: %1").arg(updated.error()), 65);
    ctx.out << "Saved " << p.name;
    if (!p.hostKeyFingerprint.isEmpty() || before->hostKeyFingerprint.isEmpty())
        ctx.out << Qt::endl;
    else
        ctx.out << " (the host changed, so its pinned key was forgotten: the next connect asks)" << Qt::endl;
    return 0;
}

int remove(CliContext& ctx, InventoryRepository& repo, ArgReader& args)
{
    const QStringList names = args.positional();
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(QStringLiteral("inventory remove: unknown option %1").arg(unknown), 64);
    if (names.size() != 1)
        return ctx.fail(QStringLiteral("inventory remove: name exactly one PBX"), 64);
    const Result<PbxRecord> pbx = repo.pbxByName(names.first());
    if (!pbx)
        return ctx.fail(QStringLiteral("inventory remove: %1").arg(pbx.error()), 65);
    secrets::KeychainSecretStore keychain;
    // Entries still under their old names are moved first, so that removing the PBX removes them too.
    ctx.moveLegacySecrets(repo, keychain);
    if (const Status removed = repo.removePbx(pbx->id); !removed)
        return ctx.fail(QStringLiteral("inventory remove: %1").arg(removed.error()));
    const secrets::SecretRemoval removal = removeSecrets(pbx.value());
    ctx.out << "Removed " << pbx->name << Qt::endl;
    if (!removal.complete())
        return ctx.fail(
            QStringLiteral("inventory remove: %1 is gone from the inventory, but these secrets are "
                           "still in the keychain (remove them with your keychain tool, e.g. "
                           "seahorse): %2")
                .arg(pbx->name, removal.describe()),
            69);
    return 0;
}

int import(CliContext& ctx, InventoryRepository& repo, ArgReader& args)
{
    const bool skipInvalid = args.takeFlag(QStringLiteral("--skip-invalid"));
    inventory::CsvImportOptions options;
    options.update = args.takeFlag(QStringLiteral("--update"));
    QString separator;
    if (!args.takeValue(QStringLiteral("--separator"), &separator))
        return ctx.fail(QStringLiteral("inventory import: %1").arg(args.error()), 64);
    if (separator == u"," || separator == u"comma")
        options.separator = u',';
    else if (separator == u";" || separator == u"semicolon")
        options.separator = u';';
    else if (separator == u"tab" || separator == u"\t")
        options.separator = u'\t';
    else if (!separator.isEmpty())
        return ctx.fail(QStringLiteral("inventory import: --separator is , ; or tab"), 64);
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(QStringLiteral("inventory import: unknown option %1").arg(unknown), 64);
    const QStringList files = args.positional();
    if (files.size() != 1)
        return ctx.fail(QStringLiteral("inventory import: name one CSV file"), 64);
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(
            QStringLiteral("inventory import: cannot read %1: %2").arg(files.first(), file.errorString()),
            66);
    if (file.size() > 64 * 1024 * 1024)
        return ctx.fail(QStringLiteral("inventory import: %1 is larger than 64 MiB").arg(files.first()), 65);
    const auto preview = inventory::previewCsvImport(QString::fromUtf8(file.readAll()), repo, options);
    if (!preview)
        return ctx.fail(QStringLiteral("inventory import: %1").arg(preview.error()), 65);
    int bad = 0, added = 0, updated = 0;
    for (const inventory::ImportRow& row : preview.value()) {
        if (row.problems.isEmpty()) {
            ++(row.updatesId ? updated : added);
            continue;
        }
        ++bad;
        ctx.err << files.first() << ':' << row.line << ": " << row.problems.join(QLatin1Char(' ')) << '\n';
    }
    ctx.err.flush();
    if (bad > 0 && !skipInvalid)
        return ctx.fail(QStringLiteral("inventory import: %1 of %2 rows have problems; nothing was imported "
                                       "(fix them, or use --skip-invalid to import the others)")
                            .arg(bad)
                            .arg(preview->size()),
            65);
    if (const Status written = inventory::applyCsvImport(preview.value(), repo); !written)
        return ctx.fail(QStringLiteral("inventory import: %1; nothing was imported").arg(written.error()));
    ctx.out << "Imported " << added << " PBXs"
            << (updated ? QStringLiteral(", updated %1").arg(updated) : QString())
            << (bad ? QStringLiteral(", skipped %1").arg(bad) : QString()) << Qt::endl;
    return 0;
}

int exportCsv(CliContext& ctx, InventoryRepository& repo, ArgReader& args)
{
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(QStringLiteral("inventory export: unknown option %1").arg(unknown), 64);
    const QStringList files = args.positional();
    if (files.size() != 1)
        return ctx.fail(QStringLiteral("inventory export: name one CSV file, or - for standard output"), 64);
    const auto pbxs = repo.pbxs();
    if (!pbxs)
        return ctx.fail(pbxs.error());
    const QByteArray data = inventory::exportInventoryCsv(pbxs.value()).toUtf8();
    if (files.first() == u"-") {
        ctx.out << QString::fromUtf8(data);
        ctx.out.flush();
        return 0;
    }
    const PrivateFileScope privateFile; // the fleet's hosts and users: 0600 from creation
    QSaveFile out(files.first());
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return ctx.fail(
            QStringLiteral("inventory export: cannot write %1: %2").arg(files.first(), out.errorString()),
            73);
    ctx.out << "Exported " << pbxs->size() << " PBXs to " << files.first() << Qt::endl;
    return 0;
}

} // namespace

int runInventory(CliContext& ctx, const QStringList& arguments)
{
    if (arguments.isEmpty())
        return ctx.fail(QStringLiteral("inventory: say list, add, edit, remove, import or export"), 64);
    const QString sub = arguments.first();
    ArgReader args(arguments.mid(1));
    const auto db = Database::open(ctx.databasePath);
    if (!db)
        return ctx.fail(db.error(), 74);
    InventoryRepository repo(*db.value());
    if (sub == u"list")
        return list(ctx, repo, args);
    if (sub == u"add")
        return add(ctx, repo, args);
    if (sub == u"edit")
        return edit(ctx, repo, args);
    if (sub == u"remove")
        return remove(ctx, repo, args);
    if (sub == u"import")
        return import(ctx, repo, args);
    if (sub == u"export")
        return exportCsv(ctx, repo, args);
    return ctx.fail(
        QStringLiteral("inventory: unknown command '%1' (list, add, edit, remove, import, export)").arg(sub),
        64);
}

} // namespace pbxwarden::cli
