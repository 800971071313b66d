#include "AppServices.h"
#include "MainWindow.h"
#include "core/Settings.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "pbx/PbxDialog.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"
#include "widgets/Prompt.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pbxwarden;
using namespace pbxwarden::ui;

// Registered with a D-Bus address that leads nowhere: the window says there is no keychain, in
// words, and keeps secrets in memory only once the user agrees.
class TestNoKeyringGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noticeThenSessionSecrets()
    {
        QTemporaryDir dir;
        auto db = inventory::Database::open(dir.filePath(QStringLiteral("inv.sqlite")));
        QVERIFY(db.ok());
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        AppServices services(*db.value(), settings);
        MainWindow window(services);
        QPointer<QDialog> dialog;
        connect(&window, &MainWindow::dialogOpened, this, [&](QDialog* d) { dialog = d; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* notice = window.findChild<QWidget*>(QStringLiteral("keychainNotice"));
        QVERIFY(notice);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 30000);
        QVERIFY(!window.secretsReady());
        QString said;
        for (const QLabel* label : notice->findChildren<QLabel*>())
            said += label->text();
        QVERIFY2(said.contains(QLatin1String("No usable keychain")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("D-Bus")) || said.contains(QLatin1String("keychain failed")),
            qPrintable(said)); // the reason, not just the fact

        // Without consent, the dialog offers no place to type a secret.
        window.findChild<QAction*>(QStringLiteral("addPbx"))->trigger();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("sshSecret"))->isEnabled());
        dialog->reject();

        QTest::mouseClick(
            notice->findChild<QPushButton*>(QStringLiteral("useSessionSecrets")), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
        QVERIFY(window.secretsReady());
        QVERIFY(!window.secretStore()->persistent());

        window.findChild<QAction*>(QStringLiteral("addPbx"))->trigger();
        QVERIFY(dialog);
        for (const auto& [name, text] :
            { std::pair { "name", "volatile" }, std::pair { "host", "192.0.2.8" } })
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QLatin1String(name)), QLatin1String(text));
        auto* auth = dialog->findChild<QComboBox*>(QStringLiteral("sshAuth"));
        auth->setCurrentIndex(auth->findData(int(SshAuth::Password)));
        auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("sshSecret"));
        QVERIFY(secret->isEnabled());
        QTest::keyClicks(secret, QStringLiteral("Session-Only-991"));
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        inventory::InventoryRepository repo(*db.value());
        QTRY_VERIFY(repo.pbxByName(QStringLiteral("volatile")).ok());
        const PbxRecord stored = repo.pbxByName(QStringLiteral("volatile")).value();
        QTRY_VERIFY(secrets::readAndWait(
            *window.secretStore(), secrets::secretKey(stored, secrets::SecretPurpose::SshPassword))
                        ->found);
        // Kept in memory only: no file PBX Warden wrote holds it.
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("Session-Only-991"), qPrintable(f.fileName()));
        }
    }
};

QTEST_MAIN(TestNoKeyringGui)
#include "tst_nokeyring_gui.moc"
