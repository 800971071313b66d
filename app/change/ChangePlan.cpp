#include "change/ChangePlan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace pbxwarden::change {

QByteArray FileEdit::sha256Hex(const QByteArray& content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

QString ChangePlan::newId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1Char('-')
        + QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, QLatin1Char('0'));
}

bool ChangePlan::isValidId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$"));
    return re.match(id).hasMatch();
}

QString ChangePlan::stagedPath(int index) const
{
    return journalDir() + QStringLiteral("/files/") + QString::number(index) + QStringLiteral(".new");
}

Status ChangePlan::checkShape() const
{
    if (!isValidId(id))
        return Error { QCoreApplication::translate(
            "ChangePlan", "The change has no valid id (letters, digits, '.', '_' and '-' only).") };
    if (files.isEmpty() && reload.isEmpty())
        return Error { QCoreApplication::translate(
            "ChangePlan", "The change does nothing: it has no file and no command.") };
    static const QRegularExpression modeRe(QStringLiteral("^[0-7]{3,4}$"));
    static const QRegularExpression ownerRe(
        QStringLiteral("^[A-Za-z0-9._][A-Za-z0-9._-]*:[A-Za-z0-9._][A-Za-z0-9._-]*$"));
    QSet<QString> seen;
    for (const FileEdit& f : files) {
        const QString& p = f.path;
        if (!p.startsWith(QLatin1Char('/')) || p.endsWith(QLatin1Char('/')) || p.size() > 4096)
            return Error { QCoreApplication::translate("ChangePlan",
                "\"%1\" is not an absolute file path; a change names every file by its full path.")
                               .arg(p) };
        for (const QChar c : p) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return Error { QCoreApplication::translate("ChangePlan",
                    "The path \"%1\" contains a control character (a newline?); such a file "
                    "cannot be changed safely. Rename it on the PBX first.")
                                   .arg(QString(p).replace(QLatin1Char('\n'), QStringLiteral("\\n"))) };
        }
        const QStringList parts = p.split(QLatin1Char('/'));
        if (parts.contains(QStringLiteral("..")) || parts.contains(QStringLiteral("."))
            || p.contains(QStringLiteral("//")))
            return Error { QCoreApplication::translate(
                "ChangePlan", "The path \"%1\" is not in its plain form (\".\", \"..\" or \"//\").")
                               .arg(p) };
        if (seen.contains(p))
            return Error { QCoreApplication::translate(
                "ChangePlan", "The change names \"%1\" twice; one edit per file.")
                               .arg(p) };
        seen.insert(p);
        if (f.expectedSha256
            && !QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                    .match(QString::fromLatin1(*f.expectedSha256))
                    .hasMatch())
            return Error { QCoreApplication::translate(
                "ChangePlan", "The expected SHA-256 of \"%1\" is not a lower-case hex digest.")
                               .arg(p) };
        if (!modeRe.match(f.newFileMode).hasMatch() || !ownerRe.match(f.newFileOwner).hasMatch())
            return Error { QCoreApplication::translate(
                "ChangePlan", "The mode \"%1\" or owner \"%2\" for the new file \"%3\" is not valid.")
                               .arg(f.newFileMode, f.newFileOwner, p) };
    }
    if (accessCouldBeLost && (deadManSeconds < 5 || deadManSeconds > 3600))
        return Error { QCoreApplication::translate(
            "ChangePlan", "The dead-man switch must be between 5 and 3600 seconds, not %1.")
                           .arg(deadManSeconds) };
    return {};
}

} // namespace pbxwarden::change
