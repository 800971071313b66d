#include "audit/AuditColors.h"

namespace pbxwarden::ui::auditcolors {

QColor grade(const QString& grade)
{
    if (grade == u"A")
        return QColor(0x2e, 0x7d, 0x32);
    if (grade == u"B")
        return QColor(0x7c, 0xb3, 0x42);
    if (grade == u"C")
        return QColor(0xfb, 0xc0, 0x2d);
    if (grade == u"D")
        return QColor(0xf5, 0x7c, 0x00);
    if (grade == u"F")
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor status(audit::Score::Status status)
{
    switch (status) {
    case audit::Score::Status::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case audit::Score::Status::Warn:
        return QColor(0xfb, 0xc0, 0x2d);
    case audit::Score::Status::Fail:
        return QColor(0xc6, 0x28, 0x28);
    case audit::Score::Status::Partial:
        return QColor(0xc5, 0xe1, 0xa5); // pale: what was seen passed, the rest is unknown
    case audit::Score::Status::NotAssessed:
    case audit::Score::Status::NothingToAssess:
        break;
    }
    return QColor(0xbd, 0xbd, 0xbd);
}

QColor severity(audit::Severity severity)
{
    switch (severity) {
    case audit::Severity::Critical:
        return QColor(0x8e, 0x00, 0x00);
    case audit::Severity::High:
        return QColor(0xc6, 0x28, 0x28);
    case audit::Severity::Medium:
        return QColor(0xf5, 0x7c, 0x00);
    case audit::Severity::Low:
        return QColor(0xfb, 0xc0, 0x2d);
    case audit::Severity::Info:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor textOn(const QColor& background)
{
    // Relative luminance, roughly: yellow and light green take black text, the rest white.
    const double l = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return l > 0.6 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

QColor warningTint()
{
    return QColor(0xfd, 0xe0, 0xdc);
}

QColor partialText()
{
    return QColor(0x9a, 0x5b, 0x00);
}

QColor partialTint()
{
    return QColor(0xff, 0xf3, 0xd6);
}

} // namespace pbxwarden::ui::auditcolors
