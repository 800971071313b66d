#pragma once

// A main window on a fresh inventory for GUI tests, with a secret store ready (the suite's
// gnome-keyring, or the session store when no keychain answers).
#include "AppServices.h"
#include "MainWindow.h"
#include "core/Settings.h"
#include "fleet/FleetTableModel.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"
#include "widgets/Prompt.h"

#include <QAction>
#include <QDialog>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct WindowFixture
{
    QTemporaryDir dir;
    std::unique_ptr<pbxwarden::inventory::Database> db;
    std::unique_ptr<pbxwarden::Settings> settings;
    std::unique_ptr<pbxwarden::ui::AppServices> services;
    std::unique_ptr<pbxwarden::ui::MainWindow> window;
    std::unique_ptr<pbxwarden::inventory::InventoryRepository> repo;
    QPointer<QDialog> lastDialog;

    bool open(int parallel = 4, int timeoutSeconds = 8)
    {
        window.reset();
        services.reset();
        repo.reset();
        db.reset();
        QFile::remove(dir.filePath(QStringLiteral("inv.sqlite")));
        auto opened = pbxwarden::inventory::Database::open(dir.filePath(QStringLiteral("inv.sqlite")));
        if (!opened)
            return false;
        db = std::move(opened.value());
        repo = std::make_unique<pbxwarden::inventory::InventoryRepository>(*db);
        settings = std::make_unique<pbxwarden::Settings>(dir.filePath(QStringLiteral("settings.ini")));
        settings->setFleetParallelism(parallel);
        settings->setSshTimeoutSeconds(timeoutSeconds);
        services = std::make_unique<pbxwarden::ui::AppServices>(*db, *settings);
        window = std::make_unique<pbxwarden::ui::MainWindow>(*services);
        QObject::connect(window.get(), &pbxwarden::ui::MainWindow::dialogOpened, window.get(),
            [this](QDialog* d) { lastDialog = d; });
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        QSignalSpy probed(window.get(), &pbxwarden::ui::MainWindow::secretsStateChanged);
        if (!window->secretsReady() && !probed.wait(15000))
            return false;
        if (!window->secretsReady())
            window->useSessionSecrets();
        pbxwarden::ui::Prompt::setSuppressErrors(true);
        return window->secretsReady();
    }

    QAction* action(const char* name) const { return window->findChild<QAction*>(QLatin1String(name)); }

    qint64 addPbx(
        pbxwarden::PbxRecord p, pbxwarden::secrets::SecretPurpose purpose = {}, const QString& secret = {})
    {
        const auto id = repo->addPbx(p);
        if (!id)
            return 0;
        if (!secret.isEmpty()
            && !pbxwarden::secrets::writeAndWait(*window->secretStore(),
                pbxwarden::secrets::secretKey(repo->pbx(id.value()).value(), purpose), secret))
            return 0;
        return id.value();
    }

    // Selects the rows with these names (none: clears the selection).
    void select(const QStringList& names)
    {
        QTableView* view = window->fleetView();
        view->selectionModel()->clearSelection();
        const QAbstractItemModel* model = view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (names.contains(model->index(r, pbxwarden::ui::FleetTableModel::Name).data().toString()))
                view->selectionModel()->select(
                    model->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    QString cell(const QString& name, int column) const
    {
        const QAbstractItemModel* model = window->fleetModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, pbxwarden::ui::FleetTableModel::Name).data().toString() == name)
                return model->index(r, column).data().toString();
        }
        return QStringLiteral("<no row %1>").arg(name);
    }
};
