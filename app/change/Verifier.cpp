#include "change/Verifier.h"

#include "ssh/SshSession.h"

#include <QCoreApplication>

namespace pbxwarden::change {

Verdict CommandVerifier::verify(ssh::SshSession& session)
{
    Verdict v;
    auto result = session.runAsRoot(m_command);
    if (!result) {
        v.reasons << QCoreApplication::translate("Verifier", "%1: could not run the check: %2")
                         .arg(m_name, result.error());
        return v;
    }
    v.details = result->out + result->err;
    if (!result->succeeded())
        v.reasons << QCoreApplication::translate("Verifier", "%1: the check exited with status %2.")
                         .arg(m_name)
                         .arg(result->exitStatus);
    else if (!m_mustContain.isEmpty() && !result->out.contains(m_mustContain))
        v.reasons << QCoreApplication::translate("Verifier", "%1: the check did not print \"%2\".")
                         .arg(m_name, QString::fromUtf8(m_mustContain));
    v.passed = v.reasons.isEmpty();
    return v;
}

} // namespace pbxwarden::change
