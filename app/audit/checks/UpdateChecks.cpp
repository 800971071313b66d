#include "audit/ReferenceData.h"
#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace pbxwarden::audit::checks {
namespace {

constexpr int kStaleDays = 183; // "at least twice a year"

Check eol()
{
    return { QStringLiteral("updates.asterisk-eol"), Practice::Updates, Severity::High,
        QCoreApplication::translate("UpdateChecks", "Asterisk version past its end of life"),
        QCoreApplication::translate("UpdateChecks",
            "An end-of-life Asterisk series gets no security fixes: every advisory published since stays "
            "open."),
        QCoreApplication::translate("UpdateChecks",
            "Upgrade to a supported LTS series (22 LTS until 2029-10-16, 20 LTS until 2027-10-19).") };
}

Check osEol()
{
    return { QStringLiteral("updates.os-eol"), Practice::Updates, Severity::High,
        QCoreApplication::translate("UpdateChecks", "The operating system release is past its end of life"),
        QCoreApplication::translate("UpdateChecks",
            "A release past its end of security support gets no fixes for OpenSSH, OpenSSL or the kernel: "
            "every new flaw stays open for good."),
        QCoreApplication::translate("UpdateChecks",
            "Upgrade to a supported release (FreePBX: SNG7 to FreePBX 17 on Debian 12), or buy extended "
            "support until you can.") };
}

Check advisories()
{
    return { QStringLiteral("updates.asterisk-advisories"), Practice::Updates, Severity::High,
        QCoreApplication::translate(
            "UpdateChecks", "Published Asterisk security advisories affect the running version"),
        QCoreApplication::translate(
            "UpdateChecks", "These flaws are public; exploit code for several of them is too."),
        QCoreApplication::translate("UpdateChecks",
            "Update to at least the first fixed release of the running branch, or to a newer supported "
            "branch.") };
}

Check securityOnly()
{
    return { QStringLiteral("updates.asterisk-security-only"), Practice::Updates, Severity::Low,
        QCoreApplication::translate("UpdateChecks", "Asterisk series receives security fixes only"),
        QCoreApplication::translate(
            "UpdateChecks", "The series is close to its end of life; bugs are no longer fixed."),
        QCoreApplication::translate(
            "UpdateChecks", "Plan the move to the current LTS series before the end-of-life date.") };
}

Check osSecurity()
{
    return { QStringLiteral("updates.os-security-pending"), Practice::Updates, Severity::High,
        QCoreApplication::translate("UpdateChecks", "Operating system security updates are pending"),
        QCoreApplication::translate(
            "UpdateChecks", "Known vulnerabilities of the installed packages are fixed but not installed."),
        QCoreApplication::translate("UpdateChecks",
            "Install them (apt-get upgrade / dnf upgrade --security) in the next maintenance window, and "
            "consider unattended security updates.") };
}

Check osPending()
{
    return { QStringLiteral("updates.os-pending"), Practice::Updates, Severity::Low,
        QCoreApplication::translate("UpdateChecks", "Operating system updates are pending"),
        QCoreApplication::translate(
            "UpdateChecks", "Bug-fix updates pile up and make the next upgrade riskier."),
        QCoreApplication::translate("UpdateChecks", "Install pending updates at least twice a year.") };
}

Check osStale()
{
    return { QStringLiteral("updates.os-stale"), Practice::Updates, Severity::Medium,
        QCoreApplication::translate("UpdateChecks", "No update was installed in the last six months"),
        QCoreApplication::translate(
            "UpdateChecks", "The seed practice asks for OS and PBX updates at least twice a year."),
        QCoreApplication::translate(
            "UpdateChecks", "Update the operating system and the PBX now and schedule it twice a year.") };
}

} // namespace

QList<Finding> updates(const AuditFacts& facts)
{
    QList<Finding> out;
    const ReferenceData& ref = ReferenceData::instance();
    const QDate today = facts.assessedAt().date();
    const auto version = facts.asteriskVersion();
    if (!version) {
        const QString why
            = QCoreApplication::translate("UpdateChecks", "the Asterisk version is unknown (%1)")
                  .arg(facts.missing(QStringLiteral("asterisk-V")));
        out << Finding::notAssessed(eol(), why) << Finding::notAssessed(advisories(), why)
            << Finding::notAssessed(securityOnly(), why);
    } else {
        const auto series = ref.seriesOf(version->major);
        const QString label = QStringLiteral("Asterisk %1").arg(version->text);
        if (ref.isEndOfLife(*version, today))
            out << Finding::fail(eol(),
                { QCoreApplication::translate("UpdateChecks", "%1: series %2 reached its end of life on %3")
                        .arg(label)
                        .arg(version->major)
                        .arg(series ? series->endOfLife.toString(Qt::ISODate)
                                    : QCoreApplication::translate("UpdateChecks", "an earlier date")) });
        else
            out << Finding::pass(eol(),
                { QCoreApplication::translate("UpdateChecks", "%1: supported until %2")
                        .arg(label, series->endOfLife.toString(Qt::ISODate)) });
        QStringList hits;
        for (const auto& a : ref.advisoriesAffecting(*version)) {
            const QString fixed = a.fixed.value(version->major);
            hits << QStringLiteral("%1 (%2): %3 - %4")
                        .arg(a.id, a.severity, a.title,
                            fixed.isEmpty()
                                ? QCoreApplication::translate("UpdateChecks", "no fix on branch %1")
                                      .arg(version->major)
                                : QCoreApplication::translate("UpdateChecks", "fixed in %1").arg(fixed));
        }
        out << (hits.isEmpty() ? Finding::pass(advisories(), { label })
                               : Finding::fail(advisories(), QStringList { label } + hits));
        if (ref.isSecurityOnly(*version, today))
            out << Finding::fail(securityOnly(),
                { QCoreApplication::translate(
                    "UpdateChecks", "%1: security fixes only since %2, end of life %3")
                        .arg(label, series->securityOnlyFrom.toString(Qt::ISODate),
                            series->endOfLife.toString(Qt::ISODate)) });
        else
            out << Finding::pass(securityOnly(), { label });
    }

    // Pending updates: apt-get -s upgrade prints "Inst pkg [old] (new Origin:release [arch])".
    // os-release: ID, VERSION_ID, ID_LIKE, PRETTY_NAME.
    if (!facts.bundle().ok(QStringLiteral("os-release"))) {
        out << Finding::notAssessed(osEol(), facts.missing(QStringLiteral("os-release")));
    } else {
        QHash<QString, QString> osr;
        for (const QString& l : facts.bundle().text(QStringLiteral("os-release")).split(QLatin1Char('\n'))) {
            const int eq = l.indexOf(QLatin1Char('='));
            if (eq > 0)
                osr.insert(l.left(eq).trimmed(), l.mid(eq + 1).trimmed().remove(QLatin1Char('"')));
        }
        const QString pretty = osr.value(QStringLiteral("PRETTY_NAME"), osr.value(QStringLiteral("ID")));
        const auto release = ReferenceData::instance().osRelease(osr.value(QStringLiteral("ID")),
            osr.value(QStringLiteral("VERSION_ID")), osr.value(QStringLiteral("ID_LIKE")));
        const QString examined = QStringLiteral("/etc/os-release");
        if (!release)
            out << Finding::notAssessed(osEol(),
                QCoreApplication::translate(
                    "UpdateChecks", "%1 (ID=%2, VERSION_ID=%3) is not in the end-of-life table (os-eol.json)")
                    .arg(pretty, osr.value(QStringLiteral("ID")), osr.value(QStringLiteral("VERSION_ID"))));
        else if (facts.assessedAt().date() >= release->endOfLife)
            out << Finding::fail(osEol(),
                { QCoreApplication::translate(
                    "UpdateChecks", "/etc/os-release: %1; %2 reached its end of life on %3")
                        .arg(pretty, release->name, release->endOfLife.toString(Qt::ISODate)) })
                       .lookedAt(1, examined);
        else
            out << Finding::pass(osEol(),
                { QCoreApplication::translate("UpdateChecks", "/etc/os-release: %1; supported until %2")
                        .arg(pretty, release->endOfLife.toString(Qt::ISODate)) })
                       .lookedAt(1, examined);
    }

    const bool apt = facts.bundle().ok(QStringLiteral("updates-apt"));
    const FactSection* dnf = facts.bundle().section(QStringLiteral("updates-dnf"));
    const bool dnfOk = dnf && dnf->complete && (dnf->rc == 0 || dnf->rc == 100);
    if (!apt && !dnfOk) {
        const QString why = facts.missing(QStringLiteral("updates-apt"));
        out << Finding::notAssessed(osSecurity(), why) << Finding::notAssessed(osPending(), why);
    } else {
        QStringList security, other;
        if (apt) {
            for (const QString& line :
                facts.bundle().text(QStringLiteral("updates-apt")).split(QLatin1Char('\n'))) {
                if (!line.startsWith(QLatin1String("Inst ")))
                    continue;
                (line.contains(QLatin1String("security"), Qt::CaseInsensitive) ? security : other)
                    << line.section(QLatin1Char(' '), 1, 1);
            }
        }
        // updateinfo list --security: "FEDORA-2024-xxxx Important/Sec. openssl-1:3.0.9-2.fc39.x86_64"
        if (facts.bundle().ok(QStringLiteral("updates-dnf-security"))) {
            for (const QString& line :
                facts.bundle().text(QStringLiteral("updates-dnf-security")).split(QLatin1Char('\n'))) {
                const QStringList w = line.simplified().split(QLatin1Char(' '));
                if (w.size() == 3 && w.at(1).contains(QLatin1String("Sec")))
                    security << w.at(2);
            }
        }
        if (dnfOk && dnf->rc == 100) {
            for (const QString& line : QString::fromUtf8(dnf->content).split(QLatin1Char('\n'))) {
                const QStringList w = line.simplified().split(QLatin1Char(' '));
                if (w.size() == 3 && w.at(0).contains(QLatin1Char('.'))
                    && !std::any_of(security.cbegin(), security.cend(), [&w](const QString& s) {
                           return s.startsWith(w.at(0).section(QLatin1Char('.'), 0, 0));
                       }))
                    other << w.at(0);
            }
        }
        const auto summary = [](const QStringList& names) {
            return QCoreApplication::translate(
                "UpdateChecks", "%n package(s): %1", nullptr, int(names.size()))
                .arg(QStringList(names.mid(0, 12)).join(QStringLiteral(", "))
                    + (names.size() > 12 ? QStringLiteral(", ...") : QString()));
        };
        // dnf/yum classify updates only from the repositories' updateinfo: without it (CentOS 7's
        // base repositories, a failed updateinfo query) pending updates may be security fixes.
        const bool dnfUnclassified = !apt && dnfOk && dnf->rc == 100
            && !facts.bundle().ok(QStringLiteral("updates-dnf-security")) && security.isEmpty();
        if (dnfUnclassified)
            out << Finding::notAssessed(osSecurity(),
                QCoreApplication::translate("UpdateChecks",
                    "dnf/yum list %n pending update(s) but gave no security classification (no updateinfo: "
                    "%1): whether they fix security issues is unknown",
                    nullptr, int(other.size()))
                    .arg(facts.missing(QStringLiteral("updates-dnf-security")).isEmpty()
                            ? QStringLiteral("updateinfo list --security")
                            : facts.missing(QStringLiteral("updates-dnf-security"))));
        else
            out << (security.isEmpty() ? Finding::pass(osSecurity())
                                       : Finding::fail(osSecurity(), { summary(security) }));
        out << (other.isEmpty() ? Finding::pass(osPending())
                                : Finding::fail(osPending(), { summary(other) }));
    }

    // When updates last ran: apt's history, else the package database's modification time.
    QDateTime last;
    QString source;
    const QString history = facts.bundle().text(QStringLiteral("update-history"));
    static const QRegularExpression start(QStringLiteral("^Start-Date:\\s*(\\d{4}-\\d{2}-\\d{2})"));
    static const QRegularExpression stamp(QStringLiteral("^(\\d{9,11}) (/var/lib/(dpkg/status|rpm/\\S+))$"));
    for (const QString& line : history.split(QLatin1Char('\n'))) {
        const auto m = start.match(line);
        if (m.hasMatch()) {
            const QDateTime t(QDate::fromString(m.captured(1), Qt::ISODate), QTime(0, 0), Qt::UTC);
            if (t.isValid() && t > last) {
                last = t;
                source = QStringLiteral("/var/log/apt/history.log");
            }
        }
    }
    if (!last.isValid()) {
        for (const QString& line : history.split(QLatin1Char('\n'))) {
            const auto m = stamp.match(line.trimmed());
            if (m.hasMatch()) {
                const QDateTime t = QDateTime::fromSecsSinceEpoch(m.captured(1).toLongLong(), Qt::UTC);
                if (t > last) {
                    last = t;
                    source = m.captured(2);
                }
            }
        }
    }
    if (!last.isValid())
        out << Finding::notAssessed(osStale(),
            QCoreApplication::translate(
                "UpdateChecks", "no update history or package database time was found"));
    else if (last.daysTo(facts.assessedAt()) > kStaleDays)
        out << Finding::fail(osStale(),
            { QCoreApplication::translate("UpdateChecks", "%1: last change %2 (%3 days ago)")
                    .arg(source, last.date().toString(Qt::ISODate))
                    .arg(last.daysTo(facts.assessedAt())) });
    else
        out << Finding::pass(
            osStale(), { QStringLiteral("%1: %2").arg(source, last.date().toString(Qt::ISODate)) });
    examinedBy(out,
        QCoreApplication::translate("UpdateChecks",
            "asterisk -V, the package manager (apt-get -s upgrade / dnf check-update) and the package "
            "history"));
    return out;
}

} // namespace pbxwarden::audit::checks
