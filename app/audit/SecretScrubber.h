#pragma once

#include "audit/FactBundle.h"
#include "audit/PasswordStrength.h"

#include <QByteArray>

namespace pbxwarden::audit {

// Removes every secret from a bundle before it is evaluated or stored, and keeps only what the checks
// read (an allow-list): a file or section it does not know is withheld, its content replaced by
// "withheld: N bytes, ..." with exit status kWithheldRc, so a file a PBX user pointed an #include or a
// symlink at never reaches the inventory. In the Asterisk files (and the files they #include, which
// get their includer's rules), each credential is replaced by SecretVerdict's marker, judged first
// against its user name: any key that looks like a credential (password, secret, remotesecret,
// md5_cred, password_digest, refresh_token, oauth_secret/oauth_clientid...) unless known harmless,
// register => strings, user:secret@ in URIs and dial strings, Authenticate()/DISA()/VMAuthenticate()
// arguments, voicemail PINs, dialplan globals named *PIN*/*PASS*/*SECRET*. Comments follow Asterisk's
// rules (";--" opens a nesting block unless a third '-' follows) and their secrets become "******".
// Crontab passwords (mysql -pX, --password=X...) become markers; authorized_keys keeps key lines only.
// root's shadow hash becomes a verdict line ("verdict=known" / "verdict=unknown" / "verdict=locked" /
// "verdict=empty"). The salt should be random per audit (the default); tests pass their own.
class SecretScrubber
{
public:
    // The exit status of a section the scrubber withheld.
    static constexpr int kWithheldRc = 78;

    static FactBundle scrub(const FactBundle& raw,
        const PasswordStrength& strength = PasswordStrength::instance(), const QByteArray& salt = {});
    // One file's text, as scrub() does it; fileName decides the rules (pjsip.conf, manager.conf...).
    static QString scrubFile(const QString& fileName, const QString& text, const PasswordStrength& strength,
        const QByteArray& salt);
};

} // namespace pbxwarden::audit
