#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pbxwarden::audit::checks {
namespace {

constexpr int kInactiveDays = 180;

Check localAccounts()
{
    return { QStringLiteral("inactive-users.local-accounts"), Practice::InactiveUsers, Severity::Medium,
        QCoreApplication::translate("InactiveUserChecks", "Login accounts unused for 180 days"),
        QCoreApplication::translate(
            "InactiveUserChecks", "Accounts of former staff keep working passwords and keys nobody watches."),
        QCoreApplication::translate("InactiveUserChecks",
            "Lock or remove accounts nobody uses (usermod -L / userdel) and their authorized_keys.") };
}

Check extensions()
{
    return { QStringLiteral("inactive-users.extensions"), Practice::InactiveUsers, Severity::Low,
        QCoreApplication::translate(
            "InactiveUserChecks", "Extensions with no registered phone and no call records"),
        QCoreApplication::translate("InactiveUserChecks",
            "Extensions of former employees are rarely watched; their passwords are often weak and their "
            "calls go unnoticed."),
        QCoreApplication::translate("InactiveUserChecks",
            "Check with the customer and remove the extensions nobody uses (endpoint, auth, aor and "
            "voicemail box).") };
}

} // namespace

QList<Finding> inactiveUsers(const AuditFacts& facts)
{
    QList<Finding> out;
    // lastlog: "Username Port From Latest" / "**Never logged in**".
    if (!facts.bundle().ok(QStringLiteral("lastlog"))) {
        out << Finding::notAssessed(localAccounts(), facts.missing(QStringLiteral("lastlog")));
    } else {
        QHash<QString, QString> status; // user -> password/locked/empty
        for (const QString& line :
            facts.bundle().text(QStringLiteral("shadow-status")).split(QLatin1Char('\n')))
            status.insert(line.section(QLatin1Char(':'), 0, 0), line.section(QLatin1Char(':'), 1));
        QSet<QString> withKeys;
        for (const QString& line :
            facts.bundle().file(QStringLiteral("/etc/passwd")).split(QLatin1Char('\n'))) {
            const QStringList f = line.split(QLatin1Char(':'));
            if (f.size() >= 7 && (facts.bundle().hasFile(f.at(5) + QStringLiteral("/.ssh/authorized_keys"))))
                withKeys.insert(f.at(0));
        }
        QStringList stale;
        // "... Mon Jan  6 10:00:00 +0000 2025" (lastlog prints the PBX's local time and its offset).
        static const QRegularExpression latest(
            QStringLiteral("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+(\\d{1,2})\\s+(\\d\\d:"
                           "\\d\\d:\\d\\d)\\s+([+-]\\d{4})\\s+(\\d{4})\\s*$"));
        static const QStringList months { QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
            QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"),
            QStringLiteral("Aug"), QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"),
            QStringLiteral("Dec") };
        for (const QString& line :
            facts.bundle().text(QStringLiteral("lastlog")).split(QLatin1Char('\n')).mid(1)) {
            const QString user = line.section(QLatin1Char(' '), 0, 0);
            if (user.isEmpty() || (status.value(user) != u"password" && !withKeys.contains(user)))
                continue;
            if (line.contains(QLatin1String("**Never logged in**"))) {
                stale << QCoreApplication::translate("InactiveUserChecks", "%1: can log in, never did")
                             .arg(user);
                continue;
            }
            const auto m = latest.match(line);
            QDateTime t;
            if (m.hasMatch()) {
                const QString offset = m.captured(4);
                const int seconds = (offset.mid(1, 2).toInt() * 3600 + offset.mid(3, 2).toInt() * 60)
                    * (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
                t = QDateTime(QDate(m.captured(5).toInt(), int(months.indexOf(m.captured(1))) + 1,
                                  m.captured(2).toInt()),
                    QTime::fromString(m.captured(3), QStringLiteral("HH:mm:ss")), Qt::OffsetFromUTC, seconds);
            }
            if (t.isValid() && t.daysTo(facts.assessedAt()) > kInactiveDays)
                stale << QCoreApplication::translate("InactiveUserChecks", "%1: last login %2")
                             .arg(user, t.date().toString(Qt::ISODate));
        }
        out << (stale.isEmpty() ? Finding::pass(localAccounts()) : Finding::fail(localAccounts(), stale));
    }

    // Extensions: a current contact, or a CDR in the last 180 days, shows use.
    const FactSection* cdr = facts.bundle().section(QStringLiteral("cdr-last-seen"));
    const bool cdrKnown = cdr && cdr->complete && (cdr->rc == 0 || cdr->rc == 3);
    if (!facts.bundle().ok(QStringLiteral("asterisk-contacts")) || !cdrKnown
        || !facts.asterisk(QStringLiteral("pjsip.conf"))) {
        out << Finding::notAssessed(extensions(),
            QCoreApplication::translate(
                "InactiveUserChecks", "needs the registered contacts and the CDR file: %1")
                .arg(facts.missing(!facts.bundle().ok(QStringLiteral("asterisk-contacts"))
                        ? QStringLiteral("asterisk-contacts")
                        : QStringLiteral("cdr-last-seen"))));
        return out;
    }
    QSet<QString> contacts;
    static const QRegularExpression contact(QStringLiteral("^\\s*Contact:\\s+([^/\\s]+)/"));
    for (const QString& line :
        facts.bundle().text(QStringLiteral("asterisk-contacts")).split(QLatin1Char('\n'))) {
        const auto m = contact.match(line);
        if (m.hasMatch() && !line.contains(QLatin1String("<Aor/")))
            contacts.insert(m.captured(1));
    }
    QHash<QString, QDateTime> lastCall;
    if (cdr->rc == 0) {
        for (const QString& line : QString::fromUtf8(cdr->content).split(QLatin1Char('\n'))) {
            const QString who = line.section(QLatin1Char(' '), 0, 0);
            const QDateTime t = QDateTime::fromString(
                line.section(QLatin1Char(' '), 1).trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (!who.isEmpty() && who != u"first" && t.isValid())
                lastCall.insert(who, t);
        }
    }
    QStringList idle;
    for (const ConfigSection* e : pjsipPhones(facts)) {
        bool registered = false;
        for (const QString& aor :
            e->value(QStringLiteral("aors"), e->name).split(QLatin1Char(','), Qt::SkipEmptyParts))
            registered = registered || contacts.contains(aor.trimmed());
        const QDateTime call = lastCall.value(e->name);
        if (registered || (call.isValid() && call.daysTo(facts.assessedAt()) <= kInactiveDays))
            continue;
        idle << (call.isValid()
                ? QCoreApplication::translate("InactiveUserChecks", "%1: not registered, last call %2")
                      .arg(where(*e), call.date().toString(Qt::ISODate))
                : QCoreApplication::translate("InactiveUserChecks", "%1: not registered, no call recorded")
                      .arg(where(*e)));
    }
    out << (idle.isEmpty() ? Finding::pass(extensions()) : Finding::fail(extensions(), idle));
    return out;
}

} // namespace pbxwarden::audit::checks
