// SPDX-License-Identifier: GPL-3.0-or-later
// ElevatedHostFs while pkexec waits for the user to authenticate: what the GUI thread asks of it
// (isElevated(), describe(), the user's own reads) answers meanwhile, and cancel() ends the
// wait. A launcher that never lets the helper answer stands in for an unanswered polkit dialog.
#include "core/remote/elevatedhostfs.h"

#include <QFile>
#include <QFuture>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace dockscope::core;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_ElevatedHostFs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusAnswersWhileAuthenticating();
    void cancelEndsAPendingAuthentication();

private:
    /// pkexec as it is while its dialog is up: running, the helper not started yet. It touches
    /// startedMarker() once it runs.
    ElevatedHostFs::Launch unansweredDialog() const
    {
        ElevatedHostFs::Launch launch;
        launch.launcher = {u"/bin/sh"_s, u"-c"_s, u"touch \"$1\"; exec sleep 600"_s, u"pkexec"_s, startedMarker()};
        launch.helperPath = u"/usr/libexec/dockscope/dockscope-hostfacts"_s; // never run
        launch.startTimeout = 10min;
        return launch;
    }
    QString startedMarker() const { return m_dir.filePath(u"started"_s); }

    QTemporaryDir m_dir;
};

void tst_ElevatedHostFs::statusAnswersWhileAuthenticating()
{
    auto fs = std::make_shared<ElevatedHostFs>(u"/run/docker.sock"_s);
    const ElevatedHostFs::Launch launch = unansweredDialog();
    QFile::remove(startedMarker());
    QFuture<Result<void>> pending = QtConcurrent::run([fs, launch] { return fs->elevate(launch); });
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(startedMarker()), 20000);

    // What a container tab asks on the GUI thread each time its facts arrive. They used to
    // wait for the helper's mutex, which elevate() held for the whole authentication.
    std::atomic<bool> answered{false};
    bool elevated = true;
    QString described;
    bool ownRead = false;
    std::thread gui([&] {
        elevated = fs->isElevated();
        described = fs->describe();
        ownRead = fs->readFile(u"/proc/self/status"_s).has_value();
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered.load(), 20000);
    gui.join();
    QVERIFY(!pending.isFinished()); // still authenticating: the answers came meanwhile
    QVERIFY(!elevated);
    QVERIFY(!described.contains(u"helper"_s));
    QVERIFY(ownRead);

    fs->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(pending.isFinished(), 20000);
}

void tst_ElevatedHostFs::cancelEndsAPendingAuthentication()
{
    auto fs = std::make_shared<ElevatedHostFs>(u"/run/docker.sock"_s);
    const ElevatedHostFs::Launch launch = unansweredDialog();
    QFile::remove(startedMarker());
    QFuture<Result<void>> pending = QtConcurrent::run([fs, launch] { return fs->elevate(launch); });
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(startedMarker()), 20000);
    QVERIFY(!pending.isFinished());

    // The window closes while the dialog is up: the wait ends now, not after startTimeout.
    fs->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(pending.isFinished(), 20000);
    const Result<void> result = pending.result();
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY2(fs->lastFailure().contains(u"cancelled"_s), qPrintable(fs->lastFailure()));
    QVERIFY(!fs->isElevated());

    // And it stays cancelled: no second dialog from this object.
    const Result<void> again = fs->elevate(launch);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(tst_ElevatedHostFs)
#include "tst_elevatedhostfs.moc"
