#include "pbxconf/Fail2banConfig.h"

#include <QRegularExpression>

#include <algorithm>

namespace pbxwarden::pbxconf {
namespace {

int fileRank(const QString& path)
{
    if (path.endsWith(QLatin1String("/jail.conf")))
        return 0;
    if (path.contains(QLatin1String("/jail.d/")) && path.endsWith(QLatin1String(".conf")))
        return 1;
    if (path.endsWith(QLatin1String("/jail.local")))
        return 2;
    return 3;
}

bool truthy(const QString& v)
{
    const QString t = v.trimmed().toLower();
    return t == u"true" || t == u"yes" || t == u"1" || t == u"on";
}

} // namespace

Fail2banConfig Fail2banConfig::parse(const QList<QPair<QString, QString>>& files)
{
    QList<QPair<QString, QString>> ordered = files;
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return fileRank(a.first) != fileRank(b.first) ? fileRank(a.first) < fileRank(b.first)
                                                      : a.first < b.first;
    });
    // section -> key -> (value, file:line)
    QHash<QString, QHash<QString, QPair<QString, QString>>> values;
    QStringList sectionOrder;
    for (const auto& [path, text] : ordered) {
        QString section;
        QString lastKey;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int n = 0; n < lines.size(); ++n) {
            const QString raw = lines.at(n);
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
                continue;
            if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
                section = line.mid(1, line.size() - 2).trimmed();
                if (!sectionOrder.contains(section))
                    sectionOrder << section;
                lastKey.clear();
                continue;
            }
            if (raw.at(0).isSpace() && !lastKey.isEmpty()) {
                auto& v = values[section][lastKey];
                v.first += QLatin1Char('\n') + line;
                continue;
            }
            static const QRegularExpression kv(QStringLiteral("^([^=:]+?)\\s*[=:]\\s*(.*)$"));
            const auto m = kv.match(line);
            if (!m.hasMatch() || section.isEmpty())
                continue;
            lastKey = m.captured(1).trimmed().toLower();
            values[section][lastKey]
                = qMakePair(m.captured(2).trimmed(), QStringLiteral("%1:%2").arg(path).arg(n + 1));
        }
    }
    const auto defaults = values.value(QStringLiteral("DEFAULT"));
    Fail2banConfig config;
    for (const QString& name : std::as_const(sectionOrder)) {
        if (name == u"DEFAULT" || name == u"INCLUDES" || name == u"Definition")
            continue;
        const auto own = values.value(name);
        const auto get = [&](const QString& key, const QString& fallback = {}) {
            if (own.contains(key))
                return own.value(key).first;
            if (defaults.contains(key))
                return defaults.value(key).first;
            return fallback;
        };
        Jail j;
        j.name = name;
        j.enabled = truthy(get(QStringLiteral("enabled"), QStringLiteral("false")));
        j.filter = get(QStringLiteral("filter"), name).section(QLatin1Char('['), 0, 0).trimmed();
        static const QRegularExpression ws(QStringLiteral("\\s+"));
        j.logpaths = get(QStringLiteral("logpath")).split(ws, Qt::SkipEmptyParts);
        j.backend = get(QStringLiteral("backend"), QStringLiteral("auto"));
        j.port = get(QStringLiteral("port"));
        j.maxretry = get(QStringLiteral("maxretry"), QStringLiteral("5")).toInt();
        j.where = own.contains(QStringLiteral("enabled")) ? own.value(QStringLiteral("enabled")).second
                                                          : QString();
        config.m_jails.insert(name, j);
    }
    return config;
}

QList<Fail2banConfig::Jail> Fail2banConfig::jails() const
{
    QList<Jail> out = m_jails.values();
    std::sort(out.begin(), out.end(), [](const Jail& a, const Jail& b) { return a.name < b.name; });
    return out;
}

QList<Fail2banConfig::Jail> Fail2banConfig::enabledJails() const
{
    QList<Jail> out;
    for (const Jail& j : jails()) {
        if (j.enabled)
            out << j;
    }
    return out;
}

} // namespace pbxwarden::pbxconf
