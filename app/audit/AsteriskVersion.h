#pragma once

#include <QString>

#include <optional>

namespace pbxwarden::audit {

// "Asterisk 18.20.0", "Asterisk certified/18.9-cert5", "Asterisk 22.10.1 built by ...".
struct AsteriskVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    bool certified = false;
    QString text;

    static std::optional<AsteriskVersion> parse(const QString& output);
    // "18.20.1" (the form of the advisory table).
    static std::optional<AsteriskVersion> fromNumber(const QString& number);
    int compare(const AsteriskVersion& other) const;
    bool operator<(const AsteriskVersion& other) const { return compare(other) < 0; }
};

} // namespace pbxwarden::audit
