#pragma once

#include "core/Result.h"
#include "ssh/RemoteCommand.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace pbxwarden::change {

class Verifier;

// One file a plan writes on the PBX: the whole new content, and what the file must be right now.
struct FileEdit
{
    QString path;
    // Lower-case hex SHA-256 of the content the plan was made from; nullopt: the file must not exist.
    std::optional<QByteArray> expectedSha256;
    QByteArray newContent;
    // Only for a file that does not exist yet; an existing file keeps its own mode, owner and label.
    QString newFileMode = QStringLiteral("0644");
    QString newFileOwner = QStringLiteral("root:root");

    static QByteArray sha256Hex(const QByteArray& content);
};

// A command the plan runs on the PBX as root. Only a RemoteCommand (built through ShellQuote) can
// become one, so no value is ever pasted into a command line by hand.
class PlanCommand
{
public:
    PlanCommand(const ssh::RemoteCommand& command, QString description)
        : m_line(command.line())
        , m_description(std::move(description))
    {
    }
    const QByteArray& line() const { return m_line; }
    const QString& description() const { return m_description; }

private:
    QByteArray m_line;
    QString m_description;
};

// Everything one change does to one PBX, decided before anything is touched, so it can be shown
// (diff, commands) and reviewed first.
struct ChangePlan
{
    QString id;
    qint64 pbxId = 0;
    QString pbxName;
    QString title;
    QList<FileEdit> files;
    // Before anything is written, on the new content staged at stagedPath(i) (sshd -t -f, nft -c -f).
    QList<PlanCommand> validate;
    // After the files are in place, before the reload (fail2ban-client -t, sshd -t on the whole config).
    QList<PlanCommand> check;
    // Reloads only what the change touched; also run after a rollback.
    QList<PlanCommand> reload;
    // SSH, firewall, fail2ban: a dead-man switch on the PBX undoes the change unless the console
    // logs in again over a new connection and cancels it.
    bool accessCouldBeLost = false;
    int deadManSeconds = 120;
    // Post-conditions: must all pass after the reload, or the change is rolled back.
    QList<std::shared_ptr<Verifier>> postConditions;
    // Run over the new connection when access could be lost (the login itself is the first one).
    QList<std::shared_ptr<Verifier>> accessChecks;

    // "20261207T011500Z-1a2b3c4d": sortable, and safe as a directory and unit name on the PBX.
    static QString newId();
    static bool isValidId(const QString& id);
    static QString journalRoot() { return QStringLiteral("/var/lib/pbxwarden/changes"); }
    QString journalDir() const { return journalRoot() + QLatin1Char('/') + id; }
    // Where the PBX side keeps file i's new content during the change (for validators).
    QString stagedPath(int index) const;

    // Refuses a plan the PBX side could not carry out safely: relative or odd paths, a path twice,
    // control characters, a bad mode or owner, no id.
    Status checkShape() const;
};

} // namespace pbxwarden::change
