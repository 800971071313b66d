#include "PbxCli.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace pbxsim {
namespace {

QString joinLines(const QStringList& lines)
{
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString pad(const QString& text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), true);
}

QString duration(qint64 secs)
{
    QStringList parts;
    const qint64 units[] = { 86400 * 7, 86400, 3600, 60, 1 };
    const char* names[] = { "week", "day", "hour", "minute", "second" };
    for (int i = 0; i < 5; ++i) {
        const qint64 n = secs / units[i];
        secs %= units[i];
        if (n > 0)
            parts << QStringLiteral("%1 %2%3").arg(n).arg(
                QLatin1String(names[i]), n == 1 ? QString() : QStringLiteral("s"));
    }
    return parts.isEmpty() ? QStringLiteral("0 seconds") : parts.join(QStringLiteral(", "));
}

bool isTrue(const QString& value)
{
    const QString v = value.toLower();
    return v == u"yes" || v == u"true" || v == u"y" || v == u"t" || v == u"1" || v == u"on";
}

} // namespace

QStringList CliOutput::lines() const
{
    QStringList result = text.split(QLatin1Char('\n'));
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

PbxCli::PbxCli(PbxModel* model)
    : m_model(model)
{
}

QString PbxCli::camelCase(const QString& option)
{
    QString out;
    for (const QString& part : option.split(QLatin1Char('_'))) {
        if (!part.isEmpty())
            out += part.at(0).toUpper() + part.mid(1);
    }
    return out;
}

QString PbxCli::callerIdNumber(const QString& callerId)
{
    static const QRegularExpression number(QStringLiteral("<([^>]*)>"));
    const QRegularExpressionMatch m = number.match(callerId);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString PbxCli::contactHash(const QString& uri)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(uri.toUtf8(), QCryptographicHash::Md5).toHex().left(10));
}

QList<QPair<QString, QString>> PbxCli::endpointOptions(const ConfigCategory& endpoint) const
{
    QList<QPair<QString, QString>> options;
    QFile file(QStringLiteral(":/pbxsim/endpoint_params.txt"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype tab = line.indexOf('\t');
            options.append({ QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1)) });
        }
    }
    QStringList codecs;
    QStringList acl;
    QStringList contactAcl;
    for (const ConfigVar& var : endpoint.vars) {
        const QString& key = var.first;
        if (key == u"disallow") {
            if (var.second == u"all")
                codecs.clear();
            continue;
        }
        if (key == u"allow") {
            for (const QString& codec : var.second.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!codecs.contains(codec.trimmed()))
                    codecs << codec.trimmed();
            }
            continue;
        }
        if (key == u"deny" || key == u"permit") {
            acl << key;
            continue;
        }
        if (key == u"contact_deny" || key == u"contact_permit") {
            contactAcl << key.mid(8);
            continue;
        }
        for (auto& option : options) {
            if (option.first != key)
                continue;
            if (option.second == u"true" || option.second == u"false")
                option.second = isTrue(var.second) ? QStringLiteral("true") : QStringLiteral("false");
            else if (key == u"direct_media" || key == u"bind_rtp_to_media_address")
                option.second = isTrue(var.second) ? QStringLiteral("true") : QStringLiteral("false");
            else
                option.second = var.second;
        }
    }
    for (auto& option : options) {
        if (option.first == u"allow" && !codecs.isEmpty())
            option.second = QLatin1Char('(') + codecs.join(QLatin1Char('|')) + QLatin1Char(')');
        else if (option.first == u"acl" && !acl.isEmpty())
            option.second = acl.join(QLatin1Char('/'));
        else if (option.first == u"contact_acl" && !contactAcl.isEmpty())
            option.second = contactAcl.join(QLatin1Char('/'));
    }
    return options;
}

CliOutput PbxCli::run(const QString& rawCommand, const QList<ConnectedUser>& connected)
{
    const QString command = rawCommand.simplified();
    const QStringList words = command.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CliOutput out;
    bool ok = true;
    const auto is = [&](const char* text) {
        return command == QLatin1String(text);
    };
    const auto starts = [&](const char* text) {
        return command.startsWith(QLatin1String(text));
    };

    if (is("core show version")) {
        out.text = m_model->buildLine() + QLatin1Char('\n');
    } else if (is("core show uptime")) {
        out.text = coreShowUptime();
    } else if (is("pjsip show endpoints")) {
        out.text = pjsipShowEndpoints();
    } else if (starts("pjsip show endpoint ") && words.size() == 4) {
        out.text = pjsipShowEndpoint(words.at(3), &ok);
    } else if (is("pjsip show auths") || is("pjsip show aors") || is("pjsip show contacts")
        || is("pjsip show transports") || is("pjsip show identifies") || is("pjsip show registrations")) {
        out.text = pjsipShowSimple(words.at(2));
    } else if (is("manager show users")) {
        out.text = managerShowUsers();
    } else if (starts("manager show user ") && words.size() == 4) {
        out.text = managerShowUser(words.at(3), &ok);
    } else if (is("manager show connected")) {
        out.text = managerShowConnected(connected);
    } else if (is("manager show settings")) {
        out.text = managerShowSettings();
    } else if (is("dialplan show") || (starts("dialplan show ") && words.size() == 3)) {
        out.text = dialplanShow(words.size() == 3 ? words.at(2) : QString(), &ok);
    } else if (starts("module show like ") && words.size() == 4) {
        out.text = moduleShowLike(words.at(3));
    } else if (is("module show")) {
        out.text = moduleShowLike(QString());
    } else if (starts("module reload ") && words.size() == 3) {
        if (m_model->reloadModule(words.at(2))) {
            out.text = QStringLiteral("Module '%1' reloaded successfully.\n").arg(words.at(2));
        } else {
            out.text = QStringLiteral(
                "The module '%1' was not properly initialized.  Before reloading the module, you must run "
                "\"module load %1\" and fix whatever is preventing the module from being initialized.\n")
                           .arg(words.at(2));
            ok = false;
        }
    } else if (is("core reload") || is("reload")) {
        m_model->reloadModule(QString());
        out.text = QString();
    } else if (is("sip show peers") && m_model->majorVersion() < 21) {
        out.text = QStringLiteral(
            "Name/username             Host                                    Dyn Forcerport Comedia    ACL "
            "Port     Status      Description                      \n0 sip peers [Monitored: 0 online, 0 "
            "offline Unmonitored: 0 online, 0 offline]\n");
    } else {
        // Asterisk points to the help of the longest known prefix; for unknown families, all but the last
        // word.
        static const QStringList kFamilies = { QStringLiteral("core"), QStringLiteral("pjsip"),
            QStringLiteral("manager"), QStringLiteral("dialplan"), QStringLiteral("module") };
        QString help = command;
        if (!words.isEmpty() && !kFamilies.contains(words.first()))
            help = QStringList(words.mid(0, words.size() - 1)).join(QLatin1Char(' '));
        out.text
            = QStringLiteral("No such command '%1' (type 'core show help %2' for other possible commands)\n")
                  .arg(command, help);
        ok = false;
    }
    out.ok = ok;
    return out;
}

QString PbxCli::coreShowUptime() const
{
    const QDateTime now = QDateTime::currentDateTime();
    return QStringLiteral("System uptime: %1\nLast reload: %2\n")
        .arg(duration(m_model->startTime.secsTo(now)), duration(m_model->reloadTime.secsTo(now)));
}

QStringList PbxCli::endpointHeader() const
{
    return {
        QString(),
        QStringLiteral(
            " Endpoint:  <Endpoint/CID.....................................>  <State.....>  <Channels.>"),
        QStringLiteral(
            "    I/OAuth:  <AuthId/UserName...........................................................>"),
        QStringLiteral("        Aor:  <Aor............................................>  <MaxContact>"),
        QStringLiteral(
            "      Contact:  <Aor/ContactUri..........................> <Hash....> <Status> <RTT(ms)..>"),
        QStringLiteral(
            "  Transport:  <TransportId........>  <Type>  <cos>  <tos>  <BindAddress..................>"),
        QStringLiteral(
            "   Identify:  <Identify/Endpoint.........................................................>"),
        QStringLiteral("        Match:  <criteria.........................>"),
        QStringLiteral(
            "    Channel:  <ChannelId......................................>  <State.....>  <Time.....>"),
        QStringLiteral("        Exten: <DialedExten...........>  CLCID: <ConnectedLineCID.......>"),
        QString(90, QLatin1Char('=')),
        QString(),
    };
}

QStringList PbxCli::endpointBlock(const ConfigCategory& endpoint) const
{
    QStringList lines;
    QStringList body;
    bool hasContact = false;
    for (const QString& authName :
        endpoint.value(QStringLiteral("auth")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const ConfigCategory* auth = m_model->pjsipObject(QStringLiteral("auth"), authName.trimmed());
        body << QStringLiteral("     InAuth:  %1/%2")
                    .arg(authName.trimmed(), auth ? auth->value(QStringLiteral("username")) : QString());
    }
    for (const QString& authName :
        endpoint.value(QStringLiteral("outbound_auth")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const ConfigCategory* auth = m_model->pjsipObject(QStringLiteral("auth"), authName.trimmed());
        body << QStringLiteral("    OutAuth:  %1/%2")
                    .arg(authName.trimmed(), auth ? auth->value(QStringLiteral("username")) : QString());
    }
    for (const QString& aorName :
        endpoint.value(QStringLiteral("aors")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const ConfigCategory* aor = m_model->pjsipObject(QStringLiteral("aor"), aorName.trimmed());
        const QString max = aor ? aor->value(QStringLiteral("max_contacts")) : QString();
        body << QStringLiteral("        Aor:  ") + pad(aorName.trimmed(), 49) + QStringLiteral("  ")
                + (max.isEmpty() ? QStringLiteral("0") : max);
        if (!aor)
            continue;
        for (const QString& uri : aor->values(QStringLiteral("contact"))) {
            hasContact = true;
            body << QStringLiteral("      Contact:  ") + pad(aorName.trimmed() + QLatin1Char('/') + uri, 42)
                    + QLatin1Char(' ') + contactHash(uri) + QLatin1Char(' ')
                    + pad(QStringLiteral("NonQual"), 8) + QStringLiteral("nan").rightJustified(11);
        }
    }
    for (const ConfigCategory& identify : m_model->pjsipObjects(QStringLiteral("identify"))) {
        if (identify.value(QStringLiteral("endpoint")) != endpoint.name)
            continue;
        body << QStringLiteral("   Identify:  %1/%2").arg(identify.name, endpoint.name);
        for (const QString& match : identify.values(QStringLiteral("match")))
            body << QStringLiteral("        Match: %1")
                        .arg(match.contains(QLatin1Char('/')) ? match : match + QStringLiteral("/32"));
    }
    const QString number = callerIdNumber(endpoint.value(QStringLiteral("callerid")));
    const QString name = number.isEmpty() ? endpoint.name : endpoint.name + QLatin1Char('/') + number;
    lines << QStringLiteral(" Endpoint:  ") + pad(name, 51) + QStringLiteral("  ")
            + pad(hasContact ? QStringLiteral("Not in use") : QStringLiteral("Unavailable"), 12)
            + QStringLiteral("  0 of inf");
    lines << body;
    return lines;
}

QString PbxCli::pjsipShowEndpoints() const
{
    const QList<ConfigCategory> endpoints = m_model->pjsipObjects(QStringLiteral("endpoint"));
    if (endpoints.isEmpty())
        return QStringLiteral("\nNo objects found.\n\n");
    QStringList lines = endpointHeader();
    for (const ConfigCategory& endpoint : endpoints)
        lines << endpointBlock(endpoint) << QString();
    lines << QString() << QStringLiteral("Objects found: %1").arg(endpoints.size()) << QString();
    return joinLines(lines);
}

QString PbxCli::pjsipShowEndpoint(const QString& name, bool* ok) const
{
    const ConfigCategory* endpoint = m_model->pjsipObject(QStringLiteral("endpoint"), name);
    if (!endpoint) {
        *ok = false;
        return QStringLiteral("Unable to find object %1.\n\n").arg(name);
    }
    QStringList lines = endpointHeader();
    lines << endpointBlock(*endpoint) << QString() << QString();
    lines << QStringLiteral(" ParameterName                      : ParameterValue");
    lines << QLatin1Char(' ') + QString(99, QLatin1Char('='));
    for (const auto& option : endpointOptions(*endpoint))
        lines << QLatin1Char(' ') + option.first.leftJustified(35) + QStringLiteral(": ") + option.second;
    lines << QString();
    return joinLines(lines);
}

QString PbxCli::pjsipShowSimple(const QString& what) const
{
    QStringList lines;
    int count = 0;
    if (what == u"auths") {
        lines << QString()
              << QStringLiteral(
                     "  I/OAuth:  "
                     "<AuthId/UserName.............................................................>");
        lines << QString(90, QLatin1Char('=')) << QString();
        for (const ConfigCategory& auth : m_model->pjsipObjects(QStringLiteral("auth"))) {
            lines
                << QStringLiteral("     Auth:  %1/%2").arg(auth.name, auth.value(QStringLiteral("username")));
            ++count;
        }
    } else if (what == u"aors") {
        lines << QString()
              << QStringLiteral(
                     "      Aor:  <Aor..............................................>  <MaxContact>");
        lines << QStringLiteral(
            "    Contact:  <Aor/ContactUri............................> <Hash....> <Status> <RTT(ms)..>");
        lines << QString(90, QLatin1Char('=')) << QString();
        for (const ConfigCategory& aor : m_model->pjsipObjects(QStringLiteral("aor"))) {
            const QString max = aor.value(QStringLiteral("max_contacts"));
            lines << QStringLiteral("      Aor:  ") + pad(aor.name, 51) + QStringLiteral("  ")
                    + (max.isEmpty() ? QStringLiteral("0") : max);
            ++count;
        }
    } else if (what == u"contacts") {
        lines << QString()
              << QStringLiteral("  Contact:  <Aor/ContactUri..............................> <Hash....> "
                                "<Status> <RTT(ms)..>");
        lines << QString(90, QLatin1Char('=')) << QString();
        for (const ConfigCategory& aor : m_model->pjsipObjects(QStringLiteral("aor"))) {
            for (const QString& uri : aor.values(QStringLiteral("contact"))) {
                lines << QStringLiteral("  Contact:  ") + pad(aor.name + QLatin1Char('/') + uri, 46)
                        + QLatin1Char(' ') + contactHash(uri) + QLatin1Char(' ')
                        + pad(QStringLiteral("NonQual"), 8) + QStringLiteral("nan").rightJustified(11);
                ++count;
            }
        }
    } else if (what == u"transports") {
        lines << QString()
              << QStringLiteral("Transport:  <TransportId........>  <Type>  <cos>  <tos>  "
                                "<BindAddress....................>");
        lines << QString(90, QLatin1Char('=')) << QString();
        for (const ConfigCategory& transport : m_model->pjsipObjects(QStringLiteral("transport"))) {
            lines << QStringLiteral("Transport:  ") + pad(transport.name, 21) + QStringLiteral("  ")
                    + transport.value(QStringLiteral("protocol")).rightJustified(6)
                    + QStringLiteral("      0      0  ") + transport.value(QStringLiteral("bind"));
            ++count;
        }
    } else if (what == u"identifies") {
        lines << QString()
              << QStringLiteral(
                     " Identify:  "
                     "<Identify/Endpoint...........................................................>");
        lines << QStringLiteral("      Match:  <criteria...........................>");
        lines << QString(90, QLatin1Char('=')) << QString();
        for (const ConfigCategory& identify : m_model->pjsipObjects(QStringLiteral("identify"))) {
            lines << QStringLiteral(" Identify:  %1/%2")
                         .arg(identify.name, identify.value(QStringLiteral("endpoint")));
            for (const QString& match : identify.values(QStringLiteral("match")))
                lines << QStringLiteral("      Match: %1")
                             .arg(match.contains(QLatin1Char('/')) ? match : match + QStringLiteral("/32"));
            lines << QString();
            ++count;
        }
    } else if (what == u"registrations") {
        lines << QString()
              << QStringLiteral(" <Registration/ServerURI..............................>  "
                                "<Auth....................>  <Status.......>");
        lines << QString(90, QLatin1Char('=')) << QString();
        for (const ConfigCategory& reg : m_model->pjsipObjects(QStringLiteral("registration"))) {
            lines << QLatin1Char(' ')
                    + pad(reg.name + QLatin1Char('/') + reg.value(QStringLiteral("server_uri")), 56)
                    + pad(reg.value(QStringLiteral("outbound_auth")), 28) + QStringLiteral("Unregistered");
            ++count;
        }
    }
    if (count == 0)
        return QStringLiteral("No objects found.\n\n");
    lines << QString() << QStringLiteral("Objects found: %1").arg(count) << QString();
    return joinLines(lines);
}

QString PbxCli::managerShowUsers() const
{
    if (m_model->users.isEmpty())
        return QStringLiteral("There are no manager users.\n");
    QStringList names;
    for (const ManagerUser& user : m_model->users)
        names << user.name;
    names.sort();
    QStringList lines { QString(), QStringLiteral("username"), QStringLiteral("--------") };
    lines << names << QStringLiteral("-------------------")
          << QStringLiteral("%1 manager users configured.").arg(names.size());
    return joinLines(lines);
}

QString PbxCli::managerShowUser(const QString& name, bool* ok) const
{
    const ManagerUser* user = m_model->user(name);
    if (!user) {
        *ok = false;
        return QStringLiteral("There is no manager called %1\n").arg(name);
    }
    QStringList lines {
        QString(),
        QStringLiteral("          username: %1").arg(user->name),
        QStringLiteral("            secret: %1")
            .arg(user->secret.isEmpty() ? QStringLiteral("<Not set>") : QStringLiteral("<Set>")),
        QStringLiteral("               ACL: %1")
            .arg(user->acl.isEmpty() ? QStringLiteral("no") : QStringLiteral("yes")),
        QStringLiteral("         read perm: %1").arg(Perm::names(user->readPerm)),
        QStringLiteral("        write perm: %1").arg(Perm::names(user->writePerm)),
        QStringLiteral("   displayconnects: %1")
            .arg(user->displayConnects ? QStringLiteral("yes") : QStringLiteral("no")),
        QStringLiteral("allowmultiplelogin: yes"),
        QStringLiteral("         Variables: "),
    };
    if (!user->acl.isEmpty()) {
        lines << QStringLiteral("ACL: (unnamed)") << QString(45, QLatin1Char('-'));
        for (int i = 0; i < user->acl.size(); ++i) {
            lines << QStringLiteral("%1: %2 - %3")
                         .arg(i, 3)
                         .arg(user->acl[i].permit ? QStringLiteral("allow") : QStringLiteral("deny"), 5)
                         .arg(user->acl[i].text);
        }
    }
    return joinLines(lines);
}

QString PbxCli::managerShowConnected(const QList<ConnectedUser>& connected) const
{
    QStringList lines { QStringLiteral(
        "  Username         IP Address                                               Start       Elapsed     "
        "FileDes   HttpCnt   ReadPerms   WritePerms") };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const ConnectedUser& user : connected) {
        lines << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(pad(user.name, 16), pad(user.address, 56))
                     .arg(user.startSecs, -11)
                     .arg(now - user.startSecs, -11)
                     .arg(-1, -9)
                     .arg(0, -9)
                     .arg(QString::number(user.readPerm, 16).rightJustified(8, QLatin1Char('0')), -11)
                     .arg(QString::number(user.writePerm, 16).rightJustified(8, QLatin1Char('0')));
    }
    lines << QStringLiteral("%1 users connected.").arg(connected.size());
    return joinLines(lines);
}

QString PbxCli::managerShowSettings() const
{
    const ConfigCategory* general = m_model->manager.find(QStringLiteral("general"));
    const auto get = [&](const char* key, const char* fallback) {
        const QString value = general ? general->value(QLatin1String(key)) : QString();
        return value.isEmpty() ? QLatin1String(fallback) : value;
    };
    const auto yesNo = [](const QString& v) {
        return isTrue(v) ? QStringLiteral("Yes") : QStringLiteral("No");
    };
    const auto row = [](const char* name, const QString& value) {
        return QStringLiteral("  %1%2").arg(
            QString(QLatin1String(name)).leftJustified(27), value.leftJustified(15));
    };
    QStringList lines { QString(), QStringLiteral("Global Settings:"), QStringLiteral("----------------") };
    lines << row("Manager (AMI):", yesNo(get("enabled", "no")));
    lines << row("Web Manager (AMI/HTTP):", yesNo(get("webenabled", "no")));
    lines << row("TCP Bindaddress:", get("bindaddr", "0.0.0.0") + QLatin1Char(':') + get("port", "5038"));
    lines << row("HTTP Timeout (seconds):", get("httptimeout", "60"));
    lines << row("TLS Enable:", yesNo(get("tlsenable", "no")));
    lines << row("TLS Bindaddress:",
        isTrue(get("tlsenable", "no")) ? get("tlsbindaddr", "0.0.0.0:5039") : QStringLiteral("Disabled"));
    lines << row("TLS Certfile:", get("tlscertfile", "asterisk.pem"));
    lines << row("TLS Privatekey:", get("tlsprivatekey", ""));
    lines << row("TLS Cipher:", get("tlscipher", ""));
    lines << row("Allow multiple login:", QStringLiteral("Yes"));
    lines << row("Display connects:", yesNo(get("displayconnects", "yes")));
    lines << row("Timestamp events:", yesNo(get("timestampevents", "no")));
    lines << QStringLiteral("  Channel vars:              ")
          << QStringLiteral("  Disabled events:           ");
    lines << row("Debug:", QStringLiteral("No"));
    return joinLines(lines);
}

QString PbxCli::dialplanShow(const QString& wanted, bool* ok) const
{
    struct Priority
    {
        int number;
        QString label;
        QString app;
        int line;
    };
    struct Extension
    {
        QString name;
        QList<Priority> priorities;
    };
    struct Context
    {
        QString name;
        QList<Extension> extensions;
        QStringList includes;
    };
    QList<Context> contexts;
    for (const ConfigCategory& category : m_model->extensions.objects()) {
        if (category.name == u"general" || category.name == u"globals")
            continue;
        Context context { category.name, {}, {} };
        Extension* last = nullptr;
        for (qsizetype i = 0; i < category.vars.size(); ++i) {
            const ConfigVar& var = category.vars.at(i);
            if (var.first == u"include") {
                context.includes << var.second;
                continue;
            }
            if (var.first != u"exten" && var.first != u"same")
                continue;
            QStringList parts = var.second.split(QLatin1Char(','));
            QString extenName;
            if (var.first == u"exten") {
                extenName = parts.takeFirst().trimmed();
            } else if (last) {
                extenName = last->name;
            }
            if (parts.isEmpty())
                continue;
            QString prio = parts.takeFirst().trimmed();
            const QString app = parts.join(QLatin1Char(','));
            Extension* ext = nullptr;
            for (Extension& e : context.extensions) {
                if (e.name == extenName)
                    ext = &e;
            }
            if (!ext) {
                context.extensions.append({ extenName, {} });
                ext = &context.extensions.last();
            }
            QString label;
            if (const qsizetype open = prio.indexOf(QLatin1Char('(')); open > 0) {
                label = prio.mid(open + 1, prio.size() - open - 2);
                prio = prio.left(open);
            }
            const int number = prio == u"n"
                ? (ext->priorities.isEmpty() ? 1 : ext->priorities.last().number + 1)
                : prio.toInt();
            QString application = app;
            if (!application.contains(QLatin1Char('(')))
                application += QStringLiteral("()");
            ext->priorities.append({ number, label, application, category.varLines.at(i) });
            last = ext;
        }
        std::sort(context.extensions.begin(), context.extensions.end(),
            [](const Extension& a, const Extension& b) { return a.name < b.name; });
        contexts.prepend(context); // Asterisk lists the last loaded context first
    }

    QStringList lines;
    int extensions = 0, priorities = 0, shown = 0;
    if (wanted.isEmpty()) {
        QFile hook(QStringLiteral(":/pbxsim/func_periodic_hook.txt"));
        if (hook.open(QIODevice::ReadOnly)) {
            lines << QString::fromUtf8(hook.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                  << QString();
            extensions += 2;
            priorities += 9;
            ++shown;
        }
    }
    for (const Context& context : std::as_const(contexts)) {
        if (!wanted.isEmpty() && context.name != wanted)
            continue;
        ++shown;
        lines << QStringLiteral("[ Context '%1' created by 'pbx_config' ]").arg(context.name);
        for (const Extension& ext : context.extensions) {
            ++extensions;
            bool first = true;
            for (const Priority& p : ext.priorities) {
                ++priorities;
                QString head = first ? QStringLiteral("'%1' =>").arg(ext.name) : QString();
                if (!p.label.isEmpty())
                    head = QStringLiteral("   [%1]").arg(p.label);
                lines << QStringLiteral("  %1 %2 [extensions.conf:%3]")
                             .arg(head.leftJustified(17),
                                 QStringLiteral("%1. %2").arg(p.number).arg(p.app).leftJustified(45))
                             .arg(p.line);
                first = false;
            }
        }
        for (const QString& include : context.includes) {
            lines << QStringLiteral("  %1 %2 [pbx_config]")
                         .arg(QStringLiteral("Include =>").leftJustified(17),
                             QStringLiteral("'%1'").arg(include).leftJustified(45));
        }
        lines << QString();
    }
    if (shown == 0) {
        *ok = false;
        return QStringLiteral("There is no existence of '%1' context\n").arg(wanted);
    }
    lines << QStringLiteral("-= %1 %2 (%3 %4) in %5 %6. =-")
                 .arg(extensions)
                 .arg(extensions == 1 ? QStringLiteral("extension") : QStringLiteral("extensions"))
                 .arg(priorities)
                 .arg(priorities == 1 ? QStringLiteral("priority") : QStringLiteral("priorities"))
                 .arg(shown)
                 .arg(shown == 1 ? QStringLiteral("context") : QStringLiteral("contexts"));
    return joinLines(lines);
}

QString PbxCli::moduleShowLike(const QString& pattern) const
{
    QStringList lines { QStringLiteral("Module                         Description                           "
                                       "   Use Count  Status      Support Level") };
    int count = 0;
    for (const QString& row : m_model->moduleRows()) {
        if (!pattern.isEmpty() && !row.section(QLatin1Char(' '), 0, 0).contains(pattern))
            continue;
        lines << row;
        ++count;
    }
    lines << QStringLiteral("%1 modules loaded").arg(count);
    return joinLines(lines);
}

} // namespace pbxsim
