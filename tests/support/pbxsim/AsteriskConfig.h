#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pbxsim {

using ConfigVar = QPair<QString, QString>;

struct ConfigCategory
{
    QString name;
    bool isTemplate = false;
    QStringList templates;
    // Effective variables: inherited from templates first, then the category's own.
    QList<ConfigVar> vars;
    QList<int> varLines; // 1-based line in the file, 0 for inherited
    int headerLine = 0; // 0-based index into lines()
    int lastLine = 0; // 0-based index of the last own variable (or the header)

    QString value(const QString& key) const;
    QStringList values(const QString& key) const;
};

// An Asterisk configuration file kept as its text lines, so that UpdateConfig edits it the way
// Asterisk does: comments kept, "key = value" lines, an ";! Automatically generated" header.
class AsteriskConfig
{
public:
    static bool load(const QString& path, AsteriskConfig* config, QString* error = nullptr);
    static AsteriskConfig fromText(const QString& text);

    const QList<ConfigCategory>& categories() const { return m_categories; }
    // Categories that are not templates.
    QList<ConfigCategory> objects() const;
    const ConfigCategory* find(const QString& name, const QString& filter = {}) const;
    QList<const ConfigCategory*> findAll(const QString& name, const QString& filter = {}) const;
    const QStringList& lines() const { return m_lines; }

    // UpdateConfig steps; an empty result means done, otherwise Asterisk's error message.
    QString apply(const QString& action, const QString& category, const QString& var, const QString& value,
        const QString& match, const QString& options);
    bool save(const QString& path, const QString& shownName, QString* error = nullptr) const;

    static bool matchesFilter(const ConfigCategory& category, const QString& filter);

private:
    void parse();
    int categoryIndex(const QString& name, const QString& catfilter) const;

    QStringList m_lines;
    QList<ConfigCategory> m_categories;
};

} // namespace pbxsim
