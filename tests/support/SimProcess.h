#pragma once

// Starts pbxsim for a test: a private copy of the capture configuration, free ports, a control socket.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

class SimProcess
{
public:
    ~SimProcess() { stop(); }

    // configDir is copied, so UpdateConfig never touches the originals.
    bool start(const QString& configDir, const QStringList& extraArgs = {},
        const QString& listen = QStringLiteral("127.0.0.1:0"))
    {
        if (!m_dir.isValid())
            return false;
        m_configDir = m_dir.filePath(QStringLiteral("etc-asterisk"));
        if (!QDir().exists(m_configDir)) {
            QDir().mkpath(m_configDir);
            for (const QString& name : QDir(configDir).entryList(QDir::Files)) {
                const QString target = m_configDir + QLatin1Char('/') + name;
                QFile::copy(configDir + QLatin1Char('/') + name, target);
                QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            }
        }
        m_control = m_dir.filePath(QStringLiteral("control.sock"));
        QStringList args { QStringLiteral("--config-dir"), m_configDir, QStringLiteral("--listen"), listen,
            QStringLiteral("--control"), m_control, QStringLiteral("--system-name"),
            QStringLiteral("lab-pbx") };
        args << extraArgs;
        m_process.setProgram(QStringLiteral(PBXSIM_PATH));
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        const bool wantTls = extraArgs.contains(QStringLiteral("--tls-listen"));
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 5000 && (port == 0 || (wantTls && tlsPort == 0) || !m_haveControl)) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(200))
                continue;
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (line.startsWith(QLatin1String("LISTEN tcp ")))
                    port = quint16(line.section(QLatin1Char(':'), -1).toUInt());
                else if (line.startsWith(QLatin1String("LISTEN tls ")))
                    tlsPort = quint16(line.section(QLatin1Char(':'), -1).toUInt());
                else if (line.startsWith(QLatin1String("CONTROL ")))
                    m_haveControl = true;
            }
        }
        return port != 0 && m_haveControl;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
        port = 0;
        tlsPort = 0;
        m_haveControl = false;
    }

    // One control command, its one-line answer (waits up to timeoutMs).
    QString control(const QString& command, int timeoutMs = 30000)
    {
        QLocalSocket socket;
        socket.connectToServer(m_control);
        if (!socket.waitForConnected(2000))
            return QStringLiteral("ERR no control socket");
        socket.write(command.toUtf8() + '\n');
        socket.flush();
        // Runs the caller's event loop meanwhile: AMI clients of the same test keep receiving.
        if (!socket.canReadLine()) {
            QEventLoop loop;
            QObject::connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
                if (socket.canReadLine())
                    loop.quit();
            });
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return QString::fromUtf8(socket.readLine()).trimmed();
    }

    QString configDir() const { return m_configDir; }
    qint64 pid() const { return m_process.processId(); }

    quint16 port = 0;
    quint16 tlsPort = 0;

private:
    QTemporaryDir m_dir;
    QString m_configDir;
    QString m_control;
    QProcess m_process;
    bool m_haveControl = false;
};
