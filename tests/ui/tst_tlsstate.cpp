// SPDX-License-Identifier: GPL-3.0-or-later
// How a tcp:// connection's TLS state reaches the user (issue 13): the connection bar and the
// report (HTML cover, JSON) say "TLS (unverified)" exactly when verification was switched off
// by name (--tls, DOCKER_TLS), "TLS" when the daemon is verified, nothing for unix sockets.
// The endpoints come from the real resolution (resolveEndpoint) with the CLI's flags.

#include "core/docker/endpoint.h"
#include "ui/report/reportjson.h"
#include "ui/report/reportwriter.h"
#include "ui/widgets/connectionbar.h"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dockscope;

class tst_TlsState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shown_data();
    void shown();

private:
    QTemporaryDir m_config;  // an empty DOCKER_CONFIG: no ca.pem, no contexts
};

void tst_TlsState::initTestCase()
{
    QVERIFY(m_config.isValid());
}

void tst_TlsState::shown_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("tlsFlag");
    QTest::addColumn<bool>("tlsVerifyFlag");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("barSuffix");     // what the endpoint label ends with
    QTest::addColumn<bool>("warning");          // the unverified warning under the bar
    QTest::addColumn<QString>("jsonTls");       // the report's "tls" ("" = null)
    QTest::addColumn<QString>("htmlText");      // on the report's cover ("" = no TLS line)

    // Asked for by name: TLS without verification, shown as such everywhere.
    QTest::addRow("--tls") << u"tcp://127.0.0.1:2376"_s << true << false << QStringList{}
                           << u"TLS (unverified)"_s << true << u"unverified"_s << u"TLS (unverified)"_s;
    QTest::addRow("DOCKER_TLS=1") << u"tcp://127.0.0.1:2376"_s << false << false << QStringList{u"DOCKER_TLS=1"_s}
                                  << u"TLS (unverified)"_s << true << u"unverified"_s << u"TLS (unverified)"_s;
    QTest::addRow("--tlsverify") << u"tcp://127.0.0.1:2376"_s << false << true << QStringList{}
                                 << u"· TLS"_s << false << u"verified"_s << u"certificate verified"_s;
    // https:// is verified even with --tls and DOCKER_TLS.
    QTest::addRow("https:// --tls") << u"https://127.0.0.1:2376"_s << true << false << QStringList{u"DOCKER_TLS=1"_s}
                                    << u"· TLS"_s << false << u"verified"_s << u"certificate verified"_s;
    QTest::addRow("plain tcp://") << u"tcp://127.0.0.1:2375"_s << false << false << QStringList{}
                                  << u"tcp://127.0.0.1:2375"_s << false << u"none"_s << u"not encrypted"_s;
    QTest::addRow("unix socket") << u"unix:///run/docker.sock"_s << true << false << QStringList{}
                                 << u"unix:///run/docker.sock"_s << false << QString() << QString();
}

void tst_TlsState::shown()
{
    QFETCH(QString, host);
    QFETCH(bool, tlsFlag);
    QFETCH(bool, tlsVerifyFlag);
    QFETCH(QStringList, env);
    QFETCH(QString, barSuffix);
    QFETCH(bool, warning);
    QFETCH(QString, jsonTls);
    QFETCH(QString, htmlText);

    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, u"/nonexistent"_s);
    environment.insert(u"DOCKER_CONFIG"_s, m_config.path());
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    core::EndpointOptions options;
    options.host = host;
    options.tls = tlsFlag;
    options.tlsVerify = tlsVerifyFlag;
    const core::Result<core::Endpoint> endpoint = core::resolveEndpoint(options, environment);
    QVERIFY2(endpoint.has_value(), endpoint ? "" : qPrintable(endpoint.error().detail));

    // The connection bar.
    ui::ConnectionBar bar(endpoint.value());
    bar.show();
    QVERIFY2(bar.endpointText().endsWith(barSuffix), qPrintable(bar.endpointText()));
    QCOMPARE(bar.endpointText().contains(u"unverified"_s), barSuffix.contains(u"unverified"_s));
    QCOMPARE(bar.hostAccessLabel()->isVisible(), warning);
    if (warning)
        QVERIFY2(bar.hostAccessLabel()->text().contains(u"not verified"_s), qPrintable(bar.hostAccessLabel()->text()));

    // The report of an audit over that endpoint.
    report::ReportData data;
    data.audit.endpoint = endpoint.value();
    data.generatedAt = QDateTime::currentDateTime();
    const QJsonObject json = report::reportToJson(data);
    QVERIFY(json.contains(u"tls"_s));
    if (jsonTls.isEmpty())
        QVERIFY(json.value(u"tls"_s).isNull());
    else
        QCOMPARE(json.value(u"tls"_s).toString(), jsonTls);

    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString path = out.filePath(u"report.html"_s);
    const core::Result<void> written = report::writeReport(data, report::ReportFormat::Html, path, QLocale::c());
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().detail));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QCOMPARE(html.contains(u"Transport security"_s), !htmlText.isEmpty());
    if (!htmlText.isEmpty())
        QVERIFY2(html.contains(htmlText), qPrintable(htmlText));
}

QTEST_MAIN(tst_TlsState)
#include "tst_tlsstate.moc"
