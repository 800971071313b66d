#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

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

// Asterisk's configuration language as config.c reads it: [sections], templates "(!)", inheritance
// "(a,b)", additions "(+)", "=" and "=>", ";" comments with "\;" escapes, ";-- block comments --;",
// "#include" / "#tryinclude" (globs allowed; relative paths are under /etc/asterisk), spliced in place.
// Pure: included files come from the resolver, never from the disk.
class AsteriskConfig
{
public:
    // Files matching a path or glob (absolute), as (path, text) pairs.
    using Resolver = std::function<QList<QPair<QString, QString>>(const QString& pattern)>;

    static AsteriskConfig parse(const QString& path, const QString& text, const Resolver& resolver = {});

    const QList<ConfigSection>& sections() const { return m_sections; }
    // Non-template sections with that name (pjsip.conf reuses names: endpoint and aor "1001").
    QList<const ConfigSection*> named(const QString& name) const;
    const ConfigSection* first(const QString& name) const;
    // Every file read, the main one first.
    QStringList files() const { return m_files; }
    // Missing #include files, include loops, (+) without a section to add to, unknown templates.
    QStringList warnings() const { return m_warnings; }
    bool isEmpty() const { return m_sections.isEmpty(); }

private:
    void parseText(const QString& path, const QString& text, const Resolver& resolver, int depth);

    QList<ConfigSection> m_sections;
    QStringList m_files;
    QStringList m_warnings;
    int m_current = -1;
    bool m_inBlockComment = false;
};

} // namespace pbxwarden::pbxconf
