#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"

#include <QCoreApplication>

namespace pbxwarden::audit::checks {
namespace {

Check httpNoTls()
{
    return { QStringLiteral("web.http-no-tls"), Practice::Web, Severity::Medium,
        QCoreApplication::translate("WebChecks", "Asterisk's HTTP server serves other hosts without TLS"),
        QCoreApplication::translate(
            "WebChecks", "ARI, AMI-over-HTTP and WebSocket credentials cross the network in clear text."),
        QCoreApplication::translate("WebChecks",
            "Bind http.conf to 127.0.0.1, or set tlsenable = yes with a certificate and reach it only over "
            "HTTPS.") };
}

Check httpPublicDefault()
{
    return { QStringLiteral("web.http-public-default-port"), Practice::Web, Severity::Medium,
        QCoreApplication::translate(
            "WebChecks", "Asterisk's HTTP server is on its default port on every address"),
        QCoreApplication::translate("WebChecks",
            "Scanners probe 8088/8089 for Asterisk; the seed practice asks for limited access and "
            "non-standard ports."),
        QCoreApplication::translate("WebChecks",
            "Bind it to loopback or a management address, move it off 8088/8089, and filter it in the "
            "firewall.") };
}

Check adminNoHttps()
{
    return { QStringLiteral("web.admin-no-https"), Practice::Web, Severity::Medium,
        QCoreApplication::translate("WebChecks", "The web administration is served over plain HTTP"),
        QCoreApplication::translate(
            "WebChecks", "Administrator passwords for the PBX GUI are sent in clear text."),
        QCoreApplication::translate("WebChecks",
            "Enable HTTPS, redirect HTTP to it, and limit the GUI to the administrators' addresses.") };
}

Check amiOverHttp()
{
    return { QStringLiteral("web.ami-over-http"), Practice::Web, Severity::Medium,
        QCoreApplication::translate("WebChecks", "AMI is reachable over Asterisk's HTTP server without TLS"),
        QCoreApplication::translate(
            "WebChecks", "manager.conf webenabled puts AMI logins on the HTTP port, in clear text."),
        QCoreApplication::translate("WebChecks",
            "Set webenabled = no in manager.conf, or serve http.conf only over TLS on loopback.") };
}

} // namespace

QList<Finding> web(const AuditFacts& facts)
{
    QList<Finding> out;
    const AsteriskConfig* http = facts.asterisk(QStringLiteral("http.conf"));
    const ConfigSection* g = http ? http->first(QStringLiteral("general")) : nullptr;
    const bool enabled = g && g->value(QStringLiteral("enabled"), QStringLiteral("no")) == u"yes";
    const QString bind = g ? g->value(QStringLiteral("bindaddr"), QStringLiteral("0.0.0.0")) : QString();
    const bool tls = g && g->value(QStringLiteral("tlsenable"), QStringLiteral("no")) == u"yes";
    if (!facts.asteriskConfigCollected()) {
        const QString why = facts.asteriskProblemOr(
            QCoreApplication::translate("WebChecks", "no Asterisk configuration was collected"));
        out << Finding::notAssessed(httpNoTls(), why) << Finding::notAssessed(httpPublicDefault(), why);
    } else if (!enabled) {
        out << Finding::pass(httpNoTls(),
            { QCoreApplication::translate("WebChecks", "http.conf: the HTTP server is disabled") })
            << Finding::pass(httpPublicDefault(),
                   { QCoreApplication::translate("WebChecks", "http.conf: the HTTP server is disabled") });
    } else {
        const QString ev = QStringLiteral("%1 enabled = yes, bindaddr = %2, tlsenable = %3")
                               .arg(where(*g), bind, tls ? QStringLiteral("yes") : QStringLiteral("no"));
        out << (!isLoopback(bind) && !tls ? Finding::fail(httpNoTls(), { ev })
                                          : Finding::pass(httpNoTls(), { ev }));
        const int port = g->value(QStringLiteral("bindport"), QStringLiteral("8088")).toInt();
        const bool open = facts.exposure(QStringLiteral("tcp"), port) != PortExposure::Filtered;
        out << (isAllAddresses(bind) && (port == 8088 || port == 8089) && open
                ? Finding::fail(
                    httpPublicDefault(), { QStringLiteral("%1, bindport = %2").arg(ev).arg(port) })
                : Finding::pass(
                    httpPublicDefault(), { QStringLiteral("%1, bindport = %2").arg(ev).arg(port) }));
    }

    if (!facts.hasSockets()) {
        out << Finding::notAssessed(adminNoHttps(), facts.missing(QStringLiteral("ss")));
    } else {
        static const QStringList servers { QStringLiteral("nginx"), QStringLiteral("apache2"),
            QStringLiteral("httpd"), QStringLiteral("lighttpd"), QStringLiteral("php"),
            QStringLiteral("node") };
        QStringList plain;
        bool https = false;
        for (const auto& s : facts.sockets().sockets()) {
            if (s.protocol != u"tcp" || s.loopback())
                continue;
            if (s.port == 443)
                https = true;
            if ((s.port == 80 || s.port == 8080) && (s.process.isEmpty() || servers.contains(s.process)))
                plain << s.line;
        }
        out << (plain.isEmpty() || https ? Finding::pass(adminNoHttps())
                                         : Finding::fail(adminNoHttps(),
                                             plain
                                                 + QStringList { QCoreApplication::translate(
                                                     "WebChecks", "nothing listens on 443") }));
    }

    const AsteriskConfig* manager = facts.asterisk(QStringLiteral("manager.conf"));
    const ConfigSection* mg = manager ? manager->first(QStringLiteral("general")) : nullptr;
    if (!manager)
        out << Finding::notAssessed(
            amiOverHttp(), QCoreApplication::translate("WebChecks", "manager.conf was not collected"));
    else if (mg && mg->value(QStringLiteral("webenabled"), QStringLiteral("no")) == u"yes" && enabled
        && !isLoopback(bind) && !tls)
        out << Finding::fail(amiOverHttp(),
            { QStringLiteral("%1 webenabled = yes; %2 bindaddr = %3 without TLS")
                    .arg(where(*mg), where(*g), bind) });
    else
        out << Finding::pass(amiOverHttp());
    examinedBy(out,
        QCoreApplication::translate(
            "WebChecks", "http.conf, manager.conf and the listening sockets (ss -tulpn)"));
    return out;
}

} // namespace pbxwarden::audit::checks
