#pragma once

#include "audit/SecretVerdict.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pbxwarden::audit {

// Judges secrets on the console (never on the PBX): libzxcvbn's entropy estimate, the common-password
// list of resources/data/common-passwords.txt (sources named there), and the user name.
class PasswordStrength
{
public:
    enum class Kind
    {
        // SIP, IAX, AMI secrets: 12+ characters and about 50 bits of zxcvbn entropy (DOMAIN.md:
        // "secrets of 12+ mixed characters"; SIPVicious' svcrack guesses the rest).
        Secret,
        // Voicemail and dialplan PINs: digits; 6+ digits, not the mailbox, not a run or a repeat.
        Pin,
    };

    // The shared instance, with the embedded list.
    static const PasswordStrength& instance();
    PasswordStrength(const QStringList& common, const QStringList& vendorDefaults);

    // Flags only; the caller adds the salted hash.
    SecretVerdict assess(const QString& secret, const QString& user, Kind kind) const;
    double entropyBits(const QString& secret, const QString& user) const;
    bool isCommon(const QString& secret) const
    {
        return m_common.contains(secret) || m_common.contains(secret.toLower());
    }
    bool isVendorDefault(const QString& secret) const { return m_defaults.contains(secret); }
    // Whether a crypt(3) hash (an /etc/shadow field) is of a vendor default or a listed common password.
    bool isVendorDefaultHash(const QByteArray& cryptHash) const;
    QStringList vendorDefaults() const { return m_defaultList; }

    static constexpr int kMinSecretLength = 12;
    static constexpr double kMinSecretBits = 50.0;
    static constexpr int kMinPinLength = 6;

private:
    QSet<QString> m_common;
    QSet<QString> m_defaults;
    QStringList m_defaultList;
};

} // namespace pbxwarden::audit
