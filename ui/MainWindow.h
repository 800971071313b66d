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
class QTableView;
class QTableWidget;
class QTreeView;

namespace pbxwarden {
class Settings;
namespace inventory {
class Database;
class InventoryRepository;
} // namespace inventory
namespace secrets {
class SecretStore;
class KeychainSecretStore;
} // namespace secrets
} // namespace pbxwarden

namespace pbxwarden::ui {
class AmiLogWindow;
class AmiSessions;
class ConnectionCheckDialog;
class CustomerTreeModel;
class FleetFilterProxy;
class FleetTableModel;

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

Q_SIGNALS:
    // Emitted when a dialog opened by the window is shown; tests fill it in.
    void dialogOpened(QDialog* dialog);
    void secretsStateChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createWidgets();
    void updateActions();
    void updateStatus();
    QList<PbxRecord> selectedPbxs() const;
    void openPbxDialog(int mode, const PbxRecord& pbx);
    void storeSecrets(qint64 pbxId, const PbxRecord& pbx, const QString& sshSecret, const QString& amiSecret);
    void selectPbx(qint64 id);
    void showKeychainNotice(const QString& why);
    QList<PbxRecord> selectedOrShownPbxs() const;
    void recordConnectionCheck(const PbxRecord& pbx, const fleet::HostOutcome& outcome);
    void onAmiStateChanged(qint64 pbxId, ami::AmiClient::State state, const QString& reason);
    void reloadActivity();

    inventory::Database& m_db;
    std::unique_ptr<inventory::InventoryRepository> m_repo;
    Settings& m_settings;
    std::unique_ptr<secrets::KeychainSecretStore> m_keychain;
    std::unique_ptr<secrets::SecretStore> m_sessionStore;
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
    QLabel* m_secretsLabel = nullptr;

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

    AmiSessions* m_ami = nullptr;
    QPointer<ConnectionCheckDialog> m_checkDialog;
    QHash<qint64, QPointer<AmiLogWindow>> m_amiLogs;
};

} // namespace pbxwarden::ui
