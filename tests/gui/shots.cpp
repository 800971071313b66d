// Renders the main screens to PNG files for review and for the README:
//   xvfb-run -a build/tests/gui/pbxwarden-shots OUTDIR [--lang CODE] [--db FILE]
// Not a test: it asserts nothing, it only shows.
#include "MainWindow.h"
#include "core/Settings.h"
#include "inventory/Database.h"
#include "pbx/PbxDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QScreen>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

using namespace pbxwarden;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        qWarning("usage: pbxwarden-shots OUTDIR [--lang CODE] [--db FILE]");
        return 64;
    }
    const QString outDir = args.takeFirst();
    QString language = QStringLiteral("en");
    QString dbPath;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--lang")
            language = args.at(i + 1);
        else if (args.at(i) == u"--db")
            dbPath = args.at(i + 1);
    }
    QTranslator own;
    if (own.load(
            QLocale(language), QStringLiteral("pbxwarden"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&own);
    QTranslator qt;
    if (qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    QLocale::setDefault(QLocale(language));
    if (QLocale(language).textDirection() == Qt::RightToLeft)
        app.setLayoutDirection(Qt::RightToLeft);

    QTemporaryDir scratch;
    auto db = inventory::Database::open(
        dbPath.isEmpty() ? scratch.filePath(QStringLiteral("inv.sqlite")) : dbPath);
    if (!db) {
        qWarning("%s", qPrintable(db.error()));
        return 74;
    }
    Settings settings(scratch.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(*db.value(), settings);
    window.resize(1280, 800);
    window.show();
    QDir().mkpath(outDir);
    const QString suffix = language == u"en" ? QString() : QLatin1Char('-') + language;

    QDialog* dialog = nullptr;
    QObject::connect(&window, &ui::MainWindow::dialogOpened, [&](QDialog* d) { dialog = d; });
    QTimer::singleShot(1500, [&] {
        window.grab().save(outDir + QStringLiteral("/main-window%1.png").arg(suffix));
        window.findChild<QAction*>(QStringLiteral("addPbx"))->trigger();
    });
    QTimer::singleShot(2500, [&] {
        if (dialog)
            dialog->grab().save(outDir + QStringLiteral("/pbx-dialog%1.png").arg(suffix));
        app.quit();
    });
    return app.exec();
}
