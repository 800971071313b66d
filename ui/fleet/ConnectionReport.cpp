#include "fleet/ConnectionReport.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QVariantMap>

namespace pbxwarden::ui {

using fleet::HostOutcome;

QString ConnectionReport::failureKind(const HostOutcome& outcome)
{
    return outcome.data.value(QStringLiteral("failure")).toString();
}

QString ConnectionReport::reason(const HostOutcome& outcome, const QString& pinnedFingerprint)
{
    const QString kind = failureKind(outcome);
    const QString fingerprint = outcome.data.value(QStringLiteral("fingerprint")).toString();
    if (outcome.state == HostOutcome::State::Cancelled)
        return tr("cancelled");
    if (outcome.state == HostOutcome::State::TimedOut)
        return tr("no answer in time");
    if (kind == u"UnknownHostKey")
        return tr("unknown host key %1 (not trusted yet)").arg(fingerprint);
    if (kind == u"HostKeyChanged")
        return pinnedFingerprint.isEmpty()
            ? tr("the host key has CHANGED: it is now %1").arg(fingerprint)
            : tr("the host key has CHANGED: pinned %1, now %2").arg(pinnedFingerprint, fingerprint);
    if (kind == u"AuthenticationFailed")
        return tr("login refused: %1").arg(outcome.message);
    if (kind == u"TimedOut")
        return tr("no answer in time: %1").arg(outcome.message);
    if (kind == u"Unreachable")
        return tr("cannot reach the PBX: %1").arg(outcome.message);
    return outcome.message;
}

QString ConnectionReport::summary(const HostOutcome& outcome)
{
    return outcome.ok() ? tr("OK: %1").arg(okDetail(outcome)) : tr("Failed: %1").arg(reason(outcome));
}

QString ConnectionReport::okDetail(const HostOutcome& outcome)
{
    const QVariantMap probe = outcome.data.value(QStringLiteral("probe")).toMap();
    if (probe.isEmpty())
        return tr("logged in; the probe failed: %1")
            .arg(outcome.data.value(QStringLiteral("probe_error")).toString());
    const QString version = probe.value(QStringLiteral("asterisk_installed")).toBool()
        ? shortVersion(probe.value(QStringLiteral("asterisk_version")).toString())
        : tr("no Asterisk");
    // Logged in but not root: the audit and every change would fail, so the short line says it.
    if (!probe.value(QStringLiteral("root_ready")).toBool())
        return tr("%1, %2; cannot become root")
            .arg(probe.value(QStringLiteral("hostname")).toString(), version);
    return tr("%1, %2").arg(probe.value(QStringLiteral("hostname")).toString(), version);
}

QString ConnectionReport::shortVersion(const QString& coreShowVersion)
{
    // "Asterisk 18.20.0 built by root @ vm on a x86_64 running Linux on ..." → "Asterisk 18.20.0"
    static const QRegularExpression re(QStringLiteral("^(Asterisk\\s+\\S+)"));
    const QRegularExpressionMatch m = re.match(coreShowVersion.trimmed());
    return m.hasMatch() ? m.captured(1) : coreShowVersion.trimmed();
}

QString ConnectionReport::uptimeText(qint64 s)
{
    if (s < 0)
        return tr("unknown");
    if (s >= 86400)
        return tr("%n day(s)", nullptr, int(s / 86400)) + QLatin1Char(' ')
            + tr("%n hour(s)", nullptr, int(s / 3600 % 24));
    if (s >= 3600)
        return tr("%n hour(s)", nullptr, int(s / 3600)) + QLatin1Char(' ')
            + tr("%n minute(s)", nullptr, int(s / 60 % 60));
    return tr("%n minute(s)", nullptr, int(s / 60));
}

QString ConnectionReport::factsHtml(const HostOutcome& outcome)
{
    const QVariantMap probe = outcome.data.value(QStringLiteral("probe")).toMap();
    if (probe.isEmpty())
        return tr("Logged in, but the probe failed: %1")
            .arg(outcome.data.value(QStringLiteral("probe_error")).toString().toHtmlEscaped());
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral(
            "<tr><td style=\"white-space:nowrap\"><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    return QStringLiteral("<table>")
        + row(tr("Host name:"), probe.value(QStringLiteral("hostname")).toString())
        + row(tr("System:"), probe.value(QStringLiteral("os")).toString())
        + row(tr("Up for:"), uptimeText(probe.value(QStringLiteral("uptime_seconds")).toLongLong()))
        + row(tr("Asterisk:"),
            probe.value(QStringLiteral("asterisk_installed")).toBool()
                ? probe.value(QStringLiteral("asterisk_version")).toString()
                : tr("not installed"))
        + row(tr("Root:"), probe.value(QStringLiteral("sudo_text")).toString())
        + row(tr("Host key:"), outcome.data.value(QStringLiteral("fingerprint")).toString())
        + QStringLiteral("</table>");
}

inventory::LastCheck ConnectionReport::lastCheck(const HostOutcome& outcome)
{
    inventory::LastCheck check;
    check.state = outcome.ok() ? QStringLiteral("ok") : QStringLiteral("failed");
    check.at = QDateTime::currentDateTimeUtc();
    check.detail = outcome.ok() ? okDetail(outcome) : reason(outcome);
    return check;
}

} // namespace pbxwarden::ui
