#pragma once

#include "core/PbxRecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;

namespace pbxwarden::audit {
struct AuditHostResult;
}

namespace pbxwarden::ui {
class AuditDialog;
class FleetFilterProxy;
class MainWindow;
class PbxDashboard;

// The security capability: audit runs (the engine's audit::AuditRun shown in an AuditDialog), the
// Security tab's summaries and fleet score, and a dashboard per PBX.
class AuditController : public QObject
{
    Q_OBJECT
public:
    explicit AuditController(MainWindow* window);

    QAction* auditAction() const { return m_audit; }
    QAction* dashboardAction() const { return m_dashboard; }
    void updateActions(int selected, int total);
    AuditDialog* dialog() const;
    PbxDashboard* dashboard(qint64 pbxId) const;

    void auditSelected();
    void showDashboard();
    // The Security tab from the stored audits of these PBXs (only new audits are read again).
    void reloadSecurity(const QList<PbxRecord>& pbxs);
    // The fleet score line over the PBXs the Security tab shows.
    void updateFleetScore();
    // What the fleet score covers, in words: "Whole fleet", "Customer Acme", "…, filtered by “x”".
    static QString scopeText(const FleetFilterProxy& proxy);

private:
    void onHostAudited(const audit::AuditHostResult& result);

    MainWindow* m_window;
    QAction* m_audit;
    QAction* m_dashboard;
    QPointer<AuditDialog> m_dialog;
    QHash<qint64, QPointer<PbxDashboard>> m_dashboards;
};

} // namespace pbxwarden::ui
