#include "widgets/Prompt.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace pbxwarden::ui {

std::optional<bool> Prompt::s_nextConfirm;
std::optional<QString> Prompt::s_nextFileName;
QString Prompt::s_lastError;
bool Prompt::s_suppressErrors = false;

bool Prompt::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel)
{
    if (s_nextConfirm) {
        const bool answer = *s_nextConfirm;
        s_nextConfirm.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void Prompt::error(QWidget* parent, const QString& title, const QString& text)
{
    s_lastError = text;
    if (!s_suppressErrors)
        QMessageBox::critical(parent, title, text);
}

QString Prompt::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (s_nextFileName) {
        const QString name = *s_nextFileName;
        s_nextFileName.reset();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Prompt::saveFileName(
    QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    if (s_nextFileName) {
        const QString name = *s_nextFileName;
        s_nextFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void Prompt::setNextConfirm(bool answer)
{
    s_nextConfirm = answer;
}

void Prompt::setNextFileName(const QString& fileName)
{
    s_nextFileName = fileName;
}

QString Prompt::lastError()
{
    return s_lastError;
}

void Prompt::setSuppressErrors(bool suppress)
{
    s_suppressErrors = suppress;
}

} // namespace pbxwarden::ui
