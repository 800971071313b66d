#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pbxwarden::audit {

// What the console learnt about one secret before it was removed from the facts. Stored in place of
// the secret as a marker:  PBXW-SECRET:<flags joined by +>:<salted hash, 12 hex>
// The hash is salted per audit: it shows that two accounts share a secret, and nothing else.
struct SecretVerdict
{
    enum Flag
    {
        Empty = 1,
        EqualsUser = 2,
        ContainsUser = 4,
        Common = 8,
        VendorDefault = 16,
        Weak = 32,
        // md5_cred / md5secret: only a hash was configured; its strength cannot be judged.
        Hashed = 64,
    };

    int flags = 0;
    QString hash;

    bool has(Flag f) const { return flags & f; }
    bool isWeak() const
    {
        return flags & (Empty | EqualsUser | ContainsUser | Common | VendorDefault | Weak);
    }
    // "equal-user+common+weak": the flag words of the marker.
    QString flagWords() const;
    QString toMarker() const;
    static bool isMarker(const QString& value) { return value.startsWith(QLatin1String("PBXW-SECRET:")); }
    static std::optional<SecretVerdict> fromMarker(const QString& value);
    // For evidence, translated: "****** (equal to the user name, a common password)".
    QString describe() const;
};

} // namespace pbxwarden::audit
