#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace pbxwarden {
class Settings;
}

namespace pbxwarden::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings& settings, const QString& databasePath, const QString& secretsDescription,
        QWidget* parent = nullptr);

    void save();

private:
    Settings& m_settings;
    QComboBox* m_language;
    QSpinBox* m_parallelism;
    QSpinBox* m_timeout;
    QCheckBox* m_amiPlainTcp;
};

} // namespace pbxwarden::ui
