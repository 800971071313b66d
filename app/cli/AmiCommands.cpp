#include "cli/AmiCommands.h"

#include "ami/AmiClient.h"
#include "ami/AmiParser.h"
#include "ami/AmiSocketTransport.h"
#include "ami/AmiSshTransport.h"
#include "cli/CliContext.h"
#include "core/ProcessHardening.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretKey.h"

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

// The inventory PBX's SSH settings and keychain secret, for what the command line did not give.
QString sshRouteFromInventory(const PbxRecord& pbx, SshRoute* route, bool userGaveCredentials)
{
    if (route->target.host.isEmpty())
        route->target.host = pbx.host;
    if (route->target.port == 22)
        route->target.port = pbx.sshPort;
    if (route->target.user == u"root")
        route->target.user = pbx.sshUser;
    if (route->target.pinnedFingerprint.isEmpty())
        route->target.pinnedFingerprint = pbx.hostKeyFingerprint;
    if (userGaveCredentials)
        return {};
    route->credentials.method = pbx.sshAuth;
    route->credentials.keyPath = pbx.sshKeyPath;
    if (pbx.sshAuth == SshAuth::Agent)
        return {};
    secrets::KeychainSecretStore keychain;
    const auto purpose = pbx.sshAuth == SshAuth::KeyFile ? secrets::SecretPurpose::SshKeyPassphrase
                                                         : secrets::SecretPurpose::SshPassword;
    const auto secret = secrets::readAndWait(keychain, secrets::secretKey(pbx.id, purpose));
    if (!secret && pbx.sshAuth == SshAuth::Password)
        return QStringLiteral("%1: the SSH password cannot be read from the keychain: %2")
            .arg(pbx.name, secret.error());
    if (secret && secret->found) {
        if (pbx.sshAuth == SshAuth::KeyFile)
            route->credentials.keyPassphrase = secret->value;
        else
            route->credentials.password = secret->value;
    }
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
    bool tls = args.takeFlag(QStringLiteral("--tls"));
    const bool md5 = args.takeFlag(QStringLiteral("--md5"));
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
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(QStringLiteral("ami: unknown option %1 (try --help)").arg(unknown), kExitUsage);
    QStringList positional = args.positional();

    int port = 5038;
    QString secret;
    if (host.isEmpty()) {
        // ami NAME ACTION ...: the PBX from the inventory, its AMI secret from the keychain.
        if (positional.size() < 2)
            return ctx.fail(
                QStringLiteral("ami: give --host H or an inventory PBX NAME, then an ACTION"), kExitUsage);
        const QString name = positional.takeFirst();
        const auto db = inventory::Database::open(ctx.databasePath);
        if (!db)
            return ctx.fail(db.error(), 74);
        inventory::InventoryRepository repo(*db.value());
        const auto pbx = repo.pbxByName(name);
        if (!pbx)
            return ctx.fail(QStringLiteral("ami: %1").arg(pbx.error()), kExitData);
        host = pbx->host;
        port = pbx->amiPort;
        tls = tls || pbx->amiTls;
        if (sshRoute.enabled) {
            tls = false; // the PBX's plain AMI port on its loopback, through the SSH channel
            if (const QString bad
                = sshRouteFromInventory(pbx.value(), &sshRoute, !sshRoute.credentials.keyPath.isEmpty());
                !bad.isEmpty())
                return ctx.fail(QStringLiteral("ami: %1").arg(bad), kExitUnavailable);
        }
        if (user.isEmpty())
            user = pbx->amiUser;
        if (!secretFromStdin) {
            secrets::KeychainSecretStore keychain;
            const auto stored = secrets::readAndWait(
                keychain, secrets::secretKey(pbx->id, secrets::SecretPurpose::AmiSecret));
            if (!stored)
                return ctx.fail(QStringLiteral("ami: %1: the AMI secret cannot be read from the keychain: %2")
                                    .arg(name, stored.error()),
                    kExitUnavailable);
            if (!stored->found)
                return ctx.fail(
                    QStringLiteral("ami: %1 has no AMI secret in the keychain (use --secret-stdin)")
                        .arg(name),
                    kExitUsage);
            secret = stored->value;
        }
    }
    if (positional.isEmpty())
        return ctx.fail(QStringLiteral("ami: give an ACTION (Ping, CoreSettings, Command ...)"), kExitUsage);
    if (portOption != 0)
        port = portOption;
    if (user.isEmpty())
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

    ami::AmiTlsOptions tlsOptions;
    tlsOptions.enabled = tls;
    tlsOptions.pinnedSha256 = fingerprint.toLatin1();
    ami::AmiClientOptions options;
    options.username = user;
    options.secret = secret;
    options.md5Challenge = md5;
    options.pingIntervalMs = 0;
    options.connectTimeoutMs = timeoutMs;
    options.actionTimeoutMs = timeoutMs;
    ami::AmiTransport* transport = nullptr;
    if (sshRoute.enabled) {
        if (sshRoute.target.host.isEmpty())
            sshRoute.target.host = host;
        ssh::SshTunnelOptions tunnel;
        tunnel.remotePort = port;
        transport = new ami::AmiSshTransport(sshRoute.target, sshRoute.credentials, tunnel);
    } else {
        transport = new ami::AmiSocketTransport(host, quint16(port), tlsOptions);
    }
    ami::AmiClient client(transport, options);
    // The client's options now hold the one copy (wiped with the client); drop ours.
    wipeSecret(secret);

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
