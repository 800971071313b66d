#include "AppServices.h"
#include "MainWindow.h"
#include "core/AppPaths.h"
#include "core/BuildInfo.h"
#include "core/ProcessHardening.h"
#include "core/Settings.h"
#include "inventory/Database.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

const char kHelp[]
    = "Usage: pbxwarden [--db PATH] [--lang CODE]\n\n"
      "PBX Warden: secure a fleet of Asterisk-based IP PBXs from one console.\n\n"
      "  --db PATH     inventory database (default: $PBXWARDEN_DB, else the application data folder)\n"
      "  --lang CODE   language for this run: en, de, es, fr or he\n"
      "  --help        show this help\n"
      "  --version     show the version\n\n"
      "For scripts, see pbxwarden-cli --help.\n";

// Loads the application's and Qt's own translations; Hebrew turns the layout right to left.
void installTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* own = new QTranslator(&app);
    // A language we do not have (or the C locale) falls back to English, whose catalogue carries
    // the plural forms ("1 PBX", "3 PBXs").
    if (own->load(locale, QStringLiteral("pbxwarden"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/pbxwarden_en")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(locale);
    if (locale.textDirection() == Qt::RightToLeft)
        app.setLayoutDirection(Qt::RightToLeft);
}

} // namespace

int main(int argc, char** argv)
{
    pbxwarden::hardenProcess();
    // Answer these before QApplication exists, so they work without a display.
    QString dbArgument;
    QString language;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("pbxwarden %s\n", pbxwarden::build::kVersion);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::fputs(kHelp, stdout);
            return 0;
        }
        if ((std::strcmp(argv[i], "--db") == 0 || std::strcmp(argv[i], "--lang") == 0) && i + 1 < argc) {
            (argv[i][2] == 'd' ? dbArgument : language) = QString::fromLocal8Bit(argv[i + 1]);
            ++i;
        } else if (std::strncmp(argv[i], "--db=", 5) == 0) {
            dbArgument = QString::fromLocal8Bit(argv[i] + 5);
        } else if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            language = QString::fromLocal8Bit(argv[i] + 7);
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            std::fprintf(stderr, "pbxwarden: unknown option %s (try --help)\n", argv[i]);
            return 64;
        }
    }

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pbxwarden"));
    QCoreApplication::setOrganizationName(QStringLiteral("pbxwarden"));
    QCoreApplication::setApplicationVersion(QLatin1String(pbxwarden::build::kVersion));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("PBX Warden"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.pbxwarden.PBXWarden"));

    pbxwarden::Settings settings;
    installTranslations(app, language.isEmpty() ? settings.language() : language);

    const QString path = pbxwarden::resolveDatabasePath(dbArgument);
    auto db = pbxwarden::inventory::Database::open(path);
    if (!db) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "PBX Warden cannot open its inventory"), db.error());
        return 74;
    }
    // main() builds the services; the window and its controllers only use them.
    pbxwarden::ui::AppServices services(*db.value(), settings);
    pbxwarden::ui::MainWindow window(services);
    window.show();
    return app.exec();
}
