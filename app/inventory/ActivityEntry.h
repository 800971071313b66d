#pragma once

#include <QDateTime>
#include <QString>

namespace pbxwarden::inventory {

// One line of the activity log: every change PBX Warden makes, to the inventory or to a PBX.
struct ActivityEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 pbxId = 0; // 0 when the change concerned no single PBX
    QString pbxName;
    QString action; // stable machine word: "pbx.add", "pbx.edit", "pbx.remove", "hostkey.pin", ...
    QString detail; // human words, never a secret
};

} // namespace pbxwarden::inventory
