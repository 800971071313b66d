#include "AsteriskConfig.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace pbxsim {

QString ConfigCategory::value(const QString& key) const
{
    QString result;
    for (const ConfigVar& var : vars) {
        if (var.first == key)
            result = var.second; // the last one wins, as in Asterisk's sorcery objects
    }
    return result;
}

QStringList ConfigCategory::values(const QString& key) const
{
    QStringList result;
    for (const ConfigVar& var : vars) {
        if (var.first == key)
            result << var.second;
    }
    return result;
}

bool AsteriskConfig::load(const QString& path, AsteriskConfig* config, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    *config = fromText(QString::fromUtf8(file.readAll()));
    return true;
}

AsteriskConfig AsteriskConfig::fromText(const QString& text)
{
    AsteriskConfig config;
    config.m_lines = text.split(QLatin1Char('\n'));
    if (!config.m_lines.isEmpty() && config.m_lines.last().isEmpty())
        config.m_lines.removeLast();
    for (QString& line : config.m_lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    config.parse();
    return config;
}

namespace {

QString stripComment(const QString& line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char(';') && (i == 0 || line.at(i - 1) != QLatin1Char('\\')))
            return line.left(i);
    }
    return line;
}

} // namespace

void AsteriskConfig::parse()
{
    m_categories.clear();
    ConfigCategory* current = nullptr;
    bool blockComment = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        QString line = m_lines.at(i);
        if (blockComment) {
            if (line.contains(QLatin1String("--;")))
                blockComment = false;
            continue;
        }
        if (line.trimmed().startsWith(QLatin1String(";--"))) {
            blockComment = !line.contains(QLatin1String("--;"));
            continue;
        }
        line = stripComment(line).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype close = line.indexOf(QLatin1Char(']'));
            if (close < 0)
                continue;
            ConfigCategory category;
            category.name = line.mid(1, close - 1);
            category.headerLine = i;
            category.lastLine = i;
            const QString rest = line.mid(close + 1).trimmed();
            bool append = false;
            if (rest.startsWith(QLatin1Char('(')) && rest.endsWith(QLatin1Char(')'))) {
                for (const QString& option : rest.mid(1, rest.size() - 2).split(QLatin1Char(','))) {
                    const QString o = option.trimmed();
                    if (o == u"!")
                        category.isTemplate = true;
                    else if (o == u"+")
                        append = true;
                    else if (!o.isEmpty())
                        category.templates << o;
                }
            }
            if (append) {
                for (qsizetype c = m_categories.size() - 1; c >= 0; --c) {
                    if (m_categories[c].name == category.name) {
                        current = &m_categories[c];
                        break;
                    }
                }
                if (current && current->name == category.name)
                    continue;
            }
            for (const QString& templateName : std::as_const(category.templates)) {
                for (const ConfigCategory& other : std::as_const(m_categories)) {
                    if (other.name == templateName) {
                        for (const ConfigVar& var : other.vars) {
                            category.vars << var;
                            category.varLines << 0;
                        }
                        break;
                    }
                }
            }
            m_categories.append(category);
            current = &m_categories.last();
            continue;
        }
        if (!current)
            continue;
        qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        QString value = line.mid(eq + 1);
        if (value.startsWith(QLatin1Char('>')))
            value = value.mid(1); // "exten => ..."
        current->vars << ConfigVar { key, value.trimmed() };
        current->varLines << i + 1;
        current->lastLine = i;
    }
}

QList<ConfigCategory> AsteriskConfig::objects() const
{
    QList<ConfigCategory> result;
    for (const ConfigCategory& category : m_categories) {
        if (!category.isTemplate)
            result << category;
    }
    return result;
}

bool AsteriskConfig::matchesFilter(const ConfigCategory& category, const QString& filter)
{
    if (filter.isEmpty())
        return true;
    for (const QString& term : filter.split(QLatin1Char(','))) {
        const qsizetype eq = term.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = term.left(eq);
        const QString expected = term.mid(eq + 1);
        if (key == u"TEMPLATES") {
            if ((expected == u"include") != category.isTemplate && expected != u"include")
                return false;
            continue;
        }
        if (!category.values(key).contains(expected))
            return false;
    }
    return true;
}

const ConfigCategory* AsteriskConfig::find(const QString& name, const QString& filter) const
{
    const QList<const ConfigCategory*> all = findAll(name, filter);
    return all.isEmpty() ? nullptr : all.first();
}

QList<const ConfigCategory*> AsteriskConfig::findAll(const QString& name, const QString& filter) const
{
    QList<const ConfigCategory*> result;
    for (const ConfigCategory& category : m_categories) {
        if ((name.isEmpty() || category.name == name) && matchesFilter(category, filter))
            result << &category;
    }
    return result;
}

int AsteriskConfig::categoryIndex(const QString& name, const QString& catfilter) const
{
    for (int i = 0; i < m_categories.size(); ++i) {
        if (m_categories[i].name == name && matchesFilter(m_categories[i], catfilter))
            return i;
    }
    return -1;
}

QString AsteriskConfig::apply(const QString& action, const QString& category, const QString& var,
    const QString& value, const QString& match, const QString& options)
{
    QString catfilter;
    static const QRegularExpression filterOption(QStringLiteral("catfilter=\"([^\"]*)\""));
    if (const QRegularExpressionMatch m = filterOption.match(options); m.hasMatch())
        catfilter = m.captured(1);
    const QString a = action.toLower();
    if (a == u"newcat") {
        if (!m_lines.isEmpty() && !m_lines.last().isEmpty())
            m_lines << QString();
        m_lines << QStringLiteral("[%1]").arg(category);
        parse();
        return {};
    }
    const int index = categoryIndex(category, catfilter);
    if (index < 0)
        return QStringLiteral("Given category does not exist");
    const ConfigCategory cat = m_categories.at(index);
    if (a == u"append") {
        if (var.isEmpty())
            return QStringLiteral("Missing variable name");
        m_lines.insert(cat.lastLine + 1, QStringLiteral("%1 = %2").arg(var, value));
    } else if (a == u"update" || a == u"delete") {
        bool found = false;
        for (qsizetype v = cat.vars.size() - 1; v >= 0; --v) {
            if (cat.vars[v].first != var || cat.varLines[v] == 0)
                continue;
            if (!match.isEmpty() && cat.vars[v].second != match)
                continue;
            const int line = cat.varLines[v] - 1;
            if (a == u"update")
                m_lines[line] = QStringLiteral("%1 = %2").arg(var, value);
            else
                m_lines.removeAt(line);
            found = true;
            if (a == u"update")
                break;
        }
        if (!found && a == u"update")
            m_lines.insert(cat.lastLine + 1, QStringLiteral("%1 = %2").arg(var, value));
        else if (!found)
            return QStringLiteral("Variable does not exist");
    } else if (a == u"delcat" || a == u"emptycat") {
        const int first = a == u"delcat" ? cat.headerLine : cat.headerLine + 1;
        for (int line = cat.lastLine; line >= first; --line)
            m_lines.removeAt(line);
    } else if (a == u"renamecat") {
        m_lines[cat.headerLine].replace(
            QStringLiteral("[%1]").arg(category), QStringLiteral("[%1]").arg(value));
    } else {
        return QStringLiteral("Unknown action");
    }
    parse();
    return {};
}

bool AsteriskConfig::save(const QString& path, const QString& shownName, QString* error) const
{
    QStringList out = m_lines;
    // Asterisk replaces its own previous header instead of stacking them.
    while (!out.isEmpty() && out.first().startsWith(QLatin1String(";!")))
        out.removeFirst();
    const QString date
        = QLocale::c().toString(QDateTime::currentDateTime(), QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    const QStringList header = {
        QStringLiteral(";!"),
        QStringLiteral(";! Automatically generated configuration file"),
        QStringLiteral(";! Filename: %1 (%2)").arg(shownName, QFileInfo(path).absoluteFilePath()),
        QStringLiteral(";! Generator: Manager"),
        QStringLiteral(";! Creation Date: %1").arg(date),
        QStringLiteral(";!"),
    };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write((header + out).join(QLatin1Char('\n')).toUtf8() + '\n');
    return true;
}

} // namespace pbxsim
