#include "audit/SecretVerdict.h"

#include <QCoreApplication>

namespace pbxwarden::audit {
namespace {

struct FlagWord
{
    SecretVerdict::Flag flag;
    const char* word;
};

const FlagWord kWords[] = {
    { SecretVerdict::Empty, "empty" },
    { SecretVerdict::EqualsUser, "equal-user" },
    { SecretVerdict::ContainsUser, "contains-user" },
    { SecretVerdict::Common, "common" },
    { SecretVerdict::VendorDefault, "default" },
    { SecretVerdict::Weak, "weak" },
    { SecretVerdict::Hashed, "hashed" },
};

} // namespace

QString SecretVerdict::flagWords() const
{
    QStringList words;
    for (const FlagWord& w : kWords) {
        if (flags & w.flag)
            words << QLatin1String(w.word);
    }
    return words.isEmpty() ? QStringLiteral("strong") : words.join(QLatin1Char('+'));
}

QString SecretVerdict::toMarker() const
{
    return QStringLiteral("PBXW-SECRET:%1:%2").arg(flagWords(), hash);
}

std::optional<SecretVerdict> SecretVerdict::fromMarker(const QString& value)
{
    if (!isMarker(value))
        return std::nullopt;
    const QStringList parts = value.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    SecretVerdict v;
    v.hash = parts.at(2);
    for (const QString& word : parts.at(1).split(QLatin1Char('+'))) {
        if (word == u"strong")
            continue;
        bool known = false;
        for (const FlagWord& w : kWords) {
            if (word == QLatin1String(w.word)) {
                v.flags |= w.flag;
                known = true;
            }
        }
        if (!known)
            return std::nullopt;
    }
    return v;
}

QString SecretVerdict::describe() const
{
    QStringList why;
    if (flags & Empty)
        why << QCoreApplication::translate("SecretVerdict", "empty");
    if (flags & EqualsUser)
        why << QCoreApplication::translate("SecretVerdict", "equal to the user name");
    else if (flags & ContainsUser)
        why << QCoreApplication::translate("SecretVerdict", "contains the user name");
    if (flags & VendorDefault)
        why << QCoreApplication::translate("SecretVerdict", "a vendor default");
    else if (flags & Common)
        why << QCoreApplication::translate("SecretVerdict", "a common password");
    if ((flags & Weak) && why.isEmpty())
        why << QCoreApplication::translate("SecretVerdict", "too short or too guessable");
    if (flags & Hashed)
        why << QCoreApplication::translate("SecretVerdict", "stored as a hash, strength unknown");
    if (why.isEmpty())
        why << QCoreApplication::translate("SecretVerdict", "strong");
    return QStringLiteral("****** (%1)").arg(why.join(QStringLiteral(", ")));
}

} // namespace pbxwarden::audit
