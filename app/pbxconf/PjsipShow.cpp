#include "pbxconf/PjsipShow.h"

#include <QRegularExpression>

#include <cmath>

namespace pbxwarden::pbxconf {

bool PjsipEndpoint::isPhone() const
{
    return name != u"anonymous" && !inAuths.isEmpty() && outAuths.isEmpty() && identifies.isEmpty();
}

PjsipShow PjsipShow::parse(const QString& text)
{
    // "Endpoint:  1001/1001   Not in use    0 of inf": the name/CID column, then the device state
    // (ast_devstate_str) and "N of M" channels.
    static const QRegularExpression endpointLine(QStringLiteral(
        "^\\s*Endpoint:\\s+(\\S.*?)\\s+(Unknown|Not in use|In use|Busy|Invalid|Unavailable|Ringing|"
        "Ring\\+Inuse|On Hold)\\s+(\\d+) of \\S+\\s*$"));
    static const QRegularExpression contactLine(
        QStringLiteral("^\\s*Contact:\\s+([^/\\s]+)/(\\S+)\\s+([0-9a-fA-F]+)\\s+(\\S+)\\s+(\\S+)\\s*$"));
    static const QRegularExpression keyLine(
        QStringLiteral("^\\s*(InAuth|OutAuth|Aor|Identify|Match|Transport|Channel|Exten):\\s+(.*)$"));
    static const QRegularExpression objects(
        QStringLiteral("^\\s*(Objects found: \\d+|No objects found\\.)\\s*$"));

    static const QRegularExpression legend(QStringLiteral("^\\s*[A-Za-z/]+:\\s+<[^>]*\\.\\.>"));

    PjsipShow out;
    PjsipEndpoint* current = nullptr;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed().isEmpty() ? QString() : raw;
        if (line.isEmpty())
            continue;
        // The legend: every field is a "<Name....>" placeholder.
        if (legend.match(line).hasMatch() || line.startsWith(QLatin1String("=========="))) {
            out.recognized = true;
            continue;
        }
        if (objects.match(line).hasMatch()) {
            out.recognized = true;
            current = nullptr;
            continue;
        }
        if (const auto m = endpointLine.match(line); m.hasMatch()) {
            PjsipEndpoint e;
            const QString id = m.captured(1);
            e.name = id.section(QLatin1Char('/'), 0, 0);
            e.callerId = id.section(QLatin1Char('/'), 1);
            e.state = m.captured(2);
            e.channels = m.captured(3).toInt();
            out.endpoints << e;
            current = &out.endpoints.last();
            continue;
        }
        if (const auto m = contactLine.match(line); m.hasMatch()) {
            PjsipContact c { m.captured(1), m.captured(2), m.captured(3), m.captured(4), std::nullopt };
            bool ok = false;
            const double rtt = m.captured(5).toDouble(&ok);
            if (ok && !std::isnan(rtt))
                c.rttMs = rtt;
            out.contacts << c;
            if (current)
                current->contacts << c;
            continue;
        }
        if (const auto m = keyLine.match(line); m.hasMatch() && current) {
            const QString key = m.captured(1);
            const QString value = m.captured(2).trimmed();
            const QString first = value.section(QLatin1Char(' '), 0, 0);
            if (key == u"InAuth")
                current->inAuths << first.section(QLatin1Char('/'), 0, 0);
            else if (key == u"OutAuth")
                current->outAuths << first.section(QLatin1Char('/'), 0, 0);
            else if (key == u"Aor")
                current->aors << first;
            else if (key == u"Identify")
                current->identifies << first.section(QLatin1Char('/'), 0, 0);
        }
    }
    return out;
}

const PjsipEndpoint* PjsipShow::endpoint(const QString& name) const
{
    for (const PjsipEndpoint& e : endpoints) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

} // namespace pbxwarden::pbxconf
