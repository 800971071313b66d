#pragma once

#include "secrets/SecretStore.h"

namespace pbxwarden::secrets {

struct KeychainProbe
{
    bool usable = false;
    QString message; // why not, in plain words, when not usable
};

// The system keychain through QtKeychain (libsecret / Secret Service on Linux).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("pbxwarden"), QObject* parent = nullptr);

    void write(const QString& key, const QString& secret, DoneCallback done) override;
    void read(const QString& key, ReadCallback done) override;
    void remove(const QString& key, DoneCallback done) override;
    bool persistent() const override { return true; }
    QString description() const override;

    // Writes, reads back and deletes a throw-away entry: a locked keyring answers reads with
    // "not found" rather than an error, so only a round trip tells that it really works.
    void probe(std::function<void(KeychainProbe)> done);

private:
    QString m_service;
};

} // namespace pbxwarden::secrets
