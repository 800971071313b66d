#pragma once

#include "audit/AuditRun.h"
#include "core/PbxRecord.h"
#include "fleet/FleetRunDialog.h"

#include <QList>

namespace pbxwarden::ui {
class AuditResultProxy;

// "Audit": a non-modal panel showing an engine audit run (audit::AuditRun), each PBX with its
// state. The run reads the credentials, audits and stores; the panel only shows.
class AuditDialog : public FleetRunDialog
{
    Q_OBJECT
public:
    // run: made by the caller for these PBXs; the dialog does not own it.
    AuditDialog(const QList<PbxRecord>& pbxs, audit::AuditRun* run, QWidget* parent = nullptr);
    ~AuditDialog() override;

    void start();

Q_SIGNALS:
    // Every PBX that was tried and not cancelled, audited or not.
    void hostAudited(const pbxwarden::audit::AuditHostResult& result);

private:
    void onHostFinished(int index, const fleet::HostOutcome& outcome) override;
    void onRunnerFinished() override;
    void onHostAudited(const audit::AuditHostResult& result);
    QString summaryText() const override;

    audit::AuditRun* m_run;
    AuditResultProxy* m_results;
};

} // namespace pbxwarden::ui
