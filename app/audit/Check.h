#pragma once

#include "audit/Practice.h"
#include "audit/Severity.h"

#include <QString>

namespace pbxwarden::audit {

// What a check is, independent of any PBX: a stable ID ("ssh.root-login"), the practice it belongs
// to, how bad a failure is, and the words shown with its findings (translated).
struct Check
{
    QString id;
    Practice practice = Practice::Firewall;
    Severity severity = Severity::Info;
    QString title;
    QString why;
    QString fix;
};

} // namespace pbxwarden::audit
