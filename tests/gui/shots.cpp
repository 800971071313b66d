// Renders the main screens to PNG files for review and for the README:
//   xvfb-run -a build/tests/gui/pbxwarden-shots OUTDIR [--lang CODE] [--db FILE] [--lab PBXLAB_JSON]
//   xvfb-run -a build/tests/gui/pbxwarden-shots OUTDIR --dashboard COUNT [--lang CODE] [--partial]
// With --lab (and a keychain, or the session store), also the connection screens against the lab:
// the PBX dialog's Test connection, Check connections, the AMI protocol log.
// With --dashboard, only the security screens, over COUNT PBXs with synthetic audits (the lab's saved
// facts, see SyntheticAudits.h): fleet-dashboard.png (fleet-dashboard-COUNT.png when COUNT > 3) and
// pbx-dashboard.png. With --partial, one more PBX audited by an account without root (a partial
// audit, see synthetic::withoutRoot): its dashboard is the one shown, as pbx-dashboard-partial.png
// next to fleet-dashboard-partial.png.
// Not a test: it asserts nothing, it only shows.
#include "AppServices.h"
#include "MainWindow.h"
#include "SyntheticAudits.h"
#include "ami/AmiLogWindow.h"
#include "ami/AmiSessions.h"
#include "audit/FindingsModel.h"
#include "audit/FleetSecurityModel.h"
#include "audit/Score.h"
#include "audit/SecuritySummary.h"
#include "core/Settings.h"
#include "fleet/ConnectionCheckDialog.h"
#include "fleet/ConnectionCheckModel.h"
#include "fleet/FleetTableModel.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "pbx/PbxDialog.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"
#include "widgets/Prompt.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <functional>

using namespace pbxwarden;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        qWarning("usage: pbxwarden-shots OUTDIR [--lang CODE] [--db FILE]");
        return 64;
    }
    const QString outDir = args.takeFirst();
    QString language = QStringLiteral("en");
    QString dbPath;
    QString labJson;
    int dashboardCount = 0;
    // A flag without a value, unlike the other options.
    const bool partial = args.removeAll(QStringLiteral("--partial")) > 0;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--lang")
            language = args.at(i + 1);
        else if (args.at(i) == u"--db")
            dbPath = args.at(i + 1);
        else if (args.at(i) == u"--lab")
            labJson = args.at(i + 1);
        else if (args.at(i) == u"--dashboard")
            dashboardCount = qBound(1, args.at(i + 1).toInt(), 5000);
    }
    QTranslator own;
    if (own.load(
            QLocale(language), QStringLiteral("pbxwarden"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&own);
    QTranslator qt;
    if (qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    QLocale::setDefault(QLocale(language));
    if (QLocale(language).textDirection() == Qt::RightToLeft)
        app.setLayoutDirection(Qt::RightToLeft);

    QTemporaryDir scratch;
    auto db = inventory::Database::open(
        dbPath.isEmpty() ? scratch.filePath(QStringLiteral("inv.sqlite")) : dbPath);
    if (!db) {
        qWarning("%s", qPrintable(db.error()));
        return 74;
    }
    Settings settings(scratch.filePath(QStringLiteral("settings.ini")));
    ui::AppServices services(*db.value(), settings);
    ui::MainWindow window(services);
    window.resize(1280, 800);
    window.show();
    QDir().mkpath(outDir);
    const QString suffix = language == u"en" ? QString() : QLatin1Char('-') + language;

    QDialog* dialog = nullptr;
    QObject::connect(&window, &ui::MainWindow::dialogOpened, [&](QDialog* d) { dialog = d; });
    if (dashboardCount > 0) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        synthetic::populate(*db.value(), dashboardCount, now);
        const QString partialName = QStringLiteral("acme-nosudo");
        if (partial) {
            PbxRecord p;
            p.name = partialName;
            p.customer = QStringLiteral("Acme Dental");
            p.host = QStringLiteral("10.9.0.10");
            p.sshUser = QStringLiteral("admin");
            inventory::InventoryRepository repo(*db.value());
            inventory::AuditRepository audits(*db.value());
            if (const auto id = repo.addPbx(p)) {
                const auto record = synthetic::record(id.value(), p.name,
                    synthetic::withoutRoot(synthetic::labBundle(QStringLiteral("hardened"))),
                    now.addDays(-3));
                const auto score = audit::Score::compute(audit::storedFindings(record));
                audits.add(record, p.name, { score.checks, score.notAssessed });
            }
        }
        const QString tag = partial ? QStringLiteral("-partial") : QString();
        window.reload();
        window.fleetTabs()->setCurrentIndex(1);
        QTimer::singleShot(1500, [&] {
            window.grab().save(outDir
                + (dashboardCount > 3 ? QStringLiteral("/fleet-dashboard-%1%2.png").arg(dashboardCount)
                                      : QStringLiteral("/fleet-dashboard%2.png"))
                      .arg(tag + suffix));
            // The worst audited PBX (sorted by score, never audited first): its dashboard.
            QTableView* view = window.securityView();
            view->setFocus();
            int row = 0;
            while (row + 1 < view->model()->rowCount()
                && (partial ? view->model()->index(row, ui::FleetSecurityModel::Name).data() != partialName
                            : view->model()
                                  ->index(row, ui::FleetSecurityModel::Grade)
                                  .data()
                                  .toString()
                                  .isEmpty()))
                ++row;
            // Through the selection model: QTableView::selectRow() selects nothing right to left here.
            view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            window.findChild<QAction*>(QStringLiteral("pbxDashboard"))->trigger();
        });
        QTimer::singleShot(3000, [&] {
            if (dialog) {
                auto* findings = dialog->findChild<QTreeView*>(QStringLiteral("findings"));
                // A partial audit: show what was not assessed, the first one selected (how to complete).
                if (auto* gaps = dialog->findChild<QCheckBox*>(QStringLiteral("showNotAssessed"));
                    partial && gaps)
                    gaps->setChecked(true);
                int first = 0;
                for (int r = 0; findings && partial && r < findings->model()->rowCount(); ++r) {
                    const QModelIndex detail = findings->model()->index(0, 0, findings->model()->index(r, 0));
                    if (detail.data(ui::FindingsModel::DetailKindRole).toString() == u"not-assessed") {
                        first = r;
                        break;
                    }
                }
                if (findings && findings->model()->rowCount() > first) {
                    findings->setCurrentIndex(findings->model()->index(first, 0));
                    findings->expand(findings->model()->index(first, 0));
                }
            }
        });
        QTimer::singleShot(4000, [&] {
            if (dialog)
                dialog->grab().save(outDir
                    + (dashboardCount > 3 ? QStringLiteral("/pbx-dashboard-%1%2.png").arg(dashboardCount)
                                          : QStringLiteral("/pbx-dashboard%2.png"))
                          .arg(tag + suffix));
            app.quit();
        });
        return app.exec();
    }
    QTimer::singleShot(1500, [&] {
        window.grab().save(outDir + QStringLiteral("/main-window%1.png").arg(suffix));
        window.findChild<QAction*>(QStringLiteral("addPbx"))->trigger();
    });
    // Steps run one after another; each waits (polling) until its condition holds.
    struct Step
    {
        std::function<bool()> ready;
        std::function<void()> run;
    };
    QList<Step> steps;
    auto always = [] {
        return true;
    };
    steps << Step { always,
        [&] {
            if (dialog)
                dialog->grab().save(outDir + QStringLiteral("/pbx-dialog%1.png").arg(suffix));
            // A named admin, as the audit advises: the sudo password field shows.
            if (auto* user = dialog ? dialog->findChild<QLineEdit*>(QStringLiteral("sshUser")) : nullptr) {
                user->setText(QStringLiteral("admin"));
                dialog->grab().save(outDir + QStringLiteral("/pbx-dialog-sudo%1.png").arg(suffix));
            }
            if (dialog)
                dialog->close();
        } };

    inventory::InventoryRepository repo(*db.value());
    QTcpServer silent; // a PBX that never answers, to show a check in progress
    QList<QTcpSocket*> held;
    QList<qint64> ids;
    ui::AmiLogWindow* amiLog = nullptr;
    if (!labJson.isEmpty()) {
        steps << Step { [&] {
                           return window.secretsReady()
                               || window.findChild<QWidget*>(QStringLiteral("keychainNotice"))->isVisible();
                       },
            [&] {
                if (!window.secretsReady())
                    window.useSessionSecrets();
                QFile file(labJson);
                file.open(QIODevice::ReadOnly);
                const QJsonArray hosts = QJsonDocument::fromJson(file.readAll()).array();
                const QStringList customers { QStringLiteral("Acme Dental"), QStringLiteral("Birch Legal"),
                    QStringLiteral("Cobalt Freight") };
                for (int i = 0; i < hosts.size() && i < 4; ++i) {
                    const QJsonObject o = hosts.at(i).toObject();
                    PbxRecord p;
                    p.name = QStringLiteral("%1-%2").arg(customers.at(i % 3).section(u' ', 0, 0).toLower(),
                        o.value(QStringLiteral("name")).toString());
                    p.customer = customers.at(i % 3);
                    p.site = QStringLiteral("HQ");
                    p.host = o.value(QStringLiteral("address")).toString();
                    p.sshAuth = SshAuth::Password;
                    p.amiUser = o.value(QStringLiteral("ami_accounts"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("user"))
                                    .toString();
                    p.tags = QStringList { QStringLiteral("asterisk") };
                    if (i != 0 && i != 2)
                        p.hostKeyFingerprint = o.value(QStringLiteral("host_key_sha256")).toString();
                    const qint64 id = repo.addPbx(p).value();
                    ids << id;
                    const QString password = i == 3 ? QStringLiteral("an-old-password")
                                                    : o.value(QStringLiteral("accounts"))
                                                          .toArray()
                                                          .at(0)
                                                          .toObject()
                                                          .value(QStringLiteral("password"))
                                                          .toString();
                    window.secretStore()->write(
                        secrets::secretKey(repo.pbx(id).value(), secrets::SecretPurpose::SshPassword),
                        password, [](Status) {});
                    window.secretStore()->write(
                        secrets::secretKey(repo.pbx(id).value(), secrets::SecretPurpose::AmiSecret),
                        o.value(QStringLiteral("ami_accounts"))
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(QStringLiteral("secret"))
                            .toString(),
                        [](Status) {});
                }
                silent.listen(QHostAddress::LocalHost);
                QObject::connect(&silent, &QTcpServer::newConnection, [&] {
                    while (QTcpSocket* s = silent.nextPendingConnection())
                        held << s;
                });
                PbxRecord p;
                p.name = QStringLiteral("cobalt-warehouse");
                p.customer = QStringLiteral("Cobalt Freight");
                p.site = QStringLiteral("Warehouse");
                p.host = QStringLiteral("127.0.0.1");
                p.sshPort = silent.serverPort();
                ids << repo.addPbx(p).value();
                window.reload();
                // The dialog of a PBX never seen: test, trust the key, look at the result.
                window.fleetView()->selectRow(0);
                for (int r = 0; r < window.fleetView()->model()->rowCount(); ++r) {
                    if (window.fleetView()
                            ->model()
                            ->index(r, 0)
                            .data(ui::FleetTableModel::PbxIdRole)
                            .toLongLong()
                        == ids.first())
                        window.fleetView()->selectRow(r);
                }
                window.findChild<QAction*>(QStringLiteral("editPbx"))->trigger();
                ui::Prompt::setNextConfirm(true);
                dialog->findChild<QPushButton*>(QStringLiteral("testConnection"))->click();
            } };
        steps << Step { [&] {
                           auto* d = qobject_cast<ui::PbxDialog*>(dialog);
                           return d && !d->isTesting()
                               && d->testResultText().contains(QLatin1String("<table"));
                       },
            [&] {
                dialog->grab().save(outDir + QStringLiteral("/pbx-dialog-test%1.png").arg(suffix));
                dialog->accept();
                window.fleetView()->clearSelection();
                ui::Prompt::setNextConfirm(true);
                window.findChild<QAction*>(QStringLiteral("checkConnections"))->trigger();
            } };
        steps << Step { [&] {
                           auto* d = window.connectionCheckDialog();
                           return d && d->model()->count(ui::ConnectionCheckModel::HostState::Ok) >= 2
                               && d->model()->count(ui::ConnectionCheckModel::HostState::Failed) >= 1;
                       },
            [&] {
                QTimer::singleShot(300, [&] {});
            } };
        steps << Step { always, [&] {
                           window.connectionCheckDialog()->grab().save(
                               outDir + QStringLiteral("/connection-check%1.png").arg(suffix));
                           window.connectionCheckDialog()->cancel();
                       } };
        steps << Step { [&] { return !window.connectionCheckDialog()->isRunning(); },
            [&] {
                window.connectionCheckDialog()->close();
                window.fleetView()->clearSelection();
                for (int r = 0; r < window.fleetView()->model()->rowCount(); ++r) {
                    if (window.fleetView()
                            ->model()
                            ->index(r, 0)
                            .data(ui::FleetTableModel::PbxIdRole)
                            .toLongLong()
                        == ids.at(1))
                        window.fleetView()->selectRow(r);
                }
                window.findChild<QAction*>(QStringLiteral("amiLog"))->trigger();
                amiLog = window.amiLogWindow(ids.at(1));
                window.findChild<QAction*>(QStringLiteral("connectAmi"))->trigger();
            } };
        steps << Step { [&] {
                           return amiLog && amiLog->proxy()->rowCount() >= 3
                               && window.amiSessions()->state(ids.at(1)) == ami::AmiClient::State::Up;
                       },
            [&] {
                window.amiSessions()->client(ids.at(1))->coreSettings(&window, [](const auto&) {});
                window.amiSessions()->client(ids.at(1))->command(
                    QStringLiteral("core show uptime"), &window, [](const auto&) {});
            } };
        steps << Step { [&] { return amiLog->proxy()->rowCount() >= 5; },
            [&] {
                for (int r = 0; r < amiLog->proxy()->rowCount(); ++r) {
                    if (amiLog->proxy()->index(r, 2).data().toString().contains(
                            QLatin1String("Action: Login")))
                        amiLog->view()->selectRow(r);
                }
            } };
        steps << Step { always, [&] {
                           amiLog->grab().save(outDir + QStringLiteral("/ami-log%1.png").arg(suffix));
                           window.grab().save(
                               outDir + QStringLiteral("/main-window-checked%1.png").arg(suffix));
                       } };
    }
    steps << Step { always, [&] {
                       app.quit();
                   } };

    QTimer pump;
    int next = 0;
    QElapsedTimer stepClock;
    stepClock.start();
    QObject::connect(&pump, &QTimer::timeout, [&] {
        if (next >= steps.size())
            return;
        if (!steps.at(next).ready() && stepClock.elapsed() < 60000)
            return;
        if (stepClock.elapsed() >= 60000)
            qWarning("shots: step %d timed out", next);
        steps.at(next).run();
        ++next;
        stepClock.restart();
    });
    QTimer::singleShot(2500, [&] { pump.start(300); });
    return app.exec();
}
