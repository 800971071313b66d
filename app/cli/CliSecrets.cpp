#include "cli/CliSecrets.h"

#include "secrets/KeychainSecretStore.h"

#include <QEventLoop>

#include <optional>

namespace pbxwarden::cli {
namespace {

template<typename T, typename Start>
T runToEnd(Start start)
{
    secrets::KeychainSecretStore keychain;
    const secrets::CredentialService service(&keychain);
    QEventLoop loop;
    std::optional<T> result;
    start(service, &loop, [&](const T& value) {
        result = value;
        loop.quit();
    });
    // The service always answers from the event loop, never inside the call.
    loop.exec();
    return std::move(*result);
}

} // namespace

QList<secrets::PbxCredentials> fetchCredentials(const QList<PbxRecord>& pbxs, int what)
{
    return runToEnd<QList<secrets::PbxCredentials>>([&](const secrets::CredentialService& s, QObject* context,
                                                        auto done) { s.fetch(pbxs, what, context, done); });
}

secrets::SecretWrite storeSecrets(const PbxRecord& pbx, const secrets::GivenSecrets& given)
{
    return runToEnd<secrets::SecretWrite>([&](const secrets::CredentialService& s, QObject* context,
                                              auto done) { s.store(pbx, given, context, done); });
}

secrets::SecretRemoval removeSecrets(const PbxRecord& pbx, const QList<secrets::SecretPurpose>& purposes)
{
    return runToEnd<secrets::SecretRemoval>([&](const secrets::CredentialService& s, QObject* context,
                                                auto done) { s.remove(pbx, purposes, context, done); });
}

secrets::SecretRemoval removeSecrets(const PbxRecord& pbx)
{
    return runToEnd<secrets::SecretRemoval>([&](const secrets::CredentialService& s, QObject* context,
                                                auto done) { s.removeAll(pbx, context, done); });
}

Result<ssh::Credentials> sshCredentialsFor(const PbxRecord& pbx)
{
    const secrets::PbxCredentials c = fetchCredentials({ pbx }, secrets::CredentialService::Ssh).first();
    if (!c.sshReady())
        return Error { QStringLiteral("%1: %2").arg(pbx.name, c.sshProblem.message) };
    return c.ssh;
}

} // namespace pbxwarden::cli
