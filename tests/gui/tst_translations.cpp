#include "core/Settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

// The catalogues are built into the binary: each language loads, and the main window's menu
// words are really translated, not copied from English.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogues_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& code : pbxwarden::Settings::supportedLanguages()) {
            if (code != u"en")
                QTest::newRow(qPrintable(code)) << code;
        }
    }
    void catalogues()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(
            QLocale(language), QStringLiteral("pbxwarden"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        for (const char* source : { "&File", "&Edit", "&New PBX…", "&Delete PBX…", "Customer", "Host" }) {
            const char* context = QByteArray(source) == "Customer" || QByteArray(source) == "Host"
                ? "pbxwarden::ui::FleetTableModel"
                : "pbxwarden::ui::MainWindow";
            const QString translated = translator.translate(context, source);
            QVERIFY2(!translated.isEmpty(), source);
            QVERIFY2(translated != QLatin1String(source) || QByteArray(source) == "Host", source);
        }
    }

    void englishPlurals()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("en")), QStringLiteral("pbxwarden"),
            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("pbxwarden::ui::MainWindow", "%n PBX(s)", nullptr, 1),
            QStringLiteral("%n PBX"));
        QCOMPARE(translator.translate("pbxwarden::ui::MainWindow", "%n PBX(s)", nullptr, 3),
            QStringLiteral("%n PBXs"));
    }

    void hebrewIsRightToLeft() { QCOMPARE(QLocale(QStringLiteral("he")).textDirection(), Qt::RightToLeft); }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
