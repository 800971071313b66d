#include "widgets/PlainText.h"

#include <QLabel>
#include <QTextDocument>

namespace pbxwarden::ui::plain {

QString toolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    // convertFromPlainText escapes and keeps line breaks; the result is rich text that says exactly text.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

void setLabel(QLabel* label, const QString& text)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
}

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace pbxwarden::ui::plain
