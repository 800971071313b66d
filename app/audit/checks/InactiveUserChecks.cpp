#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pbxwarden::audit::checks {
namespace {

constexpr int kInactiveDays = 180;
// An extension counts as used with a call in the last 90 days.
constexpr int kIdleExtensionDays = 90;

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

// The PBX's phones: from the live endpoint list when it was read, else from pjsip.conf.
struct Phone
{
    QString name;
    QString label;
    QStringList aors;
};

QList<Phone> phones(const AuditFacts& facts)
{
    QList<Phone> out;
    QHash<QString, const ConfigSection*> configured;
    for (const ConfigSection* e : pjsipPhones(facts))
        configured.insert(e->name, e);
    if (const auto& live = facts.pjsipEndpoints()) {
        for (const PjsipEndpoint& e : live->endpoints) {
            if (!e.isPhone())
                continue;
            const ConfigSection* c = configured.value(e.name);
            out << Phone { e.name, c ? where(*c) : e.name,
                e.aors.isEmpty() ? QStringList { e.name } : e.aors };
        }
        return out;
    }
    for (const ConfigSection* e : pjsipPhones(facts)) {
        QStringList aors;
        for (const QString& a :
            e->value(QStringLiteral("aors"), e->name).split(QLatin1Char(','), Qt::SkipEmptyParts))
            aors << a.trimmed();
        out << Phone { e->name, where(*e), aors };
    }
    return out;
}

Finding idleExtensions(const AuditFacts& facts)
{
    const FactSection* cdr = facts.bundle().section(QStringLiteral("cdr-last-seen"));
    // rc 3/4: no Master.csv / no cdr-csv folder, so no call records to read.
    const bool cdrKnown = cdr && cdr->complete && cdr->rc == 0;
    const bool noCdrFile = cdr && cdr->complete && (cdr->rc == 3 || cdr->rc == 4);
    const auto& contacts = facts.pjsipContacts();
    const QList<Phone> all = phones(facts);
    if (!facts.pjsipEndpoints() && !facts.asterisk(QStringLiteral("pjsip.conf")))
        return Finding::notAssessed(extensions(),
            QCoreApplication::translate("InactiveUserChecks",
                "the PJSIP endpoints are unknown (neither the live list nor pjsip.conf)"));

    QSet<QString> registered; // AORs with a contact
    if (contacts) {
        for (const PjsipContact& c : *contacts)
            registered.insert(c.aor);
    }
    // An empty contact list says little on its own (Asterisk just restarted, a network outage): without
    // call records, contacts count only when some endpoint has one.
    const bool useContacts = contacts.has_value() && (cdrKnown || !contacts->isEmpty());
    if (!cdrKnown && !useContacts) {
        const QString why = !contacts
            ? facts.pjsipContactsMissing()
            : QCoreApplication::translate("InactiveUserChecks", "no endpoint has a registered contact");
        const QString cdrWhy = noCdrFile
            ? QCoreApplication::translate("InactiveUserChecks", "no call records")
            : facts.missing(QStringLiteral("cdr-last-seen"));
        return Finding::notAssessed(extensions(),
            QCoreApplication::translate(
                "InactiveUserChecks", "needs the registered contacts or the call records (CDR): %1; %2")
                .arg(why, cdrWhy));
    }

    QHash<QString, QDateTime> lastCall;
    QDateTime firstRecord;
    if (cdrKnown) {
        for (const QString& line : QString::fromUtf8(cdr->content).split(QLatin1Char('\n'))) {
            const QString who = line.section(QLatin1Char(' '), 0, 0);
            const QDateTime t = QDateTime::fromString(
                line.section(QLatin1Char(' '), 1).trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (who == u"first")
                firstRecord = t;
            else if (!who.isEmpty() && t.isValid())
                lastCall.insert(who, t);
        }
    }
    QStringList idle;
    for (const Phone& p : all) {
        bool isRegistered = false;
        for (const QString& aor : p.aors)
            isRegistered = isRegistered || registered.contains(aor);
        const QDateTime call = lastCall.value(p.name);
        if ((useContacts && isRegistered)
            || (call.isValid() && call.daysTo(facts.assessedAt()) <= kIdleExtensionDays))
            continue;
        const QString reg = !useContacts
            ? QCoreApplication::translate("InactiveUserChecks", "registration unknown")
            : QCoreApplication::translate("InactiveUserChecks", "not registered");
        if (!cdrKnown)
            idle << QCoreApplication::translate("InactiveUserChecks", "%1: %2").arg(p.label, reg);
        else if (call.isValid())
            idle << QCoreApplication::translate("InactiveUserChecks", "%1: %2, last call %3")
                        .arg(p.label, reg, call.date().toString(Qt::ISODate));
        else if (firstRecord.isValid())
            idle << QCoreApplication::translate("InactiveUserChecks", "%1: %2, no call since %3")
                        .arg(p.label, reg, firstRecord.date().toString(Qt::ISODate));
        else
            idle << QCoreApplication::translate("InactiveUserChecks", "%1: %2, no call recorded")
                        .arg(p.label, reg);
    }
    const QString examined = QCoreApplication::translate("InactiveUserChecks",
        "%n extension(s), against the registered contacts and the call records", nullptr, int(all.size()));
    if (all.isEmpty())
        return Finding::nothingToAssess(extensions(),
            QCoreApplication::translate("InactiveUserChecks", "no phone extension is configured"))
            .lookedAt(0, examined);
    if (idle.isEmpty())
        return Finding::pass(extensions()).lookedAt(int(all.size()), examined);
    if (!cdrKnown)
        idle.prepend(QCoreApplication::translate(
            "InactiveUserChecks", "no call records; only the current registration was checked"));
    else if (!useContacts)
        idle.prepend(QCoreApplication::translate("InactiveUserChecks",
            "the registered contacts could not be read; only the call records were checked"));
    return Finding::fail(extensions(), idle).lookedAt(int(all.size()), examined);
}

} // namespace

QList<Finding> inactiveUsers(const AuditFacts& facts)
{
    QList<Finding> out;
    // lastlog: "Username Port From Latest" / "**Never logged in**".
    // Releases with util-linux's lastlog2 only (Debian 13, openSUSE) have no lastlog: the same
    // columns from lastlog2 (users never logged in are simply not listed).
    const QString loginSection
        = facts.bundle().ok(QStringLiteral("lastlog")) || !facts.bundle().ok(QStringLiteral("lastlog2"))
        ? QStringLiteral("lastlog")
        : QStringLiteral("lastlog2");
    if (!facts.bundle().ok(loginSection)) {
        out << Finding::notAssessed(localAccounts(), facts.missing(QStringLiteral("lastlog")));
    } else {
        QHash<QString, QString> status; // user -> password/locked/empty
        for (const QString& line :
            facts.bundle().text(QStringLiteral("shadow-status")).split(QLatin1Char('\n')))
            status.insert(line.section(QLatin1Char(':'), 0, 0), line.section(QLatin1Char(':'), 1));
        QSet<QString> withKeys;
        // Accounts whose every key runs a forced command (backup pulls, monitoring): sshd writes no
        // login record for sessions without a terminal, so lastlog shows them as never logged in.
        QSet<QString> forcedOnly;
        for (const QString& line :
            facts.bundle().file(QStringLiteral("/etc/passwd")).split(QLatin1Char('\n'))) {
            const QStringList f = line.split(QLatin1Char(':'));
            const QString keysFile
                = f.size() >= 7 ? f.at(5) + QStringLiteral("/.ssh/authorized_keys") : QString();
            if (keysFile.isEmpty() || !facts.bundle().hasFile(keysFile))
                continue;
            withKeys.insert(f.at(0));
            int keys = 0, forced = 0;
            for (const QString& k : facts.bundle().file(keysFile).split(QLatin1Char('\n'))) {
                const QString t = k.trimmed();
                if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
                    continue;
                ++keys;
                forced += t.startsWith(QLatin1String("command=")) || t.contains(QLatin1String(",command="))
                    ? 1
                    : 0;
            }
            if (keys > 0 && forced == keys)
                forcedOnly.insert(f.at(0));
        }
        QStringList stale;
        int judged = 0;
        // "... Mon Jan  6 10:00:00 +0000 2025" (lastlog prints the PBX's local time and its offset).
        static const QRegularExpression latest(
            QStringLiteral("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+(\\d{1,2})\\s+(\\d\\d:"
                           "\\d\\d:\\d\\d)\\s+([+-]\\d{4})\\s+(\\d{4})\\s*$"));
        static const QStringList months { QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
            QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"),
            QStringLiteral("Aug"), QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"),
            QStringLiteral("Dec") };
        for (const QString& line : facts.bundle().text(loginSection).split(QLatin1Char('\n')).mid(1)) {
            const QString user = line.section(QLatin1Char(' '), 0, 0);
            if (user.isEmpty() || (status.value(user) != u"password" && !withKeys.contains(user)))
                continue;
            ++judged;
            if (line.contains(QLatin1String("**Never logged in**")) && forcedOnly.contains(user)) {
                continue; // used through its forced command: no login record to expect
            }
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
        const QString examined = QCoreApplication::translate("InactiveUserChecks",
            "%n account(s) that can log in (password or SSH key), from %1", nullptr, judged)
                                     .arg(loginSection);
        if (judged == 0)
            out << Finding::nothingToAssess(
                localAccounts(), QCoreApplication::translate("InactiveUserChecks", "no account can log in"))
                       .lookedAt(0, examined);
        else
            out << (stale.isEmpty() ? Finding::pass(localAccounts()) : Finding::fail(localAccounts(), stale))
                       .lookedAt(judged, examined);
    }

    // Extensions: a registered contact now, or a call in the CDR within 90 days, shows use.
    out << idleExtensions(facts);
    return out;
}

} // namespace pbxwarden::audit::checks
