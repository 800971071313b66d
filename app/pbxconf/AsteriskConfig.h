#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pbxwarden::pbxconf {

struct ConfigLocation
{
    QString file;
    int line = 0;

    QString toString() const { return QStringLiteral("%1:%2").arg(file).arg(line); }
};

struct ConfigEntry
{
    // Lower case: Asterisk's option names are case-insensitive.
    QString key;
    // As written: "+=" looks for the last option of exactly this spelling (config.c uses strcmp).
    QString name;
    // Trimmed, comments removed, "\;" turned into ";".
    QString value;
    ConfigLocation where;
    // Written "key => value" (objects: exten, include, mailboxes) rather than "key = value".
    bool arrow = false;
    // Came from a template named in the section header.
    bool inherited = false;
};

struct ConfigSection
{
    QString name;
    ConfigLocation where;
    // [name](!): a template, not an object of its own.
    bool isTemplate = false;
    QStringList templates;
    // Inherited entries first (template order), then the section's own, then (+) additions.
    QList<ConfigEntry> entries;

    // The last value of key (later lines win for single-valued options), or fallback.
    QString value(const QString& key, const QString& fallback = {}) const;
    QStringList values(const QString& key) const;
    const ConfigEntry* last(const QString& key) const;
    bool has(const QString& key) const { return last(key) != nullptr; }
};

// Something config.c complains about. fatal: config.c refuses the whole file for it (a missing
// #include, an unknown template, "(+)" with nothing to add to, an option before any section); the
// reader still reads on, so that the audit sees what the file tries to configure.
struct ConfigProblem
{
    ConfigLocation where;
    QString message;
    bool fatal = false;
};

// The reader stopped: the file would expand beyond what it allows (template inheritance doubling at
// each level, a "+=" value growing without end). Nothing read may be trusted as complete, so a check
// that needs this file is not assessed; message says so in the user's language.
struct ConfigLimitError
{
    ConfigLocation where;
    QString message;
};

// What the reader holds at most, so that a hostile file costs bounded memory.
struct ConfigLimits
{
    // Options in all sections together, inherited copies included (a large FreePBX pjsip.conf has
    // some tens of thousands).
    int maxEntries = 250000;
    // Characters in one value, as "+=" lines grow it.
    int maxValueLength = 65536;
};

// Asterisk's configuration language as main/config.c reads it, one line at a time through
// AsteriskConfigDocument (the same reading the editor uses): [sections], templates "(!)", inheritance
// "(a,b)" (copies of the first section of that name, case-insensitive), additions "(+)", "=", "=>" and
// "+=", ";" comments with "\;" escapes, nested ";-- block comments --;" that end with their file,
// "#include" / "#tryinclude" (globs allowed; relative paths are under /etc/asterisk) read in place, the
// including file keeping its own current section afterwards. Pure: included files come from the
// resolver, never from the disk.
class AsteriskConfig
{
public:
    // Files matching a path or glob (absolute), as (path, text) pairs, sorted as glob() sorts them.
    using Resolver = std::function<QList<QPair<QString, QString>>(const QString& pattern)>;

    using Limits = ConfigLimits;

    static AsteriskConfig parse(
        const QString& path, const QString& text, const Resolver& resolver = {}, const Limits& limits = {});

    const QList<ConfigSection>& sections() const { return m_sections; }
    // Non-template sections with that name (pjsip.conf reuses names: endpoint and aor "1001").
    QList<const ConfigSection*> named(const QString& name) const;
    const ConfigSection* first(const QString& name) const;
    // Every file read, the main one first.
    QStringList files() const { return m_files; }
    // Missing #include files, include loops, (+) without a section to add to, unknown templates.
    QStringList warnings() const { return m_warnings; }
    QList<ConfigProblem> problems() const { return m_problems; }
    // Whether Asterisk itself would refuse to load this configuration (a fatal problem).
    bool refusedByAsterisk() const;
    // Set when the reader stopped at one of its limits.
    const std::optional<ConfigLimitError>& limitError() const { return m_limitError; }
    // Options held, inherited copies included (what Limits::maxEntries counts).
    int entryCount() const { return m_entryCount; }
    bool isEmpty() const { return m_sections.isEmpty(); }

private:
    void parseText(const QString& path, const QString& text, int depth);
    void problem(const ConfigLocation& where, const QString& message, bool fatal);
    void stop(const ConfigLocation& where, const QString& message);
    int find(const QString& name, bool templatesToo) const;

    QList<ConfigSection> m_sections;
    QStringList m_files;
    QStringList m_warnings;
    QList<ConfigProblem> m_problems;
    std::optional<ConfigLimitError> m_limitError;
    QStringList m_includeStack;
    Resolver m_resolver;
    Limits m_limits;
    int m_entryCount = 0;
    // config.c's cfg->current: the section an included file starts in.
    int m_current = -1;
};

} // namespace pbxwarden::pbxconf
