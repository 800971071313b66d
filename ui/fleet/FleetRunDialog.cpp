#include "fleet/FleetRunDialog.h"

#include "fleet/ConnectionCheckModel.h"
#include "fleet/FleetRunner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pbxwarden::ui {

using HostState = ConnectionCheckModel::HostState;

FleetRunDialog::FleetRunDialog(const QList<PbxRecord>& pbxs, int parallel, int hostTimeoutMs,
    const QString& cancelText, QWidget* parent, fleet::FleetRunner* runner)
    : QDialog(parent)
    , m_pbxs(pbxs)
    , m_model(new ConnectionCheckModel(this))
    , m_runner(runner ? runner : new fleet::FleetRunner(this))
{
    setModal(false);
    m_model->setHosts(pbxs);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, int(pbxs.size()));
    m_progress->setValue(0);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("hosts"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setColumnWidth(ConnectionCheckModel::Name, 150);
    m_view->setColumnWidth(ConnectionCheckModel::Host, 130);

    auto* buttons = new QDialogButtonBox;
    m_cancel = buttons->addButton(cancelText, QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("close"));
    connect(m_cancel, &QPushButton::clicked, this, &FleetRunDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &FleetRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(780, 420);

    if (!runner) {
        m_runner->setMaxParallel(parallel);
        m_runner->setHostTimeoutMs(hostTimeoutMs);
    }
    connect(m_runner, &fleet::FleetRunner::hostStarted, this, [this](int index, const QString&) {
        m_model->setState(m_model->rowOf(m_pass.value(index).id), HostState::Connecting);
    });
    connect(m_runner, &fleet::FleetRunner::hostProgress, this, [this](int index, int, const QString& text) {
        m_model->setState(m_model->rowOf(m_pass.value(index).id), HostState::Connecting, text);
    });
    connect(m_runner, &fleet::FleetRunner::hostFinished, this,
        [this](int index, const fleet::HostOutcome& outcome) { onHostFinished(index, outcome); });
    connect(m_runner, &fleet::FleetRunner::finished, this, [this] { onRunnerFinished(); });
}

FleetRunDialog::~FleetRunDialog() = default;

void FleetRunDialog::finish()
{
    m_running = false;
    m_cancel->setEnabled(false);
    m_close->setDefault(true);
    updateSummary();
    Q_EMIT runFinished();
}

void FleetRunDialog::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_runner->cancel();
    Q_EMIT cancelRequested();
    m_summary->setText(tr("Cancelling…"));
}

void FleetRunDialog::reject()
{
    cancel();
    QDialog::reject();
}

void FleetRunDialog::updateSummary()
{
    m_progress->setValue(std::min(m_done, m_progress->maximum()));
    m_summary->setText(summaryText());
}

} // namespace pbxwarden::ui
