// SPDX-License-Identifier: GPL-3.0-or-later
// The window's state without a window: WindowSession against the real test daemon
// (tests/testdaemon.sh). What a user sees in the window comes from here: the list follows the
// daemon, the checklist runs when connected, an export runs the checklist it needs first, an
// export with no daemon ends with an error instead of nothing, and Cancel stops the writer.
#include "common/testenv.h"
#include "core/docker/endpoint.h"
#include "core/models/checklistmodel.h"
#include "core/models/containerlistmodel.h"
#include "ui/models/windowsession.h"
#include "ui/report/reportwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {
/// exportFinished() as it came (Result<void> is not a QVariant type for QSignalSpy).
struct ExportResults
{
    explicit ExportResults(ui::WindowSession *session)
    {
        QObject::connect(session, &ui::WindowSession::exportFinished, session,
                         [this](const QString &path, const core::Result<void> &result) { results.append({path, result}); });
    }
    QList<std::pair<QString, core::Result<void>>> results;
};
} // namespace

class tst_WindowSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void followsTheDaemon();
    void exportRunsTheChecklistFirst();
    void exportWithoutDaemonFails();
    void cancelStopsTheWriter();
    void cancelExport();

private:
    static std::unique_ptr<ui::WindowSession> makeSession(const QString &host);
};

void tst_WindowSession::initTestCase()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
}

std::unique_ptr<ui::WindowSession> tst_WindowSession::makeSession(const QString &host)
{
    auto endpoint = core::parseEndpointUrl(host);
    if (!endpoint)
        return {};
    return std::make_unique<ui::WindowSession>(endpoint.value());
}

void tst_WindowSession::followsTheDaemon()
{
    ScopedContainer c(u"session-follow"_s, {u"--memory"_s, u"64m"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    auto session = makeSession(TestEnv::host());
    QVERIFY(session);
    QSignalSpy connected(session.get(), &ui::WindowSession::connected);
    QSignalSpy audited(session.get(), &ui::WindowSession::auditFinished);
    QSignalSpy removed(session.get(), &ui::WindowSession::containerRemoved);
    session->connectToDaemon();
    QVERIFY(connected.wait(20000));
    QVERIFY(session->isConnected());
    QVERIFY(!session->version().apiVersion.isEmpty());
    // The collect context comes from the daemon's answers, in core.
    QCOMPARE(session->collectContext().socketPath, TestEnv::socketPath());
    QVERIFY(!session->collectContext().dockerRootDir.isEmpty());

    // The list has the running container; the checklist ran by itself and judged it.
    QTRY_VERIFY_WITH_TIMEOUT(session->containerModel()->rowOfId(c.id()) >= 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!audited.isEmpty(), 60000);
    QVERIFY(session->lastReport());
    QVERIFY(session->checklistModel()->rowCount() > 0);
    QVERIFY(!session->resultsForContainer(c.id()).isEmpty());

    // Removed from outside: the list follows and says which.
    QVERIFY(TestEnv::docker({u"rm"_s, u"-f"_s, c.id()}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(session->containerModel()->rowOfId(c.id()) < 0, 20000);
    bool named = false;
    for (const QList<QVariant> &args : std::as_const(removed))
        named = named || args.at(0).toString() == c.id();
    QVERIFY(named);
}

void tst_WindowSession::exportRunsTheChecklistFirst()
{
    auto session = makeSession(TestEnv::host());
    QVERIFY(session);
    QSignalSpy connected(session.get(), &ui::WindowSession::connected);
    QSignalSpy audited(session.get(), &ui::WindowSession::auditFinished);
    ExportResults exported(session.get());
    session->connectToDaemon();
    QVERIFY(connected.wait(20000));
    // Asked for before the first checklist has finished: it waits for it, then writes.
    QVERIFY(!session->lastReport());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.json"_s);
    session->exportReport(path, {});
    QTRY_COMPARE_WITH_TIMEOUT(exported.results.size(), 1, 60000);
    const auto &[writtenPath, result] = exported.results.constFirst();
    QVERIFY2(bool(result), qPrintable(result ? QString() : result.error().detail));
    QCOMPARE(writtenPath, path);
    QCOMPARE(audited.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(report.value(u"schema"_s).toString(), u"dockscope-report/1"_s);
    QVERIFY(!session->isExporting());
}

void tst_WindowSession::exportWithoutDaemonFails()
{
    QTemporaryDir dir;
    auto session = makeSession(u"unix://"_s + dir.filePath(u"no-daemon.sock"_s));
    QVERIFY(session);
    QSignalSpy failed(session.get(), &ui::WindowSession::connectionFailed);
    ExportResults exported(session.get());
    session->connectToDaemon();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.at(0).at(0).value<core::Error>().code, core::ErrorCode::DaemonUnreachable);

    const QString path = dir.filePath(u"report.pdf"_s);
    session->exportReport(path, {});
    // Said at once, with the reason, and nothing written.
    QCOMPARE(exported.results.size(), 1);
    const core::Result<void> result = exported.results.constFirst().second;
    QVERIFY(!result);
    QCOMPARE(result.error().code, core::ErrorCode::DaemonUnreachable);
    QVERIFY(!QFile::exists(path));
}

void tst_WindowSession::cancelStopsTheWriter()
{
    // The writer itself, asked to stop while it paints the PDF's pages (progress 50 … 95): it
    // stops at the next page, not at the end, and leaves no file, not even its temporary one.
    auto session = makeSession(TestEnv::host());
    QVERIFY(session);
    QSignalSpy audited(session.get(), &ui::WindowSession::auditFinished);
    session->connectToDaemon();
    QVERIFY(audited.wait(90000));
    QVERIFY(session->lastReport());
    report::ReportData data;
    data.audit = *session->lastReport();
    data.generatedAt = QDateTime::currentDateTime();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    QList<int> progress;
    const core::Result<void> result = report::writeReport(
        data, report::ReportFormat::Pdf, path, QLocale(), [&](int percent) { progress.append(percent); },
        [&] { return !progress.isEmpty() && progress.constLast() > 50; });
    QVERIFY(!result);
    QCOMPARE(result.error().code, core::ErrorCode::Cancelled);
    // It had painted a page, and stopped before the last.
    QVERIFY2(progress.constLast() > 50 && progress.constLast() < 95,
             qPrintable(u"stopped at %1%"_s.arg(progress.constLast())));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // Uncancelled, the same report is written (the check above is not the only way out).
    QVERIFY(report::writeReport(data, report::ReportFormat::Pdf, path, QLocale()));
    QVERIFY(QFile::exists(path));
}

void tst_WindowSession::cancelExport()
{
    auto session = makeSession(TestEnv::host());
    QVERIFY(session);
    QSignalSpy connected(session.get(), &ui::WindowSession::connected);
    QSignalSpy audited(session.get(), &ui::WindowSession::auditFinished);
    ExportResults exported(session.get());
    session->connectToDaemon();
    QVERIFY(connected.wait(20000));
    QTemporaryDir dir;

    // Waiting for its checklist: ends at once.
    QVERIFY(!session->lastReport());
    const QString waiting = dir.filePath(u"waiting.pdf"_s);
    session->exportReport(waiting, {});
    session->cancelExport();
    QCOMPARE(exported.results.size(), 1);
    QCOMPARE(exported.results.constLast().first, waiting);
    QVERIFY(!exported.results.constLast().second);
    QCOMPARE(exported.results.constLast().second.error().code, core::ErrorCode::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(!audited.isEmpty(), 90000);
    QCOMPARE(exported.results.size(), 1); // the checklist's end writes nothing

    // Writing, cancelled at its first progress as the window's dialog would: the writer stops.
    const QString path = dir.filePath(u"report.pdf"_s);
    int lastProgress = -1;
    const auto cancelling = connect(session.get(), &ui::WindowSession::exportProgress, session.get(), [&](int percent) {
        if (lastProgress < 0)
            session->cancelExport();
        lastProgress = percent;
    });
    session->exportReport(path, {});
    QVERIFY(session->isExporting());
    QTRY_COMPARE_WITH_TIMEOUT(exported.results.size(), 2, 60000);
    QCOMPARE(exported.results.constLast().first, path);
    QVERIFY(!exported.results.constLast().second);
    QCOMPARE(exported.results.constLast().second.error().code, core::ErrorCode::Cancelled);
    QVERIFY(lastProgress < 97);
    QVERIFY(!session->isExporting());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // Another export after it runs to its end.
    disconnect(cancelling);
    session->exportReport(path, {});
    QTRY_COMPARE_WITH_TIMEOUT(exported.results.size(), 3, 60000);
    QVERIFY(bool(exported.results.constLast().second));
    QVERIFY(QFile::exists(path));
}

QTEST_MAIN(tst_WindowSession)
#include "tst_windowsession.moc"
