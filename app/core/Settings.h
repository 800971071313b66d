#pragma once

#include <QSettings>
#include <QString>

namespace pbxwarden {

// Every user setting with its default, in one place. Never holds a secret.
class Settings
{
public:
    Settings();
    explicit Settings(const QString& iniFile); // for tests

    // "" follows the system locale; otherwise "en", "de", "es", "fr", "he".
    QString language() const;
    void setLanguage(const QString& code);

    int fleetParallelism() const;
    void setFleetParallelism(int value);

    int sshTimeoutSeconds() const;
    void setSshTimeoutSeconds(int value);

    // AMI's plain login sends the secret in clear: plain TCP is used only when the user allowed it
    // here, and then with the MD5 challenge. Off by default (issue 11).
    bool amiPlainTcpAllowed() const;
    void setAmiPlainTcpAllowed(bool allowed);

    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);

    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

    static QStringList supportedLanguages();

private:
    QSettings m_settings;
};

} // namespace pbxwarden
