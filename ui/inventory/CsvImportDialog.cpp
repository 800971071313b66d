#include "inventory/CsvImportDialog.h"

#include "widgets/PlainText.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pbxwarden::ui {

CsvImportDialog::CsvImportDialog(
    const QString& fileName, const QList<inventory::ImportRow>& rows, QWidget* parent)
    : QDialog(parent)
    , m_rows(rows)
{
    setObjectName(QStringLiteral("CsvImportDialog"));
    setWindowTitle(tr("Import PBXs from %1").arg(fileName));
    int good = 0;
    for (const auto& row : rows)
        good += row.problems.isEmpty() ? 1 : 0;
    const int bad = int(rows.size()) - good;

    auto* summary
        = new QLabel(bad == 0 ? tr("All %n rows can be imported.", nullptr, good)
                              : tr("%1 can be imported; %2 have problems and will be skipped.")
                                    .arg(tr("%n row(s)", nullptr, good), tr("%n row(s)", nullptr, bad)));
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);

    m_table = new QTableWidget(int(rows.size()), 5);
    m_table->setObjectName(QStringLiteral("preview"));
    m_table->setHorizontalHeaderLabels(
        { tr("Line"), tr("Name"), tr("Host"), tr("Customer"), tr("Problems") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QIcon okIcon = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon badIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int r = 0; r < rows.size(); ++r) {
        const auto& row = rows.at(r);
        auto* line
            = new QTableWidgetItem(row.problems.isEmpty() ? okIcon : badIcon, QString::number(row.line));
        m_table->setItem(r, 0, line);
        m_table->setItem(r, 1, new QTableWidgetItem(row.pbx.name));
        m_table->setItem(r, 2, new QTableWidgetItem(row.pbx.host));
        m_table->setItem(r, 3, new QTableWidgetItem(row.pbx.customer));
        auto* problems = new QTableWidgetItem(row.problems.isEmpty() ? tr("ready") : row.problems.join(u' '));
        // The problems quote the file's cells: literally.
        problems->setToolTip(plain::toolTip(row.problems.join(u'\n')));
        if (!row.problems.isEmpty())
            problems->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_table->setItem(r, 4, problems);
    }
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import %n PBX(s)", nullptr, good), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setEnabled(good > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(900, 480);
}

QList<PbxRecord> CsvImportDialog::rowsToImport() const
{
    QList<PbxRecord> list;
    for (const auto& row : m_rows) {
        if (row.problems.isEmpty())
            list << row.pbx;
    }
    return list;
}

} // namespace pbxwarden::ui
