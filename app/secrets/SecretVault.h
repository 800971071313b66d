#pragma once

#include "secrets/KeychainSecretStore.h"

#include <QObject>

#include <memory>

namespace pbxwarden::secrets {

// Where this run keeps secrets: the system keychain when it answers a round trip, otherwise, if
// the user agreed, an in-memory store for this session only, otherwise nowhere. The GUI's main()
// makes one and hands it to the services; widgets only show its state and pass on the user's choice.
class SecretVault : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Probing,
        Keychain,
        SessionOnly,
        None
    };

    explicit SecretVault(QObject* parent = nullptr);
    ~SecretVault() override;

    // Tries the keychain (again): a locked keyring answers reads with "not found", so only a round
    // trip tells. stateChanged follows, later.
    void probe();
    // The user agreed to keep secrets in memory until PBX Warden closes.
    void useSessionOnly();

    State state() const { return m_state; }
    // The store in use, or null (none usable yet).
    SecretStore* current() const;
    // Why the keychain cannot be used, in plain words (State::None / SessionOnly).
    QString keychainProblem() const { return m_problem; }

Q_SIGNALS:
    void stateChanged();

private:
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_session;
    State m_state = State::Probing;
    bool m_keychainUsable = false;
    QString m_problem;
};

} // namespace pbxwarden::secrets
