#include "pbxconf/SshdConfig.h"

#include <QRegularExpression>

namespace pbxwarden::pbxconf {
namespace {

// Options whose every occurrence counts; the others keep their first value.
bool isRepeatable(const QString& key)
{
    static const QStringList keys { QStringLiteral("allowusers"), QStringLiteral("allowgroups"),
        QStringLiteral("denyusers"), QStringLiteral("denygroups"), QStringLiteral("listenaddress"),
        QStringLiteral("port"), QStringLiteral("hostkey"), QStringLiteral("acceptenv"),
        QStringLiteral("subsystem") };
    return keys.contains(key);
}

QStringList splitWords(const QString& line)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return line.trimmed().split(space, Qt::SkipEmptyParts);
}

} // namespace

SshdConfig SshdConfig::fromEffective(const QString& sshdT)
{
    SshdConfig c;
    c.m_effective = true;
    for (const QString& line : sshdT.split(QLatin1Char('\n'))) {
        QStringList words = splitWords(line);
        if (words.size() < 1)
            continue;
        const QString key = words.takeFirst().toLower();
        static const QRegularExpression keyword(QStringLiteral("^[a-z0-9]+$"));
        if (!keyword.match(key).hasMatch())
            continue;
        c.m_values[key] << words;
        c.m_origin.insert(key, QStringLiteral("sshd -T"));
    }
    return c;
}

SshdConfig SshdConfig::fromFiles(const QString& mainPath, const QHash<QString, QString>& files)
{
    SshdConfig c;
    bool inMatch = false;
    c.parseFile(mainPath, files, 0, inMatch);
    return c;
}

void SshdConfig::parseFile(
    const QString& path, const QHash<QString, QString>& files, int depth, bool& inMatch)
{
    if (depth > 8 || !files.contains(path))
        return;
    const QStringList lines = files.value(path).split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        // "Key value" or "Key=value".
        static const QRegularExpression kv(QStringLiteral("^(\\S+?)(\\s*=\\s*|\\s+)(.*)$"));
        const auto m = kv.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1).toLower();
        const QString rest = m.captured(3).trimmed();
        if (key == u"match") {
            inMatch = true;
            m_matches << QStringLiteral("Match ") + rest;
            continue;
        }
        if (key == u"include") {
            // Relative includes are under /etc/ssh.
            for (const QString& pattern : splitWords(rest)) {
                const QString absolute
                    = pattern.startsWith(QLatin1Char('/')) ? pattern : QStringLiteral("/etc/ssh/") + pattern;
                const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(absolute));
                QStringList hits;
                for (auto it = files.cbegin(); it != files.cend(); ++it) {
                    if (glob.match(it.key()).hasMatch())
                        hits << it.key();
                }
                hits.sort();
                for (const QString& h : std::as_const(hits))
                    parseFile(h, files, depth + 1, inMatch);
            }
            continue;
        }
        if (inMatch)
            continue;
        QStringList words = splitWords(rest);
        if (!isRepeatable(key) && m_values.contains(key))
            continue;
        if (key != u"allowusers" && key != u"allowgroups" && key != u"denyusers" && key != u"denygroups"
            && key != u"acceptenv" && key != u"subsystem" && key != u"hostkey") {
            for (QString& w : words)
                w = w.toLower();
        }
        m_values[key] << words;
        m_origin.insert(key, QStringLiteral("%1:%2").arg(path).arg(n + 1));
    }
}

QString SshdConfig::value(const QString& key, const QString& fallback) const
{
    const auto it = m_values.constFind(key);
    return it == m_values.cend() || it->isEmpty() ? fallback : it->first();
}

QStringList SshdConfig::all(const QString& key) const
{
    return m_values.value(key);
}

} // namespace pbxwarden::pbxconf
