#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;
class QWidget;

namespace pbxwarden::ui {

// Every modal question the main window asks goes through here, so tests can answer in advance
// instead of clicking a dialog they cannot see (as KeePassXC's MessageBox::setNextAnswer).
class Prompt
{
public:
    static bool confirm(
        QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel);
    // ask() for a decision that needs every one of `checks` ticked before the accept button is
    // enabled (re-pinning a changed host key: the user confirms the old and the new fingerprint).
    static void askChecked(QWidget* parent, const QString& title, const QString& text,
        const QStringList& checks, const QString& acceptLabel, QObject* context,
        std::function<void(bool)> done);
    static void error(QWidget* parent, const QString& title, const QString& text);
    // The same question without a nested event loop: a window-modal box, the answer delivered later
    // to done (never from inside this call), unless context is gone by then.
    static void ask(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel,
        QObject* context, std::function<void(bool)> done);
    static QString openFileName(QWidget* parent, const QString& title, const QString& filter);
    static QString saveFileName(
        QWidget* parent, const QString& title, const QString& suggested, const QString& filter);

    // Test hooks: the next call answers this without showing anything.
    static void setNextConfirm(bool answer);
    static void setNextFileName(const QString& fileName);
    static QString lastError(); // the text of the last error() shown or swallowed
    static QString lastQuestion(); // the text of the last confirm() or ask()
    static void setSuppressErrors(bool suppress);

private:
    static std::optional<bool> s_nextConfirm;
    static std::optional<QString> s_nextFileName;
    static QString s_lastError;
    static QString s_lastQuestion;
    static bool s_suppressErrors;
};

} // namespace pbxwarden::ui
