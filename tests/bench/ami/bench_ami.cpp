// AMI parse throughput beside asterisk-manager (npm), and memory per connection at rest and under a
// 50,000 events/s flood from pbxsim. Figures go to stdout; tests/bench/ami/RESULTS.md keeps them.
#include "SimProcess.h"
#include "ami/AmiClient.h"
#include "ami/AmiParser.h"
#include "ami/AmiSocketTransport.h"
#include "ami/SecurityEvent.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace pbxwarden::ami;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

// The security events of the recorded attack, repeated: the stream a console watching a PBX under attack
// reads.
QByteArray buildStream(int events, int* securityInCapture)
{
    QFile file(QStringLiteral(AMI_CAPTURES_DIR "/09-security-events.rx.txt"));
    file.open(QIODevice::ReadOnly);
    const QByteArray capture = file.readAll();
    QList<QByteArray> blocks;
    qsizetype pos = 0;
    while (true) {
        const qsizetype start = capture.indexOf("Event: ", pos);
        if (start < 0)
            break;
        const qsizetype end = capture.indexOf("\r\n\r\n", start);
        const QByteArray block = capture.mid(start, end + 4 - start);
        if (block.contains("Privilege: security,all"))
            blocks << block;
        pos = end + 4;
    }
    *securityInCapture = int(blocks.size());
    QByteArray stream = "Asterisk Call Manager/11.0.0\r\nResponse: Success\r\nActionID: 1\r\nMessage: "
                        "Authentication accepted\r\n\r\n";
    stream.reserve(stream.size() + qsizetype(events) * 420);
    for (int i = 0; i < events; ++i)
        stream += blocks.at(i % blocks.size());
    return stream;
}

struct ParseFigures
{
    qint64 frames = 0;
    double seconds = 0;
};

ParseFigures parseOurs(const QByteArray& stream, bool typed, int runs)
{
    ParseFigures best { 0, 1e9 };
    for (int r = 0; r < runs; ++r) {
        AmiParser parser;
        qint64 frames = 0, security = 0;
        QElapsedTimer clock;
        clock.start();
        for (qsizetype i = 0; i < stream.size(); i += 65536) {
            parser.feed(QByteArrayView(stream).sliced(i, qMin<qsizetype>(65536, stream.size() - i)));
            const QList<AmiFrame> frames_ = parser.takeFrames();
            frames += frames_.size();
            if (typed) {
                for (const AmiFrame& frame : frames_)
                    security += SecurityEvent::fromFrame(frame).has_value();
            }
        }
        const double secs = clock.nsecsElapsed() / 1e9;
        if (secs < best.seconds)
            best = { frames, secs };
        if (typed && security == 0)
            std::fprintf(stderr, "no security events seen\n");
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? atoi(argv[1]) : 200000;
    QTextStream out(stdout);

    // 1. Parse throughput, same bytes for both parsers.
    int inCapture = 0;
    const QByteArray stream = buildStream(events, &inCapture);
    const double mb = stream.size() / 1e6;
    out << "Stream: " << events << " security events (" << inCapture
        << " distinct, from 09-security-events), " << QString::number(mb, 'f', 1)
        << " MB, fed in 64 KiB chunks, best of 3\n";
    const ParseFigures ours = parseOurs(stream, false, 3);
    const ParseFigures typed = parseOurs(stream, true, 3);
    out << QStringLiteral("pbxwarden AmiParser            : %1 frames, %2 frames/s, %3 MB/s\n")
               .arg(ours.frames)
               .arg(ours.frames / ours.seconds, 0, 'f', 0)
               .arg(mb / ours.seconds, 0, 'f', 1);
    out << QStringLiteral("pbxwarden AmiParser+SecurityEvent: %1 frames/s, %2 MB/s\n")
               .arg(typed.frames / typed.seconds, 0, 'f', 0)
               .arg(mb / typed.seconds, 0, 'f', 1);
    out.flush();

    QTemporaryDir dir;
    const QString streamFile = dir.filePath(QStringLiteral("stream.ami"));
    {
        QFile file(streamFile);
        file.open(QIODevice::WriteOnly);
        file.write(stream);
    }
    const QString benchDir = QStringLiteral(BENCH_SOURCE_DIR);
    if (!QFile::exists(benchDir + QStringLiteral("/node_modules/asterisk-manager/lib/ami.js"))) {
        QProcess npm;
        npm.setWorkingDirectory(benchDir);
        npm.start(QStringLiteral("npm"),
            { QStringLiteral("install"), QStringLiteral("--no-save"), QStringLiteral("--no-audit"),
                QStringLiteral("--no-fund"), QStringLiteral("asterisk-manager@0.2.0") });
        npm.waitForFinished(180000);
    }
    QProcess node;
    node.setWorkingDirectory(benchDir);
    node.start(QStringLiteral("node"),
        { benchDir + QStringLiteral("/node_parse.js"), streamFile, QStringLiteral("65536"),
            QStringLiteral("3") });
    if (node.waitForFinished(600000) && node.exitCode() == 0) {
        const QJsonObject js = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        const double secs = js.value(QStringLiteral("seconds")).toDouble();
        const qint64 frames = js.value(QStringLiteral("frames")).toInteger();
        out << QStringLiteral("%1 (node %2): %3 frames, %4 frames/s, %5 MB/s\n")
                   .arg(js.value(QStringLiteral("library")).toString(),
                       js.value(QStringLiteral("node")).toString())
                   .arg(frames)
                   .arg(frames / secs, 0, 'f', 0)
                   .arg(mb / secs, 0, 'f', 1);
        out << QStringLiteral("Ratio pbxwarden / asterisk-manager: %1x\n")
                   .arg(secs / ours.seconds, 0, 'f', 2);
    } else {
        out << "asterisk-manager comparison skipped: " << node.readAllStandardError() << '\n';
    }
    out.flush();

    // 2. Memory per connection at rest.
    SimProcess sim;
    if (!sim.start(QStringLiteral(AMI_CAPTURES_DIR "/etc-asterisk"))) {
        out << "pbxsim did not start\n";
        return 1;
    }
    const int connections = 200;
    QObject owner;
    AmiClientOptions options;
    options.username = QStringLiteral("admin");
    options.secret = pbxwarden::Secret::fromText(QStringLiteral("Adm1n-Lab-Secret"));
    options.events = QStringLiteral("security");
    options.pingIntervalMs = 0;
    waitUntil([] { return false; }, 200);
    const qint64 rssIdle = residentKiB();
    QList<AmiClient*> clients;
    for (int i = 0; i < connections; ++i) {
        auto* client
            = new AmiClient(new AmiSocketTransport(QStringLiteral("127.0.0.1"), sim.port), options, &owner);
        client->connectToPbx();
        clients << client;
    }
    waitUntil(
        [&] {
            for (AmiClient* c : clients) {
                if (c->state() != AmiClient::State::Up)
                    return false;
            }
            return true;
        },
        30000);
    waitUntil([] { return false; }, 500);
    const qint64 rssUp = residentKiB();
    out << QStringLiteral(
        "At rest: %1 connections Up cost %2 KiB of RSS, %3 KiB each (sockets, parser, timers)\n")
               .arg(connections)
               .arg(rssUp - rssIdle)
               .arg(double(rssUp - rssIdle) / connections, 0, 'f', 1);
    qDeleteAll(clients);
    clients.clear();
    waitUntil([] { return false; }, 500);

    // 3. One connection under a 50,000 events/s flood, and flat out.
    for (const int rate : { 50000, 0 }) {
        auto* client
            = new AmiClient(new AmiSocketTransport(QStringLiteral("127.0.0.1"), sim.port), options, &owner);
        qint64 received = 0;
        qsizetype maxBuffered = 0;
        QElapsedTimer clock;
        qint64 lastEventNs = 0;
        QObject::connect(client, &AmiClient::securityEventReceived, &owner, [&](const SecurityEvent&) {
            ++received;
            lastEventNs = clock.nsecsElapsed();
            if ((received & 1023) == 0)
                maxBuffered = qMax(maxBuffered, client->bufferedBytes());
        });
        client->connectToPbx();
        waitUntil([&] { return client->state() == AmiClient::State::Up; }, 5000);
        waitUntil([] { return false; }, 300);
        received = 0;
        const qint64 count = 500000;
        const qint64 rssBefore = residentKiB();
        qint64 rssPeak = rssBefore;
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, [&] { rssPeak = qMax(rssPeak, residentKiB()); });
        sampler.start(50);
        clock.start();
        const QString answer = sim.control(
            QStringLiteral("flood %1 %2 InvalidPassword 203.0.113.5,198.51.100.9").arg(count).arg(rate),
            120000);
        // The simulator drops what a slow reader leaves queued beyond 16 MiB, as a PBX would stall it.
        const qint64 dropped = answer.section(QLatin1Char(' '), 4, 4).toLongLong();
        waitUntil([&] { return received >= count - dropped; }, 120000);
        const double secs = lastEventNs / 1e9;
        sampler.stop();
        out << QStringLiteral(
            "Flood %1: %2 of %3 events received in %4 s (%5 events/s, %6 dropped by the sim as the "
            "reader fell behind); client buffer peak %7 bytes; RSS %8 -> peak %9 KiB (+%10 KiB)\n")
                   .arg(rate ? QStringLiteral("at %1 events/s").arg(rate) : QStringLiteral("flat out"))
                   .arg(received)
                   .arg(count)
                   .arg(secs, 0, 'f', 2)
                   .arg(received / secs, 0, 'f', 0)
                   .arg(dropped)
                   .arg(maxBuffered)
                   .arg(rssBefore)
                   .arg(rssPeak)
                   .arg(rssPeak - rssBefore);
        out.flush();
        delete client;
    }
    return 0;
}
