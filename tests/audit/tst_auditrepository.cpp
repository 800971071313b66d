#include "inventory/AuditRepository.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pbxwarden;
using namespace pbxwarden::inventory;

class TestAuditRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesHistoryNewestFirstAndCascades()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("inv.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        InventoryRepository inv(*db.value());
        PbxRecord pbx;
        pbx.name = QStringLiteral("pbx01");
        pbx.host = QStringLiteral("198.18.0.10");
        const auto id = inv.addPbx(pbx);
        QVERIFY(id.ok());

        AuditRepository audits(*db.value());
        const auto never = audits.latest(id.value());
        QVERIFY(never.ok());
        QCOMPARE(never->id, 0);

        const QDateTime t1(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const QDateTime t2 = t1.addDays(200);
        AuditRecord a { 0, id.value(), t1, 41, QStringLiteral("F"), qCompress(QByteArray("facts-1")),
            QStringLiteral("[]") };
        QVERIFY(audits.add(a, pbx.name).ok());
        a.assessedAt = t2;
        a.score = 92;
        a.grade = QStringLiteral("A");
        a.facts = qCompress(QByteArray("facts-2"));
        QVERIFY(audits.add(a, pbx.name).ok());

        const auto latest = audits.latest(id.value(), true);
        QVERIFY(latest.ok());
        QCOMPARE(latest->assessedAt, t2);
        QCOMPARE(latest->score, 92);
        QCOMPARE(qUncompress(latest->facts), QByteArray("facts-2"));
        const auto history = audits.history(id.value());
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(1).grade, QStringLiteral("F"));
        QVERIFY(history->at(1).facts.isEmpty()); // facts only on request

        const auto log = inv.activity(10, id.value());
        QVERIFY(log.ok());
        QVERIFY(std::any_of(log->cbegin(), log->cend(), [](const ActivityEntry& e) {
            return e.action == u"pbx.audit" && describeActivity(e) == u"Audited: score 92 of 100, grade A";
        }));

        // A score out of range is refused by the schema.
        a.score = 101;
        QVERIFY(!audits.add(a, pbx.name).ok());

        QVERIFY(inv.removePbx(id.value()).ok());
        QCOMPARE(audits.history(id.value())->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_auditrepository.moc"
