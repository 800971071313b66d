#include "audit/PasswordStrength.h"

#include <QFile>

#include <crypt.h>
#include <cstring>
#include <memory>
#include <zxcvbn.h>

namespace pbxwarden::audit {
namespace {

bool isRunOrRepeat(const QString& pin)
{
    if (pin.size() < 2)
        return true;
    bool same = true, up = true, down = true;
    for (int i = 1; i < pin.size(); ++i) {
        const int d = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && d == 0;
        up = up && d == 1;
        down = down && d == -1;
    }
    return same || up || down;
}

} // namespace

const PasswordStrength& PasswordStrength::instance()
{
    static const PasswordStrength strength = [] {
        QStringList common, defaults;
        QFile file(QStringLiteral(":/audit/data/common-passwords.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& raw : file.readAll().split('\n')) {
                const QString line = QString::fromUtf8(raw).trimmed();
                if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                    continue;
                const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                common << words.first();
                if (words.size() > 1 && words.at(1) == u"vendor-default")
                    defaults << words.first();
            }
        }
        return PasswordStrength(common, defaults);
    }();
    return strength;
}

PasswordStrength::PasswordStrength(const QStringList& common, const QStringList& vendorDefaults)
    : m_common(common.cbegin(), common.cend())
    , m_defaults(vendorDefaults.cbegin(), vendorDefaults.cend())
    , m_defaultList(vendorDefaults)
{
    for (const QString& d : vendorDefaults)
        m_common.insert(d);
}

double PasswordStrength::entropyBits(const QString& secret, const QString& user) const
{
    const QByteArray pw = secret.toUtf8();
    const QByteArray u = user.toUtf8();
    const char* dict[] = { u.isEmpty() ? nullptr : u.constData(), nullptr };
    return ZxcvbnMatch(pw.constData(), dict, nullptr);
}

SecretVerdict PasswordStrength::assess(const QString& secret, const QString& user, Kind kind) const
{
    SecretVerdict v;
    if (secret.isEmpty()) {
        v.flags |= SecretVerdict::Empty;
        return v;
    }
    const QString s = secret.toLower();
    const QString u = user.toLower();
    if (!u.isEmpty() && s == u)
        v.flags |= SecretVerdict::EqualsUser;
    else if (u.size() >= 3 && s.contains(u))
        v.flags |= SecretVerdict::ContainsUser;
    if (isVendorDefault(secret))
        v.flags |= SecretVerdict::VendorDefault | SecretVerdict::Common;
    else if (isCommon(secret))
        v.flags |= SecretVerdict::Common;
    if (kind == Kind::Pin) {
        if (secret.size() < kMinPinLength || isRunOrRepeat(secret))
            v.flags |= SecretVerdict::Weak;
    } else if (secret.size() < kMinSecretLength || entropyBits(secret, user) < kMinSecretBits) {
        v.flags |= SecretVerdict::Weak;
    }
    return v;
}

bool PasswordStrength::isVendorDefaultHash(const QByteArray& cryptHash) const
{
    if (cryptHash.isEmpty() || !cryptHash.startsWith('$'))
        return false;
    auto data = std::make_unique<crypt_data>();
    // Every listed password, defaults first: a root password from the list is as good as a default.
    QStringList candidates = m_defaultList;
    for (const QString& c : m_common) {
        if (!m_defaults.contains(c))
            candidates << c;
    }
    for (const QString& candidate : std::as_const(candidates)) {
        std::memset(data.get(), 0, sizeof(crypt_data));
        const char* out = crypt_r(candidate.toUtf8().constData(), cryptHash.constData(), data.get());
        if (out && out[0] != '*' && cryptHash == out)
            return true;
    }
    return false;
}

} // namespace pbxwarden::audit
