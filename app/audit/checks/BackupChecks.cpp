#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pbxwarden::audit::checks {
namespace {

constexpr int kStaleDays = 7;

Check none()
{
    return { QStringLiteral("backups.none"), Practice::Backups, Severity::High,
        QCoreApplication::translate("BackupChecks", "No backup found on the PBX"),
        QCoreApplication::translate(
            "BackupChecks", "After a disk failure, a break-in or a bad change there is nothing to restore."),
        QCoreApplication::translate("BackupChecks",
            "Back up /etc/asterisk, the astdb and (FreePBX) the database daily, keep copies off the PBX, and "
            "test a restore.") };
}

Check stale()
{
    return { QStringLiteral("backups.stale"), Practice::Backups, Severity::Medium,
        QCoreApplication::translate("BackupChecks", "The newest backup is older than 7 days"),
        QCoreApplication::translate("BackupChecks",
            "A stale backup loses every change since; it usually means the schedule broke silently."),
        QCoreApplication::translate(
            "BackupChecks", "Find out why backups stopped, run one now and watch the schedule.") };
}

Check schedule()
{
    return { QStringLiteral("backups.no-schedule"), Practice::Backups, Severity::Medium,
        QCoreApplication::translate("BackupChecks", "No scheduled backup"),
        QCoreApplication::translate("BackupChecks", "Backups made by hand stop being made."),
        QCoreApplication::translate("BackupChecks",
            "Schedule a daily backup (cron, a systemd timer, or the PBX GUI's backup module).") };
}

} // namespace

QList<Finding> backups(const AuditFacts& facts)
{
    QList<Finding> out;
    const QString examined = QCoreApplication::translate(
        "BackupChecks", "the backup folders, crontabs and systemd timers the collector listed");
    QStringList cronFiles;
    for (const QString& f : facts.bundle().files()) {
        if (f == u"/etc/crontab" || f.startsWith(QLatin1String("/etc/cron.d/"))
            || f.startsWith(QLatin1String("/var/spool/cron/")))
            cronFiles << f;
    }
    const bool cronDirs = facts.bundle().ok(QStringLiteral("cron-dirs"));
    const bool scheduleKnown = !cronFiles.isEmpty() || cronDirs;
    QStringList scheduled, commented;
    static const QRegularExpression backupWord(
        QStringLiteral("backup|fwconsole\\s+bu|borg|restic|rclone|rsnapshot|duplicity|duplicati|bacula"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& f : cronFiles) {
        const QStringList lines = facts.bundle().file(f).split(QLatin1Char('\n'));
        for (int n = 0; n < lines.size(); ++n) {
            const QString l = lines.at(n).trimmed();
            if (!backupWord.match(l).hasMatch())
                continue;
            static const QRegularExpression job(
                QStringLiteral("^#?\\s*(@\\w+|[-0-9*/,]+\\s+[-0-9*/,]+\\s+[-0-9*/,]+\\s+[-0-9*/"
                               ",a-z]+\\s+[-0-9*/,a-z]+)\\s"),
                QRegularExpression::CaseInsensitiveOption);
            if (!job.match(l).hasMatch())
                continue;
            (l.startsWith(QLatin1Char('#')) ? commented : scheduled)
                << QStringLiteral("%1:%2: %3").arg(f).arg(n + 1).arg(l);
        }
    }
    for (const QString& l : facts.bundle().text(QStringLiteral("cron-dirs")).split(QLatin1Char('\n'))) {
        if (backupWord.match(l).hasMatch())
            scheduled << QStringLiteral("cron/systemd: %1").arg(l.trimmed());
    }
    // Where the jobs write: restic/borg/rclone repositories, tar archives, network mounts.
    QStringList targets;
    static const QList<QRegularExpression> targetOf { QRegularExpression(QStringLiteral(
                                                          "restic\\b.*?(?:-r|--repo)[= ](\\S+)")),
        QRegularExpression(QStringLiteral("RESTIC_REPOSITORY=(\\S+)")),
        QRegularExpression(QStringLiteral("borg\\s+create\\b.*?(\\S+)::")),
        QRegularExpression(QStringLiteral("rclone\\s+(?:copy|sync|move)\\s+\\S+\\s+(\\S+)")),
        QRegularExpression(QStringLiteral("\\btar\\s+-?[a-zA-Z]*f\\s+(\\S+)")) };
    for (const QString& job : std::as_const(scheduled)) {
        for (const QRegularExpression& re : targetOf) {
            const auto m = re.match(job);
            if (m.hasMatch())
                targets << m.captured(1);
        }
    }
    targets.removeDuplicates();

    if (!facts.bundle().ok(QStringLiteral("backups"))) {
        const QString why = facts.missing(QStringLiteral("backups"));
        out << Finding::notAssessed(none(), why) << Finding::notAssessed(stale(), why);
    } else {
        // find -printf "%T@ %s %p"
        QDateTime newest;
        QString newestPath;
        int count = 0;
        static const QRegularExpression line(QStringLiteral("^(\\d+)(?:\\.\\d+)? (\\d+) (.+)$"));
        for (const QString& l : facts.bundle().text(QStringLiteral("backups")).split(QLatin1Char('\n'))) {
            const auto m = line.match(l.trimmed());
            if (!m.hasMatch() || m.captured(2).toLongLong() == 0)
                continue;
            ++count;
            const QDateTime t = QDateTime::fromSecsSinceEpoch(m.captured(1).toLongLong(), Qt::UTC);
            if (t > newest) {
                newest = t;
                newestPath = m.captured(3);
            }
        }
        if (count == 0 && !scheduled.isEmpty()) {
            // A job exists but its output is elsewhere (a repository, a remote, a mount): not
            // located, never "no backup".
            out << Finding::notAssessed(none(),
                QCoreApplication::translate("BackupChecks",
                    "backup not located: a backup job exists (%1) but no output was found in the folders "
                    "the collector lists%2")
                    .arg(scheduled.first(),
                        targets.isEmpty() ? QString()
                                          : QCoreApplication::translate("BackupChecks", "; it writes to %1")
                                                .arg(targets.join(QStringLiteral(", ")))))
                << Finding::notAssessed(stale(),
                       QCoreApplication::translate(
                           "BackupChecks", "the backups' age is unknown (not located)"));
        } else if (count == 0) {
            out << Finding::fail(none(),
                { QCoreApplication::translate("BackupChecks",
                    "no file in /var/spool/asterisk/backup, /var/lib/asterisk/backups, /backup, /backups, "
                    "/var/backups/asterisk") })
                << Finding::notAssessed(
                       stale(), QCoreApplication::translate("BackupChecks", "no backup to date"));
        } else {
            const qint64 age = newest.daysTo(facts.assessedAt());
            const QString ev = QCoreApplication::translate(
                "BackupChecks", "%n backup file(s); newest %1 from %2 (%3 days old)", nullptr, count)
                                   .arg(newestPath, newest.toString(Qt::ISODate))
                                   .arg(age);
            out << Finding::pass(none(), { ev });
            out << (age > kStaleDays ? Finding::fail(stale(), { ev }) : Finding::pass(stale(), { ev }));
        }
    }

    if (!scheduleKnown) {
        out << Finding::notAssessed(schedule(), facts.missing(QStringLiteral("cron-dirs")));
        examinedBy(out, examined);
        return out;
    }
    if (!scheduled.isEmpty())
        out << Finding::pass(schedule(), scheduled);
    else
        out << Finding::fail(schedule(),
            commented.isEmpty()
                ? QStringList { QCoreApplication::translate(
                    "BackupChecks", "no cron entry or timer mentions a backup") }
                : QStringList { QCoreApplication::translate("BackupChecks", "only commented-out entries:") }
                    + commented);
    examinedBy(out, examined);
    return out;
}

} // namespace pbxwarden::audit::checks
