#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace pbxwarden::secrets {

// Secrets kept in memory for this run only, when there is no usable keyring and the user agreed.
// Never written anywhere.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~SessionSecretStore() override;

    void write(const QString& key, const QString& secret, DoneCallback done) override;
    void read(const QString& key, ReadCallback done) override;
    void remove(const QString& key, DoneCallback done) override;
    bool persistent() const override { return false; }
    QString description() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace pbxwarden::secrets
