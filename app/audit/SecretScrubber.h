#pragma once

#include "audit/FactBundle.h"
#include "audit/PasswordStrength.h"

#include <QByteArray>

namespace pbxwarden::audit {

// Removes every secret from a bundle before it is evaluated or stored. In the Asterisk files, each
// secret (pjsip password/md5_cred, sip/iax secret/md5secret, manager secret, voicemail PINs, dialplan
// globals named *PIN*/*PASS*/*SECRET*) is replaced by SecretVerdict's marker, judged first against
// its user name; secrets in comments become "******". root's shadow hash becomes a verdict line
// ("verdict=known" / "verdict=unknown" / "verdict=locked" / "verdict=empty").
// The salt should be random per audit (the default); tests pass their own.
class SecretScrubber
{
public:
    static FactBundle scrub(const FactBundle& raw,
        const PasswordStrength& strength = PasswordStrength::instance(), const QByteArray& salt = {});
    // One file's text, as scrub() does it; fileName decides the rules (pjsip.conf, manager.conf...).
    static QString scrubFile(const QString& fileName, const QString& text, const PasswordStrength& strength,
        const QByteArray& salt);
};

} // namespace pbxwarden::audit
