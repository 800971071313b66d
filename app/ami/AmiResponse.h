#pragma once

#include "ami/AmiFrame.h"

#include <QList>

namespace pbxwarden::ami {

// The answer to one action: the response frame and, for event-list actions, every event of the list
// up to (not including) the closing ...Complete event, which is kept apart.
struct AmiResponse
{
    AmiFrame response;
    QList<AmiFrame> events;
    AmiFrame completion;

    bool isSuccess() const { return response.isSuccess(); }
    QString message() const { return response.value("Message"); }
};

} // namespace pbxwarden::ami
