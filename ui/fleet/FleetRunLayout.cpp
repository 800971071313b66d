#include "fleet/FleetRunLayout.h"

#include "fleet/ConnectionCheckModel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pbxwarden::ui {

FleetRunLayout FleetRunLayout::build(
    QDialog* dialog, QAbstractItemModel* hostsModel, int hostCount, const QString& cancelText)
{
    FleetRunLayout w;
    w.summary = new QLabel;
    w.summary->setObjectName(QStringLiteral("summary"));
    w.summary->setWordWrap(true);
    w.progress = new QProgressBar;
    w.progress->setObjectName(QStringLiteral("progress"));
    w.progress->setRange(0, hostCount);
    w.progress->setValue(0);
    w.view = new QTableView;
    w.view->setObjectName(QStringLiteral("hosts"));
    w.view->setModel(hostsModel);
    w.view->verticalHeader()->hide();
    w.view->horizontalHeader()->setStretchLastSection(true);
    w.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    w.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    w.view->setAlternatingRowColors(true);
    w.view->setWordWrap(false);
    w.view->verticalHeader()->setDefaultSectionSize(dialog->fontMetrics().height() + 8);
    w.view->setColumnWidth(ConnectionCheckModel::Name, 150);
    w.view->setColumnWidth(ConnectionCheckModel::Host, 130);

    auto* buttons = new QDialogButtonBox;
    w.cancel = buttons->addButton(cancelText, QDialogButtonBox::ActionRole);
    w.cancel->setObjectName(QStringLiteral("cancel"));
    w.close = buttons->addButton(QDialogButtonBox::Close);
    w.close->setObjectName(QStringLiteral("close"));
    QObject::connect(w.close, &QPushButton::clicked, dialog, &QDialog::reject);

    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(w.summary);
    layout->addWidget(w.progress);
    layout->addWidget(w.view, 1);
    layout->addWidget(buttons);
    dialog->resize(780, 420);
    return w;
}

} // namespace pbxwarden::ui
