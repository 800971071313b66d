#pragma once

#include "ami/AmiClient.h"
#include "core/PbxRecord.h"
#include "fleet/HostOutcome.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeView;

namespace pbxwarden {
class Settings;
namespace inventory {
class AuditRepository;
class Database;
class InventoryRepository;
} // namespace inventory
namespace audit {
struct AuditHostResult;
}
namespace secrets {
class CredentialService;
class SecretStore;
class KeychainSecretStore;
} // namespace secrets
} // namespace pbxwarden

namespace pbxwarden::ui {
class AmiLogWindow;
class AmiSessions;
class AuditDialog;
class ConnectionCheckDialog;
class CustomerTreeModel;
class FleetFilterProxy;
class FleetSecurityModel;
class FleetTableModel;
class PbxDashboard;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(inventory::Database& db, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // For tests: the views and the current secret store.
    QTableView* fleetView() const { return m_fleetView; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* customerView() const { return m_customerView; }
    FleetTableModel* fleetModel() const { return m_fleetModel; }
    secrets::SecretStore* secretStore() const;
    bool secretsReady() const;
    AmiSessions* amiSessions() const { return m_ami; }
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
    void createActions();
    void createWidgets();
    void updateActions();
    void updateStatus();
    QList<PbxRecord> selectedPbxs() const;
    void openPbxDialog(int mode, const PbxRecord& pbx);
    void storeSecrets(const PbxRecord& pbx, const QString& sshSecret, const QString& amiSecret);
    void selectPbx(qint64 id);
    void showKeychainNotice(const QString& why);
    QList<PbxRecord> selectedOrShownPbxs() const;
    void recordConnectionCheck(const PbxRecord& pbx, const fleet::HostOutcome& outcome);
    void onAmiStateChanged(qint64 pbxId, ami::AmiClient::State state, const QString& reason);
    void reloadActivity();
    void reloadSecurity(const QList<PbxRecord>& pbxs);
    void recordAudit(const audit::AuditHostResult& result);
    void updateFleetScore();
    QTableView* currentView() const;

    inventory::Database& m_db;
    std::unique_ptr<inventory::InventoryRepository> m_repo;
    std::unique_ptr<inventory::AuditRepository> m_audits;
    Settings& m_settings;
    std::unique_ptr<secrets::KeychainSecretStore> m_keychain;
    std::unique_ptr<secrets::SecretStore> m_sessionStore;
    std::unique_ptr<secrets::CredentialService> m_credentials;
    bool m_keychainUsable = false;
    bool m_keychainProbed = false;

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

    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_checkAction = nullptr;
    QAction* m_amiConnectAction = nullptr;
    QAction* m_amiDisconnectAction = nullptr;
    QAction* m_amiLogAction = nullptr;
    QAction* m_auditAction = nullptr;
    QAction* m_dashboardAction = nullptr;

    AmiSessions* m_ami = nullptr;
    QPointer<ConnectionCheckDialog> m_checkDialog;
    QHash<qint64, QPointer<AmiLogWindow>> m_amiLogs;
    QPointer<AuditDialog> m_auditDialog;
    QHash<qint64, QPointer<PbxDashboard>> m_dashboards;
};

} // namespace pbxwarden::ui
