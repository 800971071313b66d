#pragma once

#include "core/PbxRecord.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeView;

namespace pbxwarden::secrets {
class SecretStore;
}

namespace pbxwarden::ui {
struct AppServices;
class AmiController;
class AmiLogWindow;
class AmiSessions;
class AuditController;
class AuditDialog;
class ConnectionCheckDialog;
class CustomerTreeModel;
class FleetController;
class FleetFilterProxy;
class FleetSecurityModel;
class FleetTableModel;
class InventoryController;
class PbxDashboard;

// The frame: the fleet views (customers, inventory table, security table), the activity log, the
// keychain notice and the status bar, and one controller per capability (inventory, fleet checks,
// audit, AMI) that owns its actions and dialogs. A new capability is a new controller and its
// actions here, not new methods in this class. The services come from main().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // What the controllers see of the frame.
    AppServices& services() const { return m_services; }
    // The PBXs selected in the view shown (inventory or security).
    QList<PbxRecord> selectedPbxs() const;
    // The selected PBXs, or every PBX the view shows when none is selected.
    QList<PbxRecord> selectedOrShownPbxs() const;
    void selectPbx(qint64 id);
    void showStatus(const QString& text, int timeoutMs = 5000);
    void showSecurityTab();
    void reloadActivity();
    // Tells the tests a dialog is open (dialogOpened).
    void announceDialog(QDialog* dialog);
    FleetFilterProxy* securityProxy() const { return m_securityProxy; }
    InventoryController* inventoryController() const { return m_inventory; }
    FleetController* fleetController() const { return m_fleet; }
    AmiController* amiController() const { return m_ami; }
    AuditController* auditController() const { return m_audit; }

    // For tests: the views and the current secret store.
    QTableView* fleetView() const { return m_fleetView; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* customerView() const { return m_customerView; }
    FleetTableModel* fleetModel() const { return m_fleetModel; }
    secrets::SecretStore* secretStore() const;
    bool secretsReady() const;
    AmiSessions* amiSessions() const;
    ConnectionCheckDialog* connectionCheckDialog() const;
    AmiLogWindow* amiLogWindow(qint64 pbxId) const;
    // The "Inventory" and "Security" views of the same fleet.
    QTabWidget* fleetTabs() const { return m_tabs; }
    QTableView* securityView() const { return m_securityView; }
    FleetSecurityModel* securityModel() const { return m_securityModel; }
    QLabel* fleetScoreLabel() const { return m_fleetScore; }
    AuditDialog* auditDialog() const;
    PbxDashboard* pbxDashboard(qint64 pbxId) const;

public Q_SLOTS:
    void addPbx();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();
    void importCsv();
    void exportCsv();
    void showSettings();
    void showAbout();
    void reload();
    void useSessionSecrets();
    void probeKeychain();
    // With nothing selected: every PBX the table shows.
    void checkConnections();
    void connectAmi();
    void disconnectAmi();
    void showAmiLog();
    // With nothing selected: every PBX the table shows.
    void auditSelected();
    void showPbxDashboard();

Q_SIGNALS:
    // Emitted when a dialog opened by the window is shown; tests fill it in.
    void dialogOpened(QDialog* dialog);
    void secretsStateChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void createWidgets();
    void updateActions();
    void updateStatus();
    void onSecretsStateChanged();
    void moveLegacySecrets();
    QTableView* currentView() const;

    AppServices& m_services;
    InventoryController* m_inventory = nullptr;
    FleetController* m_fleet = nullptr;
    AmiController* m_ami = nullptr;
    AuditController* m_audit = nullptr;

    FleetTableModel* m_fleetModel = nullptr;
    FleetFilterProxy* m_proxy = nullptr;
    CustomerTreeModel* m_customerModel = nullptr;
    QTableView* m_fleetView = nullptr;
    QTreeView* m_customerView = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_activity = nullptr;
    QWidget* m_notice = nullptr;
    QLabel* m_noticeText = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_emptyHint = nullptr;
    QLabel* m_secretsLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    FleetSecurityModel* m_securityModel = nullptr;
    FleetFilterProxy* m_securityProxy = nullptr;
    QTableView* m_securityView = nullptr;
    QLabel* m_fleetScore = nullptr;
};

} // namespace pbxwarden::ui
