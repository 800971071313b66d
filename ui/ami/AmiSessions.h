#pragma once

#include "ami/AmiClient.h"
#include "ami/AmiConnector.h"
#include "core/PbxRecord.h"
#include "ssh/Credentials.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace pbxwarden::ui {
class AmiLogModel;

// One AmiClient per PBX, made when the user asks to connect, with the frames of each kept in an
// AmiLogModel for the protocol log window.
class AmiSessions : public QObject
{
    Q_OBJECT
public:
    explicit AmiSessions(QObject* parent = nullptr);
    ~AmiSessions() override;

    // The route is chosen by the engine (AmiConnector); when none may be used, the PBX fails with
    // the reason and nothing is sent. Returns the choice.
    ami::AmiRouteChoice connectPbx(const ami::AmiRouteRequest& request, const Secret& secret);
    // The route of the PBX's current client, if any.
    std::optional<ami::AmiRoute> route(qint64 pbxId) const;
    void disconnectPbx(qint64 pbxId);
    // A PBX that could not even be tried (no secret...): reported as a failed state.
    void reportFailure(qint64 pbxId, const QString& reason);
    // The PBX is gone from the inventory: its client and log go too.
    void forget(qint64 pbxId);

    ami::AmiClient* client(qint64 pbxId) const;
    ami::AmiClient::State state(qint64 pbxId) const;
    // Made on first use, so the log window can open before connecting.
    AmiLogModel* logModel(qint64 pbxId);

Q_SIGNALS:
    void stateChanged(qint64 pbxId, pbxwarden::ami::AmiClient::State state, const QString& reason);

private:
    QHash<qint64, QPointer<ami::AmiClient>> m_clients;
    QHash<qint64, ami::AmiRoute> m_routes;
    QHash<qint64, AmiLogModel*> m_logs;
};

} // namespace pbxwarden::ui
