#include "audit/FindingsModel.h"
#include "audit/PbxDashboard.h"
#include "fleet/ConnectionCheckModel.h"
#include "fleet/FleetTableModel.h"
#include "inventory/CsvImportDialog.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>

using namespace pbxwarden;
using namespace pbxwarden::ui;

namespace {

// What a hostile PBX puts in its AMI banner, host name or files: rendered as HTML, <img> would read
// /dev/zero for ever (the GUI hangs on hover) and any local file it names.
const QString kHostile = QStringLiteral("<b>bold</b><img src=/dev/zero> & co");

// Shown literally: as Qt renders the tooltip, it reads exactly the text, and no tag survives.
void verifyLiteral(const QString& toolTip, const QString& expected)
{
    QVERIFY2(!toolTip.contains(QLatin1String("<img")), qPrintable(toolTip));
    QVERIFY2(!toolTip.contains(QLatin1String("<b>")), qPrintable(toolTip));
    QTextDocument rendered;
    rendered.setHtml(toolTip);
    QCOMPARE(rendered.toPlainText(), expected);
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fleetTooltips()
    {
        PbxRecord p;
        p.id = 7;
        p.name = kHostile;
        p.host = QStringLiteral("192.0.2.7");
        p.notes = kHostile;
        p.sshUser = kHostile;
        FleetTableModel model;
        model.setFleet({ p },
            { { 7,
                inventory::LastCheck {
                    QStringLiteral("failed"), QDateTime::currentDateTimeUtc(), kHostile } } });
        const QString banner = QStringLiteral("not an AMI server: ") + kHostile;
        model.setAmiState(7, ami::AmiClient::State::Failed, banner);
        verifyLiteral(model.index(0, FleetTableModel::Name).data(Qt::ToolTipRole).toString(), kHostile);
        verifyLiteral(model.index(0, FleetTableModel::AmiState).data(Qt::ToolTipRole).toString(), banner);
        verifyLiteral(model.index(0, FleetTableModel::Connection).data(Qt::ToolTipRole).toString(), kHostile);
        QVERIFY(!model.index(0, FleetTableModel::Ssh)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QLatin1String("<img")));
    }

    void connectionCheckTooltips()
    {
        PbxRecord p;
        p.id = 3;
        p.name = kHostile;
        p.host = kHostile;
        ConnectionCheckModel model;
        model.setHosts({ p });
        verifyLiteral(model.index(0, ConnectionCheckModel::Host).data(Qt::ToolTipRole).toString(), kHostile);
        verifyLiteral(model.index(0, ConnectionCheckModel::Name).data(Qt::ToolTipRole).toString(), kHostile);
    }

    void findingEvidenceTooltip()
    {
        audit::Check check { QStringLiteral("x.y"), audit::Practice::Firewall, audit::Severity::High,
            kHostile, kHostile, kHostile };
        FindingsModel model;
        model.setFindings({ audit::Finding::fail(check, { kHostile }) });
        verifyLiteral(model.index(0, FindingsModel::Evidence).data(Qt::ToolTipRole).toString(), kHostile);
        verifyLiteral(model.index(0, FindingsModel::Title).data(Qt::ToolTipRole).toString(), kHostile);
    }

    void csvProblemsTooltip()
    {
        inventory::ImportRow row;
        row.line = 2;
        row.pbx.name = kHostile;
        row.problems = { kHostile };
        CsvImportDialog dialog(QStringLiteral("fleet.csv"), { row });
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("preview"));
        QVERIFY(table);
        verifyLiteral(table->item(0, 4)->toolTip(), kHostile);
    }

    void dashboardTitleLabel()
    {
        PbxRecord p;
        p.id = 9;
        p.name = kHostile;
        PbxDashboard dashboard(p);
        auto* title = dashboard.findChild<QLabel*>(QStringLiteral("title"));
        QVERIFY(title);
        QCOMPARE(title->text(), kHostile);
        // An AutoText label would render "<b>" and load the image.
        QCOMPARE(title->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
