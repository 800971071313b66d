#include "core/Settings.h"

namespace pbxwarden {

Settings::Settings() = default;

Settings::Settings(const QString& iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
}

QStringList Settings::supportedLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
        QStringLiteral("he") };
}

QString Settings::language() const
{
    const QString code = m_settings.value(QStringLiteral("ui/language")).toString();
    return supportedLanguages().contains(code) ? code : QString();
}

void Settings::setLanguage(const QString& code)
{
    m_settings.setValue(QStringLiteral("ui/language"), code);
}

int Settings::fleetParallelism() const
{
    return std::clamp(m_settings.value(QStringLiteral("fleet/parallelism"), 16).toInt(), 1, 256);
}

void Settings::setFleetParallelism(int value)
{
    m_settings.setValue(QStringLiteral("fleet/parallelism"), std::clamp(value, 1, 256));
}

bool Settings::amiPlainTcpAllowed() const
{
    return m_settings.value(QStringLiteral("ami/plainTcpAllowed"), false).toBool();
}

void Settings::setAmiPlainTcpAllowed(bool allowed)
{
    m_settings.setValue(QStringLiteral("ami/plainTcpAllowed"), allowed);
}

int Settings::sshTimeoutSeconds() const
{
    return std::clamp(m_settings.value(QStringLiteral("ssh/timeoutSeconds"), 15).toInt(), 1, 600);
}

void Settings::setSshTimeoutSeconds(int value)
{
    m_settings.setValue(QStringLiteral("ssh/timeoutSeconds"), std::clamp(value, 1, 600));
}

QByteArray Settings::mainWindowState() const
{
    return m_settings.value(QStringLiteral("ui/mainWindowState")).toByteArray();
}

void Settings::setMainWindowState(const QByteArray& state)
{
    m_settings.setValue(QStringLiteral("ui/mainWindowState"), state);
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings.value(QStringLiteral("ui/mainWindowGeometry")).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(QStringLiteral("ui/mainWindowGeometry"), geometry);
}

} // namespace pbxwarden
