#include "pbxconf/AsteriskConfig.h"

#include "pbxconf/AsteriskConfigDocument.h"

#include <QCoreApplication>

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

AsteriskConfig AsteriskConfig::parse(
    const QString& path, const QString& text, const Resolver& resolver, const Limits& limits)
{
    AsteriskConfig config;
    config.m_resolver = resolver;
    config.m_limits = limits;
    config.parseText(absolutePath(path), text, 0);
    config.m_resolver = {};
    return config;
}

bool AsteriskConfig::refusedByAsterisk() const
{
    for (const ConfigProblem& p : m_problems) {
        if (p.fatal)
            return true;
    }
    return false;
}

void AsteriskConfig::problem(const ConfigLocation& where, const QString& message, bool fatal)
{
    m_problems << ConfigProblem { where, message, fatal };
    m_warnings << QStringLiteral("%1: %2").arg(where.line > 0 ? where.toString() : where.file, message);
}

void AsteriskConfig::stop(const ConfigLocation& where, const QString& message)
{
    m_limitError = ConfigLimitError { where, message };
    problem(where, message, false);
}

int AsteriskConfig::find(const QString& name, bool templatesToo) const
{
    // ast_category_get(): the first section of that name, compared without case; an empty name
    // matches any section.
    for (int i = 0; i < m_sections.size(); ++i) {
        const ConfigSection& s = m_sections.at(i);
        if ((templatesToo || !s.isTemplate)
            && (name.isEmpty() || s.name.compare(name, Qt::CaseInsensitive) == 0))
            return i;
    }
    return -1;
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

void AsteriskConfig::parseText(const QString& path, const QString& text, int depth)
{
    using Kind = AsteriskConfigDocument::LineKind;
    if (m_includeStack.contains(path)) {
        problem({ path, 0 },
            QStringLiteral("included from itself (an include loop); Asterisk fails at the include limit"),
            true);
        return;
    }
    if (!m_files.contains(path))
        m_files << path;
    m_includeStack << path;
    const AsteriskConfigDocument doc = AsteriskConfigDocument::parse(text.toUtf8());
    // Each file keeps its own current section; it starts in the one last opened anywhere (config.c's
    // cfg->current), and an #include does not move it.
    int current = m_current;
    const auto& lines = doc.lines();
    for (int n = 0; n < lines.size() && !m_limitError; ++n) {
        const AsteriskConfigDocument::Line& l = lines.at(n);
        const ConfigLocation where { path, n + 1 };
        switch (l.kind) {
        case Kind::Blank:
        case Kind::Comment:
            continue;
        case Kind::TooLong:
        case Kind::Invalid:
            problem(where, l.problem, l.fatal);
            continue;
        case Kind::Directive: {
            if (l.directive != u"include" && l.directive != u"tryinclude") {
                problem(where,
                    l.directive == u"exec"
                        ? QStringLiteral("#exec runs a program when Asterisk loads the file; not followed")
                        : QStringLiteral("unknown directive #%1, ignored by Asterisk").arg(l.directive),
                    false);
                continue;
            }
            const bool optional = l.directive == u"tryinclude";
            if (l.argument.isEmpty()) {
                problem(where, QStringLiteral("#%1 without a file name").arg(l.directive), false);
                continue;
            }
            const QString target = absolutePath(l.argument);
            if (depth + 1 >= kMaxIncludeDepth) {
                problem(where, QStringLiteral("includes nested too deep at %1").arg(target), true);
                continue;
            }
            const auto found = m_resolver ? m_resolver(target) : QList<QPair<QString, QString>>();
            if (found.isEmpty() && !optional)
                problem(where, QStringLiteral("#include %1 not found").arg(target), true);
            for (const auto& [file, content] : found) {
                if (m_limitError)
                    break;
                parseText(file, content, depth + 1);
            }
            continue;
        }
        case Kind::Section: {
            const QString afterName = l.code.mid(l.code.indexOf(QLatin1Char(']')) + 1);
            if (!l.hasOptions && !afterName.isEmpty())
                problem(where,
                    QStringLiteral(
                        "\"%1\" after ']' is ignored by Asterisk (options must follow ']' directly)")
                        .arg(afterName),
                    false);
            ConfigSection fresh;
            fresh.name = l.name;
            fresh.where = where;
            int target = -1; // -1: the new section; else an earlier one "(+)" reopened
            bool freshKept = true;
            for (const QString& opt : l.options) {
                ConfigSection& into = target < 0 ? fresh : m_sections[target];
                if (opt.compare(u"!", Qt::CaseInsensitive) == 0) {
                    into.isTemplate = true;
                } else if (opt.startsWith(QLatin1Char('+'))) {
                    const int existing = find(l.name, false);
                    if (existing < 0) {
                        problem(
                            where, QStringLiteral("[%1](+) adds to no earlier section").arg(l.name), true);
                        continue;
                    }
                    if (opt.size() > 1)
                        problem(where,
                            QStringLiteral("(+) filter \"%1\" not evaluated; added to the first [%2]")
                                .arg(opt.mid(1), l.name),
                            false);
                    if (freshKept && target < 0) {
                        m_sections[existing].isTemplate |= fresh.isTemplate;
                        m_sections[existing].entries << fresh.entries;
                        freshKept = false;
                    }
                    target = existing;
                } else {
                    int base = find(opt, true);
                    if (base < 0 || opt != opt.trimmed()) {
                        // config.c neither trims nor forgives: "(a, b)" names " b", and the file fails.
                        problem(where, QStringLiteral("template %1 not defined before use").arg(opt), true);
                        if (base < 0)
                            base = find(opt.trimmed(), true);
                        if (base < 0)
                            continue;
                    }
                    into.templates << opt.trimmed();
                    const QList<ConfigEntry> inherited = m_sections.at(base).entries;
                    if (m_entryCount + inherited.size() > m_limits.maxEntries) {
                        stop(where,
                            QCoreApplication::translate("AsteriskConfig",
                                "%1: reading stopped: through template inheritance this configuration would "
                                "hold more than %2 options, a file built to exhaust memory or a broken one. "
                                "What needs this file is not assessed; look at the templates named in the "
                                "section headers up to this line.")
                                .arg(where.toString())
                                .arg(m_limits.maxEntries));
                        break;
                    }
                    m_entryCount += int(inherited.size());
                    ConfigSection& dest = target < 0 ? fresh : m_sections[target];
                    dest.entries.reserve(dest.entries.size() + inherited.size());
                    for (ConfigEntry e : inherited) {
                        e.inherited = true;
                        dest.entries << e;
                    }
                }
            }
            if (m_limitError)
                break;
            if (freshKept) {
                m_sections << fresh;
                target = int(m_sections.size()) - 1;
            }
            current = m_current = target;
            continue;
        }
        case Kind::Option: {
            if (current < 0) {
                problem(where, QStringLiteral("option outside any section"), true);
                continue;
            }
            QList<ConfigEntry>& entries = m_sections[current].entries;
            if (l.op == AsteriskConfigDocument::Operator::Append) {
                // "+=": the last option of exactly this name gets the text after '=' appended; config.c
                // then rewrites the first option with that name and old value.
                int last = -1;
                for (int i = int(entries.size()) - 1; i >= 0 && last < 0; --i) {
                    if (entries.at(i).name == l.key)
                        last = i;
                }
                if (last >= 0) {
                    const QString old = entries.at(last).value;
                    QString joined = old + l.appendText;
                    while (!joined.isEmpty() && joined.back().unicode() < 33)
                        joined.chop(1);
                    int lead = 0;
                    while (lead < joined.size() && joined.at(lead).unicode() < 33)
                        ++lead;
                    joined.remove(0, lead);
                    if (joined.size() > m_limits.maxValueLength) {
                        stop(where,
                            QCoreApplication::translate("AsteriskConfig",
                                "%1: reading stopped: \"+=\" lines grow %2 beyond %3 characters, a file "
                                "built "
                                "to exhaust memory or a broken one. What needs this file is not assessed.")
                                .arg(where.toString(), l.key)
                                .arg(m_limits.maxValueLength));
                        break;
                    }
                    for (ConfigEntry& e : entries) {
                        if (e.key.compare(l.key, Qt::CaseInsensitive) == 0
                            && e.value.compare(old, Qt::CaseInsensitive) == 0) {
                            e.value = joined;
                            break;
                        }
                    }
                    continue;
                }
            }
            if (m_entryCount + 1 > m_limits.maxEntries) {
                stop(where,
                    QCoreApplication::translate("AsteriskConfig",
                        "%1: reading stopped: this configuration holds more than %2 options. What needs "
                        "this file is not assessed.")
                        .arg(where.toString())
                        .arg(m_limits.maxEntries));
                break;
            }
            ConfigEntry entry;
            entry.key = l.key.toLower();
            entry.name = l.key;
            entry.value = l.value;
            entry.arrow = l.op == AsteriskConfigDocument::Operator::Object;
            entry.where = where;
            entries << entry;
            ++m_entryCount;
            continue;
        }
        }
    }
    if (doc.depthAtEnd() > 0 && !m_limitError)
        problem({ path, int(lines.size()) },
            QStringLiteral("a ;-- block comment is never closed; Asterisk reads nothing after it"), false);
    m_includeStack.removeLast();
}

} // namespace pbxwarden::pbxconf
