#include "ami/AmiParser.h"
#include "ami/SecurityEvent.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace pbxwarden::ami;

namespace {

QString capturesDir()
{
    return QStringLiteral(AMI_CAPTURES_DIR);
}

QByteArray readCapture(const QString& name)
{
    QFile file(capturesDir() + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read capture %s", qPrintable(name));
    return file.readAll();
}

// The frames a capture holds, found without the parser: the banner is the first line, messages are
// the blocks between empty lines, fields are their lines split at the first ": ".
struct ExpectedFrame
{
    AmiFrame::Kind kind;
    QList<QPair<QByteArray, QByteArray>> fields;
};

QList<ExpectedFrame> scanCapture(QByteArray bytes, bool withBanner)
{
    QList<ExpectedFrame> frames;
    if (withBanner) {
        const qsizetype eol = bytes.indexOf("\r\n");
        frames.append({ AmiFrame::Kind::Banner, { { bytes.left(eol), {} } } });
        bytes = bytes.mid(eol + 2);
    }
    const QList<QByteArray> blocks = QByteArray(bytes).replace("\r\n", "\n").split('\n');
    ExpectedFrame current { AmiFrame::Kind::Other, {} };
    for (const QByteArray& line : blocks) {
        if (line.isEmpty()) {
            if (!current.fields.isEmpty())
                frames.append(current);
            current = { AmiFrame::Kind::Other, {} };
            continue;
        }
        const qsizetype sep = line.indexOf(':');
        QByteArray value = line.mid(sep + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (current.fields.isEmpty()) {
            if (line.startsWith("Response:"))
                current.kind = AmiFrame::Kind::Response;
            else if (line.startsWith("Event:"))
                current.kind = AmiFrame::Kind::Event;
            else if (line.startsWith("Action:"))
                current.kind = AmiFrame::Kind::Action;
        }
        current.fields.append({ line.left(sep), value });
    }
    if (!current.fields.isEmpty())
        frames.append(current);
    return frames;
}

QList<AmiFrame> parseAll(
    const QByteArray& bytes, AmiParser::Mode mode, qsizetype chunk, QString* error = nullptr)
{
    AmiParser parser(mode);
    QList<AmiFrame> frames;
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        const bool ok = parser.feed(bytes.mid(i, chunk));
        frames += parser.takeFrames();
        if (!ok)
            break;
    }
    if (parser.hasError() && error)
        *error = parser.errorString();
    return frames;
}

QStringList amiCaptures()
{
    QStringList names
        = QDir(capturesDir())
              .entryList({ QStringLiteral("*.rx.txt"), QStringLiteral("*.tx.txt") }, QDir::Files, QDir::Name);
    // AMI over HTTP (/rawman) carries HTTP headers: not a TCP AMI stream.
    names.removeIf([](const QString& name) { return name.startsWith(QLatin1String("13-")); });
    return names;
}

} // namespace

class TestAmiParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capture_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = amiCaptures();
        QVERIFY(names.size() >= 40);
        for (const QString& name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void capture()
    {
        QFETCH(QString, name);
        const QByteArray bytes = readCapture(name);
        const bool rx = name.endsWith(QLatin1String(".rx.txt"));
        const QList<ExpectedFrame> expected = scanCapture(bytes, rx);
        QString error;
        const QList<AmiFrame> frames
            = parseAll(bytes, rx ? AmiParser::Mode::Client : AmiParser::Mode::Server, bytes.size(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Messages counted by their CRLF CRLF terminators, independently of both scanners above.
        QByteArray normalized = bytes;
        while (normalized.contains("\r\n\r\n\r\n"))
            normalized.replace("\r\n\r\n\r\n", "\r\n\r\n");
        const qsizetype terminators = normalized.count("\r\n\r\n");
        QCOMPARE(frames.size() - (rx ? 1 : 0), terminators);
        QCOMPARE(frames.size(), expected.size());
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const AmiFrame& frame = frames.at(i);
            QCOMPARE(frame.kind(), expected.at(i).kind);
            if (frame.kind() == AmiFrame::Kind::Banner) {
                QCOMPARE(frame.bannerLine(), QByteArray("Asterisk Call Manager/11.0.0"));
                continue;
            }
            QCOMPARE(frame.fieldCount(), expected.at(i).fields.size());
            for (qsizetype f = 0; f < frame.fieldCount(); ++f) {
                QCOMPARE(frame.fields().at(f).key, expected.at(i).fields.at(f).first);
                QCOMPARE(frame.fields().at(f).value, expected.at(i).fields.at(f).second);
            }
        }
        // Re-serialised frames give the capture back (except Asterisk's stray extra empty lines).
        QByteArray wire;
        for (const AmiFrame& frame : frames)
            wire += frame.toWire();
        // Asterisk ends some messages with a bare LF plus an extra empty line (06b): compare by lines.
        const auto canonical = [](QByteArray text) {
            text.replace("\r\n", "\n");
            while (text.contains("\n\n\n"))
                text.replace("\n\n\n", "\n\n");
            return text;
        };
        QCOMPARE(canonical(wire), canonical(bytes));
    }

    void everyChunkSize_data() { capture_data(); }

    void everyChunkSize()
    {
        QFETCH(QString, name);
        const QByteArray bytes = readCapture(name);
        const auto mode
            = name.endsWith(QLatin1String(".rx.txt")) ? AmiParser::Mode::Client : AmiParser::Mode::Server;
        const QList<AmiFrame> whole = parseAll(bytes, mode, bytes.size());
        QVERIFY(!whole.isEmpty());
        QList<qsizetype> sizes;
        for (qsizetype s = 1; s <= 64; ++s)
            sizes << s;
        sizes << 97 << 509 << 1024 << 4093;
        for (qsizetype size : sizes) {
            const QList<AmiFrame> chunked = parseAll(bytes, mode, size);
            QVERIFY2(chunked == whole, qPrintable(QStringLiteral("chunk size %1").arg(size)));
        }
    }

    void bareLineFeeds()
    {
        const QByteArray crlf = readCapture(QStringLiteral("06-pjsip-show-endpoints.rx.txt"));
        const QByteArray lf = QByteArray(crlf).replace("\r\n", "\n");
        QVERIFY(lf.size() < crlf.size());
        QCOMPARE(
            parseAll(lf, AmiParser::Mode::Client, 7), parseAll(crlf, AmiParser::Mode::Client, crlf.size()));
    }

    void helpers()
    {
        const QByteArray bytes = readCapture(QStringLiteral("05-command-action.rx.txt"));
        const QList<AmiFrame> frames = parseAll(bytes, AmiParser::Mode::Client, bytes.size());
        // The Output: lines of the third answer, counted in the raw bytes.
        const qsizetype start = bytes.indexOf("ActionID: 05-command-action-3");
        const qsizetype end = bytes.indexOf("\r\n\r\n", start);
        const qsizetype outputLines = bytes.mid(start, end - start).count("\r\nOutput:");
        const AmiFrame& endpoints = frames.at(3);
        QCOMPARE(endpoints.actionId(), QStringLiteral("05-command-action-3"));
        QCOMPARE(endpoints.values("Output").size(), outputLines);
        QCOMPARE(endpoints.values("output").size(), outputLines); // keys ignore case
        QCOMPARE(endpoints.values("Output").first(), QString());
        QVERIFY(endpoints.values("Output").at(1).startsWith(QLatin1String(" Endpoint:  <Endpoint")));
        QVERIFY(endpoints.isSuccess());

        const QByteArray lists = readCapture(QStringLiteral("06b-pjsip-show-misc.rx.txt"));
        int starts = 0, completes = 0;
        for (const AmiFrame& frame : parseAll(lists, AmiParser::Mode::Client, 3)) {
            starts += frame.isEventListStart();
            completes += frame.isEventListComplete();
        }
        QCOMPARE(starts, int(lists.count("EventList: start\r\n")));
        QCOMPARE(completes, int(lists.count("EventList: Complete\r\n")));
        QVERIFY(starts > 0);
    }

    void maskedForLogs()
    {
        const QByteArray bytes = readCapture(QStringLiteral("07-getconfig-listcategories.rx.txt"))
            + readCapture(QStringLiteral("06b-pjsip-show-misc.rx.txt")).mid(30)
            + "Action: UpdateConfig\r\nSrcFilename: manager.conf\r\nAction-000000: Update\r\nCat-000000: "
              "admin\r\n"
              "Var-000000: secret\r\nValue-000000: Adm1n-Lab-Secret\r\n\r\n";
        QByteArray masked;
        for (const AmiFrame& frame : parseAll(bytes, AmiParser::Mode::Client, bytes.size()))
            masked += frame.toMaskedWire();
        // Every secret of the lab configuration, read from the configuration itself.
        for (const QString& conf : { QStringLiteral("manager.conf"), QStringLiteral("pjsip.conf") }) {
            const QByteArray text = readCapture(QStringLiteral("etc-asterisk/") + conf);
            for (const QByteArray& line : text.split('\n')) {
                const QByteArray key = line.left(line.indexOf('=')).trimmed();
                const QByteArray secret = line.mid(line.indexOf('=') + 1).trimmed();
                // The weak ones ("1002", "monitor") are also user names, legitimately shown.
                if ((key == "secret" || key == "password") && secret.size() >= 8) {
                    QVERIFY(bytes.contains(secret));
                    QVERIFY2(!masked.contains(QByteArray(": " + secret + "\r\n"))
                            && !masked.contains(QByteArray("=" + secret + "\r\n"))
                            && !masked.contains(QByteArray("\"" + secret + "\"")),
                        secret.constData());
                }
            }
        }
        QVERIFY(masked.contains("Line-000001-000000: secret=********"));
        QVERIFY(masked.contains("Password: ********"));
        QVERIFY(masked.contains("\"secret\":\"********\""));
        QVERIFY(masked.contains("Value-000000: ********"));
        QVERIFY(masked.contains("Username: 1002")); // the rest is untouched
    }

    void securityEvents()
    {
        const QByteArray bytes = readCapture(QStringLiteral("09-security-events.rx.txt"));
        const QList<AmiFrame> frames = parseAll(bytes, AmiParser::Mode::Client, 11);
        int security = 0;
        for (const AmiFrame& frame : frames) {
            const std::optional<SecurityEvent> event = SecurityEvent::fromFrame(frame);
            if (!event)
                continue;
            ++security;
            QCOMPARE(event->name, frame.eventName());
            QCOMPARE(event->accountId, frame.value("AccountID"));
            const QStringList parts = frame.value("RemoteAddress").split(QLatin1Char('/'));
            QCOMPARE(parts.size(), 4);
            QCOMPARE(event->remoteAddress.protocol, parts.at(0));
            QCOMPARE(event->remoteAddress.transport, parts.at(1));
            QCOMPARE(event->remoteAddress.address, parts.at(2));
            QCOMPARE(QString::number(event->remoteAddress.port), parts.at(3));
            if (event->type == SecurityEvent::Type::InvalidPassword)
                QCOMPARE(event->eventVersion, 2);
        }
        const qsizetype inBytes = bytes.count("Privilege: security,all\r\n");
        QCOMPARE(security, int(inBytes));

        const AmiAddress v6 = AmiAddress::parse(QStringLiteral("IPV6/UDP/[2001:db8::5]/5061"));
        QCOMPARE(v6.address, QStringLiteral("2001:db8::5"));
        QCOMPARE(v6.port, quint16(5061));
        QVERIFY(!AmiAddress::parse(QStringLiteral("garbage")).isValid());
        QVERIFY(!AmiAddress::parse(QStringLiteral("IPV4/UDP/1.2.3.4/99999")).isValid());
    }

    void legacyCommandFollows()
    {
        const QByteArray bytes
            = "Asterisk Call Manager/2.10.6\r\nResponse: Follows\r\nPrivilege: Command\r\n"
              "ActionID: 7\r\nName: value lines keep: their colons\r\n\r\nplain\r\n--END COMMAND--\r\n\r\n"
              "Event: X\r\nA: b\r\n\r\n";
        for (qsizetype chunk : { qsizetype(1), qsizetype(5), bytes.size() }) {
            const QList<AmiFrame> frames = parseAll(bytes, AmiParser::Mode::Client, chunk);
            QCOMPARE(frames.size(), 3);
            QCOMPARE(frames.at(1).actionId(), QStringLiteral("7"));
            QCOMPARE(frames.at(1).values("Output"),
                QStringList({ QStringLiteral("Name: value lines keep: their colons"), QString(),
                    QStringLiteral("plain") }));
            QCOMPARE(frames.at(2).eventName(), QStringLiteral("X"));
        }
    }

    void protocolErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray banner = "Asterisk Call Manager/11.0.0\r\n";
        QTest::newRow("no colon") << banner + "Response: Success\r\nthis line has none\r\n\r\n"
                                  << QStringLiteral("without a colon");
        QTest::newRow("empty key") << banner + ": value\r\n\r\n" << QStringLiteral("empty key");
        QTest::newRow("binary") << banner + QByteArray("Event: X\r\nK: a\0b\r\n\r\n", 20)
                                << QStringLiteral("binary");
        QTest::newRow("bare CR inside") << banner + "Event: X\rK: v\r\n\r\n" << QStringLiteral("binary");
        // Found by the fuzzer: a CR followed by more than a LF, split across reads.
        QTest::newRow("stray CR across chunks") << banner + "Event: X\r\n\r\r" << QStringLiteral("binary");
        QTest::newRow("tls garbage") << QByteArray::fromHex("16030100a5010000a10303")
                                     << QStringLiteral("binary");
        QTest::newRow("overlong line")
            << banner + "Event: " + QByteArray(70 * 1024, 'x') << QStringLiteral("longer than");
        QByteArray manyFields = banner + "Event: X\r\n";
        for (int i = 0; i < 40000; ++i)
            manyFields += "K: v\r\n";
        QTest::newRow("too many fields") << manyFields << QStringLiteral("more than");
        QByteArray bigFrame = banner + "Event: X\r\n";
        for (int i = 0; i < 200; ++i)
            bigFrame += "Output: " + QByteArray(8000, 'y') + "\r\n";
        QTest::newRow("frame too big") << bigFrame << QStringLiteral("larger than");
    }

    void protocolErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        for (qsizetype chunk : { qsizetype(1), qsizetype(4096), bytes.size() }) {
            AmiParser parser;
            bool ok = true;
            qsizetype maxBuffered = 0;
            for (qsizetype i = 0; i < bytes.size() && ok; i += chunk) {
                ok = parser.feed(bytes.mid(i, chunk));
                maxBuffered = qMax(maxBuffered, parser.bufferedBytes());
            }
            QVERIFY2(!ok, qPrintable(QStringLiteral("chunk %1").arg(chunk)));
            QVERIFY(parser.hasError());
            QVERIFY2(parser.errorString().contains(reason), qPrintable(parser.errorString()));
            QVERIFY(maxBuffered <= parser.limits().maxFrameBytes + parser.limits().maxLineLength + 2);
            // Once broken, it stays broken and holds nothing.
            QVERIFY(!parser.feed("Event: Y\r\n\r\n"));
            QCOMPARE(parser.bufferedBytes(), 0);
        }
    }

    void endlessInputStaysBounded()
    {
        // A peer that never ends its message: 10 MB of fields must stop at the frame limit.
        AmiParser parser;
        QVERIFY(parser.feed("Asterisk Call Manager/11.0.0\r\nEvent: Flood\r\n"));
        const QByteArray chunk = QByteArray("Key: value\r\n").repeated(1000);
        qsizetype fed = 0;
        while (parser.feed(chunk) && fed < 10 * 1024 * 1024)
            fed += chunk.size();
        QVERIFY(parser.hasError());
        QVERIFY(fed <= parser.limits().maxFrameBytes);
    }

    void endlessFollowsEmptyLinesStayBounded()
    {
        // Issue 11 item 4: "Response: Follows" then endless empty lines, before any login.
        for (const AmiParser::Limits limits : { AmiParser::Limits {}, AmiParser::Limits { 64, 8, 512 } }) {
            AmiParser parser(AmiParser::Mode::Client, limits);
            QVERIFY(parser.feed("Asterisk Call Manager/11.0.0\r\nResponse: Follows\r\n"));
            const QByteArray chunk = QByteArray("\r\n").repeated(4096);
            qsizetype fed = 0;
            while (parser.feed(chunk) && fed < 20 * 1024 * 1024) {
                fed += chunk.size();
                QVERIFY(parser.pendingFieldCount() <= limits.maxFieldsPerFrame);
                QVERIFY(parser.bufferedBytes() <= limits.maxFrameBytes + limits.maxLineLength + 2);
            }
            QVERIFY2(parser.hasError(), "20 MB of empty lines were accepted");
            QVERIFY2(parser.errorString().contains(QLatin1String("more than"))
                    || parser.errorString().contains(QLatin1String("larger than")),
                qPrintable(parser.errorString()));
            QVERIFY(fed <= limits.maxFrameBytes);
            QCOMPARE(parser.bufferedBytes(), 0);
            QCOMPARE(parser.pendingFieldCount(), 0);
        }
    }

    void streamCutInTheMiddle()
    {
        AmiParser parser;
        QVERIFY(parser.feed("Asterisk Call Manager/11.0.0\r\nResponse: Success\r\nActionID: 1\r\n"));
        QVERIFY(!parser.finish());
        QVERIFY(parser.errorString().contains(QLatin1String("middle")));
    }
};

QTEST_GUILESS_MAIN(TestAmiParser)
#include "tst_amiparser.moc"
