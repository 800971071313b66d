#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretKey.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// Drives the real pbxwarden-cli binary, as an integrator's script would.
class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run
    {
        int status = -1;
        QString out;
        QString err;
    };

    QString db() const { return m_dir.filePath(QStringLiteral("inv.sqlite")); }

    Run cli(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        for (const QString& key : extraEnv.keys())
            env.insert(key, extraEnv.value(key));
        p.setProcessEnvironment(env);
        p.start(
            qEnvironmentVariable("PBXWARDEN_BINARY_DIR") + QStringLiteral("/app/entry/pbxwarden-cli"), args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    QStringList withDb(QStringList args) const
    {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return args;
    }

private Q_SLOTS:
    void init()
    {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(db() + suffix);
    }

    void versionAndHelpNeedNoDisplay()
    {
        const Run version = cli({ QStringLiteral("--version") });
        QCOMPARE(version.status, 0);
        QVERIFY(version.out.startsWith(QLatin1String("pbxwarden-cli ")));
        const Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains(QLatin1String("inventory")));
        const Run none = cli({});
        QVERIFY(none.status != 0);
    }

    void addListRemove()
    {
        Run r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("acme-1"), QStringLiteral("--host"), QStringLiteral("192.0.2.7"),
            QStringLiteral("--customer"), QStringLiteral("Acme"), QStringLiteral("--site"),
            QStringLiteral("HQ"), QStringLiteral("--tag"), QStringLiteral("prod"), QStringLiteral("--tag=eu"),
            QStringLiteral("--ssh-port"), QStringLiteral("2222"), QStringLiteral("--ami-user"),
            QStringLiteral("warden"), QStringLiteral("--ami-tls") }));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json") }));
        QCOMPARE(r.status, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject pbx = list.first().toObject();
        QCOMPARE(pbx.value(QStringLiteral("name")).toString(), QStringLiteral("acme-1"));
        QCOMPARE(pbx.value(QStringLiteral("ssh_port")).toInt(), 2222);
        QCOMPARE(pbx.value(QStringLiteral("ami_tls")).toBool(), true);
        QCOMPARE(pbx.value(QStringLiteral("tags")).toArray().size(), 2);
        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("list") }));
        QVERIFY(r.out.contains(QLatin1String("acme-1")));

        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("remove"), QStringLiteral("ACME-1") }));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json") }));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    void errorsExitNonZeroWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("frobnicate") } << QStringLiteral("unknown command");
        QTest::newRow("no host") << QStringList { QStringLiteral("inventory"), QStringLiteral("add"),
            QStringLiteral("--name"), QStringLiteral("x") }
                                 << QStringLiteral("host is required");
        QTest::newRow("bad port") << QStringList { QStringLiteral("inventory"), QStringLiteral("add"),
            QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--host"), QStringLiteral("h"),
            QStringLiteral("--ssh-port"), QStringLiteral("http") }
                                  << QStringLiteral("--ssh-port wants a whole number");
        QTest::newRow("secret on command line") << QStringList { QStringLiteral("inventory"),
            QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--host"),
            QStringLiteral("h"), QStringLiteral("--ssh-password"), QStringLiteral("pw") }
                                                << QStringLiteral("standard input");
        QTest::newRow("missing value") << QStringList { QStringLiteral("inventory"), QStringLiteral("add"),
            QStringLiteral("--name") } << QStringLiteral("needs a value");
        QTest::newRow("remove unknown")
            << QStringList { QStringLiteral("inventory"), QStringLiteral("remove"), QStringLiteral("nope") }
            << QStringLiteral("no PBX named");
        QTest::newRow("import missing file") << QStringList { QStringLiteral("inventory"),
            QStringLiteral("import"), QStringLiteral("/nonexistent/x.csv") }
                                             << QStringLiteral("cannot read");
    }
    void errorsExitNonZeroWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = cli(withDb(args));
        QVERIFY(r.status != 0);
        const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QLatin1String("pbxwarden-cli: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    void numericOptionsHaveRanges_data()
    {
        // Issue 11 item 12: every numeric option is range-checked (no overflow, no garbage), exit 64.
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QStringList ami { QStringLiteral("ami"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--user"), QStringLiteral("u") };
        const QStringList connect { QStringLiteral("connect"), QStringLiteral("--host"),
            QStringLiteral("127.0.0.1") };
        QTest::newRow("ami timeout overflows") << ami
                + QStringList { QStringLiteral("--timeout"), QStringLiteral("2147484"),
                      QStringLiteral("Ping") } << QStringLiteral("--timeout wants seconds");
        QTest::newRow("ami timeout garbage")
            << ami + QStringList { QStringLiteral("--timeout=12abc"), QStringLiteral("Ping") }
            << QStringLiteral("--timeout wants seconds");
        QTest::newRow("ami timeout zero")
            << ami + QStringList { QStringLiteral("--timeout"), QStringLiteral("0"), QStringLiteral("Ping") }
            << QStringLiteral("--timeout wants seconds");
        QTest::newRow("ami timeout nan") << ami
                + QStringList { QStringLiteral("--timeout"), QStringLiteral("nan"), QStringLiteral("Ping") }
                                         << QStringLiteral("--timeout wants seconds");
        QTest::newRow("ami port wraps") << ami
                + QStringList { QStringLiteral("--port"), QStringLiteral("4294972334"),
                      QStringLiteral("Ping") }
                                        << QStringLiteral("--port wants a whole number from 1 to 65535");
        QTest::newRow("ami ssh port") << ami
                + QStringList { QStringLiteral("--ssh-port"), QStringLiteral("-22"), QStringLiteral("Ping") }
                                      << QStringLiteral("--ssh-port wants a whole number");
        QTest::newRow("connect port")
            << connect + QStringList { QStringLiteral("--port"), QStringLiteral("70000") }
            << QStringLiteral("--port wants a whole number from 1 to 65535");
        QTest::newRow("connect timeout")
            << connect + QStringList { QStringLiteral("--timeout"), QStringLiteral("1e9") }
            << QStringLiteral("--timeout wants seconds");
        QTest::newRow("connect parallel") << QStringList { QStringLiteral("connect"), QStringLiteral("--all"),
            QStringLiteral("--parallel"), QStringLiteral("0") }
                                          << QStringLiteral("--parallel wants a whole number from 1 to 256");
        QTest::newRow("audit parallel") << QStringList { QStringLiteral("audit"), QStringLiteral("--all"),
            QStringLiteral("--parallel"), QStringLiteral("99999999999") }
                                        << QStringLiteral("--parallel wants a whole number");
        QTest::newRow("audit timeout") << QStringList { QStringLiteral("audit"), QStringLiteral("--all"),
            QStringLiteral("--timeout"), QStringLiteral("inf") }
                                       << QStringLiteral("--timeout wants seconds");
    }
    void numericOptionsHaveRanges()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = cli(withDb(args));
        QCOMPARE(r.status, 64);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void corruptDatabaseIsRefused()
    {
        QFile f(db());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not sqlite");
        f.close();
        const Run r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("list") }));
        QVERIFY(r.status != 0);
        QVERIFY(r.err.contains(QLatin1String("not an SQLite database")));
        QFile again(db());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("definitely not sqlite"));
    }

    void importReportsEachBadRowAndWritesNothing()
    {
        const QString csv = m_dir.filePath(QStringLiteral("in.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,host,ssh_port\nok-1,192.0.2.1,22\nbad,999.0.0.1,22\nok-2,pbx.example,70000\n");
        f.close();
        Run r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("import"), csv }));
        QVERIFY(r.status != 0);
        QVERIFY(r.err.contains(QLatin1String(":3: ")));
        QVERIFY(r.err.contains(QLatin1String(":4: ")));
        QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json") }));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("import"),
            QStringLiteral("--skip-invalid"), csv }));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json") }));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);

        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("export"), out }));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray text = exported.readAll();
        QVERIFY(text.startsWith("name,customer,site,tags,host"));
        QVERIFY(text.contains("ok-1,"));
    }

    void controlSequencesNeverReachTheTerminal()
    {
        // Issue 11 item 8: text from a PBX (here an AMI capture) with a C1 CSI and an OSC title, and a
        // file name with ESC and a bare CR, must come out escaped on stdout and stderr alike.
        const QString capture = m_dir.filePath(QStringLiteral("hostile.ami"));
        QFile f(capture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Asterisk Call Manager/11.0.0\r\nEvent: X\r\nHost-Key: \xc2\x9b"
                "2J\xc2\x9d"
                "0;fake\xc2\x9c\r\n\r\n");
        f.close();
        Run r = cli({ QStringLiteral("ami-parse"), capture });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(QChar(0x9b)) && !r.out.contains(QChar(0x9d)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Host-Key: \\u009b2J\\u009d0;fake\\u009c")), qPrintable(r.out));

        // JSON escapes by its own rules and stays valid, holding the exact value.
        r = cli({ QStringLiteral("ami-parse"), capture, QStringLiteral("--json") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QChar(0x9b)));
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.section(QLatin1Char('\n'), 1, 1).toUtf8());
        QVERIFY2(doc.isObject(), qPrintable(r.out));
        QCOMPARE(doc.object().value(QStringLiteral("fields")).toArray().at(1).toArray().at(1).toString(),
            QStringLiteral("\u009b2J\u009d0;fake\u009c"));

        const QString hostileName = m_dir.filePath(QStringLiteral("x\x1b]0;owned\x07\rpbxwarden-cli: ok"));
        r = cli({ QStringLiteral("ami-parse"), hostileName });
        QVERIFY(r.status != 0);
        QVERIFY2(!r.err.contains(QChar(0x1b)) && !r.err.contains(QChar(u'\r')) && !r.err.contains(QChar(7)),
            qPrintable(r.err));
        QVERIFY2(
            r.err.contains(QLatin1String("x\\x1b]0;owned\\x07\\x0dpbxwarden-cli: ok")), qPrintable(r.err));
    }

    void filesArePrivateAndNoCoreDumps()
    {
        // Issue 11 items 9 and 11: what the CLI creates is 0600/0700 under a usual umask 022, and the
        // process can leave no core dump.
        const mode_t previous = ::umask(022);
        auto modeOf = [](const QString& path) {
            struct stat st
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
        };
        const QString folder = m_dir.filePath(QStringLiteral("private-folder"));
        const QString inventory = folder + QStringLiteral("/inv.sqlite");
        Run r = cli({ QStringLiteral("--db"), inventory, QStringLiteral("inventory"), QStringLiteral("add"),
            QStringLiteral("--name"), QStringLiteral("p"), QStringLiteral("--host"),
            QStringLiteral("192.0.2.9") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(modeOf(folder), mode_t(0700));
        QCOMPARE(modeOf(inventory), mode_t(0600));
        const QString out = m_dir.filePath(QStringLiteral("private-export.csv"));
        QFile::remove(out);
        r = cli({ QStringLiteral("--db"), inventory, QStringLiteral("inventory"), QStringLiteral("export"),
            out });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(modeOf(out), mode_t(0600));
        ::umask(previous);

        // A server that never answers keeps the CLI alive long enough to read its limits.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QProcess p;
        p.start(qEnvironmentVariable("PBXWARDEN_BINARY_DIR") + QStringLiteral("/app/entry/pbxwarden-cli"),
            { QStringLiteral("ami"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"), QString::number(silent.serverPort()), QStringLiteral("--user"),
                QStringLiteral("u"), QStringLiteral("--plain-tcp"), QStringLiteral("--secret-stdin"),
                QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("Ping") });
        QVERIFY(p.waitForStarted());
        p.write("s\n");
        p.waitForBytesWritten();
        p.closeWriteChannel();
        QVERIFY(silent.waitForNewConnection(20000));
        QFile limits(QStringLiteral("/proc/%1/limits").arg(p.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QString text = QString::fromLatin1(limits.readAll());
        p.kill();
        p.waitForFinished();
        const QString core
            = text.section(QLatin1String("Max core file size"), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(core.simplified().startsWith(QLatin1String("0 0 ")), qPrintable(core));
    }

    void guiHasNoCoreDumpsEither()
    {
        // Issue 11 item 11: the GUI's main() hardens the process too (offscreen, its own inventory).
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        gui.setProcessEnvironment(env);
        gui.start(qEnvironmentVariable("PBXWARDEN_BINARY_DIR") + QStringLiteral("/ui/pbxwarden"),
            { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("gui.sqlite")) });
        QVERIFY(gui.waitForStarted());
        auto coreLimit = [&gui] {
            QFile limits(QStringLiteral("/proc/%1/limits").arg(gui.processId()));
            if (!limits.open(QIODevice::ReadOnly))
                return QString();
            return QString::fromLatin1(limits.readAll())
                .section(QLatin1String("Max core file size"), 1)
                .section(QLatin1Char('\n'), 0, 0)
                .simplified();
        };
        // hardenProcess() is the first line of main(): poll until the new image got there.
        QTRY_VERIFY_WITH_TIMEOUT(coreLimit().startsWith(QLatin1String("0 0 ")), 20000);
        gui.kill();
        gui.waitForFinished();
    }

    void secretGoesOnlyToTheKeychain()
    {
        const QByteArray secret("S3cret-Value-42");
        const Run r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("add"),
                              QStringLiteral("--name"), QStringLiteral("a"), QStringLiteral("--host"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("--ssh-auth"),
                              QStringLiteral("password"), QStringLiteral("--ssh-password-stdin") }),
            secret);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QString::fromLatin1(secret)) && !r.err.contains(QString::fromLatin1(secret)));
        // Nothing PBX Warden wrote (database, WAL, settings, caches, logs) holds it.
        int filesChecked = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
            ++filesChecked;
        }
        QVERIFY(filesChecked >= 1);
        // ...and the keychain does: removing the PBX removes it there without complaint.
        const Run removed
            = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("remove"), QStringLiteral("a") }));
        QCOMPARE(removed.status, 0);
        QVERIFY2(!removed.err.contains(QLatin1String("warning")), qPrintable(removed.err));
    }

    // Issue 9 section 2: the sudo password is a secret of the PBX like the others (keychain only),
    // and "inventory edit" changes what is named and keeps everything else.
    void editChangesWhatIsNamedAndKeepsTheSudoPassword()
    {
        using namespace pbxwarden;
        Run r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("e"), QStringLiteral("--host"), QStringLiteral("192.0.2.10"),
            QStringLiteral("--customer"), QStringLiteral("Acme"), QStringLiteral("--tag"),
            QStringLiteral("old") }));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        // Root needs no sudo: asking for its password is a mistake, said as one.
        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("edit"), QStringLiteral("e"),
                    QStringLiteral("--sudo-password-stdin") }),
            "x");
        QCOMPARE(r.status, 64);
        QVERIFY2(r.err.contains(QLatin1String("not root")), qPrintable(r.err));

        const QByteArray sudo("Sudo-Only-Secret-7");
        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("edit"), QStringLiteral("e"),
                    QStringLiteral("--ssh-user"), QStringLiteral("admin"), QStringLiteral("--tag"),
                    QStringLiteral("new"), QStringLiteral("--sudo-password-stdin") }),
            sudo + '\n');
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QString::fromLatin1(sudo)) && !r.err.contains(QString::fromLatin1(sudo)));
        const Run list
            = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json") }));
        const QJsonObject pbx = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
        QCOMPARE(pbx.value(QStringLiteral("ssh_user")).toString(), QStringLiteral("admin"));
        QCOMPARE(pbx.value(QStringLiteral("customer")).toString(), QStringLiteral("Acme")); // not named: kept
        QCOMPARE(pbx.value(QStringLiteral("host")).toString(), QStringLiteral("192.0.2.10"));
        QCOMPARE(pbx.value(QStringLiteral("tags")).toArray(), QJsonArray { QStringLiteral("new") });

        // The keychain holds it under the PBX's sudo-password key, and nothing else of ours does.
        const auto database = inventory::Database::open(db());
        QVERIFY(database);
        inventory::InventoryRepository repo(*database.value());
        const PbxRecord record = repo.pbxByName(QStringLiteral("e")).value();
        secrets::KeychainSecretStore keychain;
        const auto kept = secrets::readAndWait(
            keychain, secrets::secretKey(record, secrets::SecretPurpose::SudoPassword));
        QVERIFY2(kept, qPrintable(kept.error()));
        QVERIFY(kept->found);
        QCOMPARE(kept->value, QString::fromLatin1(sudo));
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(sudo), qPrintable(f.fileName()));
        }

        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("edit"), QStringLiteral("e"),
            QStringLiteral("--forget-sudo-password") }));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(
            !secrets::readAndWait(keychain, secrets::secretKey(record, secrets::SecretPurpose::SudoPassword))
                 ->found);
        // Removing the PBX removes every secret it can have, the sudo one included.
        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("edit"), QStringLiteral("e"),
                    QStringLiteral("--sudo-password-stdin") }),
            sudo);
        QCOMPARE(r.status, 0);
        r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("remove"), QStringLiteral("e") }));
        QCOMPARE(r.status, 0);
        QVERIFY(
            !secrets::readAndWait(keychain, secrets::secretKey(record, secrets::SecretPurpose::SudoPassword))
                 ->found);
    }

    void noKeyringMeansNothingAdded()
    {
        QProcessEnvironment noBus;
        noBus.insert(
            QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const Run r = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("add"),
                              QStringLiteral("--name"), QStringLiteral("b"), QStringLiteral("--host"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("--ssh-auth"),
                              QStringLiteral("password"), QStringLiteral("--ssh-password-stdin") }),
            "pw", noBus);
        QVERIFY(r.status != 0);
        QVERIFY2(r.err.contains(QLatin1String("no usable keychain")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("nothing was added")));
        const Run list
            = cli(withDb({ QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json") }));
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
