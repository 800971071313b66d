#pragma once

#include "AsteriskConfig.h"

#include <QDateTime>
#include <QHostAddress>
#include <QString>

namespace pbxsim {

// manager.conf privilege classes, as bits.
namespace Perm {
enum : quint32
{
    System = 1 << 0,
    Call = 1 << 1,
    Log = 1 << 2,
    Verbose = 1 << 3,
    Command = 1 << 4,
    Agent = 1 << 5,
    User = 1 << 6,
    Config = 1 << 7,
    Dtmf = 1 << 8,
    Reporting = 1 << 9,
    Cdr = 1 << 10,
    Dialplan = 1 << 11,
    Originate = 1 << 12,
    Agi = 1 << 13,
    Cc = 1 << 14,
    Aoc = 1 << 15,
    Test = 1 << 16,
    Security = 1 << 17,
    Message = 1 << 18,
    All = (1 << 19) - 1,
};
quint32 parse(const QString& list);
QString names(quint32 mask);
} // namespace Perm

struct AclRule
{
    bool permit = false;
    QHostAddress network;
    int prefix = 0;
    QString text;
};

struct ManagerUser
{
    QString name;
    QString secret;
    QList<AclRule> acl;
    quint32 readPerm = 0;
    quint32 writePerm = 0;
    bool displayConnects = true;

    // Rules apply in order, the last match wins, no match allows (Asterisk's ast_apply_ha).
    bool allows(const QHostAddress& address) const;
};

// The PBX as its configuration files describe it. Reload re-reads them.
class PbxModel
{
public:
    QString configDir;
    QString version = QStringLiteral("22.10.1");
    QString systemName;
    QDateTime startTime = QDateTime::currentDateTime();
    QDateTime reloadTime = startTime;

    AsteriskConfig manager;
    AsteriskConfig pjsip;
    AsteriskConfig extensions;
    AsteriskConfig http;
    QList<ManagerUser> users;

    bool load(QString* error);
    const ManagerUser* user(const QString& name) const;
    int majorVersion() const { return version.section(QLatin1Char('.'), 0, 0).toInt(); }
    QString amiVersion() const;
    QString banner() const { return QStringLiteral("Asterisk Call Manager/%1").arg(amiVersion()); }
    QString buildLine() const;

    QList<ConfigCategory> pjsipObjects(const QString& type) const;
    const ConfigCategory* pjsipObject(const QString& type, const QString& name) const;
    bool managerEnabled() const;
    bool httpEnabled() const;

    // Resolves a Filename of GetConfig/UpdateConfig inside the configuration folder; empty when refused.
    QString configPath(const QString& fileName) const;
    bool reloadModule(const QString& module);
    bool hasModule(const QString& module) const;
    QStringList moduleRows() const;
};

} // namespace pbxsim
