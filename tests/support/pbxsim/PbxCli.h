#pragma once

#include "PbxModel.h"

#include <QList>
#include <QMap>
#include <QString>

namespace pbxsim {

struct ConnectedUser
{
    QString name;
    QString address;
    qint64 startSecs = 0;
    quint32 readPerm = 0;
    quint32 writePerm = 0;
};

struct CliOutput
{
    bool ok = true;
    QString text; // exactly what "asterisk -rx" prints
    QStringList lines() const;
};

// What "asterisk -rx <command>" prints for the commands PBX Warden runs, from the model.
// Formats follow Asterisk 22.10.1 (captures/cli and the Command action captures).
class PbxCli
{
public:
    explicit PbxCli(PbxModel* model);

    CliOutput run(const QString& command, const QList<ConnectedUser>& connected = {});

    // Endpoint options with defaults and this endpoint's settings, keyed by option name, in
    // "pjsip show endpoint" order.
    QList<QPair<QString, QString>> endpointOptions(const ConfigCategory& endpoint) const;
    static QString camelCase(const QString& option);
    static QString callerIdNumber(const QString& callerId);
    static QString contactHash(const QString& uri);

private:
    QStringList endpointHeader() const;
    QStringList endpointBlock(const ConfigCategory& endpoint) const;
    QString pjsipShowEndpoints() const;
    QString pjsipShowEndpoint(const QString& name, bool* ok) const;
    QString pjsipShowSimple(const QString& what) const;
    QString managerShowUsers() const;
    QString managerShowUser(const QString& name, bool* ok) const;
    QString managerShowConnected(const QList<ConnectedUser>& connected) const;
    QString managerShowSettings() const;
    QString dialplanShow(const QString& context, bool* ok) const;
    QString moduleShowLike(const QString& pattern) const;
    QString coreShowUptime() const;

    PbxModel* m_model;
};

} // namespace pbxsim
