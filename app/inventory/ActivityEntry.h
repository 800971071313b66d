#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace pbxwarden::inventory {

// One line of the activity log: every change PBX Warden makes, to the inventory or to a PBX.
// The log keeps what happened as a machine word and its values, and is put into words when shown,
// in the language of whoever reads it (describeActivity).
struct ActivityEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 pbxId = 0; // 0 when the change concerned no single PBX
    QString pbxName;
    QString action; // "pbx.add", "pbx.edit", "pbx.remove", "hostkey.pin", "check.connection", ...
    QVariantMap args; // the values the sentence needs; never a secret
};

// The entry as a sentence in the current language.
QString describeActivity(const ActivityEntry& entry);

} // namespace pbxwarden::inventory
