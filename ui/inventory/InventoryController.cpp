#include "inventory/InventoryController.h"

#include "AppServices.h"
#include "MainWindow.h"
#include "core/Settings.h"
#include "fleet/FleetController.h"
#include "fleet/FleetTableModel.h"
#include "inventory/CsvImport.h"
#include "inventory/CsvImportDialog.h"
#include "pbx/PbxDialog.h"
#include "widgets/Prompt.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStyle>

namespace pbxwarden::ui {

InventoryController::InventoryController(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    QStyle* s = window->style();
    m_add = new QAction(s->standardIcon(QStyle::SP_FileIcon), tr("&New PBX…"), this);
    m_add->setShortcut(QKeySequence::New);
    m_add->setObjectName(QStringLiteral("addPbx"));
    m_edit = new QAction(s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit PBX…"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_edit->setObjectName(QStringLiteral("editPbx"));
    m_duplicate = new QAction(s->standardIcon(QStyle::SP_FileLinkIcon), tr("D&uplicate PBX…"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setObjectName(QStringLiteral("duplicatePbx"));
    m_delete = new QAction(s->standardIcon(QStyle::SP_TrashIcon), tr("&Delete PBX…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setObjectName(QStringLiteral("deletePbx"));
    m_import = new QAction(s->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import CSV…"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setObjectName(QStringLiteral("importCsv"));
    m_export = new QAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("E&xport CSV…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    connect(m_add, &QAction::triggered, this, &InventoryController::addPbx);
    connect(m_edit, &QAction::triggered, this, &InventoryController::editSelected);
    connect(m_duplicate, &QAction::triggered, this, &InventoryController::duplicateSelected);
    connect(m_delete, &QAction::triggered, this, &InventoryController::deleteSelected);
    connect(m_import, &QAction::triggered, this, &InventoryController::importCsv);
    connect(m_export, &QAction::triggered, this, &InventoryController::exportCsv);
}

void InventoryController::updateActions(int selected, int total)
{
    m_edit->setEnabled(selected == 1);
    m_duplicate->setEnabled(selected == 1);
    m_delete->setEnabled(selected >= 1);
    m_export->setEnabled(total > 0);
}

void InventoryController::addPbx()
{
    openPbxDialog(int(PbxDialog::Mode::Add), PbxRecord {});
}

void InventoryController::editSelected()
{
    const QList<PbxRecord> selected = m_window->selectedPbxs();
    if (selected.size() == 1)
        openPbxDialog(int(PbxDialog::Mode::Edit), selected.first());
}

void InventoryController::duplicateSelected()
{
    const QList<PbxRecord> selected = m_window->selectedPbxs();
    if (selected.size() == 1)
        openPbxDialog(int(PbxDialog::Mode::Duplicate), selected.first());
}

void InventoryController::openPbxDialog(int modeValue, const PbxRecord& pbx)
{
    AppServices& services = m_window->services();
    const auto mode = PbxDialog::Mode(modeValue);
    QStringList sites;
    if (const auto all = services.inventory.sites()) {
        for (const auto& s : all.value()) {
            if (!sites.contains(s.name, Qt::CaseInsensitive))
                sites << s.name;
        }
    }
    auto nameTaken = [&services](const QString& name, qint64 exceptId) {
        const auto existing = services.inventory.pbxByName(name);
        return existing.ok() && existing->id != exceptId;
    };
    auto* dialog = new PbxDialog(mode, pbx, services.inventory.customers().value(), sites, nameTaken,
        m_window->secretsReady(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnectionTest(&services.credentials, services.settings.sshTimeoutSeconds());
    dialog->setHostInUse([&services](const QString& host, int port, qint64 exceptId) {
        const auto all = services.inventory.pbxs();
        for (const PbxRecord& p : all ? all.value() : QList<PbxRecord> {}) {
            if (p.id != exceptId && p.sshPort == port && p.host.compare(host, Qt::CaseInsensitive) == 0)
                return p.name;
        }
        return QString();
    });
    // The form says what the keychain holds, as the keychain says it (it answers later).
    if (mode == PbxDialog::Mode::Edit && m_window->secretsReady())
        services.credentials.stored(pbx, dialog,
            [dialog](const secrets::CredentialService::Stored& stored) { dialog->setStoredSecrets(stored); });
    connect(dialog, &PbxDialog::connectionTested, this,
        [this](const PbxRecord& tested, const fleet::HostOutcome& outcome) {
            // Only a test of the saved address says something about the PBX in the table.
            FleetTableModel* model = m_window->fleetModel();
            const PbxRecord* saved = model->pbxAt(model->rowOf(tested.id));
            if (saved && saved->host == tested.host && saved->sshPort == tested.sshPort
                && saved->sshUser == tested.sshUser)
                m_window->fleetController()->recordConnectionCheck(*saved, outcome);
        });
    connect(dialog, &QDialog::accepted, this, [this, dialog, mode] {
        AppServices& services = m_window->services();
        const PbxRecord record = dialog->record();
        qint64 id = record.id;
        if (mode == PbxDialog::Mode::Edit) {
            if (const Status saved = services.inventory.updatePbx(record); !saved) {
                Prompt::error(m_window, tr("Saving the PBX failed"), saved.error());
                return;
            }
        } else {
            const auto added = services.inventory.addPbx(record);
            if (!added) {
                Prompt::error(m_window, tr("Adding the PBX failed"), added.error());
                return;
            }
            id = added.value();
        }
        // The stored record carries the identities that name its secrets (the dialog's copy may not).
        if (const Result<PbxRecord> saved = services.inventory.pbx(id))
            storeSecrets(saved.value(), dialog->secrets());
        else
            Prompt::error(m_window, tr("Keychain"), saved.error());
        m_window->reload();
        m_window->selectPbx(id);
        m_window->showStatus(mode == PbxDialog::Mode::Edit ? tr("Saved %1").arg(record.name)
                                                           : tr("Added %1").arg(record.name));
    });
    dialog->open();
    m_window->announceDialog(dialog);
}

void InventoryController::storeSecrets(const PbxRecord& pbx, const secrets::GivenSecrets& secrets)
{
    if (!m_window->secretsReady())
        return;
    m_window->services().credentials.store(
        pbx, secrets, this, [this, name = pbx.name](const secrets::SecretWrite& written) {
            if (!written.complete())
                Prompt::error(m_window, tr("Keychain"),
                    tr("Secrets of %1 could not be stored: %2").arg(name, written.describe()));
        });
}

void InventoryController::deleteSelected()
{
    const QList<PbxRecord> selected = m_window->selectedPbxs();
    if (selected.isEmpty())
        return;
    const QString text = selected.size() == 1 ? tr("Delete %1 from the inventory?\n\nIts saved passwords are "
                                                   "removed from the keychain. The PBX itself "
                                                   "is not touched.")
                                                    .arg(selected.first().name)
                                              : tr("Delete %n PBX(s) from the inventory?\n\nTheir saved "
                                                   "passwords are removed from the keychain. The PBXs "
                                                   "themselves are not touched.",
                                                  nullptr, int(selected.size()));
    if (!Prompt::confirm(m_window, tr("Delete"), text, tr("Delete")))
        return;
    AppServices& services = m_window->services();
    QStringList failures;
    for (const PbxRecord& p : selected) {
        if (const Status removed = services.inventory.removePbx(p.id); !removed) {
            failures << QStringLiteral("%1: %2").arg(p.name, removed.error());
            continue;
        }
        Q_EMIT pbxRemoved(p.id);
        // What stays in the keychain is said, not swallowed: the user may have to remove it by hand.
        services.credentials.removeAll(p, this, [this, name = p.name](const secrets::SecretRemoval& removal) {
            if (!removal.complete())
                Prompt::error(m_window, tr("Delete"),
                    tr("%1 was deleted, but these secrets are still in the keychain: %2")
                        .arg(name, removal.describe()));
        });
    }
    m_window->reload();
    if (!failures.isEmpty())
        Prompt::error(m_window, tr("Delete"), failures.join(u'\n'));
    else
        m_window->showStatus(tr("Deleted %n PBX(s)", nullptr, int(selected.size())));
}

void InventoryController::importCsv()
{
    const QString fileName
        = Prompt::openFileName(m_window, tr("Import PBXs"), tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        Prompt::error(m_window, tr("Import"), tr("Cannot read %1: %2").arg(fileName, file.errorString()));
        return;
    }
    if (file.size() > 64 * 1024 * 1024) {
        Prompt::error(
            m_window, tr("Import"), tr("%1 is larger than 64 MiB; that is not an inventory.").arg(fileName));
        return;
    }
    AppServices& services = m_window->services();
    const auto preview = inventory::previewCsvImport(QString::fromUtf8(file.readAll()), services.inventory);
    if (!preview) {
        Prompt::error(m_window, tr("Import"), tr("%1 cannot be imported: %2").arg(fileName, preview.error()));
        return;
    }
    auto* dialog = new CsvImportDialog(QFileInfo(fileName).fileName(), preview.value(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto ids
            = m_window->services().inventory.addPbxs(dialog->rowsToImport(), QStringLiteral("pbx.import"));
        if (!ids) {
            Prompt::error(m_window, tr("Import"), tr("Nothing was imported: %1").arg(ids.error()));
            return;
        }
        m_window->reload();
        m_window->showStatus(tr("Imported %n PBX(s)", nullptr, int(ids->size())));
    });
    dialog->open();
    m_window->announceDialog(dialog);
}

void InventoryController::exportCsv()
{
    const QString fileName = Prompt::saveFileName(
        m_window, tr("Export PBXs"), QStringLiteral("pbx-inventory.csv"), tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    const auto pbxs = m_window->services().inventory.pbxs();
    if (!pbxs) {
        Prompt::error(m_window, tr("Export"), pbxs.error());
        return;
    }
    const QByteArray data = inventory::exportInventoryCsv(pbxs.value()).toUtf8();
    QSaveFile out(fileName);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        Prompt::error(m_window, tr("Export"), tr("Cannot write %1: %2").arg(fileName, out.errorString()));
        return;
    }
    m_window->showStatus(tr("Exported %n PBX(s) to %1", nullptr, int(pbxs->size())).arg(fileName));
}

} // namespace pbxwarden::ui
