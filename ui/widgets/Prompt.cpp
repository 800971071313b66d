#include "widgets/Prompt.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pbxwarden::ui {

std::optional<bool> Prompt::s_nextConfirm;
std::optional<QString> Prompt::s_nextFileName;
QString Prompt::s_lastError;
QString Prompt::s_lastQuestion;
bool Prompt::s_suppressErrors = false;

bool Prompt::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel)
{
    s_lastQuestion = text;
    if (s_nextConfirm) {
        const bool answer = *s_nextConfirm;
        s_nextConfirm.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    // Questions and errors quote PBX names, hosts and answers: never read as HTML.
    box.setTextFormat(Qt::PlainText);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void Prompt::ask(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel,
    QObject* context, std::function<void(bool)> done)
{
    s_lastQuestion = text;
    if (s_nextConfirm) {
        const bool answer = *s_nextConfirm;
        s_nextConfirm.reset();
        QMetaObject::invokeMethod(
            context, [answer, done = std::move(done)] { done(answer); }, Qt::QueuedConnection);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton* accept = box->addButton(acceptLabel, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, context,
        [box, accept, done = std::move(done)](int) { done(box->clickedButton() == accept); });
    box->open();
}

void Prompt::askChecked(QWidget* parent, const QString& title, const QString& text, const QStringList& checks,
    const QString& acceptLabel, QObject* context, std::function<void(bool)> done)
{
    s_lastQuestion = text + QLatin1Char('\n') + checks.join(QLatin1Char('\n'));
    if (s_nextConfirm) {
        const bool answer = *s_nextConfirm;
        s_nextConfirm.reset();
        QMetaObject::invokeMethod(
            context, [answer, done = std::move(done)] { done(answer); }, Qt::QueuedConnection);
        return;
    }
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText); // fingerprints and host names, never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    layout->addWidget(label);
    QList<QCheckBox*> boxes;
    for (const QString& check : checks) {
        auto* box = new QCheckBox(check);
        boxes << box;
        layout->addWidget(box);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* accept = buttons->addButton(acceptLabel, QDialogButtonBox::AcceptRole);
    accept->setEnabled(boxes.isEmpty());
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    for (QCheckBox* box : std::as_const(boxes)) {
        QObject::connect(box, &QCheckBox::toggled, accept, [boxes, accept] {
            accept->setEnabled(
                std::all_of(boxes.begin(), boxes.end(), [](QCheckBox* b) { return b->isChecked(); }));
        });
    }
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(dialog, &QDialog::finished, context,
        [done = std::move(done)](int result) { done(result == QDialog::Accepted); });
    dialog->open();
}

void Prompt::error(QWidget* parent, const QString& title, const QString& text)
{
    s_lastError = text;
    if (s_suppressErrors)
        return;
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
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

QString Prompt::lastQuestion()
{
    return s_lastQuestion;
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
