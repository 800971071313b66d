#pragma once

#include "audit/Finding.h"
#include "change/Verifier.h"

#include <QList>
#include <QStringList>

namespace pbxwarden::hardening {

// A change's post-condition: audits the PBX again (the same collector, the same checks) and passes
// when every check the fix resolves no longer fails and no check of medium or worse fails that did
// not fail before.
class AuditVerifier : public change::Verifier
{
public:
    AuditVerifier(QString pbxName, QStringList mustStopFiring, QList<audit::Finding> before)
        : m_pbxName(std::move(pbxName))
        , m_mustStopFiring(std::move(mustStopFiring))
        , m_before(std::move(before))
    {
    }
    QString name() const override;
    change::Verdict verify(ssh::SshSession& session) override;

    // The verdict on findings of the audit after the change (pure, unit-tested).
    change::Verdict judge(const QList<audit::Finding>& after) const;
    const QStringList& mustStopFiring() const { return m_mustStopFiring; }

private:
    QString m_pbxName;
    QStringList m_mustStopFiring;
    QList<audit::Finding> m_before;
};

} // namespace pbxwarden::hardening
