#pragma once

#include "ami/AmiFrame.h"

#include <QMetaType>

namespace pbxwarden::ami {

// An unsolicited event: its name and the whole frame for its fields.
struct AmiEvent
{
    QString name;
    AmiFrame frame;

    QString value(QByteArrayView key) const { return frame.value(key); }
};

} // namespace pbxwarden::ami

Q_DECLARE_METATYPE(pbxwarden::ami::AmiEvent)
