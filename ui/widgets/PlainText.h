#pragma once

#include <QString>

class QLabel;

namespace pbxwarden::ui::plain {

// Text that comes from a PBX, a file or the user, shown so that it is always read literally.
// Qt renders any tooltip or AutoText label that merely looks like HTML (Qt::mightBeRichText) as rich
// text: a PBX sending "<img src=/dev/zero>" in a banner would hang the GUI on hover, and <img> reads
// local files (issue 11). Every such text goes through these three.

// A tooltip that shows text literally (escaped, wrapped like any tooltip); empty stays empty.
QString toolTip(const QString& text);
// A label showing text literally, whatever it looks like.
void setLabel(QLabel* label, const QString& text);
// Text escaped for a place in our own rich text (a label or tooltip that also has markup).
QString html(const QString& text);

} // namespace pbxwarden::ui::plain
