#pragma once

#include "audit/AuditFacts.h"
#include "audit/Finding.h"
#include "change/ChangePlan.h"
#include "hardening/HardeningAnswers.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pbxwarden::hardening {

// Why a fix was not turned into a plan.
enum class RefusalKind
{
    NothingToDo, // none of the findings it resolves fails
    HeldBack, // a GUI (FreePBX, Issabel...) owns these files and would regenerate them
    BadAnswers, // the answers are malformed or missing something this fix needs
    MissingFacts, // the audit did not collect what the fix would edit
    Unsafe, // doing it would risk locking someone out or breaking the PBX
};

struct FixRefusal
{
    RefusalKind kind = RefusalKind::Unsafe;
    // What stops it and what to do, in words.
    QString reason;
};

// One fix for one PBX: a plan, or the reason there is none.
struct FixPlan
{
    QString fixId;
    QString title;
    // The check ids that fail now and must stop failing once the plan is applied.
    QStringList resolves;
    std::optional<change::ChangePlan> plan;
    std::optional<FixRefusal> refusal;
    // What the user must know before applying, in words ("remote AMI clients lose access").
    QStringList risks;

    bool ok() const { return plan.has_value(); }
};

struct FixInput
{
    const audit::AuditFacts& facts;
    const QList<audit::Finding>& findings;
    const HardeningAnswers& answers;
    qint64 pbxId = 0;
    QString pbxName;
};

// The fixes: pure functions of the facts (collected unscrubbed, so file contents and their hashes are
// the PBX's own), the findings and the answers. Edits go through pbxconf's lossless documents.
namespace fixes {

// "ami", "sip-guest", "ssh", "fail2ban", "firewall", "web", in the order they are offered.
QStringList ids();
// What each fix resolves, for the wizard's grouping.
QStringList checksOf(const QString& fixId);
QString titleOf(const QString& fixId);

FixPlan ami(const FixInput& in);
FixPlan sipGuest(const FixInput& in);
FixPlan ssh(const FixInput& in);
FixPlan fail2ban(const FixInput& in);
// In FirewallFix.cpp: a default-drop nftables table of its own, SSH/web from the console and the
// trusted networks, SIP from the phones' networks and the trunks.
FixPlan firewall(const FixInput& in);
// Asterisk's mini-HTTP server (http.conf) bound to loopback.
FixPlan web(const FixInput& in);
// One of the above by id; an unknown id is refused.
FixPlan build(const QString& fixId, const FixInput& in);

// "freepbx", "issabel", "vitalpbx", "completepbx", or empty for plain Asterisk (MECHANICS.md §0),
// from the collector's flavor section.
QString flavor(const audit::AuditFacts& facts);

// Where the drop-in goes: sorted before cloud images' 50-cloud-init.conf, since the first value wins.
inline QString sshDropIn()
{
    return QStringLiteral("/etc/ssh/sshd_config.d/10-pbxwarden.conf");
}
inline QString fail2banJail()
{
    return QStringLiteral("/etc/fail2ban/jail.d/pbxwarden.local");
}

} // namespace fixes
} // namespace pbxwarden::hardening
