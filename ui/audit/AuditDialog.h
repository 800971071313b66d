#pragma once

#include "core/PbxRecord.h"
#include "fleet/HostOutcome.h"

#include <QDateTime>
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

// "Audit": a non-modal panel listing each PBX with its state while the credentials are read from the
// secret store and a FleetRunner collects and checks the facts of each (AuditService::job). Stores
// nothing itself: the window listens to hostAudited and keeps the result.
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    // previousAudits: PBX id -> when it was last audited (the inspection practice looks at it).
    AuditDialog(const QList<PbxRecord>& pbxs, const QHash<qint64, QDateTime>& previousAudits,
        secrets::SecretStore* store, int parallel, int timeoutSeconds, QWidget* parent = nullptr);
    ~AuditDialog() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    ConnectionCheckModel* model() const { return m_model; }

Q_SIGNALS:
    // Every PBX that was tried and not cancelled, audited or not.
    void hostAudited(const pbxwarden::PbxRecord& pbx, const pbxwarden::fleet::HostOutcome& outcome);
    void runFinished();

protected:
    void reject() override;

private:
    void onHostFinished(int index, const fleet::HostOutcome& outcome);
    void finish();
    void updateSummary();

    QList<PbxRecord> m_pbxs;
    QHash<qint64, QDateTime> m_previous;
    secrets::SecretStore* m_store;
    int m_timeoutMs;
    ConnectionCheckModel* m_model;
    fleet::FleetRunner* m_runner;
    QTableView* m_view;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPushButton* m_cancel;
    QPushButton* m_close;
    // The PBXs given to the runner, by runner index.
    QList<PbxRecord> m_pass;
    bool m_running = false;
    bool m_cancelled = false;
    int m_done = 0;
};

} // namespace pbxwarden::ui
