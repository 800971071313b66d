// pbxsim: a simulated Asterisk PBX for tests and the lab. See tests/support/README.md.
#include "PbxCli.h"
#include "PbxModel.h"
#include "SimServer.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

int usage(const QString& message)
{
    QTextStream err(stderr);
    if (!message.isEmpty())
        err << "pbxsim: " << message << '\n';
    err << "Usage: pbxsim --config-dir DIR --listen ADDR:PORT [--listen ...] [--tls-cert C --tls-key K "
           "--tls-listen ADDR:PORT]\n"
           "              [--control PATH] [--asterisk-version V] [--system-name NAME] [--auth-fail-delay-ms "
           "N]\n"
           "       pbxsim --rx \"<cli command>\" --config-dir DIR [--asterisk-version V]\n";
    return 64;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    pbxsim::PbxModel model;
    QStringList listens;
    QString tlsCert, tlsKey, tlsListen, control, rx;
    bool haveRx = false;
    int authDelay = 1000;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (option == u"--help" || option == u"-h")
            return usage({}) == 64 ? 0 : 0;
        if (args.isEmpty())
            return usage(QStringLiteral("%1 needs a value").arg(option));
        const QString value = args.takeFirst();
        if (option == u"--config-dir")
            model.configDir = value;
        else if (option == u"--listen")
            listens << value;
        else if (option == u"--tls-cert")
            tlsCert = value;
        else if (option == u"--tls-key")
            tlsKey = value;
        else if (option == u"--tls-listen")
            tlsListen = value;
        else if (option == u"--control")
            control = value;
        else if (option == u"--asterisk-version")
            model.version = value;
        else if (option == u"--system-name")
            model.systemName = value;
        else if (option == u"--auth-fail-delay-ms")
            authDelay = value.toInt();
        else if (option == u"--rx") {
            rx = value;
            haveRx = true;
        } else
            return usage(QStringLiteral("unknown option %1").arg(option));
    }
    if (model.configDir.isEmpty())
        return usage(QStringLiteral("--config-dir is required"));
    QString error;
    if (!model.load(&error)) {
        QTextStream(stderr) << "pbxsim: " << error << '\n';
        return 1;
    }
    if (haveRx) {
        pbxsim::PbxCli cli(&model);
        const QByteArray text = cli.run(rx).text.toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return 0;
    }
    if (listens.isEmpty() && tlsListen.isEmpty())
        return usage(QStringLiteral("nothing to listen on (--listen or --tls-listen)"));
    pbxsim::SimServer server(&model);
    server.authFailDelayMs = authDelay;
    for (const QString& listen : std::as_const(listens)) {
        if (!server.listen(listen, &error)) {
            QTextStream(stderr) << "pbxsim: " << error << '\n';
            return 1;
        }
    }
    if (!tlsListen.isEmpty()) {
        if (tlsCert.isEmpty() || tlsKey.isEmpty())
            return usage(QStringLiteral("--tls-listen needs --tls-cert and --tls-key"));
        if (!server.listenTls(tlsListen, tlsCert, tlsKey, &error)) {
            QTextStream(stderr) << "pbxsim: " << error << '\n';
            return 1;
        }
    }
    if (!control.isEmpty() && !server.listenControl(control, &error)) {
        QTextStream(stderr) << "pbxsim: " << error << '\n';
        return 1;
    }
    return app.exec();
}
