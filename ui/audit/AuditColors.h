#pragma once

#include "audit/Score.h"
#include "audit/Severity.h"

#include <QColor>
#include <QString>

// The dashboards' colours, in one place so a grade looks the same in the fleet table and on a PBX's
// page. Each background comes with a text colour chosen to stay readable on it.
namespace pbxwarden::ui::auditcolors {

QColor grade(const QString& grade);
QColor status(audit::Score::Status status);
QColor severity(audit::Severity severity);
// Black or white, whichever reads better on background.
QColor textOn(const QColor& background);
// A pale tint for table cells that need attention (an overdue audit, an end-of-life version).
QColor warningTint();
// Text and a pale tint for what is partial (checks not assessed): amber, never green.
QColor partialText();
QColor partialTint();

} // namespace pbxwarden::ui::auditcolors
