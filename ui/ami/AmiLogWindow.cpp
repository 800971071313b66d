#include "ami/AmiLogWindow.h"

#include "ami/AmiLogModel.h"
#include "core/ProcessHardening.h"
#include "widgets/Prompt.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pbxwarden::ui {

AmiLogWindow::AmiLogWindow(const QString& pbxName, AmiLogModel* model, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_pbxName(pbxName)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("AmiLogWindow"));
    setWindowTitle(tr("AMI protocol log: %1").arg(pbxName));
    setAttribute(Qt::WA_DeleteOnClose);

    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(AmiLogModel::FullTextRole);
    m_proxy->setFilterKeyColumn(AmiLogModel::Frame);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter frames, e.g. Action: Login or Event: FailedACL"));
    m_filter->setClearButtonEnabled(true);
    auto* copy = new QPushButton(tr("&Copy"));
    copy->setObjectName(QStringLiteral("copy"));
    copy->setToolTip(tr("Copy the selected frames, or all frames shown"));
    auto* save = new QPushButton(tr("&Save…"));
    save->setObjectName(QStringLiteral("save"));
    save->setToolTip(tr("Save the frames shown to a text file"));
    auto* clear = new QPushButton(tr("C&lear"));
    clear->setObjectName(QStringLiteral("clear"));
    m_count = new QLabel;

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("frames"));
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->setColumnWidth(
        AmiLogModel::Time, fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    m_view->setColumnWidth(AmiLogModel::Direction, fontMetrics().horizontalAdvance(tr("received")) + 24);

    m_detail = new QPlainTextEdit;
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a frame to see it whole"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(copy);
    top->addWidget(save);
    top->addWidget(clear);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);
    resize(820, 560);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(copy, &QPushButton::clicked, this, &AmiLogWindow::copyFrames);
    connect(save, &QPushButton::clicked, this, &AmiLogWindow::saveFrames);
    connect(clear, &QPushButton::clicked, m_model, &AmiLogModel::clear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AmiLogWindow::showCurrent);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
        [this](int value) { m_follow = value == m_view->verticalScrollBar()->maximum(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        // Follow the newest frame unless the user scrolled up to read.
        if (m_follow)
            m_view->scrollToBottom();
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AmiLogWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AmiLogWindow::updateCount);
    updateCount();
    m_view->scrollToBottom();
}

QModelIndexList AmiLogWindow::visibleRows(bool selectedOnly) const
{
    QModelIndexList rows;
    if (selectedOnly) {
        for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
            rows << m_proxy->mapToSource(i);
        std::sort(rows.begin(), rows.end());
        return rows;
    }
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0));
    return rows;
}

void AmiLogWindow::copyFrames()
{
    QModelIndexList rows = visibleRows(true);
    if (rows.isEmpty())
        rows = visibleRows(false);
    QApplication::clipboard()->setText(m_model->toText(rows));
}

void AmiLogWindow::saveFrames()
{
    const QString fileName = Prompt::saveFileName(this, tr("Save the AMI protocol log"),
        QStringLiteral("ami-%1.log").arg(m_pbxName), tr("Log files (*.log *.txt);;All files (*)"));
    if (fileName.isEmpty())
        return;
    const QByteArray data = m_model->toText(visibleRows(false)).toUtf8();
    const PrivateFileScope privateFile; // protocol logs name users and hosts: 0600 from creation
    QSaveFile out(fileName);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        Prompt::error(this, tr("Save"), tr("Cannot write %1: %2").arg(fileName, out.errorString()));
}

void AmiLogWindow::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    m_detail->setPlainText(
        current.isValid() ? current.data(AmiLogModel::FullTextRole).toString() : QString());
}

void AmiLogWindow::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n frame(s)", nullptr, total)
                                    : tr("%1 of %2 shown").arg(shown).arg(tr("%n frame(s)", nullptr, total)));
}

} // namespace pbxwarden::ui
