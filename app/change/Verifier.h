#pragma once

#include "ssh/RemoteCommand.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pbxwarden::ssh {
class SshSession;
}

namespace pbxwarden::change {

struct Verdict
{
    bool passed = false;
    // Why it failed (or what was checked), in words a person can act on.
    QStringList reasons;
    // Raw output behind the verdict, for the details view.
    QByteArray details;
};

// A post-condition or access check of a plan. The audit implements it (collect again, evaluate, the
// findings that must stop firing); the engine only asks it over a session.
class Verifier
{
public:
    virtual ~Verifier() = default;
    virtual QString name() const = 0;
    virtual Verdict verify(ssh::SshSession& session) = 0;
};

// Passes when a command run as root exits 0 (and prints mustContain, when given).
class CommandVerifier : public Verifier
{
public:
    CommandVerifier(ssh::RemoteCommand command, QString name, QByteArray mustContain = {})
        : m_command(std::move(command))
        , m_name(std::move(name))
        , m_mustContain(std::move(mustContain))
    {
    }
    QString name() const override { return m_name; }
    Verdict verify(ssh::SshSession& session) override;

private:
    ssh::RemoteCommand m_command;
    QString m_name;
    QByteArray m_mustContain;
};

} // namespace pbxwarden::change
