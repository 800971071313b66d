#include "audit/Score.h"
#include "core/Settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <utility>

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
        // Each menu word in the context its action lives in since MainWindow was split.
        const std::pair<const char*, const char*> words[] = {
            { "pbxwarden::ui::MainWindow", "&File" },
            { "pbxwarden::ui::MainWindow", "&Edit" },
            { "pbxwarden::ui::InventoryController", "&New PBX…" },
            { "pbxwarden::ui::InventoryController", "&Delete PBX…" },
            { "pbxwarden::ui::FleetTableModel", "Customer" },
            { "pbxwarden::ui::FleetTableModel", "Host" },
        };
        for (const auto& [context, source] : words) {
            const QString translated = translator.translate(context, source);
            QVERIFY2(!translated.isEmpty(), source);
            // "Host" is German and French for host too; every other word must differ from English.
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

    // Plural forms come from the app's own catalogue, by that language's rules (issue 9 section 5).
    void plurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("many");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("1 Tag") << QStringLiteral("3 Tage");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("1 día") << QStringLiteral("3 días");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("1 jour") << QStringLiteral("3 jours");
        QTest::newRow("he") << QStringLiteral("he") << QStringLiteral("1 יום") << QStringLiteral("3 ימים");
    }
    void plurals()
    {
        QFETCH(QString, language);
        QFETCH(QString, one);
        QFETCH(QString, many);
        QTranslator translator;
        QVERIFY(translator.load(
            QLocale(language), QStringLiteral("pbxwarden"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        for (const auto& [n, expected] : { std::pair { 1, one }, std::pair { 3, many } }) {
            const QString form = translator.translate("ConnectionReport", "%n day(s)", nullptr, n);
            QCOMPARE(QString(form).replace(QLatin1String("%n"), QString::number(n)), expected);
        }
    }

    // A partial audit's grade carries its partial marker in every language, with both counts, and so
    // do a partial practice and the coverage (issue 16 section 1): the words the CLI and GUI show.
    void partialGradeInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("partial");
        QTest::addColumn<QString>("assessed");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("partial")
                            << QStringLiteral("assessed");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("teilweise")
                            << QStringLiteral("bewertet");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("parcial") << QStringLiteral("evaluad");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("partiel") << QStringLiteral("évalué");
        QTest::newRow("he") << QStringLiteral("he") << QStringLiteral("חלקי") << QStringLiteral("הוערכו");
    }
    void partialGradeInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, partial);
        QFETCH(QString, assessed);
        QTranslator translator;
        QVERIFY(translator.load(
            QLocale(language), QStringLiteral("pbxwarden"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        using pbxwarden::audit::Practice;
        using pbxwarden::audit::Score;
        Score s;
        s.grade = QStringLiteral("A");
        s.value = 98;
        s.earned = 98;
        s.possible = 100;
        s.checks = 52;
        s.notAssessed = 15;
        s.practices.insert(Practice::Firewall, Score::Status::Partial);
        s.coverage.insert(Practice::Firewall, Score::Coverage { 5, 2 });
        const QString grade = s.gradeText();
        const QString tile = s.practiceText(Practice::Firewall);
        const QString coverage = Score::coverageText(52, 15);
        QCoreApplication::removeTranslator(&translator);
        for (const QString& words : { grade, tile, coverage })
            QVERIFY2(words.contains(assessed) || words == grade, qPrintable(words));
        QVERIFY2(
            grade.contains(partial) && grade.contains(u"15") && grade.contains(u"52") && grade.contains(u'A'),
            qPrintable(grade));
        QVERIFY2(tile.contains(u'2') && tile.contains(u'5'), qPrintable(tile));
        QVERIFY2(coverage.contains(u"37") && coverage.contains(u"52"), qPrintable(coverage));
        // A complete grade is the letter alone.
        s.notAssessed = 0;
        QCOMPARE(s.gradeText(), QStringLiteral("A"));
    }

    // The app's Hebrew catalogue is really Hebrew (not Qt's idea of the locale).
    void hebrewCatalogueIsHebrew()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("he")), QStringLiteral("pbxwarden"),
            QStringLiteral("_"), QStringLiteral(":/i18n")));
        const QString file = translator.translate("pbxwarden::ui::MainWindow", "&File");
        QVERIFY2(std::any_of(file.begin(), file.end(),
                     [](QChar c) { return c.unicode() >= 0x5d0 && c.unicode() <= 0x5ea; }),
            qPrintable(file));
        QCOMPARE(QLocale(QStringLiteral("he")).textDirection(), Qt::RightToLeft);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
