// SPDX-License-Identifier: GPL-3.0-or-later
// The one language installer that the command line and the Language menu share: the names it
// accepts, and that switching replaces the catalogues instead of stacking them.
#include "core/localization.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace dockscope;
using namespace Qt::StringLiterals;

class tst_Localization : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseLanguage_data();
    void parseLanguage();
    void switchReplacesCatalogues();
    void datesKeepTheirFormat_data();
    void datesKeepTheirFormat();
    void errnoTextsTranslate();
};

void tst_Localization::parseLanguage_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"zh_CN"_s;
    QTest::newRow("zh-CN") << u"zh-CN"_s << u"zh_CN"_s;
    QTest::newRow("zh") << u"zh"_s << u"zh_CN"_s;
    QTest::newRow("zh_Hans") << u"zh_Hans"_s << u"zh_CN"_s;
    QTest::newRow("en") << u"en"_s << u"en"_s;
    QTest::newRow("en_US") << u"en_US"_s << u"en"_s;
    QTest::newRow("C") << u"C"_s << u"en"_s;
    QTest::newRow("fr") << u"fr"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("injection") << u"zh_CN;rm -rf /"_s << QString();
}

void tst_Localization::parseLanguage()
{
    QFETCH(QString, value);
    QFETCH(QString, code);
    const auto locale = core::parseLanguage(value);
    QCOMPARE(locale.has_value(), !code.isEmpty());
    if (locale)
        QCOMPARE(core::languageCode(*locale), code);
}

void tst_Localization::switchReplacesCatalogues()
{
    const QString qmDir = QStringLiteral(DOCKSCOPE_QM_DIR);
    const char *source = "Ensure swarm mode is not Enabled, if not needed";
    auto installed = [] {
        int n = 0;
        const auto all = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        for (const QTranslator *t : all)
            n += t->objectName() == "dockscope-translator"_L1 ? 1 : 0;
        return n;
    };

    core::installTranslators(*core::parseLanguage(u"zh_CN"_s), qmDir);
    const QString chinese = QCoreApplication::translate("Checks", source);
    QVERIFY2(chinese != QLatin1String(source), "the zh_CN catalogue did not translate a check title");
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    const int perLanguage = installed();
    QVERIFY(perLanguage >= 1);

    // English: the source text again, and the dates of an English locale.
    core::installTranslators(*core::parseLanguage(u"en"_s), qmDir);
    QCOMPARE(QCoreApplication::translate("Checks", source), QLatin1String(source));
    QCOMPARE(QLocale().language(), QLocale::English);
    // English plural forms come from dockscope_en.
    QCOMPARE(QCoreApplication::translate("Ui", "%n container(s)", nullptr, 1), u"1 container"_s);

    // Back and forth: still one set installed, still Chinese.
    core::installTranslators(*core::parseLanguage(u"zh_CN"_s), qmDir);
    core::installTranslators(*core::parseLanguage(u"zh_CN"_s), qmDir);
    QCOMPARE(QCoreApplication::translate("Checks", source), chinese);
    QCOMPARE(installed(), perLanguage);
}

void tst_Localization::datesKeepTheirFormat_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    // One pattern per language, whatever the territory or the way the language was chosen.
    QTest::newRow("C (no language chosen)") << QLocale::c() << u"6 Dec 2026 23:51:17"_s;
    QTest::newRow("en") << *core::parseLanguage(u"en"_s) << u"6 Dec 2026 23:51:17"_s;
    QTest::newRow("en_US") << *core::parseLanguage(u"en_US"_s) << u"6 Dec 2026 23:51:17"_s;
    QTest::newRow("en_GB") << *core::parseLanguage(u"en_GB"_s) << u"6 Dec 2026 23:51:17"_s;
    QTest::newRow("zh_CN") << *core::parseLanguage(u"zh_CN"_s) << u"2026年12月6日 23:51:17"_s;
}

void tst_Localization::datesKeepTheirFormat()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    const QDateTime local(QDate(2026, 12, 6), QTime(23, 51, 17));
    QCOMPARE(core::formatDateTime(local, locale), text);
    // A UTC time is shown in local time.
    QCOMPARE(core::formatDateTime(local.toUTC(), locale), text);
    // And through the default locale that a language switch installs.
    core::installTranslators(locale, QStringLiteral(DOCKSCOPE_QM_DIR));
    QCOMPARE(core::formatDateTime(local), text);
    QCOMPARE(core::formatDateTime(QDateTime()), QString());
    // A report's dates carry their offset from UTC: "UTC+01:00", "UTC-05:30", "UTC+00:00".
    const QString zoned = core::formatDateTimeWithZone(local, locale);
    QVERIFY2(zoned.startsWith(text + u" UTC"_s), qPrintable(zoned));
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? u"-"_s : u"+"_s;
    QCOMPARE(zoned.sliced(text.size() + 4),
             sign + QTime(0, 0).addSecs(qAbs(offset)).toString(u"HH:mm"_s));
    QCOMPARE(core::formatDateTimeWithZone(QDateTime()), QString());
}

void tst_Localization::errnoTextsTranslate()
{
    core::installTranslators(*core::parseLanguage(u"zh_CN"_s), QStringLiteral(DOCKSCOPE_QM_DIR));
    const QString chinese = core::translatedDetail(u"No such file or directory"_s);
    QVERIFY2(chinese != "No such file or directory"_L1, "the zh_CN catalogue has no errno texts");
    QCOMPARE(core::translatedDetail(u"/etc/docker/daemon.json: No such file or directory"_s),
             QString(u"/etc/docker/daemon.json: "_s + chinese));
    // Inside a path, or not after ": ": unchanged.
    QCOMPARE(core::translatedDetail(u"/No such file or directory/x: gone"_s), u"/No such file or directory/x: gone"_s);
    QCOMPARE(core::translatedDetail(u"xNo such file or directory"_s), u"xNo such file or directory"_s);
    core::installTranslators(*core::parseLanguage(u"en"_s), QStringLiteral(DOCKSCOPE_QM_DIR));
    QCOMPARE(core::translatedDetail(u"/x: Permission denied"_s), u"/x: Permission denied"_s);
}

QTEST_GUILESS_MAIN(tst_Localization)
#include "tst_localization.moc"
