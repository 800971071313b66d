#pragma once

#include "core/PbxRecord.h"
#include "fleet/HostOutcome.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pbxwarden::fleet {
class FleetRunner;
}
namespace pbxwarden::secrets {
class SecretStore;
}

namespace pbxwarden::ui {
class ConnectionCheckModel;

// "Check connections": a non-modal panel listing each PBX with its state while the credentials are
// read from the secret store and a FleetRunner checks them. Unknown host keys are collected and
// offered for trust in one question at the end; trusted hosts are checked again with the key pinned.
// Records nothing itself: the window listens to hostChecked / hostKeyTrusted.
class ConnectionCheckDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionCheckDialog(const QList<PbxRecord>& pbxs, secrets::SecretStore* store, int parallel,
        int timeoutSeconds, QWidget* parent = nullptr);
    ~ConnectionCheckDialog() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    ConnectionCheckModel* model() const { return m_model; }

Q_SIGNALS:
    void hostChecked(const pbxwarden::PbxRecord& pbx, const pbxwarden::fleet::HostOutcome& outcome);
    // After the user trusted the key and the login with it succeeded.
    void hostKeyTrusted(const pbxwarden::PbxRecord& pbx, const QString& fingerprint);
    void runFinished();

protected:
    void reject() override;

private:
    void runPass(const QList<PbxRecord>& pbxs, bool trustPass);
    void onHostFinished(int index, const fleet::HostOutcome& outcome);
    void onPassFinished();
    void offerUnknownKeys();
    void finish();
    void updateSummary();

    QList<PbxRecord> m_pbxs;
    secrets::SecretStore* m_store;
    int m_parallel;
    int m_timeoutMs;
    ConnectionCheckModel* m_model;
    fleet::FleetRunner* m_runner;
    QTableView* m_view;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPushButton* m_cancel;
    QPushButton* m_close;
    // The PBXs of the pass now running, by runner index.
    QList<PbxRecord> m_pass;
    bool m_trustPass = false;
    bool m_running = false;
    bool m_cancelled = false;
    int m_done = 0;
    QHash<qint64, QString> m_unknownKeys; // pbx id → fingerprint seen
};

} // namespace pbxwarden::ui
