#include "fleet/CustomerTreeModel.h"
#include "fleet/FleetFilterProxy.h"
#include "fleet/FleetTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace pbxwarden;
using namespace pbxwarden::ui;

namespace {

QList<PbxRecord> fleet()
{
    QList<PbxRecord> list;
    const char* rows[][5] = {
        { "zeta", "Acme", "HQ", "192.0.2.9", "prod" },
        { "alpha", "Acme", "Branch", "192.0.2.1", "lab" },
        { "mid", "Beta", "", "pbx.beta.example", "prod" },
        { "solo", "", "", "198.18.0.4", "" },
    };
    // Ports whose text order (10022 < 22 < 222 < 2222) differs from their numeric order.
    const int ports[] = { 2222, 22, 10022, 222 };
    qint64 id = 1;
    for (const auto& r : rows) {
        PbxRecord p;
        p.id = id++;
        p.name = QString::fromLatin1(r[0]);
        p.customer = QString::fromLatin1(r[1]);
        p.site = QString::fromLatin1(r[2]);
        p.host = QString::fromLatin1(r[3]);
        if (*r[4])
            p.tags = { QString::fromLatin1(r[4]) };
        p.sshPort = ports[id - 2];
        list << p;
    }
    return list;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fleetModelAndProxyPassTheTester()
    {
        FleetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFleet(fleet(), {});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(FleetTableModel::ColumnCount));

        proxy.setFilterWords(QStringLiteral("prod"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterWords(QStringLiteral("PROD beta"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, FleetTableModel::Name).data().toString(), QStringLiteral("mid"));
        proxy.setFilterWords(QString());
        proxy.setScope(QStringLiteral("acme"), QString());
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setScope(QStringLiteral("Acme"), QStringLiteral("hq"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setScope(QString(), QString());

        // Ports sort as numbers through the raw-value role, not as text.
        proxy.sort(FleetTableModel::Ssh, Qt::AscendingOrder);
        QList<int> ports;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ports << proxy.index(r, FleetTableModel::Ssh).data(FleetTableModel::RawValueRole).toInt();
        QCOMPARE(ports, (QList<int> { 22, 222, 2222, 10022 }));
        // ...and the rows follow: what the user sees is in the same order.
        QCOMPARE(proxy.index(0, FleetTableModel::Name).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(proxy.index(3, FleetTableModel::Name).data().toString(), QStringLiteral("mid"));

        model.setLastCheck(
            2, { QStringLiteral("failed"), QDateTime::currentDateTimeUtc(), QStringLiteral("refused") });
        const int row = model.rowOf(2);
        QVERIFY(model.index(row, FleetTableModel::Connection)
                    .data()
                    .toString()
                    .contains(QLatin1String("refused")));
        model.setFleet({}, {});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void customerTreeCountsPbxs()
    {
        CustomerTreeModel tree;
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setFleet(fleet(), { QStringLiteral("Acme"), QStringLiteral("Beta") },
            { { 1, QStringLiteral("Acme"), QStringLiteral("Branch") },
                { 2, QStringLiteral("Acme"), QStringLiteral("HQ") } });
        QCOMPARE(tree.rowCount(), 1);
        const QModelIndex all = tree.index(0, 0);
        QCOMPARE(tree.rowCount(all), 2);
        const QModelIndex acme = tree.index(0, 0, all);
        QCOMPARE(acme.data(CustomerTreeModel::CustomerRole).toString(), QStringLiteral("Acme"));
        QVERIFY(acme.data().toString().contains(QLatin1String("(2)")));
        QCOMPARE(tree.rowCount(acme), 2);
        QCOMPARE(tree.index(1, 0, acme).data(CustomerTreeModel::SiteRole).toString(), QStringLiteral("HQ"));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
