#include "inventory/ActivityEntry.h"

#include <QCoreApplication>

namespace pbxwarden::inventory {
namespace {

QString fieldName(const QString& code)
{
    if (code == u"name")
        return QCoreApplication::translate("Activity", "name");
    if (code == u"placement")
        return QCoreApplication::translate("Activity", "customer/site");
    if (code == u"address")
        return QCoreApplication::translate("Activity", "address");
    if (code == u"ssh")
        return QCoreApplication::translate("Activity", "SSH login");
    if (code == u"ami")
        return QCoreApplication::translate("Activity", "AMI");
    if (code == u"tags")
        return QCoreApplication::translate("Activity", "tags");
    if (code == u"notes")
        return QCoreApplication::translate("Activity", "notes");
    if (code == u"hostkey")
        return QCoreApplication::translate("Activity", "pinned host key");
    return code;
}

} // namespace

QString describeActivity(const ActivityEntry& e)
{
    const QVariantMap& a = e.args;
    auto arg = [&](const char* key) {
        return a.value(QLatin1String(key)).toString();
    };
    const QString& action = e.action;
    // Lines written before the log kept values (plain words in the detail column) stay as written.
    if (a.size() == 1 && a.contains(QStringLiteral("text")))
        return arg("text");
    if (action == u"pbx.add")
        return QCoreApplication::translate("Activity", "Added PBX %1 (%2)").arg(e.pbxName, arg("host"));
    if (action == u"pbx.import")
        return QCoreApplication::translate("Activity", "Imported PBX %1 (%2)").arg(e.pbxName, arg("host"));
    if (action == u"pbx.remove")
        return QCoreApplication::translate("Activity", "Removed PBX %1 (%2)").arg(e.pbxName, arg("host"));
    if (action == u"pbx.edit") {
        QStringList fields;
        for (const QString& code : a.value(QStringLiteral("changed")).toStringList())
            fields << fieldName(code);
        return fields.isEmpty()
            ? QCoreApplication::translate("Activity", "Saved without changes")
            : QCoreApplication::translate("Activity", "Changed %1").arg(fields.join(QStringLiteral(", ")));
    }
    if (action == u"hostkey.pin")
        return arg("old").isEmpty()
            ? QCoreApplication::translate("Activity", "Pinned SSH host key %1").arg(arg("new"))
            : QCoreApplication::translate("Activity", "Re-pinned SSH host key from %1 to %2")
                  .arg(arg("old"), arg("new"));
    if (action == u"customer.add")
        return QCoreApplication::translate("Activity", "Added customer %1").arg(arg("customer"));
    if (action == u"customer.remove")
        return QCoreApplication::translate("Activity", "Removed customer %1").arg(arg("customer"));
    if (action == u"site.add")
        return QCoreApplication::translate("Activity", "Added site %1 of %2")
            .arg(arg("site"), arg("customer"));
    if (action == u"check.connection")
        return arg("state") == u"ok"
            ? QCoreApplication::translate("Activity", "Connection check OK: %1").arg(arg("detail"))
            : QCoreApplication::translate("Activity", "Connection check failed: %1").arg(arg("detail"));
    if (action == u"ami.state" && arg("state") != u"up")
        return QCoreApplication::translate("Activity", "AMI connection failed: %1").arg(arg("reason"));
    if (action == u"ami.state") {
        // The transport is logged in words: plain TCP must stand out from the tunnel (issue 11).
        const QString transport = arg("transport");
        const QString over = transport == u"ssh" ? QCoreApplication::translate("Activity", "SSH tunnel")
            : transport == u"tls"                ? QCoreApplication::translate("Activity", "TLS")
            : transport == u"tcp"                ? QCoreApplication::translate("Activity", "plain TCP")
                                                 : QString();
        return over.isEmpty() ? QCoreApplication::translate("Activity", "AMI session up as %1 (%2)")
                                    .arg(arg("user"), arg("route"))
                              : QCoreApplication::translate("Activity", "AMI session up as %1 over %2 (%3)")
                                    .arg(arg("user"), over, arg("route"));
    }
    if (action == u"pbx.audit" && a.value(QStringLiteral("not_assessed")).toInt() > 0)
        return QCoreApplication::translate(
            "Activity", "Audited: score %1 of 100, grade %2 (partial — %3 of %4 not assessed)")
            .arg(a.value(QStringLiteral("score")).toInt())
            .arg(arg("grade"))
            .arg(a.value(QStringLiteral("not_assessed")).toInt())
            .arg(a.value(QStringLiteral("checks")).toInt());
    if (action == u"pbx.audit")
        return QCoreApplication::translate("Activity", "Audited: score %1 of 100, grade %2")
            .arg(a.value(QStringLiteral("score")).toInt())
            .arg(arg("grade"));
    if (action == u"audit.failed")
        return QCoreApplication::translate("Activity", "Audit failed: %1").arg(arg("reason"));
    if (action.startsWith(QLatin1String("change."))) {
        const QString outcome = arg("outcome");
        const QString words = outcome == u"applied" ? QCoreApplication::translate("Activity", "applied")
            : outcome == u"refused"     ? QCoreApplication::translate("Activity", "refused, nothing changed")
            : outcome == u"invalid"     ? QCoreApplication::translate("Activity", "rejected by a validator")
            : outcome == u"rolled-back" ? QCoreApplication::translate("Activity", "rolled back")
            : outcome == u"rollback-failed" ? QCoreApplication::translate("Activity", "rollback failed")
            : outcome == u"interrupted"     ? QCoreApplication::translate("Activity", "interrupted")
            : outcome == u"undone"          ? QCoreApplication::translate("Activity", "undone")
                                            : outcome;
        return QCoreApplication::translate("Activity", "Change %1 (%2): %3")
            .arg(arg("id"), arg("title"), words);
    }
    // Actions this build does not know (a newer one wrote them) keep their own words.
    return a.contains(QStringLiteral("text")) ? arg("text") : action;
}

} // namespace pbxwarden::inventory
