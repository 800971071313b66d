#include "cli/AmiCommands.h"

#include "ami/AmiClient.h"
#include "ami/AmiConnector.h"
#include "ami/AmiParser.h"
#include "cli/CliContext.h"
#include "cli/CliSecrets.h"
#include "core/ProcessHardening.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "ssh/SshTarget.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace pbxwarden::cli {
namespace {

using ami::AmiFrame;

constexpr int kExitUsage = 64;
constexpr int kExitData = 65;
constexpr int kExitNoInput = 66;
constexpr int kExitUnavailable = 69;

QJsonArray fieldsJson(const AmiFrame& frame)
{
    QJsonArray fields;
    for (const ami::AmiField& field : frame.fields())
        fields.append(QJsonArray { QString::fromUtf8(field.key), QString::fromUtf8(field.value) });
    return fields;
}

QJsonObject frameJson(const AmiFrame& frame)
{
    QJsonObject object;
    object.insert(QStringLiteral("kind"), AmiFrame::kindName(frame.kind()));
    if (frame.kind() == AmiFrame::Kind::Banner)
        object.insert(QStringLiteral("banner"), QString::fromUtf8(frame.bannerLine()));
    else
        object.insert(QStringLiteral("fields"), fieldsJson(frame));
    return object;
}

void printFrameText(QTextStream& out, const AmiFrame& frame)
{
    if (frame.kind() == AmiFrame::Kind::Banner) {
        out << QString::fromUtf8(frame.bannerLine()) << '\n';
        return;
    }
    for (const ami::AmiField& field : frame.fields())
        out << QString::fromUtf8(field.key) << ": " << QString::fromUtf8(field.value) << '\n';
    out << '\n';
}

// ---- AMI through the PBX's own SSH session (--via-ssh) ----------------------------------------------

struct SshRoute
{
    bool enabled = false;
    ssh::SshTarget target;
    ssh::Credentials credentials;
};

// --via-ssh, --ssh-host H, --ssh-port P, --ssh-user U, --ssh-key FILE, --ssh-fingerprint SHA256.
// Any --ssh-* option implies --via-ssh. Returns an error text, empty when fine.
QString takeSshRoute(ArgReader& args, SshRoute* route)
{
    route->enabled = args.takeFlag(QStringLiteral("--via-ssh"));
    QString host, user, key, fingerprint;
    int port = 0;
    if (!args.takeValue(QStringLiteral("--ssh-host"), &host)
        || !args.takeInt(QStringLiteral("--ssh-port"), 1, 65535, &port)
        || !args.takeValue(QStringLiteral("--ssh-user"), &user)
        || !args.takeValue(QStringLiteral("--ssh-key"), &key)
        || !args.takeValue(QStringLiteral("--ssh-fingerprint"), &fingerprint))
        return args.error();
    route->enabled = route->enabled || !host.isEmpty() || port != 0 || !user.isEmpty() || !key.isEmpty()
        || !fingerprint.isEmpty();
    route->target.host = host;
    if (port != 0)
        route->target.port = port;
    if (!user.isEmpty())
        route->target.user = user;
    route->target.pinnedFingerprint = fingerprint;
    route->credentials.method = key.isEmpty() ? SshAuth::Agent : SshAuth::KeyFile;
    route->credentials.keyPath = key;
    return {};
}

// ---- end of --via-ssh --------------------------------------------------------------------------------

} // namespace

int runAmiParse(CliContext& ctx, const QStringList& arguments)
{
    ArgReader args(arguments);
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(QStringLiteral("ami-parse: unknown option %1").arg(unknown), kExitUsage);
    const QStringList files = args.positional();
    if (files.size() != 1)
        return ctx.fail(QStringLiteral("ami-parse: give one FILE (a saved AMI byte stream)"), kExitUsage);
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(
            QStringLiteral("ami-parse: %1: %2").arg(files.first(), file.errorString()), kExitNoInput);

    // What a server sent starts with its banner; what a client sent starts with a field.
    const QByteArray head = file.peek(256);
    const qsizetype eol = head.indexOf('\n');
    const bool fromServer = !head.left(eol < 0 ? head.size() : eol).contains(':');
    ami::AmiParser parser(fromServer ? ami::AmiParser::Mode::Client : ami::AmiParser::Mode::Server);
    bool ok = true;
    while (ok && !file.atEnd()) {
        ok = parser.feed(file.read(64 * 1024));
        for (const AmiFrame& frame : parser.takeFrames()) {
            if (json)
                ctx.out << QJsonDocument(frameJson(frame)).toJson(QJsonDocument::Compact) << '\n';
            else
                printFrameText(ctx.out, frame);
        }
    }
    if (ok)
        ok = parser.finish();
    ctx.out.flush();
    if (!ok)
        return ctx.fail(
            QStringLiteral("ami-parse: %1: %2").arg(files.first(), parser.errorString()), kExitData);
    return 0;
}

int runAmi(CliContext& ctx, const QStringList& arguments)
{
    ArgReader args(arguments);
    QString host, user, fingerprint;
    int portOption = 0;
    int timeoutMs = 15000;
    const bool json = args.takeFlag(QStringLiteral("--json"));
    const bool tls = args.takeFlag(QStringLiteral("--tls"));
    const bool md5 = args.takeFlag(QStringLiteral("--md5"));
    // AMI in clear must be asked for by name: nothing falls back to it (issue 11).
    const bool plainTcp = args.takeFlag(QStringLiteral("--plain-tcp"));
    const bool secretFromStdin = args.takeFlag(QStringLiteral("--secret-stdin"))
        || args.takeFlag(QStringLiteral("--ami-secret-stdin"));
    if (!args.takeValue(QStringLiteral("--host"), &host)
        || !args.takeInt(QStringLiteral("--port"), 1, 65535, &portOption)
        || !args.takeValue(QStringLiteral("--user"), &user)
        || !args.takeValue(QStringLiteral("--tls-fingerprint"), &fingerprint)
        || !args.takeSeconds(QStringLiteral("--timeout"), 3600, &timeoutMs))
        return ctx.fail(QStringLiteral("ami: %1").arg(args.error()), kExitUsage);
    SshRoute sshRoute;
    if (const QString bad = takeSshRoute(args, &sshRoute); !bad.isEmpty())
        return ctx.fail(QStringLiteral("ami: %1").arg(bad), kExitUsage);
    if (sshRoute.enabled && tls)
        return ctx.fail(
            QStringLiteral("ami: --tls and --via-ssh exclude each other (SSH already encrypts)"), kExitUsage);
    if (plainTcp && (tls || sshRoute.enabled))
        return ctx.fail(QStringLiteral("ami: --plain-tcp excludes --tls and --via-ssh"), kExitUsage);
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(QStringLiteral("ami: unknown option %1 (try --help)").arg(unknown), kExitUsage);
    QStringList positional = args.positional();

    // What the route is chosen from: an inventory PBX, or one described on the command line.
    ami::AmiRouteRequest request;
    PbxRecord& pbx = request.pbx;
    pbx.sshUser = sshRoute.target.user;
    pbx.sshPort = sshRoute.target.port;
    Secret secret;
    const bool userGaveSsh = !sshRoute.credentials.keyPath.isEmpty();
    if (host.isEmpty()) {
        // ami NAME ACTION ...: the PBX from the inventory, its secrets from the keychain.
        if (positional.size() < 2)
            return ctx.fail(
                QStringLiteral("ami: give --host H or an inventory PBX NAME, then an ACTION"), kExitUsage);
        const QString name = positional.takeFirst();
        const auto db = inventory::Database::open(ctx.databasePath);
        if (!db)
            return ctx.fail(db.error(), 74);
        inventory::InventoryRepository repo(*db.value());
        const auto found = repo.pbxByName(name);
        if (!found)
            return ctx.fail(QStringLiteral("ami: %1").arg(found.error()), kExitData);
        pbx = found.value();
        // What the command line gives wins over the inventory.
        if (!sshRoute.target.host.isEmpty())
            pbx.host = sshRoute.target.host;
        if (sshRoute.target.port != 22)
            pbx.sshPort = sshRoute.target.port;
        if (sshRoute.target.user != u"root")
            pbx.sshUser = sshRoute.target.user;
        if (!sshRoute.target.pinnedFingerprint.isEmpty())
            pbx.hostKeyFingerprint = sshRoute.target.pinnedFingerprint;
        if (!user.isEmpty())
            pbx.amiUser = user;
        int what = (userGaveSsh ? 0 : secrets::CredentialService::Ssh)
            | (secretFromStdin ? 0 : secrets::CredentialService::Ami);
        if (what != 0) {
            // Entries still under their pre-identity names are moved before they are looked up.
            secrets::KeychainSecretStore keychain;
            ctx.moveLegacySecrets(repo, keychain);
        }
        const secrets::PbxCredentials c = fetchCredentials({ pbx }, what).first();
        if (what & secrets::CredentialService::Ami) {
            if (c.amiProblem.kind == secrets::CredentialProblem::Kind::NotFound)
                return ctx.fail(
                    QStringLiteral("ami: %1 has no AMI secret in the keychain (use --secret-stdin)")
                        .arg(name),
                    kExitUsage);
            if (!c.amiReady())
                return ctx.fail(
                    QStringLiteral("ami: %1: %2").arg(name, c.amiProblem.message), kExitUnavailable);
            secret = c.amiSecret;
        }
        if (userGaveSsh)
            request.ssh = sshRoute.credentials;
        else if (c.sshReady())
            request.ssh = c.ssh;
        request.sshProblem = c.sshProblem.message;
    } else {
        pbx.name = host;
        pbx.host = sshRoute.target.host.isEmpty() ? host : sshRoute.target.host;
        pbx.amiPort = 5038;
        pbx.hostKeyFingerprint = sshRoute.target.pinnedFingerprint;
        pbx.amiUser = user;
        if (sshRoute.enabled)
            request.ssh = sshRoute.credentials;
        else
            pbx.hostKeyFingerprint.clear(); // only --via-ssh asks for the tunnel with --host
    }
    if (positional.isEmpty())
        return ctx.fail(QStringLiteral("ami: give an ACTION (Ping, CoreSettings, Command ...)"), kExitUsage);
    if (portOption != 0)
        pbx.amiPort = portOption;
    if (pbx.amiUser.isEmpty())
        return ctx.fail(QStringLiteral("ami: give --user (the manager.conf user)"), kExitUsage);
    if (secretFromStdin)
        secret = ctx.readSecretFromStdin();

    AmiFrame action = AmiFrame::action(positional.takeFirst());
    for (const QString& pair : std::as_const(positional)) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return ctx.fail(QStringLiteral("ami: '%1' is not a 'Key: Value' pair").arg(pair), kExitUsage);
        action.append(QByteArrayView(pair.left(colon).trimmed().toUtf8()), pair.mid(colon + 1).trimmed());
    }

    // --via-ssh: the PBX's plain AMI port on its loopback, through the SSH channel, and nothing else.
    if (tls)
        pbx.amiTls = true;
    if (sshRoute.enabled)
        pbx.amiTls = false;
    request.plainTcpAllowed = plainTcp;
    request.sshTimeoutMs = timeoutMs;
    request.tlsPinnedSha256 = fingerprint.toLatin1();
    const ami::AmiRouteChoice choice = ami::AmiConnector::choose(request);
    if (!choice.ok())
        return ctx.fail(
            QStringLiteral("ami: %1 (here: --via-ssh with --ssh-fingerprint, --tls, or --plain-tcp)")
                .arg(choice.problem.message),
            kExitUnavailable);
    if (sshRoute.enabled && *choice.route != ami::AmiRoute::SshTunnel)
        return ctx.fail(QStringLiteral("ami: --via-ssh: no SSH tunnel is possible"), kExitUnavailable);
    ami::AmiClientOptions options = ami::AmiConnector::options(*choice.route, pbx.amiUser, secret);
    options.md5Challenge = options.md5Challenge || md5;
    options.pingIntervalMs = 0;
    options.connectTimeoutMs = timeoutMs;
    options.actionTimeoutMs = timeoutMs;
    ami::AmiClient client(ami::AmiConnector::makeTransport(*choice.route, request), options);
    // The client's options now share the one buffer (wiped with the last holder); drop ours.
    secret = Secret();
    options.secret = Secret();

    // The CLI has nothing else to do: its one event loop runs until the answer is in.
    QEventLoop loop;
    int status = 0;
    QObject::connect(&client, &ami::AmiClient::stateChanged, &loop,
        [&](ami::AmiClient::State state, const QString& reason) {
            if (state == ami::AmiClient::State::Up) {
                client.sendAction(action, &loop, [&](const Result<ami::AmiResponse>& answer) {
                    if (!answer) {
                        status = ctx.fail(QStringLiteral("ami: %1").arg(answer.error()), kExitUnavailable);
                    } else if (json) {
                        QJsonObject object;
                        object.insert(QStringLiteral("response"), fieldsJson(answer->response));
                        QJsonArray events;
                        for (const AmiFrame& event : answer->events)
                            events.append(fieldsJson(event));
                        object.insert(QStringLiteral("events"), events);
                        if (!answer->completion.fields().isEmpty())
                            object.insert(QStringLiteral("complete"), fieldsJson(answer->completion));
                        ctx.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
                    } else {
                        printFrameText(ctx.out, answer->response);
                        for (const AmiFrame& event : answer->events)
                            printFrameText(ctx.out, event);
                        if (!answer->completion.fields().isEmpty())
                            printFrameText(ctx.out, answer->completion);
                    }
                    if (answer && !answer->isSuccess() && answer->response.responseStatus() != u"Goodbye")
                        status = 1;
                    ctx.out.flush();
                    client.disconnectFromPbx();
                });
            } else if (state == ami::AmiClient::State::Failed) {
                status = ctx.fail(QStringLiteral("ami: %1").arg(reason), kExitUnavailable);
                loop.quit();
            } else if (state == ami::AmiClient::State::Disconnected) {
                if (status == 0 && !reason.isEmpty() && reason != ami::AmiClient::tr("disconnected"))
                    status = ctx.fail(QStringLiteral("ami: %1").arg(reason), kExitUnavailable);
                loop.quit();
            }
        });
    client.connectToPbx();
    loop.exec();
    return status;
}

} // namespace pbxwarden::cli
