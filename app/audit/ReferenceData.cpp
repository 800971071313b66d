#include "audit/ReferenceData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbxwarden::audit {
namespace {

QJsonObject load(const QString& name)
{
    QFile f(QStringLiteral(":/audit/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

const ReferenceData& ReferenceData::instance()
{
    static const ReferenceData data = [] {
        ReferenceData d;
        for (const QJsonValue& v :
            load(QStringLiteral("asterisk-eol.json")).value(QLatin1String("series")).toArray()) {
            const QJsonObject o = v.toObject();
            d.m_series << Series { o.value(QLatin1String("series")).toInt(),
                o.value(QLatin1String("type")).toString(),
                QDate::fromString(o.value(QLatin1String("security_only_from")).toString(), Qt::ISODate),
                QDate::fromString(o.value(QLatin1String("eol")).toString(), Qt::ISODate) };
        }
        for (const QJsonValue& v :
            load(QStringLiteral("asterisk-advisories.json")).value(QLatin1String("advisories")).toArray()) {
            const QJsonObject o = v.toObject();
            Advisory a { o.value(QLatin1String("id")).toString(),
                o.value(QLatin1String("severity")).toString(), o.value(QLatin1String("title")).toString(),
                {} };
            const QJsonObject fixed = o.value(QLatin1String("fixed")).toObject();
            for (auto it = fixed.begin(); it != fixed.end(); ++it)
                a.fixed.insert(it.key().toInt(), it.value().toString());
            d.m_advisories << a;
        }
        const QJsonObject prefixes = load(QStringLiteral("dial-prefixes.json"));
        for (const QJsonValue& v : prefixes.value(QLatin1String("international_prefixes")).toArray())
            d.m_prefixes << v.toString();
        d.m_minDigits = prefixes.value(QLatin1String("min_digits_after_prefix")).toInt(7);
        for (const QJsonValue& v : prefixes.value(QLatin1String("premium_country_codes")).toArray()) {
            const QJsonObject o = v.toObject();
            d.m_premium << PremiumCode { o.value(QLatin1String("code")).toString(),
                o.value(QLatin1String("name")).toString() };
        }
        const QJsonObject os = load(QStringLiteral("os-eol.json"));
        for (const QJsonValue& v : os.value(QLatin1String("releases")).toArray()) {
            const QJsonObject o = v.toObject();
            d.m_os << OsRelease { o.value(QLatin1String("id")).toString(),
                o.value(QLatin1String("version")).toString(), o.value(QLatin1String("name")).toString(),
                QDate::fromString(o.value(QLatin1String("eol")).toString(), Qt::ISODate) };
        }
        for (const QJsonValue& v : os.value(QLatin1String("rhel_like")).toArray())
            d.m_rhelLike << v.toString();
        for (const QJsonValue& v : prefixes.value(QLatin1String("numbering_plans")).toArray()) {
            const QJsonObject o = v.toObject();
            NumberingPlan plan { o.value(QLatin1String("id")).toString(),
                o.value(QLatin1String("name")).toString(), {}, {} };
            for (const QJsonValue& c : o.value(QLatin1String("countries")).toArray())
                plan.countries << c.toString();
            for (const QJsonValue& x : o.value(QLatin1String("prefixes")).toArray()) {
                const QJsonObject p = x.toObject();
                plan.prefixes << NumberingPlan::Prefix { p.value(QLatin1String("class")).toString(),
                    p.value(QLatin1String("prefix")).toString(),
                    p.value(QLatin1String("min_digits")).toInt(7) };
            }
            d.m_plans << plan;
        }
        return d;
    }();
    return data;
}

std::optional<ReferenceData::OsRelease> ReferenceData::osRelease(
    const QString& id, const QString& versionId, const QString& idLike) const
{
    const QString i = id.trimmed().toLower();
    const QString v = versionId.trimmed();
    const QString major = v.section(QLatin1Char('.'), 0, 0);
    QStringList ids { i };
    if (m_rhelLike.contains(i) || idLike.contains(QLatin1String("rhel")))
        ids << QStringLiteral("rhel");
    for (const QString& candidate : ids) {
        for (const OsRelease& r : m_os) {
            if (r.id == candidate && (r.version == v || (r.id != u"ubuntu" && r.version == major)))
                return r;
        }
    }
    return std::nullopt;
}

QStringList ReferenceData::NumberingPlan::prefixesOf(const QString& costClass) const
{
    QStringList out;
    for (const Prefix& p : prefixes) {
        if (p.costClass == costClass)
            out << p.prefix;
    }
    return out;
}

ReferenceData::NumberingPlan ReferenceData::numberingPlan(const QString& country) const
{
    const QString c = country.trimmed().toLower();
    for (const NumberingPlan& p : m_plans) {
        if (!c.isEmpty() && p.countries.contains(c))
            return p;
    }
    for (const NumberingPlan& p : m_plans) {
        if (p.id == u"generic")
            return p;
    }
    // Without the table: the international prefixes alone.
    NumberingPlan generic { QStringLiteral("generic"), QStringLiteral("generic"), {}, {} };
    for (const QString& p : m_prefixes)
        generic.prefixes << NumberingPlan::Prefix { QStringLiteral("international"), p, m_minDigits };
    return generic;
}

std::optional<ReferenceData::Series> ReferenceData::seriesOf(int major) const
{
    for (const Series& s : m_series) {
        if (s.series == major)
            return s;
    }
    return std::nullopt;
}

bool ReferenceData::isEndOfLife(const AsteriskVersion& v, const QDate& on) const
{
    if (const auto s = seriesOf(v.major))
        return on >= s->endOfLife;
    // Older than anything listed (1.8, 11, ...), or an unlisted series between listed ones (14, 15).
    int newest = 0;
    for (const Series& s : m_series)
        newest = qMax(newest, s.series);
    return v.major < newest;
}

bool ReferenceData::isSecurityOnly(const AsteriskVersion& v, const QDate& on) const
{
    const auto s = seriesOf(v.major);
    return s && on >= s->securityOnlyFrom && on < s->endOfLife;
}

bool ReferenceData::affects(const Advisory& advisory, const AsteriskVersion& v)
{
    if (advisory.fixed.contains(v.major)) {
        const auto fixed = AsteriskVersion::fromNumber(advisory.fixed.value(v.major));
        return fixed && v < *fixed;
    }
    int newest = 0;
    for (auto it = advisory.fixed.cbegin(); it != advisory.fixed.cend(); ++it)
        newest = qMax(newest, it.key());
    return v.major < newest;
}

QList<ReferenceData::Advisory> ReferenceData::advisoriesAffecting(const AsteriskVersion& v) const
{
    QList<Advisory> out;
    for (const Advisory& a : m_advisories) {
        if (affects(a, v))
            out << a;
    }
    return out;
}

} // namespace pbxwarden::audit
