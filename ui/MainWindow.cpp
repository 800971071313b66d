#include "MainWindow.h"

#include "AppServices.h"
#include "ami/AmiController.h"
#include "ami/AmiLogWindow.h"
#include "audit/AuditController.h"
#include "audit/AuditDialog.h"
#include "audit/FleetSecurityModel.h"
#include "audit/GradeBadgeDelegate.h"
#include "audit/PbxDashboard.h"
#include "core/BuildInfo.h"
#include "core/Settings.h"
#include "fleet/ConnectionCheckDialog.h"
#include "fleet/CustomerTreeModel.h"
#include "fleet/FleetController.h"
#include "fleet/FleetFilterProxy.h"
#include "fleet/FleetTableModel.h"
#include "inventory/Database.h"
#include "inventory/InventoryController.h"
#include "secrets/LegacySecrets.h"
#include "settings/SettingsDialog.h"
#include "widgets/PlainText.h"
#include "widgets/Prompt.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace pbxwarden::ui {

MainWindow::MainWindow(AppServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("PBX Warden"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/pbxwarden.svg")));
    // One controller per capability; each owns its actions, the frame places them.
    m_inventory = new InventoryController(this);
    m_fleet = new FleetController(this);
    m_ami = new AmiController(this);
    m_audit = new AuditController(this);
    connect(m_inventory, &InventoryController::pbxRemoved, m_ami, &AmiController::forget);
    createMenus();
    createWidgets();
    connect(&m_services.vault, &secrets::SecretVault::stateChanged, this, &MainWindow::onSecretsStateChanged);
    reload();
    Settings& settings = m_services.settings;
    if (!restoreGeometry(settings.mainWindowGeometry()))
        resize(1200, 740);
    if (!restoreState(settings.mainWindowState()))
        resizeDocks({ findChild<QDockWidget*>(QStringLiteral("activityDock")) }, { 150 }, Qt::Vertical);
    probeKeychain();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_inventory->addAction());
    file->addSeparator();
    file->addAction(m_inventory->importAction());
    file->addAction(m_inventory->exportAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_inventory->editAction());
    edit->addAction(m_inventory->duplicateAction());
    edit->addAction(m_inventory->deleteAction());
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction* prefs = edit->addAction(tr("&Preferences…"), this, &MainWindow::showSettings);
    prefs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu* fleetMenu = menuBar()->addMenu(tr("F&leet"));
    fleetMenu->addAction(m_fleet->checkAction());
    fleetMenu->addSeparator();
    fleetMenu->addAction(m_audit->auditAction());
    fleetMenu->addAction(m_audit->dashboardAction());
    fleetMenu->addSeparator();
    fleetMenu->addAction(m_ami->connectAction());
    fleetMenu->addAction(m_ami->disconnectAction());
    fleetMenu->addAction(m_ami->logAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Reload"), this, &MainWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PBX Warden"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* tools = addToolBar(tr("Fleet"));
    tools->setObjectName(QStringLiteral("fleetToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_inventory->addAction());
    tools->addAction(m_inventory->editAction());
    tools->addAction(m_inventory->duplicateAction());
    tools->addAction(m_inventory->deleteAction());
    tools->addSeparator();
    tools->addAction(m_inventory->importAction());
    tools->addAction(m_inventory->exportAction());
    tools->addSeparator();
    tools->addAction(m_fleet->checkAction());
    tools->addAction(m_audit->auditAction());
    tools->addAction(m_ami->connectAction());
}

void MainWindow::createWidgets()
{
    m_fleetModel = new FleetTableModel(this);
    m_proxy = new FleetFilterProxy(this);
    m_proxy->setSourceModel(m_fleetModel);
    m_customerModel = new CustomerTreeModel(this);

    m_customerView = new QTreeView;
    m_customerView->setObjectName(QStringLiteral("customers"));
    m_customerView->setModel(m_customerModel);
    m_customerView->setHeaderHidden(false);
    m_customerView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by name, customer, site, host, tag or note"));
    m_filter->setClearButtonEnabled(true);

    m_fleetView = new QTableView;
    m_fleetView->setObjectName(QStringLiteral("fleet"));
    m_fleetView->setModel(m_proxy);
    m_fleetView->setSortingEnabled(true);
    m_fleetView->sortByColumn(FleetTableModel::Name, Qt::AscendingOrder);
    m_fleetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fleetView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fleetView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fleetView->setAlternatingRowColors(true);
    m_fleetView->verticalHeader()->hide();
    m_fleetView->horizontalHeader()->setStretchLastSection(true);
    m_fleetView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_fleetView->setWordWrap(false);
    // An empty fleet says how to start, in the middle of the table.
    m_emptyHint
        = new QLabel(tr("No PBXs yet.\nAdd one with New PBX… (Ctrl+N), or import a CSV file (Ctrl+I)."),
            m_fleetView->viewport());
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_fleetView->viewport()->installEventFilter(this);
    m_fleetView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    // The same fleet through a security lens: the latest audit of each PBX.
    m_securityModel = new FleetSecurityModel(this);
    m_securityProxy = new FleetFilterProxy(this);
    m_securityProxy->setSourceModel(m_securityModel);
    m_securityView = new QTableView;
    m_securityView->setObjectName(QStringLiteral("security"));
    m_securityView->setModel(m_securityProxy);
    m_securityView->setSortingEnabled(true);
    m_securityView->sortByColumn(FleetSecurityModel::Score, Qt::AscendingOrder);
    m_securityView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_securityView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_securityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_securityView->setAlternatingRowColors(true);
    m_securityView->verticalHeader()->hide();
    m_securityView->horizontalHeader()->setStretchLastSection(true);
    m_securityView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_securityView->setWordWrap(false);
    m_securityView->setTextElideMode(Qt::ElideRight);
    m_securityView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_securityView->setItemDelegateForColumn(FleetSecurityModel::Grade,
        new GradeBadgeDelegate(
            FleetSecurityModel::GradeRole, FleetSecurityModel::CompleteRole, m_securityView));
    m_fleetScore = new QLabel;
    m_fleetScore->setObjectName(QStringLiteral("fleetScore"));
    m_fleetScore->setTextFormat(Qt::RichText);
    m_fleetScore->setContentsMargins(4, 4, 4, 4);
    m_fleetScore->setWordWrap(true);
    auto* security = new QWidget;
    auto* securityLayout = new QVBoxLayout(security);
    securityLayout->setContentsMargins(0, 0, 0, 0);
    securityLayout->addWidget(m_fleetScore);
    securityLayout->addWidget(m_securityView, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("fleetTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_fleetView, tr("&Inventory"));
    m_tabs->addTab(security, tr("&Security"));

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_filter);
    rightLayout->addWidget(m_tabs);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_customerView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 240, 960 });

    m_notice = new QWidget;
    m_notice->setObjectName(QStringLiteral("keychainNotice"));
    m_notice->setAutoFillBackground(true);
    QPalette noticePalette = m_notice->palette();
    noticePalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    noticePalette.setColor(QPalette::WindowText, QColor(0x3b, 0x2f, 0x00));
    m_notice->setPalette(noticePalette);
    m_noticeText = new QLabel;
    m_noticeText->setWordWrap(true);
    auto* sessionButton = new QPushButton(tr("Keep secrets for this session only"));
    sessionButton->setObjectName(QStringLiteral("useSessionSecrets"));
    auto* retryButton = new QPushButton(tr("Try the keychain again"));
    connect(sessionButton, &QPushButton::clicked, this, &MainWindow::useSessionSecrets);
    connect(retryButton, &QPushButton::clicked, this, &MainWindow::probeKeychain);
    auto* noticeLayout = new QHBoxLayout(m_notice);
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    noticeLayout->addWidget(icon);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(sessionButton);
    noticeLayout->addWidget(retryButton);
    m_notice->hide();

    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);
    centralLayout->addWidget(m_notice);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_activity = new QTableWidget(0, 3);
    m_activity->setObjectName(QStringLiteral("activity"));
    m_activity->setHorizontalHeaderLabels({ tr("When"), tr("PBX"), tr("What") });
    m_activity->verticalHeader()->hide();
    m_activity->horizontalHeader()->setStretchLastSection(true);
    m_activity->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_activity->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activity->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    auto* dock = new QDockWidget(tr("Activity log"), this);
    dock->setObjectName(QStringLiteral("activityDock"));
    dock->setWidget(m_activity);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        view->addAction(toggle);
    }

    m_countLabel = new QLabel;
    m_secretsLabel = new QLabel;
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_secretsLabel);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterWords(text);
        m_securityProxy->setFilterWords(text);
        m_audit->updateFleetScore();
        updateStatus();
    });
    connect(m_customerView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            for (FleetFilterProxy* proxy : { m_proxy, m_securityProxy })
                proxy->setScope(current.data(CustomerTreeModel::CustomerRole).toString(),
                    current.data(CustomerTreeModel::SiteRole).toString());
            m_audit->updateFleetScore();
            updateStatus();
        });
    connect(m_fleetView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateActions);
    connect(m_fleetView, &QTableView::doubleClicked, m_inventory, &InventoryController::editSelected);
    connect(m_securityView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateActions);
    // Enter or a double-click on a PBX of the security view opens its dashboard.
    connect(m_securityView, &QTableView::activated, m_audit, &AuditController::showDashboard);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
}

void MainWindow::reload()
{
    const auto pbxs = m_services.inventory.pbxs();
    const auto checks = m_services.inventory.lastChecks();
    const auto customers = m_services.inventory.customers();
    const auto sites = m_services.inventory.sites();
    if (!pbxs || !checks || !customers || !sites) {
        Prompt::error(this, tr("Inventory"),
            !pbxs            ? pbxs.error()
                : !checks    ? checks.error()
                : !customers ? customers.error()
                             : sites.error());
        return;
    }
    const QModelIndex scope = m_customerView->currentIndex();
    const QString scopeCustomer = scope.data(CustomerTreeModel::CustomerRole).toString();
    const QString scopeSite = scope.data(CustomerTreeModel::SiteRole).toString();

    m_fleetModel->setFleet(pbxs.value(), checks.value());
    m_audit->reloadSecurity(pbxs.value());
    m_customerModel->setFleet(pbxs.value(), customers.value(), sites.value());
    m_customerView->expandAll();
    // Keep the customer or site the user was looking at, when it still exists.
    QModelIndex restore = m_customerModel->index(0, 0);
    std::function<void(const QModelIndex&)> find = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_customerModel->rowCount(parent); ++r) {
            const QModelIndex i = m_customerModel->index(r, 0, parent);
            if (!scopeCustomer.isEmpty()
                && i.data(CustomerTreeModel::CustomerRole).toString() == scopeCustomer
                && i.data(CustomerTreeModel::SiteRole).toString() == scopeSite)
                restore = i;
            find(i);
        }
    };
    find(QModelIndex());
    m_customerView->setCurrentIndex(restore);
    m_fleetView->resizeColumnsToContents();

    reloadActivity();
    m_audit->updateFleetScore();
    updateActions();
    updateStatus();
}

void MainWindow::reloadActivity()
{
    m_activity->setRowCount(0);
    if (const auto log = m_services.inventory.activity(200)) {
        m_activity->setRowCount(int(log->size()));
        for (int r = 0; r < log->size(); ++r) {
            const auto& e = log->at(r);
            m_activity->setItem(
                r, 0, new QTableWidgetItem(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)));
            m_activity->setItem(r, 1, new QTableWidgetItem(e.pbxName));
            m_activity->setItem(r, 2, new QTableWidgetItem(inventory::describeActivity(e)));
        }
        m_activity->resizeColumnToContents(0);
        m_activity->resizeColumnToContents(1);
    }
}

void MainWindow::updateActions()
{
    const int selected = int(selectedPbxs().size());
    const int total = m_fleetModel->rowCount();
    m_inventory->updateActions(selected, total);
    m_fleet->updateActions(selected, total);
    m_ami->updateActions(selected, total);
    m_audit->updateActions(selected, total);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (m_emptyHint && watched == m_fleetView->viewport() && event->type() == QEvent::Resize)
        m_emptyHint->setGeometry(m_fleetView->viewport()->rect().adjusted(24, 24, -24, -24));
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateStatus()
{
    if (m_emptyHint)
        m_emptyHint->setVisible(m_fleetModel->rowCount() == 0);
    const int total = m_fleetModel->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(total == shown
            ? tr("%n PBX(s)", nullptr, total)
            : tr("%1 of %2 shown").arg(shown).arg(tr("%n PBX(s)", nullptr, total)));
    switch (m_services.vault.state()) {
    case secrets::SecretVault::State::Probing:
        m_secretsLabel->setText(tr("Checking the keychain…"));
        break;
    case secrets::SecretVault::State::Keychain:
        m_secretsLabel->setText(tr("Secrets: system keychain"));
        break;
    case secrets::SecretVault::State::SessionOnly:
        m_secretsLabel->setText(tr("Secrets: this session only"));
        break;
    case secrets::SecretVault::State::None:
        m_secretsLabel->setText(tr("Secrets: no keychain"));
        break;
    }
}

QTableView* MainWindow::currentView() const
{
    return m_tabs && m_tabs->currentIndex() == 1 ? m_securityView : m_fleetView;
}

QList<PbxRecord> MainWindow::selectedPbxs() const
{
    QList<PbxRecord> list;
    QTableView* view = currentView();
    for (const QModelIndex& index : view->selectionModel()->selectedRows()) {
        const qint64 id = index.data(FleetTableModel::PbxIdRole).toLongLong();
        if (const PbxRecord* p = m_fleetModel->pbxAt(m_fleetModel->rowOf(id)))
            list << *p;
    }
    return list;
}

void MainWindow::selectPbx(qint64 id)
{
    const int row = m_fleetModel->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_fleetModel->index(row, 0));
    if (!index.isValid())
        return;
    m_fleetView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_fleetView->scrollTo(index);
}

QList<PbxRecord> MainWindow::selectedOrShownPbxs() const
{
    QList<PbxRecord> list = selectedPbxs();
    if (!list.isEmpty())
        return list;
    const QAbstractItemModel* shown = currentView()->model();
    for (int r = 0; r < shown->rowCount(); ++r) {
        const qint64 id = shown->index(r, 0).data(FleetTableModel::PbxIdRole).toLongLong();
        if (const PbxRecord* p = m_fleetModel->pbxAt(m_fleetModel->rowOf(id)))
            list << *p;
    }
    return list;
}

secrets::SecretStore* MainWindow::secretStore() const
{
    return m_services.vault.current();
}

bool MainWindow::secretsReady() const
{
    return secretStore() != nullptr;
}

void MainWindow::probeKeychain()
{
    m_services.vault.probe();
}

void MainWindow::useSessionSecrets()
{
    m_services.vault.useSessionOnly();
}

void MainWindow::onSecretsStateChanged()
{
    const secrets::SecretVault& vault = m_services.vault;
    if (vault.state() == secrets::SecretVault::State::None) {
        m_noticeText->setText(
            tr("<b>No usable keychain.</b> %1<br>PBX Warden keeps passwords only in the system "
               "keychain and never writes them to disk in plain text. You can keep the secrets you "
               "type for this session only: they are forgotten when PBX Warden closes.")
                .arg(plain::html(vault.keychainProblem())));
        m_notice->show();
    } else if (vault.state() != secrets::SecretVault::State::Probing) {
        m_notice->hide();
    }
    updateStatus();
    if (vault.state() == secrets::SecretVault::State::Keychain)
        moveLegacySecrets();
    if (vault.state() != secrets::SecretVault::State::Probing)
        Q_EMIT secretsStateChanged();
}

// Entries of an inventory from before schema 4 move to their identity names once the keychain answers.
void MainWindow::moveLegacySecrets()
{
    const auto pending = m_services.inventory.pbxsWithLegacySecrets();
    secrets::SecretStore* store = m_services.vault.current();
    if (!store || !pending || pending->isEmpty())
        return;
    secrets::moveLegacySecrets(*store, pending.value(), [this](secrets::LegacyMoveOutcome outcome) {
        const Status forgotten = m_services.inventory.forgetLegacySecrets(outcome.finished);
        QStringList problems = outcome.problems;
        if (!forgotten)
            problems << forgotten.error();
        if (!problems.isEmpty())
            Prompt::error(this, tr("Keychain"),
                tr("Some saved passwords could not be moved to their PBX's new keychain name; they are "
                   "kept under the old name and tried again at the next start:\n%1")
                    .arg(problems.join(u'\n')));
    });
}

void MainWindow::showStatus(const QString& text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::showSecurityTab()
{
    m_tabs->setCurrentIndex(1);
}

void MainWindow::announceDialog(QDialog* dialog)
{
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::addPbx()
{
    m_inventory->addPbx();
}

void MainWindow::editSelected()
{
    m_inventory->editSelected();
}

void MainWindow::duplicateSelected()
{
    m_inventory->duplicateSelected();
}

void MainWindow::deleteSelected()
{
    m_inventory->deleteSelected();
}

void MainWindow::importCsv()
{
    m_inventory->importCsv();
}

void MainWindow::exportCsv()
{
    m_inventory->exportCsv();
}

void MainWindow::checkConnections()
{
    m_fleet->checkConnections();
}

void MainWindow::connectAmi()
{
    m_ami->connectSelected();
}

void MainWindow::disconnectAmi()
{
    m_ami->disconnectSelected();
}

void MainWindow::showAmiLog()
{
    m_ami->showLog();
}

void MainWindow::auditSelected()
{
    m_audit->auditSelected();
}

void MainWindow::showPbxDashboard()
{
    m_audit->showDashboard();
}

AmiSessions* MainWindow::amiSessions() const
{
    return m_ami->sessions();
}

ConnectionCheckDialog* MainWindow::connectionCheckDialog() const
{
    return m_fleet->dialog();
}

AmiLogWindow* MainWindow::amiLogWindow(qint64 pbxId) const
{
    return m_ami->logWindow(pbxId);
}

AuditDialog* MainWindow::auditDialog() const
{
    return m_audit->dialog();
}

PbxDashboard* MainWindow::pbxDashboard(qint64 pbxId) const
{
    return m_audit->dashboard(pbxId);
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_services.settings, m_services.db.path(),
        secretStore() ? secretStore()->description() : tr("nowhere: no keychain"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PBX Warden"),
        tr("<h3>PBX Warden %1</h3><p>Audit, harden and watch a fleet of Asterisk-based IP PBXs "
           "from one console.</p><p>Inventory: %2</p><p>Built with Qt %3, libssh and "
           "QtKeychain.</p>")
            .arg(QLatin1String(build::kVersion), plain::html(m_services.db.path()),
                QLatin1String(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings& settings = m_services.settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace pbxwarden::ui
