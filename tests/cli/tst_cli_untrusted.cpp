// SPDX-License-Identifier: GPL-3.0-or-later
// Untrusted text on the terminal (issue 13): a container on the test daemon whose mount
// destinations carry ESC, a C1 CSI and a bidi override. Whatever `dockscope` prints about it,
// as text or as JSON, must not hand a terminal one raw control character; the text shows them
// escaped (\e, \x9b, \u202e), the JSON keeps the exact value behind \u escapes.

#include "clirunner.h"
#include "common/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dockscope::test;

namespace {

// ESC [31m recolours a terminal; U+009B is a one-character CSI; U+202E reverses what follows.
const QString s_escDestination = u"/data\x1b[31m"_s;
const QString s_c1Destination = u"/c1\u009b31m"_s;
const QString s_bidiDestination = u"/bidi\u202etxt.exe"_s;

/// The first character a terminal would act on, or -1.
qsizetype firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n')
            continue;
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069))
            return i;
    }
    return -1;
}

QString around(const QString &text, qsizetype at)
{
    const QString piece = text.mid(qMax<qsizetype>(0, at - 60), 120);
    QString shown;
    for (const QChar c : piece)
        shown += c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f) || c.unicode() >= 0x2000
                     ? u"<U+%1>"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'))
                     : QString(c);
    return shown;
}

} // namespace

class tst_CliUntrusted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noRawControls_data();
    void noRawControls();
    void jsonKeepsTheValue();

private:
    CliRun run(const QStringList &arguments) { return CliRunner::run(QStringList{u"-H"_s, TestEnv::host()} + arguments); }
    std::unique_ptr<ScopedContainer> m_container;
};

void tst_CliUntrusted::initTestCase()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    // /etc read-only: a sensitive host directory, so the audit's evidence quotes the mount too.
    m_container = std::make_unique<ScopedContainer>(
        u"cli-untrusted"_s, QStringList{u"-v"_s, u"/etc:"_s + s_escDestination + u":ro"_s,
                                        u"-v"_s, u"/etc:"_s + s_c1Destination + u":ro"_s,
                                        u"-v"_s, u"/etc:"_s + s_bidiDestination + u":ro"_s});
    QVERIFY2(m_container->ok(), qPrintable(m_container->error()));
}

void tst_CliUntrusted::cleanupTestCase()
{
    m_container.reset();
}

void tst_CliUntrusted::noRawControls_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("escaped"); // must appear in the output; empty: not checked
    QTest::addRow("inspect") << QStringList{u"inspect"_s} << u"/data\\e[31m"_s;
    QTest::addRow("inspect, C1") << QStringList{u"inspect"_s} << u"/c1\\x9b31m"_s;
    QTest::addRow("inspect, bidi") << QStringList{u"inspect"_s} << u"/bidi\\u202etxt.exe"_s;
    QTest::addRow("inspect --format json") << QStringList{u"inspect"_s, u"--format"_s, u"json"_s} << u"\\u001b[31m"_s;
    // 5.5 quotes the read-only /etc mounts as evidence
    QTest::addRow("audit") << QStringList{u"audit"_s, u"--fail-on"_s, u"never"_s, u"--container"_s}
                           << u"/data\\e[31m"_s;
    QTest::addRow("audit --format json")
        << QStringList{u"audit"_s, u"--fail-on"_s, u"never"_s, u"--format"_s, u"json"_s, u"--container"_s}
        << u"\\u001b[31m"_s;
    // list shows no mounts, and the daemon validates names and images; kept as a guard
    QTest::addRow("list") << QStringList{u"list"_s, u"--all"_s} << QString();
}

void tst_CliUntrusted::noRawControls()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, escaped);
    if (arguments.first() != u"list"_s)
        arguments << m_container->name();
    const CliRun r = run(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe().left(3000)));
    const qsizetype out = firstControl(r.out);
    QVERIFY2(out < 0, qPrintable(u"raw control in stdout: "_s + around(r.out, out)));
    const qsizetype err = firstControl(r.err);
    QVERIFY2(err < 0, qPrintable(u"raw control in stderr: "_s + around(r.err, err)));
    if (!escaped.isEmpty())
        QVERIFY2(r.out.contains(escaped), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(escaped, r.out.left(4000))));
}

void tst_CliUntrusted::jsonKeepsTheValue()
{
    // Escaping for the terminal must not change what a JSON reader gets.
    const CliRun r = run({u"inspect"_s, u"--format"_s, u"json"_s, m_container->name()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe().left(3000)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    for (const QString &destination : {s_escDestination, s_c1Destination, s_bidiDestination}) {
        const QString quoted = QString::fromUtf8(QJsonDocument(QJsonArray{destination}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        QVERIFY2(text.contains(quoted), qPrintable(around(destination, 0)));
    }
}

QTEST_GUILESS_MAIN(tst_CliUntrusted)
#include "tst_cli_untrusted.moc"
