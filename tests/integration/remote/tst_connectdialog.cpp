// SPDX-License-Identifier: GPL-3.0-or-later
// The connect dialog offscreen: a profile is tested against the real test daemon (version shown)
// and a broken one shows the translated cause.

#include "core/remote/connectionprofilestore.h"
#include "core/remote/remoteconnection.h"
#include "ui/connection/connectdialog.h"
#include "common/testenv.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

class tst_ConnectDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testShowsVersionOrCause_data();
    void testShowsVersionOrCause();
};

void tst_ConnectDialog::initTestCase()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
}

void tst_ConnectDialog::testShowsVersionOrCause_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    // The daemon's own version, as the docker CLI reads it (20.10 on Debian 12, 26 on Debian 13).
    const DockerCliResult version = TestEnv::docker({u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s});
    QVERIFY2(version.ok() && !version.out().isEmpty(), version.standardError.constData());
    QTest::addRow("test daemon") << TestEnv::host() << true << u"Connected: Docker "_s + version.out();
    // A hand-forwarded socket that is gone: the sentence says nothing answers there.
    QTest::addRow("no daemon") << u"unix:///nonexistent/docker.sock"_s << false << u"No Docker daemon answers"_s;
}

void tst_ConnectDialog::testShowsVersionOrCause()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    core::ConnectionProfile p;
    p.kind = core::ConnectionProfile::Kind::Unix;
    p.name = u"forwarded"_s;
    p.url = url;
    QVERIFY(core::ConnectionProfileStore(&settings).save(p).has_value());

    QProcessEnvironment env;
    env.insert(u"HOME"_s, dir.path());  // no docker contexts of the user running the test
    ui::ConnectDialog dialog(&settings, nullptr, env);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(u"profiles"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 2);     // local + the saved profile
    list->setCurrentRow(1);
    QCOMPARE(dialog.selectedProfile().url, url);

    QSignalSpy finished(&dialog, &ui::ConnectDialog::testFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"test"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), ok);
    const QString status = dialog.findChild<QLabel *>(u"status"_s)->text();
    QVERIFY2(status.contains(expected), qPrintable(status));
    if (ok) {
        // A unix:// profile is a hand-forwarded socket: no host file access, and it says so.
        QVERIFY(status.contains(u"API only"_s));
        std::unique_ptr<core::RemoteConnection> connection = dialog.takeConnection();
        QVERIFY(connection);
        QVERIFY(!connection->hostFs());
    }
}

QTEST_MAIN(tst_ConnectDialog)
#include "tst_connectdialog.moc"
