#include "pbxconf/Fail2banStatus.h"

#include <QRegularExpression>

namespace pbxwarden::pbxconf {
namespace {

// "|- Currently failed:\t3" -> ("Currently failed", "3")
bool field(const QString& line, QString* key, QString* value)
{
    static const QRegularExpression re(QStringLiteral("^[\\s|`-]*([A-Za-z][A-Za-z ]*?):\\s*(.*)$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return false;
    *key = m.captured(1).trimmed();
    *value = m.captured(2).trimmed();
    return true;
}

} // namespace

Fail2banStatus Fail2banStatus::parse(const QString& status, const QString& jails)
{
    Fail2banStatus s;
    for (const QString& line : status.split(QLatin1Char('\n'))) {
        QString key, value;
        if (field(line, &key, &value) && key == u"Jail list") {
            s.m_running = true;
            for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                s.m_names << name.trimmed();
        }
    }
    Jail* current = nullptr;
    for (const QString& line : jails.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("### "))) {
            const QString name = line.mid(4).trimmed();
            s.m_jails.insert(name, Jail { name, {}, false, 0, 0, 0, 0 });
            current = &s.m_jails[name];
            continue;
        }
        QString key, value;
        if (!current || !field(line, &key, &value))
            continue;
        if (key == u"File list")
            current->files = value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        else if (key == u"Journal matches")
            current->journal = true;
        else if (key == u"Currently failed")
            current->currentlyFailed = value.toInt();
        else if (key == u"Total failed")
            current->totalFailed = value.toInt();
        else if (key == u"Currently banned")
            current->currentlyBanned = value.toInt();
        else if (key == u"Total banned")
            current->totalBanned = value.toInt();
    }
    return s;
}

} // namespace pbxwarden::pbxconf
