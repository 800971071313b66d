#include "secrets/SecretVault.h"

#include "secrets/SessionSecretStore.h"

namespace pbxwarden::secrets {

SecretVault::SecretVault(QObject* parent)
    : QObject(parent)
    , m_keychain(std::make_unique<KeychainSecretStore>())
{
}

SecretVault::~SecretVault() = default;

void SecretVault::probe()
{
    if (!m_session)
        m_state = State::Probing;
    Q_EMIT stateChanged();
    m_keychain->probe([this](KeychainProbe probe) {
        m_keychainUsable = probe.usable;
        m_problem = probe.message;
        if (probe.usable) {
            // The session store is dropped with what it held: from now on the keychain keeps secrets.
            m_session.reset();
            m_state = State::Keychain;
        } else {
            m_state = m_session ? State::SessionOnly : State::None;
        }
        Q_EMIT stateChanged();
    });
}

void SecretVault::useSessionOnly()
{
    if (!m_session)
        m_session = std::make_unique<SessionSecretStore>();
    if (m_state != State::Keychain)
        m_state = State::SessionOnly;
    Q_EMIT stateChanged();
}

SecretStore* SecretVault::current() const
{
    if (m_state == State::Keychain)
        return m_keychain.get();
    return m_session.get();
}

} // namespace pbxwarden::secrets
