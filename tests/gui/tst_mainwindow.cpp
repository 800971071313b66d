#include "AppServices.h"
#include "MainWindow.h"
#include "core/Settings.h"
#include "fleet/FleetTableModel.h"
#include "inventory/CsvImportDialog.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "pbx/PbxDialog.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"
#include "widgets/Prompt.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pbxwarden;
using namespace pbxwarden::ui;

// The main window driven as a user would: keys typed into real widgets, buttons clicked,
// with a real SQLite file and, in the suite, a real gnome-keyring.
class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<inventory::Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QPointer<QDialog> m_lastDialog;

    QAction* action(const char* name) const { return m_window->findChild<QAction*>(QLatin1String(name)); }

    template<typename T>
    T* dialogOf()
    {
        if (!m_lastDialog)
            return nullptr;
        return qobject_cast<T*>(m_lastDialog.data());
    }

    void typeInto(QWidget* dialog, const char* name, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY2(edit, name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    QPushButton* okButton(QWidget* dialog) const
    {
        return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

    void selectByName(const QString& name)
    {
        QTableView* view = m_window->fleetView();
        const QAbstractItemModel* model = view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, FleetTableModel::Name).data().toString() == name) {
                view->selectionModel()->clearSelection();
                view->selectRow(r);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row named ") + name));
    }

private Q_SLOTS:
    void init()
    {
        m_window.reset();
        m_services.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("inv.sqlite")));
        auto db = inventory::Database::open(m_dir.filePath(QStringLiteral("inv.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_services = std::make_unique<AppServices>(*m_db, *m_settings);
        m_window = std::make_unique<MainWindow>(*m_services);
        connect(m_window.get(), &MainWindow::dialogOpened, this, [this](QDialog* d) { m_lastDialog = d; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->secretsReady(), 15000);
        Prompt::setSuppressErrors(true);
    }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester source(
            m_window->fleetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxy(
            m_window->fleetView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tree(
            m_window->customerView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        inventory::InventoryRepository repo(*m_db);
        PbxRecord p;
        p.name = QStringLiteral("x");
        p.host = QStringLiteral("192.0.2.1");
        p.customer = QStringLiteral("C");
        p.site = QStringLiteral("S");
        QVERIFY(repo.addPbx(p).ok());
        m_window->reload();
        QCOMPARE(m_window->fleetModel()->rowCount(), 1);
    }

    void addFilterEditDuplicateDelete()
    {
        // An empty fleet says how to start.
        auto* hint = m_window->findChild<QLabel*>(QStringLiteral("emptyHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QLatin1String("Ctrl+N")));

        // Add, through the dialog.
        action("addPbx")->trigger();
        auto* dialog = dialogOf<PbxDialog>();
        QVERIFY(dialog);
        QVERIFY(!okButton(dialog)->isEnabled());
        typeInto(dialog, "name", QStringLiteral("acme-main"));
        typeInto(dialog, "host", QStringLiteral("not a host!"));
        QVERIFY(!okButton(dialog)->isEnabled());
        auto* problems = dialog->findChild<QLabel*>(QStringLiteral("problems"));
        QVERIFY(problems->text().contains(QLatin1String("host")));
        typeInto(dialog, "host", QStringLiteral("192.0.2.44"));
        dialog->findChild<QComboBox*>(QStringLiteral("customer"))
            ->setCurrentText(QStringLiteral("Acme Dental"));
        dialog->findChild<QComboBox*>(QStringLiteral("site"))->setCurrentText(QStringLiteral("HQ"));
        typeInto(dialog, "tags", QStringLiteral("freepbx, prod"));
        auto* auth = dialog->findChild<QComboBox*>(QStringLiteral("sshAuth"));
        auth->setCurrentIndex(auth->findData(int(SshAuth::Password)));
        QVERIFY(!okButton(dialog)->isEnabled()); // a password is needed now
        typeInto(dialog, "sshSecret", QStringLiteral("Gui-Secret-77"));
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(problems->text()));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(m_window->fleetModel()->rowCount(), 1);
        QVERIFY(!hint->isVisible());

        inventory::InventoryRepository repo(*m_db);
        const auto stored = repo.pbxByName(QStringLiteral("acme-main"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->host, QStringLiteral("192.0.2.44"));
        QCOMPARE(stored->tags, (QStringList { QStringLiteral("freepbx"), QStringLiteral("prod") }));
        // The password went to the secret store, not to the record.
        secrets::SecretStore* store = m_window->secretStore();
        QTRY_VERIFY_WITH_TIMEOUT(secrets::readAndWait(*store,
                                     secrets::secretKey(stored.value(), secrets::SecretPurpose::SshPassword))
                                     ->found,
            5000);
        QCOMPARE(secrets::readAndWait(
                     *store, secrets::secretKey(stored.value(), secrets::SecretPurpose::SshPassword))
                     ->value,
            QStringLiteral("Gui-Secret-77"));

        // A second PBX, then the filter finds each.
        QVERIFY(repo.addPbx([] {
                        PbxRecord p;
                        p.name = QStringLiteral("beta-core");
                        p.host = QStringLiteral("pbx.beta.example");
                        return p;
                    }())
                    .ok());
        m_window->reload();
        QCOMPARE(m_window->fleetView()->model()->rowCount(), 2);
        QTest::keyClicks(m_window->filterEdit(), QStringLiteral("freepbx"));
        QTRY_COMPARE(m_window->fleetView()->model()->rowCount(), 1);
        QCOMPARE(m_window->fleetView()->model()->index(0, 0).data().toString(), QStringLiteral("acme-main"));
        m_window->filterEdit()->clear();
        QTest::keyClicks(m_window->filterEdit(), QStringLiteral("beta.example"));
        QTRY_COMPARE(m_window->fleetView()->model()->rowCount(), 1);
        QCOMPARE(m_window->fleetView()->model()->index(0, 0).data().toString(), QStringLiteral("beta-core"));
        m_window->filterEdit()->clear();
        QTRY_COMPARE(m_window->fleetView()->model()->rowCount(), 2);

        // Edit: rename to a taken name is refused in the dialog, a new host is saved.
        selectByName(QStringLiteral("acme-main"));
        QVERIFY(action("editPbx")->isEnabled());
        action("editPbx")->trigger();
        dialog = dialogOf<PbxDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("sshSecret"))->text(), QString());
        typeInto(dialog, "name", QStringLiteral("BETA-CORE"));
        QVERIFY(!okButton(dialog)->isEnabled());
        typeInto(dialog, "name", QStringLiteral("acme-main"));
        typeInto(dialog, "host", QStringLiteral("pbx1.acme.example"));
        QVERIFY(okButton(dialog)->isEnabled()); // the stored password stays: no need to retype it
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(repo.pbxByName(QStringLiteral("acme-main"))->host, QStringLiteral("pbx1.acme.example"));

        // Duplicate: a copy with a new name, no pinned key.
        selectByName(QStringLiteral("acme-main"));
        action("duplicatePbx")->trigger();
        dialog = dialogOf<PbxDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("name"))->text(),
            QStringLiteral("acme-main (copy)"));
        typeInto(dialog, "sshSecret", QStringLiteral("another"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(m_window->fleetModel()->rowCount(), 3);
        QCOMPARE(repo.pbxByName(QStringLiteral("acme-main (copy)"))->customer, QStringLiteral("Acme Dental"));

        // Delete asks first; "no" keeps it, "yes" removes it and its secrets.
        selectByName(QStringLiteral("acme-main"));
        Prompt::setNextConfirm(false);
        action("deletePbx")->trigger();
        QCOMPARE(m_window->fleetModel()->rowCount(), 3);
        selectByName(QStringLiteral("acme-main"));
        Prompt::setNextConfirm(true);
        action("deletePbx")->trigger();
        QTRY_COMPARE(m_window->fleetModel()->rowCount(), 2);
        QVERIFY(!repo.pbxByName(QStringLiteral("acme-main")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!secrets::readAndWait(*store,
                                     secrets::secretKey(stored.value(), secrets::SecretPurpose::SshPassword))
                                      ->found,
            5000);

        // The activity log shows each change.
        auto* activity = m_window->findChild<QTableWidget*>(QStringLiteral("activity"));
        QVERIFY(activity->rowCount() >= 4);
        QVERIFY(activity->item(0, 2)->text().contains(QLatin1String("Removed")));
    }

    // Issue 9 section 2: a login that is not root gets a sudo password field; what is typed there goes
    // to the keychain under the PBX's sudo-password key, like the other secrets.
    void sudoPasswordIsKeptForALoginThatIsNotRoot()
    {
        action("addPbx")->trigger();
        auto* dialog = dialogOf<PbxDialog>();
        QVERIFY(dialog);
        typeInto(dialog, "name", QStringLiteral("sudo-pbx"));
        typeInto(dialog, "host", QStringLiteral("192.0.2.45"));
        auto* sudo = dialog->findChild<QLineEdit*>(QStringLiteral("sudoSecret"));
        QVERIFY(sudo);
        typeInto(dialog, "sshUser", QStringLiteral("root"));
        QVERIFY(!sudo->isVisible()); // root needs no sudo
        typeInto(dialog, "sshUser", QStringLiteral("admin"));
        QVERIFY(sudo->isVisible());
        QCOMPARE(sudo->echoMode(), QLineEdit::Password);
        typeInto(dialog, "sudoSecret", QStringLiteral("Gui-Sudo-9"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        inventory::InventoryRepository repo(*m_db);
        QTRY_VERIFY(repo.pbxByName(QStringLiteral("sudo-pbx")).ok());
        const PbxRecord stored = repo.pbxByName(QStringLiteral("sudo-pbx")).value();
        QCOMPARE(stored.sshUser, QStringLiteral("admin"));
        secrets::SecretStore* store = m_window->secretStore();
        const QString key = secrets::secretKey(stored, secrets::SecretPurpose::SudoPassword);
        QTRY_VERIFY_WITH_TIMEOUT(secrets::readAndWait(*store, key)->found, 5000);
        QCOMPARE(secrets::readAndWait(*store, key)->value, QStringLiteral("Gui-Sudo-9"));
    }

    // Issue 16 section 4: the edit form shows the secrets as the store holds them.
    void editFormSaysWhatIsStored()
    {
        inventory::InventoryRepository repo(*m_db);
        PbxRecord bare;
        bare.name = QStringLiteral("no-secret");
        bare.host = QStringLiteral("192.0.2.46");
        bare.sshAuth = SshAuth::Password;
        QVERIFY(repo.addPbx(bare).ok());
        m_window->reload();
        selectByName(QStringLiteral("no-secret"));
        action("editPbx")->trigger();
        auto* dialog = dialogOf<PbxDialog>();
        QVERIFY(dialog);
        auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("sshSecret"));
        QTRY_COMPARE(secret->placeholderText(), QStringLiteral("not stored - type it"));
        QVERIFY(!okButton(dialog)->isEnabled()); // a password login with nothing stored cannot work
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("problems"))
                    ->text()
                    .contains(QLatin1String("none is stored")));
        typeInto(dialog, "sshSecret", QStringLiteral("Now-Stored-1"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        const PbxRecord stored = repo.pbxByName(QStringLiteral("no-secret")).value();
        QTRY_VERIFY_WITH_TIMEOUT(secrets::readAndWait(*m_window->secretStore(),
                                     secrets::secretKey(stored, secrets::SecretPurpose::SshPassword))
                                     ->found,
            5000);

        selectByName(QStringLiteral("no-secret"));
        action("editPbx")->trigger();
        dialog = dialogOf<PbxDialog>();
        QVERIFY(dialog);
        secret = dialog->findChild<QLineEdit*>(QStringLiteral("sshSecret"));
        QTRY_COMPARE(secret->placeholderText(), QStringLiteral("stored - leave empty to keep"));
        QVERIFY(okButton(dialog)->isEnabled());
        // A second PBX on the same host and port is said, not refused.
        auto* notice = dialog->findChild<QLabel*>(QStringLiteral("notice"));
        QVERIFY(!notice->isVisible());
        dialog->reject();
        selectByName(QStringLiteral("no-secret"));
        action("duplicatePbx")->trigger();
        dialog = dialogOf<PbxDialog>();
        QVERIFY(dialog);
        notice = dialog->findChild<QLabel*>(QStringLiteral("notice"));
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("without the original's secrets")),
            qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QLatin1String("no-secret is already in the inventory")),
            qPrintable(notice->text()));
        dialog->reject();
    }

    void importPreviewThenImport()
    {
        const QString csv = m_dir.filePath(QStringLiteral("fleet.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,host,customer,site\nnorth,192.0.2.50,Acme,North\nbroken,bad "
                "host,,\nsouth,192.0.2.51,Acme,South\n");
        f.close();
        Prompt::setNextFileName(csv);
        action("importCsv")->trigger();
        auto* dialog = dialogOf<CsvImportDialog>();
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("preview"));
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(table->item(1, 4)->text().contains(QLatin1String("host")));
        QCOMPARE(m_window->fleetModel()->rowCount(), 0); // nothing written before the click
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("import")), Qt::LeftButton);
        QTRY_COMPARE(m_window->fleetModel()->rowCount(), 2);

        // Export writes what the inventory holds.
        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        Prompt::setNextFileName(out);
        action("exportCsv")->trigger();
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray text = exported.readAll();
        QVERIFY(text.contains("north,Acme,North"));
        QVERIFY(text.contains("south,Acme,South"));
    }

    void customerTreeNarrowsTheTable()
    {
        inventory::InventoryRepository repo(*m_db);
        for (const auto& [name, customer, site] : { std::tuple { "a1", "Acme", "HQ" },
                 std::tuple { "a2", "Acme", "Lab" }, std::tuple { "b1", "Beta", "HQ" } }) {
            PbxRecord p;
            p.name = QLatin1String(name);
            p.host = QStringLiteral("192.0.2.9");
            p.customer = QLatin1String(customer);
            p.site = QLatin1String(site);
            QVERIFY(repo.addPbx(p).ok());
        }
        m_window->reload();
        QTreeView* tree = m_window->customerView();
        const QModelIndex all = tree->model()->index(0, 0);
        const QModelIndex acme = tree->model()->index(0, 0, all);
        tree->setCurrentIndex(acme);
        QTRY_COMPARE(m_window->fleetView()->model()->rowCount(), 2);
        tree->setCurrentIndex(tree->model()->index(1, 0, acme)); // Acme / Lab
        QTRY_COMPARE(m_window->fleetView()->model()->rowCount(), 1);
        tree->setCurrentIndex(all);
        QTRY_COMPARE(m_window->fleetView()->model()->rowCount(), 3);
    }

    void cleanup()
    {
        if (m_lastDialog)
            m_lastDialog->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
