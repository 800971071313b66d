#include "audit/AsteriskVersion.h"

#include <QRegularExpression>

namespace pbxwarden::audit {

std::optional<AsteriskVersion> AsteriskVersion::parse(const QString& output)
{
    static const QRegularExpression re(
        QStringLiteral("Asterisk\\s+(certified/|certified-)?(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:-cert(\\d+))?"));
    const auto m = re.match(output);
    if (!m.hasMatch())
        return std::nullopt;
    AsteriskVersion v;
    v.certified = !m.captured(1).isEmpty();
    v.major = m.captured(2).toInt();
    v.minor = m.captured(3).toInt();
    v.patch = m.captured(4).isEmpty() ? m.captured(5).toInt() : m.captured(4).toInt();
    v.text = m.captured(0).mid(9).trimmed();
    return v;
}

std::optional<AsteriskVersion> AsteriskVersion::fromNumber(const QString& number)
{
    return parse(QStringLiteral("Asterisk ") + number);
}

int AsteriskVersion::compare(const AsteriskVersion& o) const
{
    if (major != o.major)
        return major < o.major ? -1 : 1;
    if (minor != o.minor)
        return minor < o.minor ? -1 : 1;
    if (patch != o.patch)
        return patch < o.patch ? -1 : 1;
    return 0;
}

} // namespace pbxwarden::audit
