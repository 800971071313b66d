#pragma once

#include "core/PbxRecord.h"
#include "fleet/HostOutcome.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace pbxwarden::ui {
class ConnectionCheckDialog;
class MainWindow;

// The connection capability: "Check connections" over a selection or the fleet, pinning trusted host
// keys, and keeping each PBX's last check (table and activity log).
class FleetController : public QObject
{
    Q_OBJECT
public:
    explicit FleetController(MainWindow* window);

    QAction* checkAction() const { return m_check; }
    void updateActions(int selected, int total);
    ConnectionCheckDialog* dialog() const;

    void checkConnections();
    // A check's answer for a PBX (from the panel or the PBX dialog's test): saved, shown, logged.
    void recordConnectionCheck(const PbxRecord& pbx, const fleet::HostOutcome& outcome);

private:
    MainWindow* m_window;
    QAction* m_check;
    QPointer<ConnectionCheckDialog> m_dialog;
};

} // namespace pbxwarden::ui
