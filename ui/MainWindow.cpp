#include "MainWindow.h"

#include "ami/AmiConnector.h"
#include "ami/AmiLogWindow.h"
#include "ami/AmiSessions.h"
#include "ami/AmiTransport.h"
#include "audit/AuditDialog.h"
#include "audit/AuditRun.h"
#include "audit/FleetSecurityModel.h"
#include "audit/GradeBadgeDelegate.h"
#include "audit/PbxDashboard.h"
#include "audit/Score.h"
#include "audit/SecuritySummary.h"
#include "core/AppPaths.h"
#include "core/BuildInfo.h"
#include "core/Settings.h"
#include "fleet/ConnectionCheckDialog.h"
#include "fleet/ConnectionReport.h"
#include "fleet/CustomerTreeModel.h"
#include "fleet/FleetFilterProxy.h"
#include "fleet/FleetTableModel.h"
#include "inventory/AuditRepository.h"
#include "inventory/CsvImport.h"
#include "inventory/CsvImportDialog.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "pbx/PbxDialog.h"
#include "secrets/CredentialService.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretKey.h"
#include "secrets/SessionSecretStore.h"
#include "settings/SettingsDialog.h"
#include "widgets/Prompt.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
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

using secrets::SecretPurpose;

MainWindow::MainWindow(inventory::Database& db, Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_repo(std::make_unique<inventory::InventoryRepository>(db))
    , m_audits(std::make_unique<inventory::AuditRepository>(db))
    , m_settings(settings)
    , m_keychain(std::make_unique<secrets::KeychainSecretStore>())
    , m_credentials(std::make_unique<secrets::CredentialService>())
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("PBX Warden"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/pbxwarden.svg")));
    createActions();
    createWidgets();
    reload();
    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1200, 740);
    if (!restoreState(m_settings.mainWindowState()))
        resizeDocks({ findChild<QDockWidget*>(QStringLiteral("activityDock")) }, { 150 }, Qt::Vertical);
    probeKeychain();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QStyle* s = style();
    m_addAction = new QAction(s->standardIcon(QStyle::SP_FileIcon), tr("&New PBX…"), this);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setObjectName(QStringLiteral("addPbx"));
    m_editAction = new QAction(s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit PBX…"), this);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_editAction->setObjectName(QStringLiteral("editPbx"));
    m_duplicateAction = new QAction(s->standardIcon(QStyle::SP_FileLinkIcon), tr("D&uplicate PBX…"), this);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setObjectName(QStringLiteral("duplicatePbx"));
    m_deleteAction = new QAction(s->standardIcon(QStyle::SP_TrashIcon), tr("&Delete PBX…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setObjectName(QStringLiteral("deletePbx"));
    m_importAction = new QAction(s->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import CSV…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setObjectName(QStringLiteral("importCsv"));
    m_exportAction = new QAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("E&xport CSV…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setObjectName(QStringLiteral("exportCsv"));

    m_checkAction = new QAction(s->standardIcon(QStyle::SP_BrowserReload), tr("&Check connections"), this);
    m_checkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_checkAction->setObjectName(QStringLiteral("checkConnections"));
    m_checkAction->setToolTip(tr("Connect to the selected PBXs (or all shown) over SSH, check their host "
                                 "keys and log in"));
    m_amiConnectAction = new QAction(s->standardIcon(QStyle::SP_MediaPlay), tr("Connect &AMI"), this);
    m_amiConnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_amiConnectAction->setObjectName(QStringLiteral("connectAmi"));
    m_amiDisconnectAction = new QAction(s->standardIcon(QStyle::SP_MediaStop), tr("&Disconnect AMI"), this);
    m_amiDisconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_amiDisconnectAction->setObjectName(QStringLiteral("disconnectAmi"));
    m_amiLogAction = new QAction(tr("AMI protocol &log…"), this);
    m_amiLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_amiLogAction->setObjectName(QStringLiteral("amiLog"));
    m_auditAction = new QAction(s->standardIcon(QStyle::SP_FileDialogContentsView), tr("A&udit all"), this);
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_auditAction->setObjectName(QStringLiteral("auditSecurity"));
    m_auditAction->setToolTip(tr("Audit the selected PBXs (or all shown) against the 14 practices: collect "
                                 "their facts over SSH, check them and store the score"));
    m_dashboardAction
        = new QAction(s->standardIcon(QStyle::SP_FileDialogInfoView), tr("PBX &security…"), this);
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_dashboardAction->setObjectName(QStringLiteral("pbxDashboard"));
    m_dashboardAction->setToolTip(tr("The selected PBX's score, practices, findings and score history"));
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::auditSelected);
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showPbxDashboard);
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::checkConnections);
    connect(m_amiConnectAction, &QAction::triggered, this, &MainWindow::connectAmi);
    connect(m_amiDisconnectAction, &QAction::triggered, this, &MainWindow::disconnectAmi);
    connect(m_amiLogAction, &QAction::triggered, this, &MainWindow::showAmiLog);

    connect(m_addAction, &QAction::triggered, this, &MainWindow::addPbx);
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelected);
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateSelected);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importCsv);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCsv);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_editAction);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteAction);
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
    fleetMenu->addAction(m_checkAction);
    fleetMenu->addSeparator();
    fleetMenu->addAction(m_auditAction);
    fleetMenu->addAction(m_dashboardAction);
    fleetMenu->addSeparator();
    fleetMenu->addAction(m_amiConnectAction);
    fleetMenu->addAction(m_amiDisconnectAction);
    fleetMenu->addAction(m_amiLogAction);

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
    tools->addAction(m_addAction);
    tools->addAction(m_editAction);
    tools->addAction(m_duplicateAction);
    tools->addAction(m_deleteAction);
    tools->addSeparator();
    tools->addAction(m_importAction);
    tools->addAction(m_exportAction);
    tools->addSeparator();
    tools->addAction(m_checkAction);
    tools->addAction(m_auditAction);
    tools->addAction(m_amiConnectAction);
}

void MainWindow::createWidgets()
{
    m_fleetModel = new FleetTableModel(this);
    m_proxy = new FleetFilterProxy(this);
    m_proxy->setSourceModel(m_fleetModel);
    m_customerModel = new CustomerTreeModel(this);
    m_ami = new AmiSessions(this);
    connect(m_ami, &AmiSessions::stateChanged, this, &MainWindow::onAmiStateChanged);

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
    m_securityView->setItemDelegateForColumn(
        FleetSecurityModel::Grade, new GradeBadgeDelegate(FleetSecurityModel::GradeRole, m_securityView));
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
        updateFleetScore();
        updateStatus();
    });
    connect(m_customerView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            for (FleetFilterProxy* proxy : { m_proxy, m_securityProxy })
                proxy->setScope(current.data(CustomerTreeModel::CustomerRole).toString(),
                    current.data(CustomerTreeModel::SiteRole).toString());
            updateFleetScore();
            updateStatus();
        });
    connect(m_fleetView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateActions);
    connect(m_fleetView, &QTableView::doubleClicked, this, &MainWindow::editSelected);
    connect(m_securityView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateActions);
    // Enter or a double-click on a PBX of the security view opens its dashboard.
    connect(m_securityView, &QTableView::activated, this, &MainWindow::showPbxDashboard);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
}

void MainWindow::reload()
{
    const auto pbxs = m_repo->pbxs();
    const auto checks = m_repo->lastChecks();
    const auto customers = m_repo->customers();
    const auto sites = m_repo->sites();
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
    reloadSecurity(pbxs.value());
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
    updateFleetScore();
    updateActions();
    updateStatus();
}

void MainWindow::reloadActivity()
{
    m_activity->setRowCount(0);
    if (const auto log = m_repo->activity(200)) {
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
    m_editAction->setEnabled(selected == 1);
    m_duplicateAction->setEnabled(selected == 1);
    m_deleteAction->setEnabled(selected >= 1);
    m_exportAction->setEnabled(m_fleetModel->rowCount() > 0);
    m_checkAction->setEnabled(m_fleetModel->rowCount() > 0);
    m_amiConnectAction->setEnabled(selected >= 1);
    m_amiDisconnectAction->setEnabled(selected >= 1);
    m_amiLogAction->setEnabled(selected >= 1);
    m_auditAction->setEnabled(m_fleetModel->rowCount() > 0);
    m_auditAction->setText(selected ? tr("A&udit %n selected", nullptr, selected) : tr("A&udit all"));
    m_dashboardAction->setEnabled(selected == 1);
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
    if (!m_keychainProbed)
        m_secretsLabel->setText(tr("Checking the keychain…"));
    else if (m_keychainUsable)
        m_secretsLabel->setText(tr("Secrets: system keychain"));
    else if (m_sessionStore)
        m_secretsLabel->setText(tr("Secrets: this session only"));
    else
        m_secretsLabel->setText(tr("Secrets: no keychain"));
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

secrets::SecretStore* MainWindow::secretStore() const
{
    if (m_keychainUsable)
        return m_keychain.get();
    return m_sessionStore.get();
}

bool MainWindow::secretsReady() const
{
    return secretStore() != nullptr;
}

void MainWindow::probeKeychain()
{
    m_keychainProbed = false;
    updateStatus();
    m_keychain->probe([this](secrets::KeychainProbe probe) {
        m_keychainProbed = true;
        m_keychainUsable = probe.usable;
        if (probe.usable) {
            m_credentials->setStore(m_keychain.get());
            m_sessionStore.reset();
            m_notice->hide();
        } else if (!m_sessionStore) {
            showKeychainNotice(probe.message);
        }
        updateStatus();
        Q_EMIT secretsStateChanged();
    });
}

void MainWindow::showKeychainNotice(const QString& why)
{
    m_noticeText->setText(
        tr("<b>No usable keychain.</b> %1<br>PBX Warden keeps passwords only in the system "
           "keychain and never writes them to disk in plain text. You can keep the secrets you "
           "type for this session only: they are forgotten when PBX Warden closes.")
            .arg(why.toHtmlEscaped()));
    m_notice->show();
}

void MainWindow::useSessionSecrets()
{
    if (!m_sessionStore)
        m_sessionStore = std::make_unique<secrets::SessionSecretStore>();
    m_credentials->setStore(secretStore());
    m_notice->hide();
    updateStatus();
    Q_EMIT secretsStateChanged();
}

void MainWindow::addPbx()
{
    openPbxDialog(int(PbxDialog::Mode::Add), PbxRecord {});
}

void MainWindow::editSelected()
{
    const QList<PbxRecord> selected = selectedPbxs();
    if (selected.size() == 1)
        openPbxDialog(int(PbxDialog::Mode::Edit), selected.first());
}

void MainWindow::duplicateSelected()
{
    const QList<PbxRecord> selected = selectedPbxs();
    if (selected.size() == 1)
        openPbxDialog(int(PbxDialog::Mode::Duplicate), selected.first());
}

void MainWindow::openPbxDialog(int modeValue, const PbxRecord& pbx)
{
    const auto mode = PbxDialog::Mode(modeValue);
    QStringList sites;
    if (const auto all = m_repo->sites()) {
        for (const auto& s : all.value()) {
            if (!sites.contains(s.name, Qt::CaseInsensitive))
                sites << s.name;
        }
    }
    auto nameTaken = [this](const QString& name, qint64 exceptId) {
        const auto existing = m_repo->pbxByName(name);
        return existing.ok() && existing->id != exceptId;
    };
    auto* dialog
        = new PbxDialog(mode, pbx, m_repo->customers().value(), sites, nameTaken, secretsReady(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnectionTest(m_credentials.get(), m_settings.sshTimeoutSeconds());
    connect(dialog, &PbxDialog::connectionTested, this,
        [this](const PbxRecord& tested, const fleet::HostOutcome& outcome) {
            // Only a test of the saved address says something about the PBX in the table.
            const int row = m_fleetModel->rowOf(tested.id);
            const PbxRecord* saved = m_fleetModel->pbxAt(row);
            if (saved && saved->host == tested.host && saved->sshPort == tested.sshPort
                && saved->sshUser == tested.sshUser)
                recordConnectionCheck(*saved, outcome);
        });
    connect(dialog, &QDialog::accepted, this, [this, dialog, mode] {
        const PbxRecord record = dialog->record();
        qint64 id = record.id;
        if (mode == PbxDialog::Mode::Edit) {
            if (const Status saved = m_repo->updatePbx(record); !saved) {
                Prompt::error(this, tr("Saving the PBX failed"), saved.error());
                return;
            }
        } else {
            const auto added = m_repo->addPbx(record);
            if (!added) {
                Prompt::error(this, tr("Adding the PBX failed"), added.error());
                return;
            }
            id = added.value();
        }
        PbxRecord saved = record;
        saved.id = id;
        storeSecrets(saved, dialog->sshSecret(), dialog->amiSecret());
        reload();
        selectPbx(id);
        statusBar()->showMessage(
            mode == PbxDialog::Mode::Edit ? tr("Saved %1").arg(record.name) : tr("Added %1").arg(record.name),
            5000);
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::storeSecrets(const PbxRecord& pbx, const QString& sshSecret, const QString& amiSecret)
{
    if (!secretsReady())
        return;
    m_credentials->store(
        pbx, sshSecret, amiSecret, this, [this, name = pbx.name](const secrets::SecretWrite& w) {
            if (!w.complete())
                Prompt::error(this, tr("Keychain"),
                    tr("Secrets of %1 could not be stored: %2").arg(name, w.describe()));
        });
}

void MainWindow::deleteSelected()
{
    const QList<PbxRecord> selected = selectedPbxs();
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
    if (!Prompt::confirm(this, tr("Delete"), text, tr("Delete")))
        return;
    QStringList failures;
    for (const PbxRecord& p : selected) {
        if (const Status removed = m_repo->removePbx(p.id); !removed) {
            failures << QStringLiteral("%1: %2").arg(p.name, removed.error());
            continue;
        }
        if (AmiLogWindow* log = m_amiLogs.take(p.id))
            log->close();
        m_ami->forget(p.id);
        // What stays in the keychain is said, not swallowed: the user may have to remove it by hand.
        m_credentials->removeAll(p.id, this, [this, name = p.name](const secrets::SecretRemoval& removal) {
            if (!removal.complete())
                Prompt::error(this, tr("Delete"),
                    tr("%1 was deleted, but these secrets are still in the keychain: %2")
                        .arg(name, removal.describe()));
        });
    }
    reload();
    if (!failures.isEmpty())
        Prompt::error(this, tr("Delete"), failures.join(u'\n'));
    else
        statusBar()->showMessage(tr("Deleted %n PBX(s)", nullptr, int(selected.size())), 5000);
}

void MainWindow::importCsv()
{
    const QString fileName
        = Prompt::openFileName(this, tr("Import PBXs"), tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        Prompt::error(this, tr("Import"), tr("Cannot read %1: %2").arg(fileName, file.errorString()));
        return;
    }
    if (file.size() > 64 * 1024 * 1024) {
        Prompt::error(
            this, tr("Import"), tr("%1 is larger than 64 MiB; that is not an inventory.").arg(fileName));
        return;
    }
    const auto preview = inventory::previewCsvImport(QString::fromUtf8(file.readAll()), *m_repo);
    if (!preview) {
        Prompt::error(this, tr("Import"), tr("%1 cannot be imported: %2").arg(fileName, preview.error()));
        return;
    }
    auto* dialog = new CsvImportDialog(QFileInfo(fileName).fileName(), preview.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto ids = m_repo->addPbxs(dialog->rowsToImport(), QStringLiteral("pbx.import"));
        if (!ids) {
            Prompt::error(this, tr("Import"), tr("Nothing was imported: %1").arg(ids.error()));
            return;
        }
        reload();
        statusBar()->showMessage(tr("Imported %n PBX(s)", nullptr, int(ids->size())), 5000);
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::exportCsv()
{
    const QString fileName = Prompt::saveFileName(
        this, tr("Export PBXs"), QStringLiteral("pbx-inventory.csv"), tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    const auto pbxs = m_repo->pbxs();
    if (!pbxs) {
        Prompt::error(this, tr("Export"), pbxs.error());
        return;
    }
    const QByteArray data = inventory::exportInventoryCsv(pbxs.value()).toUtf8();
    QSaveFile out(fileName);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        Prompt::error(this, tr("Export"), tr("Cannot write %1: %2").arg(fileName, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %n PBX(s) to %1", nullptr, int(pbxs->size())).arg(fileName), 5000);
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_settings, m_db.path(),
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
            .arg(QLatin1String(build::kVersion), m_db.path().toHtmlEscaped(), QLatin1String(qVersion())));
}

ConnectionCheckDialog* MainWindow::connectionCheckDialog() const
{
    return m_checkDialog;
}

AmiLogWindow* MainWindow::amiLogWindow(qint64 pbxId) const
{
    return m_amiLogs.value(pbxId);
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

void MainWindow::checkConnections()
{
    if (m_checkDialog && m_checkDialog->isRunning()) {
        m_checkDialog->raise();
        m_checkDialog->activateWindow();
        return;
    }
    const QList<PbxRecord> pbxs = selectedOrShownPbxs();
    if (pbxs.isEmpty()) {
        statusBar()->showMessage(tr("No PBX to check: the table shows none."), 5000);
        return;
    }
    if (m_checkDialog)
        m_checkDialog->close();
    auto* dialog = new ConnectionCheckDialog(
        pbxs, m_credentials.get(), m_settings.fleetParallelism(), m_settings.sshTimeoutSeconds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_checkDialog = dialog;
    connect(dialog, &ConnectionCheckDialog::hostChecked, this, &MainWindow::recordConnectionCheck);
    connect(dialog, &ConnectionCheckDialog::hostKeyTrusted, this,
        [this](const PbxRecord& pbx, const QString& fingerprint) {
            if (const Status pinned = m_repo->pinHostKey(pbx.id, fingerprint); !pinned) {
                statusBar()->showMessage(
                    tr("%1: the host key could not be pinned: %2").arg(pbx.name, pinned.error()));
                return;
            }
            m_fleetModel->setPinnedFingerprint(pbx.id, fingerprint);
            reloadActivity();
        });
    connect(dialog, &ConnectionCheckDialog::runFinished, this,
        [this] { statusBar()->showMessage(tr("Connection check finished"), 5000); });
    dialog->show();
    dialog->start();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::recordConnectionCheck(const PbxRecord& pbx, const fleet::HostOutcome& outcome)
{
    // Cancelled says nothing about the PBX; a PBX deleted meanwhile has nothing to record.
    if (outcome.state == fleet::HostOutcome::State::Cancelled || m_fleetModel->rowOf(pbx.id) < 0)
        return;
    const inventory::LastCheck check = ConnectionReport::lastCheck(outcome);
    const inventory::LastCheck before = m_fleetModel->lastCheck(pbx.id);
    if (const Status recorded = m_repo->recordCheck(pbx.id, check); !recorded)
        statusBar()->showMessage(
            tr("%1: the check result could not be saved: %2").arg(pbx.name, recorded.error()));
    m_fleetModel->setLastCheck(pbx.id, check);
    // The log says what changed, not every repetition of the same answer.
    if (before.state == check.state && before.detail == check.detail)
        return;
    const Status logged = m_repo->logActivity(pbx.id, pbx.name, QStringLiteral("check.connection"),
        { { QStringLiteral("state"), check.state }, { QStringLiteral("detail"), check.detail } });
    if (!logged)
        statusBar()->showMessage(logged.error(), 5000);
    reloadActivity();
}

void MainWindow::connectAmi()
{
    const QList<PbxRecord> pbxs = selectedPbxs();
    if (pbxs.isEmpty())
        return;
    for (const PbxRecord& p : pbxs)
        m_fleetModel->setAmiState(p.id, ami::AmiClient::State::Connecting);
    m_credentials->fetch(pbxs, secrets::CredentialService::Ssh | secrets::CredentialService::Ami, this,
        [this](const QList<secrets::PbxCredentials>& fetched) {
            for (const secrets::PbxCredentials& f : fetched) {
                if (m_fleetModel->rowOf(f.pbx.id) < 0)
                    continue; // deleted meanwhile
                if (!f.amiReady()) {
                    m_ami->reportFailure(f.pbx.id, f.amiProblem.message);
                    continue;
                }
                ami::AmiRouteRequest request;
                request.pbx = f.pbx;
                if (f.sshReady())
                    request.ssh = f.ssh;
                request.sshProblem = f.sshProblem.message;
                request.plainTcpAllowed = m_settings.amiPlainTcpAllowed();
                request.sshTimeoutMs = m_settings.sshTimeoutSeconds() * 1000;
                m_ami->connectPbx(request, f.amiSecret);
            }
        });
}

void MainWindow::disconnectAmi()
{
    for (const PbxRecord& p : selectedPbxs()) {
        if (m_ami->client(p.id))
            m_ami->disconnectPbx(p.id);
        else
            m_fleetModel->setAmiState(p.id, ami::AmiClient::State::Disconnected);
    }
}

void MainWindow::onAmiStateChanged(qint64 pbxId, ami::AmiClient::State state, const QString& reason)
{
    const auto route = m_ami->route(pbxId);
    m_fleetModel->setAmiState(pbxId, state, reason, route ? ami::AmiConnector::routeName(*route) : QString());
    const PbxRecord* pbx = m_fleetModel->pbxAt(m_fleetModel->rowOf(pbxId));
    if (!pbx)
        return;
    QVariantMap what;
    if (state == ami::AmiClient::State::Up)
        what = { { QStringLiteral("state"), QStringLiteral("up") }, { QStringLiteral("user"), pbx->amiUser },
            { QStringLiteral("route"),
                m_ami->client(pbxId) ? m_ami->client(pbxId)->transport()->describe() : QString() },
            { QStringLiteral("transport"), route ? ami::AmiConnector::routeId(*route) : QString() } };
    else if (state == ami::AmiClient::State::Failed)
        what
            = { { QStringLiteral("state"), QStringLiteral("failed") }, { QStringLiteral("reason"), reason } };
    if (what.isEmpty())
        return;
    if (const Status logged = m_repo->logActivity(pbx->id, pbx->name, QStringLiteral("ami.state"), what);
        !logged)
        statusBar()->showMessage(logged.error(), 5000);
    reloadActivity();
}

void MainWindow::showAmiLog()
{
    const QList<PbxRecord> pbxs = selectedPbxs();
    // A window per PBX; more than a handful at once is a mis-click.
    for (const PbxRecord& p : pbxs.mid(0, 8)) {
        QPointer<AmiLogWindow>& window = m_amiLogs[p.id];
        if (!window)
            window = new AmiLogWindow(p.name, m_ami->logModel(p.id), this);
        window->show();
        window->raise();
        window->activateWindow();
    }
}

AuditDialog* MainWindow::auditDialog() const
{
    return m_auditDialog;
}

PbxDashboard* MainWindow::pbxDashboard(qint64 pbxId) const
{
    return m_dashboards.value(pbxId);
}

void MainWindow::reloadSecurity(const QList<PbxRecord>& pbxs)
{
    QList<qint64> ids;
    ids.reserve(pbxs.size());
    for (const PbxRecord& p : pbxs)
        ids << p.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Summaries of audits already read are kept: only new audits are decompressed.
    const auto summaries = SecuritySummary::loadFleet(*m_audits, ids, m_securityModel->summaries(), now);
    m_securityModel->setNow(now);
    m_securityModel->setFleet(pbxs, summaries);
    m_securityView->resizeColumnsToContents();
    // A long finding title must not push the other columns off screen.
    const int limit = fontMetrics().averageCharWidth() * 25;
    for (int c : { int(FleetSecurityModel::WorstFinding), int(FleetSecurityModel::Findings) })
        m_securityView->setColumnWidth(c, qMin(m_securityView->columnWidth(c), limit));
    m_securityView->setColumnWidth(
        FleetSecurityModel::Grade, qMin(m_securityView->columnWidth(FleetSecurityModel::Grade), 64));
}

void MainWindow::updateFleetScore()
{
    int audited = 0, total = 0, overdue = 0, shown = m_securityProxy->rowCount();
    qint64 sum = 0;
    for (int r = 0; r < shown; ++r) {
        const QModelIndex index = m_securityProxy->index(r, 0);
        const SecuritySummary* s = m_securityModel->summaryAt(m_securityProxy->mapToSource(index).row());
        overdue += index.data(FleetSecurityModel::OverdueRole).toBool() ? 1 : 0;
        if (!s || !s->audited() || s->grade == u"?")
            continue;
        ++audited;
        sum += s->score;
    }
    total = shown;
    if (total == 0) {
        m_fleetScore->setText(tr("No PBX shown."));
        return;
    }
    QString text;
    if (audited == 0) {
        text = tr("<b>Fleet score: none yet</b> — no PBX shown has been audited. Select PBXs and use "
                  "Fleet ▸ Audit (Ctrl+Shift+U).");
    } else {
        const int mean = int(qRound(double(sum) / audited));
        const QString grade = audit::Score::gradeFor(mean);
        text = tr("<b>Fleet score: %1 / 100</b> (grade %2): the mean of the audited PBXs shown (%3 of %4).")
                   .arg(mean)
                   .arg(grade)
                   .arg(audited)
                   .arg(total);
    }
    if (overdue > 0)
        text += QLatin1Char(' ')
            + tr(
                "<span style=\"color:#8e0000\"><b>Overdue: %1</b> (not audited for six months; the seed asks "
                "for an inspection twice a year).</span>")
                  .arg(overdue);
    m_fleetScore->setText(text);
}

void MainWindow::auditSelected()
{
    if (m_auditDialog && m_auditDialog->isRunning()) {
        m_auditDialog->raise();
        m_auditDialog->activateWindow();
        return;
    }
    const QList<PbxRecord> pbxs = selectedOrShownPbxs();
    if (pbxs.isEmpty()) {
        statusBar()->showMessage(tr("No PBX to audit: the table shows none."), 5000);
        return;
    }
    if (m_auditDialog)
        m_auditDialog->close();
    auto* run = new audit::AuditRun(m_credentials.get(), m_audits.get(), m_repo.get(),
        { m_settings.fleetParallelism(), m_settings.sshTimeoutSeconds() * 1000 });
    auto* dialog = new AuditDialog(pbxs, run, this);
    run->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_auditDialog = dialog;
    connect(dialog, &AuditDialog::hostAudited, this, &MainWindow::recordAudit);
    connect(dialog, &AuditDialog::runFinished, this, [this] {
        statusBar()->showMessage(tr("Audit finished"), 5000);
        m_tabs->setCurrentIndex(1);
    });
    dialog->show();
    dialog->start();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::recordAudit(const audit::AuditHostResult& result)
{
    const PbxRecord& pbx = result.pbx;
    if (m_fleetModel->rowOf(pbx.id) < 0)
        return; // deleted meanwhile
    if (!result.storeError.isEmpty())
        Prompt::error(this, tr("Audit"),
            tr("The audit of %1 could not be stored: %2").arg(pbx.name, result.storeError));
    if (result.summary)
        m_securityModel->setSummary(*result.summary);
    updateFleetScore();
    reloadActivity();
    if (PbxDashboard* open = m_dashboards.value(pbx.id); open && result.summary) {
        if (const auto history = m_audits->history(pbx.id))
            open->setHistory(history.value());
    }
}

void MainWindow::showPbxDashboard()
{
    const QList<PbxRecord> selected = selectedPbxs();
    if (selected.size() != 1)
        return;
    const PbxRecord& pbx = selected.first();
    const auto history = m_audits->history(pbx.id);
    if (!history) {
        Prompt::error(this, tr("Security"), history.error());
        return;
    }
    QPointer<PbxDashboard>& dashboard = m_dashboards[pbx.id];
    if (!dashboard) {
        dashboard = new PbxDashboard(pbx, this);
        dashboard->setAttribute(Qt::WA_DeleteOnClose);
    }
    dashboard->setHistory(history.value());
    dashboard->show();
    dashboard->raise();
    dashboard->activateWindow();
    Q_EMIT dialogOpened(dashboard);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace pbxwarden::ui
