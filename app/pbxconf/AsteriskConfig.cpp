#include "pbxconf/AsteriskConfig.h"

#include <QRegularExpression>

namespace pbxwarden::pbxconf {
namespace {

constexpr int kMaxIncludeDepth = 10;

QString absolutePath(const QString& path)
{
    return path.startsWith(QLatin1Char('/')) ? path : QStringLiteral("/etc/asterisk/") + path;
}

} // namespace

QString ConfigSection::value(const QString& key, const QString& fallback) const
{
    const ConfigEntry* e = last(key);
    return e ? e->value : fallback;
}

QStringList ConfigSection::values(const QString& key) const
{
    QStringList out;
    for (const ConfigEntry& e : entries) {
        if (e.key == key)
            out << e.value;
    }
    return out;
}

const ConfigEntry* ConfigSection::last(const QString& key) const
{
    for (int i = entries.size() - 1; i >= 0; --i) {
        if (entries.at(i).key == key)
            return &entries.at(i);
    }
    return nullptr;
}

AsteriskConfig AsteriskConfig::parse(const QString& path, const QString& text, const Resolver& resolver)
{
    AsteriskConfig config;
    config.parseText(absolutePath(path), text, resolver, 0);
    return config;
}

QList<const ConfigSection*> AsteriskConfig::named(const QString& name) const
{
    QList<const ConfigSection*> out;
    for (const ConfigSection& s : m_sections) {
        if (!s.isTemplate && s.name == name)
            out << &s;
    }
    return out;
}

const ConfigSection* AsteriskConfig::first(const QString& name) const
{
    const auto list = named(name);
    return list.isEmpty() ? nullptr : list.first();
}

void AsteriskConfig::parseText(const QString& path, const QString& text, const Resolver& resolver, int depth)
{
    if (m_files.contains(path)) {
        m_warnings << QStringLiteral("%1: included more than once (loop?)").arg(path);
        return;
    }
    m_files << path;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString& raw = lines.at(n);
        // Strip comments: ";-- ... --;" blocks (may span lines), ";" to the end, "\;" is a ';'.
        QString code;
        code.reserve(raw.size());
        for (int i = 0; i < raw.size(); ++i) {
            if (m_inBlockComment) {
                if (raw.mid(i, 3) == u"--;") {
                    m_inBlockComment = false;
                    i += 2;
                }
                continue;
            }
            const QChar c = raw.at(i);
            if (c == QLatin1Char('\\') && i + 1 < raw.size() && raw.at(i + 1) == QLatin1Char(';')) {
                code += QLatin1Char(';');
                ++i;
                continue;
            }
            if (c == QLatin1Char(';')) {
                if (raw.mid(i, 3) == u";--") {
                    m_inBlockComment = true;
                    i += 2;
                    continue;
                }
                break;
            }
            code += c;
        }
        const QString line = code.trimmed();
        if (line.isEmpty())
            continue;
        const ConfigLocation where { path, n + 1 };

        if (line.startsWith(QLatin1Char('#'))) {
            static const QRegularExpression include(
                QStringLiteral("^#\\s*(try)?include\\s+[\"<]?([^\">]+)[\">]?\\s*$"));
            const auto m = include.match(line);
            if (!m.hasMatch())
                continue; // #exec and friends: not followed
            const bool optional = !m.captured(1).isEmpty();
            const QString target = absolutePath(m.captured(2).trimmed());
            if (depth >= kMaxIncludeDepth) {
                m_warnings
                    << QStringLiteral("%1: includes nested too deep at %2").arg(where.toString(), target);
                continue;
            }
            const auto found = resolver ? resolver(target) : QList<QPair<QString, QString>>();
            if (found.isEmpty() && !optional)
                m_warnings << QStringLiteral("%1: #include %2 not found").arg(where.toString(), target);
            for (const auto& [file, content] : found)
                parseText(file, content, resolver, depth + 1);
            continue;
        }

        if (line.startsWith(QLatin1Char('['))) {
            const int close = line.indexOf(QLatin1Char(']'));
            if (close < 0) {
                m_warnings << QStringLiteral("%1: section header without ']'").arg(where.toString());
                continue;
            }
            ConfigSection section;
            section.name = line.mid(1, close - 1).trimmed();
            section.where = where;
            const QString rest = line.mid(close + 1).trimmed();
            bool append = false;
            if (rest.startsWith(QLatin1Char('(')) && rest.endsWith(QLatin1Char(')'))) {
                for (const QString& opt : rest.mid(1, rest.size() - 2).split(QLatin1Char(','))) {
                    const QString o = opt.trimmed();
                    if (o == u"!")
                        section.isTemplate = true;
                    else if (o == u"+")
                        append = true;
                    else if (!o.isEmpty())
                        section.templates << o;
                }
            }
            if (append) {
                int target = -1;
                for (int i = m_sections.size() - 1; i >= 0; --i) {
                    if (m_sections.at(i).name == section.name) {
                        target = i;
                        break;
                    }
                }
                if (target < 0) {
                    m_warnings << QStringLiteral("%1: [%2](+) adds to no earlier section")
                                      .arg(where.toString(), section.name);
                    m_sections << section;
                    m_current = int(m_sections.size()) - 1;
                } else {
                    m_current = target;
                }
                continue;
            }
            for (const QString& t : std::as_const(section.templates)) {
                const ConfigSection* tpl = nullptr;
                for (int i = m_sections.size() - 1; i >= 0; --i) {
                    if (m_sections.at(i).name == t) {
                        tpl = &m_sections.at(i);
                        break;
                    }
                }
                if (!tpl) {
                    m_warnings
                        << QStringLiteral("%1: template %2 not defined before use").arg(where.toString(), t);
                    continue;
                }
                for (ConfigEntry e : tpl->entries) {
                    e.inherited = true;
                    section.entries << e;
                }
            }
            m_sections << section;
            m_current = int(m_sections.size()) - 1;
            continue;
        }

        int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        ConfigEntry entry;
        entry.key = line.left(eq).trimmed().toLower();
        QString value = line.mid(eq + 1);
        if (value.startsWith(QLatin1Char('>'))) {
            entry.arrow = true;
            value.remove(0, 1);
        }
        entry.value = value.trimmed();
        entry.where = where;
        if (m_current < 0) {
            m_warnings << QStringLiteral("%1: option outside any section").arg(where.toString());
            continue;
        }
        m_sections[m_current].entries << entry;
    }
}

} // namespace pbxwarden::pbxconf
