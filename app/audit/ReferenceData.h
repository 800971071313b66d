#pragma once

#include "audit/AsteriskVersion.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pbxwarden::audit {

// The tables of resources/data (embedded): Asterisk end of life, advisories, dialling prefixes.
class ReferenceData
{
public:
    struct Series
    {
        int series = 0;
        QString type;
        QDate securityOnlyFrom;
        QDate endOfLife;
    };
    struct Advisory
    {
        QString id;
        QString severity;
        QString title;
        QHash<int, QString> fixed; // series -> first fixed release
    };
    struct PremiumCode
    {
        QString code;
        QString name;
    };

    // How a country's numbers cost: the dialled prefixes of international, premium-rate, mobile and
    // national calls (dial-prefixes.json "numbering_plans").
    struct NumberingPlan
    {
        struct Prefix
        {
            QString costClass; // "international", "premium", "mobile", "national"
            QString prefix;
            int minDigits = 7; // digits after the prefix
        };
        QString id;
        QString name;
        QStringList countries;
        QList<Prefix> prefixes;
        QStringList prefixesOf(const QString& costClass) const;
    };

    struct OsRelease
    {
        QString id; // os-release ID: "debian", "ubuntu", "rhel", "centos", "sangoma"
        QString version; // major ("12", "8"), Ubuntu's "22.04"
        QString name;
        QDate endOfLife;
    };

    static const ReferenceData& instance();

    QList<Series> series() const { return m_series; }
    // nullopt for a series the table does not list.
    std::optional<Series> seriesOf(int major) const;
    // Listed series older than every listed one counts as end of life (13 and before).
    bool isEndOfLife(const AsteriskVersion& v, const QDate& on) const;
    bool isSecurityOnly(const AsteriskVersion& v, const QDate& on) const;
    QList<Advisory> advisories() const { return m_advisories; }
    // See asterisk-advisories.json "rule".
    static bool affects(const Advisory& advisory, const AsteriskVersion& v);
    QList<Advisory> advisoriesAffecting(const AsteriskVersion& v) const;

    QStringList internationalPrefixes() const { return m_prefixes; }
    int minDigitsAfterPrefix() const { return m_minDigits; }
    QList<PremiumCode> premiumCodes() const { return m_premium; }
    // The release of an os-release (ID, VERSION_ID, ID_LIKE), nullopt when the table does not list it.
    // RHEL rebuilds (Rocky, AlmaLinux, Oracle) count as RHEL of the same major version.
    std::optional<OsRelease> osRelease(
        const QString& id, const QString& versionId, const QString& idLike) const;
    // The plan of a country code ("us", "gb"; indications.conf's country), else the generic one.
    NumberingPlan numberingPlan(const QString& country) const;

private:
    QList<Series> m_series;
    QList<Advisory> m_advisories;
    QStringList m_prefixes;
    int m_minDigits = 7;
    QList<PremiumCode> m_premium;
    QList<NumberingPlan> m_plans;
    QList<OsRelease> m_os;
    QStringList m_rhelLike;
};

} // namespace pbxwarden::audit
