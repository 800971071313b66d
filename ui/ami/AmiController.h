#pragma once

#include "ami/AmiClient.h"
#include "core/PbxRecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;

namespace pbxwarden::ui {
class AmiLogWindow;
class AmiSessions;
class MainWindow;

// The AMI capability: connect / disconnect the selected PBXs (the route is the engine's choice,
// shown in the AMI column and logged), and a protocol log window per PBX.
class AmiController : public QObject
{
    Q_OBJECT
public:
    explicit AmiController(MainWindow* window);

    QAction* connectAction() const { return m_connect; }
    QAction* disconnectAction() const { return m_disconnect; }
    QAction* logAction() const { return m_log; }
    void updateActions(int selected, int total);
    AmiSessions* sessions() const { return m_sessions; }
    AmiLogWindow* logWindow(qint64 pbxId) const;

    void connectSelected();
    void disconnectSelected();
    void showLog();
    // The PBX left the inventory: its session and log window go.
    void forget(qint64 pbxId);

private:
    void onStateChanged(qint64 pbxId, ami::AmiClient::State state, const QString& reason);

    MainWindow* m_window;
    AmiSessions* m_sessions;
    QAction* m_connect;
    QAction* m_disconnect;
    QAction* m_log;
    QHash<qint64, QPointer<AmiLogWindow>> m_logs;
};

} // namespace pbxwarden::ui
