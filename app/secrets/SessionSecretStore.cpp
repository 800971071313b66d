#include "secrets/SessionSecretStore.h"

#include "secrets/SecretKey.h"

#include <QCoreApplication>
#include <QTimer>

namespace pbxwarden::secrets {
namespace {

void wipe(QString& s)
{
    s.fill(QChar(0));
    s.clear();
}

} // namespace

SessionSecretStore::~SessionSecretStore()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipe(it.value());
}

// Answers are queued like a keyring's, so callers behave the same with either store.
void SessionSecretStore::write(const QString& key, const QString& secret, DoneCallback done)
{
    // An empty key means a record without identities (secretKey()): never one shared entry for all.
    if (key.isEmpty())
        return QTimer::singleShot(0, this, [done] { done(Error { noIdentityError() }); });
    QString& slot = m_secrets[key];
    wipe(slot);
    slot = secret;
    QTimer::singleShot(0, this, [done] { done(Status {}); });
}

void SessionSecretStore::read(const QString& key, ReadCallback done)
{
    if (key.isEmpty())
        return QTimer::singleShot(0, this, [done] { done(Error { noIdentityError() }); });
    SecretLookup lookup;
    if (auto it = m_secrets.constFind(key); it != m_secrets.constEnd())
        lookup = { true, it.value() };
    QTimer::singleShot(0, this, [done, lookup] { done(lookup); });
}

void SessionSecretStore::remove(const QString& key, DoneCallback done)
{
    if (key.isEmpty())
        return QTimer::singleShot(0, this, [done] { done(Error { noIdentityError() }); });
    if (auto it = m_secrets.find(key); it != m_secrets.end()) {
        wipe(it.value());
        m_secrets.erase(it);
    }
    QTimer::singleShot(0, this, [done] { done(Status {}); });
}

QString SessionSecretStore::description() const
{
    return QCoreApplication::translate("Secrets", "this session only (in memory, forgotten at exit)");
}

} // namespace pbxwarden::secrets
