#include "inventory/CsvCodec.h"
#include "inventory/CsvImport.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pbxwarden;
using namespace pbxwarden::inventory;

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesQuotedFields()
    {
        const auto rows = csv::parse(QStringLiteral("a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n"
                                                    "\"multi\nline\",,x\n\n"));
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).cells,
            (QStringList {
                QStringLiteral("a"), QStringLiteral("b, with comma"), QStringLiteral("say \"hi\"") }));
        QCOMPARE(rows->at(1).cells,
            (QStringList { QStringLiteral("multi\nline"), QString(), QStringLiteral("x") }));
        QCOMPARE(rows->at(1).line, 2);
    }

    void rejectsBrokenQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unclosed") << QStringLiteral("a,\"b\n");
        QTest::newRow("quote in middle") << QStringLiteral("a,b\"c\n");
        QTest::newRow("text after quote") << QStringLiteral("\"a\"b,c\n");
    }
    void rejectsBrokenQuoting()
    {
        QFETCH(QString, text);
        const auto rows = csv::parse(text);
        QVERIFY(!rows.ok());
        QVERIFY(rows.error().startsWith(QLatin1String("Line ")));
    }

    void formulaCellsAreGuardedAndRoundTrip()
    {
        const QStringList cells { QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("-1"),
            QStringLiteral("plain"), QStringLiteral(" padded ") };
        const QString line = csv::formatRow(cells);
        QVERIFY(line.startsWith(QLatin1String("\"'=HYPERLINK")));
        const auto back = csv::parse(line);
        QVERIFY(back.ok());
        QCOMPARE(back->first().cells, cells);
    }

    void previewFlagsEachBadRow()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("inv.sqlite")));
        QVERIFY(db.ok());
        InventoryRepository repo(*db.value());
        PbxRecord existing;
        existing.name = QStringLiteral("taken");
        existing.host = QStringLiteral("192.0.2.1");
        QVERIFY(repo.addPbx(existing).ok());

        const QString text = QStringLiteral("name,host,customer,site,ssh_port,ssh_auth,ami_tls,tags\n"
                                            "good-1,192.0.2.10,Acme,HQ,22,agent,no,prod;eu\n"
                                            "taken,192.0.2.11,,,22,agent,no,\n"
                                            "bad-host,not a host,,,22,agent,no,\n"
                                            "bad-port,192.0.2.12,,,99999,agent,no,\n"
                                            "bad-auth,192.0.2.13,,,22,telnet,maybe,\n"
                                            "good-1,192.0.2.14,,,22,agent,no,\n"
                                            "orphan-site,192.0.2.15,,Lonely,22,agent,no,\n"
                                            "good-2,pbx.example.net,Beta,,,password,yes,\n");
        const auto preview = previewCsvImport(text, repo);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->size(), 8);
        QStringList verdicts;
        for (const ImportRow& row : preview.value())
            verdicts << (row.problems.isEmpty() ? QStringLiteral("ok") : QStringLiteral("bad"));
        QCOMPARE(verdicts,
            (QStringList { QStringLiteral("ok"), QStringLiteral("bad"), QStringLiteral("bad"),
                QStringLiteral("bad"), QStringLiteral("bad"), QStringLiteral("bad"), QStringLiteral("bad"),
                QStringLiteral("ok") }));
        QVERIFY(preview->at(1).problems.join(u' ').contains(QLatin1String("already in the inventory")));
        QVERIFY(preview->at(4).problems.size() >= 2); // both ssh_auth and ami_tls
        QVERIFY(preview->at(5).problems.join(u' ').contains(QLatin1String("line 2")));
        QCOMPARE(preview->at(0).pbx.tags, (QStringList { QStringLiteral("prod"), QStringLiteral("eu") }));
        QCOMPARE(preview->at(7).pbx.sshAuth, SshAuth::Password);
        QVERIFY(preview->at(7).pbx.amiTls);
        // Preview never writes.
        QCOMPARE(repo.pbxs().value().size(), 1);
    }

    void controlCharactersInCellsAreRefused()
    {
        // Issue 11 item 10: a quoted CR/LF in an AMI user would split the AMI Login into two frames.
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("inv.sqlite")));
        QVERIFY(db.ok());
        InventoryRepository repo(*db.value());
        const QString text = QStringLiteral("name,host,ami_user,notes\n"
                                            "split,192.0.2.20,\"admin\r\nAction: Originate\",\n"
                                            "escape,192.0.2.21,\"mon\x1b[2Jitor\",\n"
                                            "notes-ok,192.0.2.22,admin,\"line one\r\nline two\"\n");
        const auto preview = previewCsvImport(text, repo);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->size(), 3);
        QVERIFY2(preview->at(0).problems.join(u' ').contains(QLatin1String("control character")),
            qPrintable(preview->at(0).problems.join(u' ')));
        QVERIFY(preview->at(1).problems.join(u' ').contains(QLatin1String("U+001B")));
        QVERIFY2(preview->at(2).problems.isEmpty(), qPrintable(preview->at(2).problems.join(u' ')));
    }

    void headerProblemsStopEverything()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("inv.sqlite")));
        InventoryRepository repo(*db.value());
        QVERIFY(!previewCsvImport(QStringLiteral("name,colour\nx,red\n"), repo).ok());
        QVERIFY(!previewCsvImport(QStringLiteral("name,customer\nx,y\n"), repo).ok()); // no host
        QVERIFY(!previewCsvImport(QString(), repo).ok());
    }

    void exportThenImportIsLossless()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
        InventoryRepository repo(*db.value());
        PbxRecord p;
        p.name = QStringLiteral("=cmd|' /C calc'!A0");
        p.host = QStringLiteral("2001:db8::5");
        p.customer = QStringLiteral("Gamma, Inc.");
        p.site = QStringLiteral("Floor \"2\"");
        p.tags = { QStringLiteral("a"), QStringLiteral("b") };
        p.notes = QStringLiteral("line one\nline two");
        p.sshAuth = SshAuth::Password;
        p.hostKeyFingerprint = QStringLiteral("SHA256:abc+/def");
        QVERIFY(repo.addPbx(p).ok());
        const QString csvText = exportInventoryCsv(repo.pbxs().value());

        auto other = Database::open(dir.filePath(QStringLiteral("b.sqlite")));
        InventoryRepository target(*other.value());
        const auto preview = previewCsvImport(csvText, target);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->size(), 1);
        QVERIFY2(preview->first().problems.isEmpty(), qPrintable(preview->first().problems.join(u' ')));
        PbxRecord imported = preview->first().pbx;
        PbxRecord original = repo.pbxs().value().first();
        imported.id = original.id;
        QCOMPARE(imported, original);
    }

    // Issue 16 section 7: spreadsheets as integrators' write them.
    void separatorsAreDetected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << QStringLiteral("name,host\r\na,192.0.2.1\r\n") << QChar(u',');
        QTest::newRow("semicolon, BOM, CRLF") << (QString(QChar(0xFEFF))
            + QStringLiteral("name;host;tags;notes\r\na;192.0.2.1;\"x;y\";\"1,5 h\"\r\n"))
                                              << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("name\thost\na\t192.0.2.1\n") << QChar(u'\t');
    }
    void separatorsAreDetected()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QCOMPARE(csv::detectSeparator(text.mid(text.startsWith(QChar(0xFEFF)) ? 1 : 0)), separator);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("inv.sqlite")));
        InventoryRepository repo(*db.value());
        const auto preview = previewCsvImport(text, repo);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->size(), 1);
        QVERIFY2(preview->first().problems.isEmpty(), qPrintable(preview->first().problems.join(u' ')));
        QCOMPARE(preview->first().pbx.host, QStringLiteral("192.0.2.1"));
        if (separator == u';') {
            QCOMPARE(preview->first().pbx.tags, (QStringList { QStringLiteral("x"), QStringLiteral("y") }));
            QCOMPARE(preview->first().pbx.notes, QStringLiteral("1,5 h"));
        }
        // Said explicitly, the wrong separator leaves one column: the header is refused, nothing guessed.
        CsvImportOptions wrong;
        wrong.separator = separator == u',' ? u';' : u',';
        QVERIFY(!previewCsvImport(text, repo, wrong).ok());
    }

    void updateChangesWhatTheFileNamesAndKeepsTheRest()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("inv.sqlite")));
        InventoryRepository repo(*db.value());
        PbxRecord p;
        p.name = QStringLiteral("acme");
        p.host = QStringLiteral("192.0.2.10");
        p.customer = QStringLiteral("Acme");
        p.notes = QStringLiteral("keep me");
        p.hostKeyFingerprint = QStringLiteral("SHA256:pinned");
        QVERIFY(repo.addPbx(p).ok());
        const QString identity = repo.pbxByName(QStringLiteral("acme"))->uuid;
        const QString text
            = QStringLiteral("name;host;ssh_user\nacme;192.0.2.20;admin\nnew-one;192.0.2.30;\n");

        // Without update, the known name is refused (and says how to change it).
        auto preview = previewCsvImport(text, repo);
        QVERIFY(preview.ok());
        QVERIFY(preview->at(0).problems.join(u' ').contains(QLatin1String("update")));

        CsvImportOptions update;
        update.update = true;
        preview = previewCsvImport(text, repo, update);
        QVERIFY(preview.ok());
        QVERIFY2(preview->at(0).problems.isEmpty(), qPrintable(preview->at(0).problems.join(u' ')));
        QVERIFY(preview->at(0).updatesId > 0);
        QCOMPARE(preview->at(1).updatesId, 0);
        QVERIFY(applyCsvImport(preview.value(), repo).ok());
        const PbxRecord after = repo.pbxByName(QStringLiteral("acme")).value();
        QCOMPARE(after.host, QStringLiteral("192.0.2.20"));
        QCOMPARE(after.sshUser, QStringLiteral("admin"));
        QCOMPARE(after.customer, QStringLiteral("Acme")); // no column: kept
        QCOMPARE(after.notes, QStringLiteral("keep me"));
        QCOMPARE(after.hostKeyFingerprint, QStringLiteral("SHA256:pinned"));
        QCOMPARE(after.uuid, identity); // the same PBX: its secrets stay named
        QVERIFY(repo.pbxByName(QStringLiteral("new-one")).ok());

        // A file never re-pins a host key.
        preview = previewCsvImport(
            QStringLiteral("name,host,host_key_sha256\nacme,192.0.2.20,SHA256:other\n"), repo, update);
        QVERIFY(preview.ok());
        QVERIFY(preview->first().problems.join(u' ').contains(QLatin1String("re-pin")));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
