// SPDX-License-Identifier: GPL-3.0-or-later
// core::escapeControls and escapeJsonControls: what untrusted text looks like on a terminal.

#include "core/textsafety.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dockscope::core;

class tst_TextSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapeControls_data();
    void escapeControls();
    void jsonStaysJson_data() { escapeControls_data(); }
    void jsonStaysJson();
};

void tst_TextSafety::escapeControls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    QTest::addRow("plain") << u"/data/ünïcode 中文"_s << u"/data/ünïcode 中文"_s;
    // the recolouring of the issue
    QTest::addRow("ESC") << u"/data\x1b[31m"_s << u"/data\\e[31m"_s;
    // a newline or a tab would forge or break a table row: C0 has no exception
    QTest::addRow("newline, tab, CR") << u"a\nb\tc\rd"_s << u"a\\nb\\tc\\rd"_s;
    QTest::addRow("NUL and BEL") << QString(u"a"_s + QChar(0) + u"\x07"_s) << u"a\\x00\\x07"_s;
    QTest::addRow("DEL") << u"a\x7f"_s << u"a\\x7f"_s;
    // U+009B is CSI on terminals that take C1 controls
    QTest::addRow("C1 CSI") << u"a\u009b31m"_s << u"a\\x9b31m"_s;
    QTest::addRow("C1 range ends") << u"\u0080\u009f\u00a0"_s << u"\\x80\\x9f\u00a0"_s;
    // reorders what follows: "exe.txt" shown as "txt.exe"
    QTest::addRow("bidi override") << u"a\u202eexe.txt"_s << u"a\\u202eexe.txt"_s;
    QTest::addRow("bidi isolates") << u"\u2066\u2069"_s << u"\\u2066\\u2069"_s;
    QTest::addRow("backslash left alone") << u"C:\\x"_s << u"C:\\x"_s;
}

void tst_TextSafety::escapeControls()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    QCOMPARE(dockscope::core::escapeControls(input), shown);
    QCOMPARE(hasUnsafeControls(input), input != shown);
    QVERIFY(!hasUnsafeControls(dockscope::core::escapeControls(input)));
}

void tst_TextSafety::jsonStaysJson()
{
    QFETCH(QString, input);
    const QByteArray json = QJsonDocument(QJsonArray{input}).toJson(QJsonDocument::Indented);
    const QString safe = escapeJsonControls(json);
    // only the line breaks between tokens remain
    QVERIFY(!hasUnsafeControls(QString(safe).remove(u'\n')));
    const QJsonDocument back = QJsonDocument::fromJson(safe.toUtf8());
    QVERIFY(back.isArray());
    QCOMPARE(back.array().first().toString(), input);
}

QTEST_GUILESS_MAIN(tst_TextSafety)
#include "tst_textsafety.moc"
