#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace pbxwarden::ami {

// One [category] of a configuration file as GetConfig returns it, lines in order.
struct AmiConfigSection
{
    QString name;
    QList<QPair<QString, QString>> lines;

    QString value(const QString& key) const
    {
        for (const auto& line : lines) {
            if (line.first == key)
                return line.second;
        }
        return {};
    }
};

// One step of UpdateConfig (Action-NNNNNN and its companions).
struct AmiConfigChange
{
    QString action; // NewCat, RenameCat, DelCat, EmptyCat, Update, Delete, Append, Insert
    QString category;
    QString var;
    QString value;
    QString match;
    QString options; // e.g. catfilter="type=endpoint"
};

} // namespace pbxwarden::ami
