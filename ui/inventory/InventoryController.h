#pragma once

#include "core/PbxRecord.h"
#include "secrets/CredentialService.h"

#include <QObject>

class QAction;

namespace pbxwarden::ui {
class MainWindow;

// The inventory capability of the main window: new / edit / duplicate / delete a PBX (with its
// secrets, through the credentials service), CSV import and export.
class InventoryController : public QObject
{
    Q_OBJECT
public:
    explicit InventoryController(MainWindow* window);

    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    void updateActions(int selected, int total);

    void addPbx();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();
    void importCsv();
    void exportCsv();

Q_SIGNALS:
    // The PBX is gone from the inventory: whatever other capabilities hold for it goes too.
    void pbxRemoved(qint64 pbxId);

private:
    void openPbxDialog(int mode, const PbxRecord& pbx);
    void storeSecrets(const PbxRecord& pbx, const secrets::GivenSecrets& secrets);

    MainWindow* m_window;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_duplicate;
    QAction* m_delete;
    QAction* m_import;
    QAction* m_export;
};

} // namespace pbxwarden::ui
