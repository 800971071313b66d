#include "secrets/BlockingSecrets.h"

#include <QEventLoop>

#include <optional>

namespace pbxwarden::secrets {
namespace {

template<typename T, typename Start>
T runToEnd(Start start)
{
    QEventLoop loop;
    std::optional<T> result;
    start([&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

Status writeAndWait(SecretStore& store, const QString& key, const QString& secret)
{
    return runToEnd<Status>([&](auto done) { store.write(key, secret, done); });
}

Result<SecretLookup> readAndWait(SecretStore& store, const QString& key)
{
    return runToEnd<Result<SecretLookup>>([&](auto done) { store.read(key, done); });
}

Status removeAndWait(SecretStore& store, const QString& key)
{
    return runToEnd<Status>([&](auto done) { store.remove(key, done); });
}

} // namespace pbxwarden::secrets
