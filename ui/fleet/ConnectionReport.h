#pragma once

#include "fleet/HostOutcome.h"
#include "inventory/InventoryRepository.h"

#include <QCoreApplication>
#include <QString>

namespace pbxwarden::ui {

// Turns a connection check's outcome (fleet::ConnectionCheck) into words for people, and into the
// LastCheck the inventory keeps.
class ConnectionReport
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionReport)
public:
    static QString failureKind(const fleet::HostOutcome& outcome);
    // One line: "OK: pbx01, Asterisk 18.20.0" or "Failed: the password was refused".
    static QString summary(const fleet::HostOutcome& outcome);
    // "pbx01, Asterisk 18.20.0" for a successful outcome.
    static QString okDetail(const fleet::HostOutcome& outcome);
    // The reason only, in plain words, for a failed outcome.
    static QString reason(const fleet::HostOutcome& outcome, const QString& pinnedFingerprint = {});
    // Host name, OS, uptime, Asterisk version as HTML rows.
    static QString factsHtml(const fleet::HostOutcome& outcome);
    static QString uptimeText(qint64 seconds);
    static QString shortVersion(const QString& coreShowVersion);
    static inventory::LastCheck lastCheck(const fleet::HostOutcome& outcome);
};

} // namespace pbxwarden::ui
