// SPDX-License-Identifier: GPL-3.0-or-later
// The translations as the application loads them: the .qm files that app/ builds from
// translations/*.ts (DOCKSCOPE_QM_DIR), looked up the way the code looks them up
// (QCoreApplication::translate with context, source, disambiguation and n).
#include "tsreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using dockscope::test::readTsFile;
using dockscope::test::TsMessage;

namespace {

QString qmPath(const QString &language)
{
    return QDir(QStringLiteral(DOCKSCOPE_QM_DIR)).filePath(u"dockscope_%1.qm"_s.arg(language));
}

//! Installs a .qm file for the lifetime of the object.
class ScopedTranslator
{
public:
    explicit ScopedTranslator(const QString &language)
    {
        m_loaded = m_translator.load(qmPath(language));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedTranslator()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
    }
    ScopedTranslator(const ScopedTranslator &) = delete;
    ScopedTranslator &operator=(const ScopedTranslator &) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

QString translate(const QByteArray &context, const QByteArray &source, const QByteArray &comment, int n)
{
    return QCoreApplication::translate(context.constData(), source.constData(),
                                       comment.isEmpty() ? nullptr : comment.constData(), n);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qmFilesLoad_data();
    void qmFilesLoad();
    void chinese_data();
    void chinese();
    void englishPlurals_data();
    void englishPlurals();
    void qmMatchesTs_data();
    void qmMatchesTs();
};

void tst_Translations::qmFilesLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedLanguage");
    QTest::addRow("zh_CN") << u"zh_CN"_s << u"zh_CN"_s;
    // The plural-only English file: its language decides the plural rule (two forms).
    QTest::addRow("en") << u"en"_s << u"en_US"_s;
}

void tst_Translations::qmFilesLoad()
{
    QFETCH(QString, language);
    QFETCH(QString, expectedLanguage);
    QTranslator translator;
    QVERIFY2(translator.load(qmPath(language)), qPrintable(u"cannot load "_s + qmPath(language)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), expectedLanguage);
}

void tst_Translations::chinese_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("comment");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    QTest::addRow("check title") << "Checks"_ba << "Ensure that privileged containers are not used"_ba
                                 << QByteArray() << -1 << u"确保不使用特权容器"_s;
    QTest::addRow("check remedy") << "Checks"_ba << "Give the container a memory limit."_ba << QByteArray()
                                  << -1 << u"为容器设置内存限制。"_s;
    QTest::addRow("capability note") << "Facts"_ba << "Can prevent the host from suspending."_ba
                                     << QByteArray() << -1 << u"可以阻止宿主机进入挂起状态。"_s;
    QTest::addRow("cli message") << "Cli"_ba << "No such container: %1"_ba << QByteArray() << -1
                                 << u"没有这个容器：%1"_s;
    // Glossary term: "unavailable: needs root" reads 不可用：需要 root 权限.
    QTest::addRow("report unavailable") << "Report"_ba << "Unavailable: needs root"_ba << QByteArray()
                                        << -1 << u"不可用：需要 root 权限"_s;
    // Menus keep their mnemonic the Chinese way: the letter in brackets after the word.
    QTest::addRow("ui menu") << "Ui"_ba << "&File"_ba << QByteArray() << -1 << u"文件(&F)"_s;
    QTest::addRow("ui verdict") << "Ui"_ba << "fail"_ba << "verdict"_ba << -1 << u"未通过"_s;
    // Same source text, told apart only by the disambiguation.
    QTest::addRow("disambiguated: seccomp") << "Report"_ba << "Disabled"_ba << "seccomp"_ba << -1
                                            << u"已禁用"_s;
    QTest::addRow("disambiguated: severity") << "Ui"_ba << "critical"_ba << "severity"_ba << -1
                                             << u"严重"_s;
    // zh_CN has a single plural form; %n is still substituted.
    QTest::addRow("plural 1") << "Ui"_ba << "%n container(s)"_ba << QByteArray() << 1 << u"1 个容器"_s;
    QTest::addRow("plural 12") << "Ui"_ba << "%n container(s)"_ba << QByteArray() << 12 << u"12 个容器"_s;
    QTest::addRow("plural cli") << "Cli"_ba << "Sampling memory for %n second(s)…"_ba << QByteArray() << 5
                                << u"正在对内存采样 5 秒…"_s;
    // Not in the file at all: the source comes back, so an untranslated string stays readable.
    QTest::addRow("unknown text") << "Ui"_ba << "No such text in Dockscope"_ba << QByteArray() << -1
                                  << u"No such text in Dockscope"_s;
}

void tst_Translations::chinese()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, comment);
    QFETCH(int, n);
    QFETCH(QString, expected);
    ScopedTranslator zh(u"zh_CN"_s);
    QVERIFY(zh.loaded());
    QCOMPARE(translate(context, source, comment, n), expected);
}

void tst_Translations::englishPlurals_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    QTest::addRow("containers 0") << "Ui"_ba << "%n container(s)"_ba << 0 << u"0 containers"_s;
    QTest::addRow("containers 1") << "Ui"_ba << "%n container(s)"_ba << 1 << u"1 container"_s;
    QTest::addRow("containers 2") << "Ui"_ba << "%n container(s)"_ba << 2 << u"2 containers"_s;
    // The source is already plural ("Last %n minutes"); n == 1 still needs the singular.
    QTest::addRow("minutes 1") << "Ui"_ba << "Last %n minutes"_ba << 1 << u"Last 1 minute"_s;
    QTest::addRow("minutes 15") << "Ui"_ba << "Last %n minutes"_ba << 15 << u"Last 15 minutes"_s;
    // The verb agrees with the number, not just the noun.
    QTest::addRow("checks judged 1") << "Report"_ba << "%n check(s) were judged."_ba << 1
                                     << u"1 check was judged."_s;
    QTest::addRow("checks judged 3") << "Report"_ba << "%n check(s) were judged."_ba << 3
                                     << u"3 checks were judged."_s;
    QTest::addRow("seconds 1") << "Cli"_ba << "Sampling memory for %n second(s)…"_ba << 1
                               << u"Sampling memory for 1 second…"_s;
    // The English file holds plurals only: other texts fall back to the source.
    QTest::addRow("non-plural") << "Ui"_ba << "&File"_ba << -1 << u"&File"_s;
}

void tst_Translations::englishPlurals()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    ScopedTranslator en(u"en"_s);
    QVERIFY(en.loaded());
    QCOMPARE(translate(context, source, QByteArray(), n), expected);
}

void tst_Translations::qmMatchesTs_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("comment");
    QTest::addColumn<bool>("numerus");
    QTest::addColumn<QString>("expected");

    QList<TsMessage> messages;
    QString error;
    QVERIFY2(readTsFile(QStringLiteral(DOCKSCOPE_TS_ZH), &messages, &error), qPrintable(error));
    QVERIFY(messages.size() > 100);
    for (const TsMessage &m : std::as_const(messages)) {
        // Unfinished and vanished entries are translations_complete's business.
        if (!m.type.isEmpty())
            continue;
        const QString expected = m.numerus ? m.numerusForms.value(0) : m.translation;
        QTest::addRow("%s:%lld", qPrintable(m.context), m.line)
            << m.context.toUtf8() << m.source.toUtf8() << m.comment.toUtf8() << m.numerus << expected;
    }
}

// Every finished translation in the committed .ts reaches the built .qm (a stale or
// half-built .qm, or a context the code does not use, shows up here).
void tst_Translations::qmMatchesTs()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, comment);
    QFETCH(bool, numerus);
    QFETCH(QString, expected);
    ScopedTranslator zh(u"zh_CN"_s);
    QVERIFY(zh.loaded());
    const int n = numerus ? 7 : -1;
    QString want = expected;
    if (numerus)
        want.replace(u"%n"_s, u"7"_s);
    QCOMPARE(translate(context, source, comment, n), want);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
