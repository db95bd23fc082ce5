// SPDX-License-Identifier: GPL-3.0-or-later
// bench_gui: the real main window (MainWindow + WindowSession, as `dockscope` builds them) on the
// daemon named by DOCKER_HOST, offscreen, measured from inside its own process. Not a test:
// scripts/bench runs it against its private daemon and prints the table.
//
//   QT_QPA_PLATFORM=offscreen DOCKER_HOST=unix://… bench_gui N [IDLE_S=20] [TABS=10] [TAB_S=20]
//                                                           [ACCEL_S=40] [ACCEL_MS=20]
//
// Phases, each printed as `key=value` lines (times in ms, CPU in % of one core, memory in MB):
//   1. start → the list shows N containers (list_ms, from the process's start) and → the
//      checklist's results are on screen (checklist_ms);
//   2. no tab open, IDLE_S seconds: idle_cpu, idle_rss (TABS=0 ends here);
//   3. TABS container tabs open (live memory charts, 1 Hz): tabs_cpu over TAB_S seconds, then
//      TAB_S seconds with a 10 ms watchdog timer: tabs_gap (the longest event-loop gap);
//   4. accelerated: every memory sampler at ACCEL_MS instead of 1000 ms for ACCEL_S seconds
//      (ACCEL_S * 1000 / ACCEL_MS seconds of samples, past the ring buffer's 1024):
//      accel_rss_growth (RSS after − RSS before), accel_rss_growth_full (its second half, once the
//      ring buffers are full), accel_gap.
// The CPU figures are measured without the watchdog (its own 100 wake-ups a second would count);
// *_daemon_cpu is the daemon's CPU in the same window (DOCKSCOPE_BENCH_DAEMON_PIDS, see below).
#include "core/docker/endpoint.h"
#include "core/models/checklistmodel.h"
#include "core/models/containerlistmodel.h"
#include "core/models/memorysampler.h"
#include "ui/mainwindow.h"
#include "ui/pages/containertab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <utility>
#include <unistd.h>

using namespace dockscope;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// CPU time of this process (every thread), in seconds.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// Milliseconds since this process started (/proc/self/stat field 22, in clock ticks since boot),
/// so that the dynamic loader and QApplication count too.
double msSinceProcessStart()
{
    QFile f(u"/proc/self/stat"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The command name may hold spaces: the fields after it start behind the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();   // field 22 overall
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double rssMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void print(const char *key, double value)
{
    std::printf("%s=%.3f\n", key, value);
    std::fflush(stdout);
}

/// Runs the event loop until `done` holds (checked on every change the caller connects and
/// every 5 ms) or `timeoutMs` passed. Returns whether it held.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5ms);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

/// Runs the event loop for `ms` milliseconds.
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// The longest gap between two 10 ms timer ticks while the event loop runs for `ms`.
double longestGapMs(int ms)
{
    QElapsedTimer t;
    t.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(10ms);
    QObject::connect(&watchdog, &QTimer::timeout, &watchdog, [&] {
        const qint64 now = t.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    watchdog.start();
    runFor(ms);
    return double(longest) / 1e6;
}

/// CPU seconds of the daemon's processes (DOCKSCOPE_BENCH_DAEMON_PIDS: dockerd, containerd, the
/// shims), with their reaped children (runc), from /proc/PID/stat.
double daemonCpuSeconds()
{
    double ticks = 0;
    const QStringList pids = qEnvironmentVariable("DOCKSCOPE_BENCH_DAEMON_PIDS").split(u' ', Qt::SkipEmptyParts);
    for (const QString &pid : pids) {
        QFile f(u"/proc/%1/stat"_s.arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        for (int i = 11; i <= 14; ++i)   // utime stime cutime cstime (fields 14-17 overall)
            ticks += fields.value(i).toDouble();
    }
    return ticks / double(sysconf(_SC_CLK_TCK));
}

/// CPU in % of one core, of this process and of the daemon, while the event loop runs for `ms`.
std::pair<double, double> cpuPercent(int ms)
{
    QElapsedTimer wall;
    const double before = cpuSeconds();
    const double daemonBefore = daemonCpuSeconds();
    wall.start();
    runFor(ms);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    return {(cpuSeconds() - before) / seconds * 100.0, (daemonCpuSeconds() - daemonBefore) / seconds * 100.0};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Settings of its own (restored tabs, splitter): never the user's.
    QCoreApplication::setOrganizationName(u"dockscope-bench"_s);
    QCoreApplication::setApplicationName(u"dockscope-bench"_s);
    const QStringList args = QCoreApplication::arguments();
    auto arg = [&args](int i, int fallback) { return args.size() > i ? args.at(i).toInt() : fallback; };
    const int n = arg(1, -1);
    const int idleS = arg(2, 20);
    const int tabCount = arg(3, 10);
    const int tabS = arg(4, 20);
    const int accelS = arg(5, 40);
    const int accelMs = arg(6, 20);
    const auto endpoint = core::parseEndpointUrl(qEnvironmentVariable("DOCKER_HOST"));
    if (n < 0 || !endpoint) {
        std::fprintf(stderr, "usage: QT_QPA_PLATFORM=offscreen DOCKER_HOST=unix://… bench_gui N [IDLE_S] [TABS] "
                             "[TAB_S] [ACCEL_S] [ACCEL_MS]\n");
        return 2;
    }

    // 1. Start to a populated list, and to the checklist on screen.
    QElapsedTimer sinceMain;
    sinceMain.start();
    ui::MainWindow window(endpoint.value());
    bool auditDone = false;
    QObject::connect(&window, &ui::MainWindow::auditFinished, &window, [&auditDone] { auditDone = true; });
    window.resize(1280, 800);
    window.show();
    core::ContainerListModel *list = window.containerModel();
    if (!runUntil([list, n] { return list->rowCount() >= n; }, 120000)) {
        std::fprintf(stderr, "bench_gui: the list shows %d of %d containers after 120 s\n", list->rowCount(), n);
        return 1;
    }
    QCoreApplication::processEvents();   // the rows painted
    print("list_ms", msSinceProcessStart());
    print("list_main_ms", double(sinceMain.nsecsElapsed()) / 1e6);
    if (!runUntil([&] { return auditDone && window.checklistModel()->rowCount() > 0; }, 300000)) {
        std::fprintf(stderr, "bench_gui: no checklist after 300 s\n");
        return 1;
    }
    QCoreApplication::processEvents();
    print("checklist_ms", msSinceProcessStart());
    print("start_rss", rssMb());

    // 2. Watching N containers, no tab open. Badge inspects and the like settle first.
    runFor(3000);
    const auto [idleCpu, idleDaemonCpu] = cpuPercent(idleS * 1000);
    print("idle_cpu", idleCpu);
    print("idle_daemon_cpu", idleDaemonCpu);
    print("idle_rss", rssMb());
    if (tabCount <= 0)
        return 0;

    // 3. TABS tabs with live memory charts.
    QStringList ids;
    for (int row = 0; row < list->rowCount() && ids.size() < tabCount; ++row) {
        const QModelIndex index = list->index(row, 0);
        if (list->data(index, core::ContainerListModel::StateRole).toString() == "running"_L1)
            ids << list->data(index, core::ContainerListModel::ContainerIdRole).toString();
    }
    QElapsedTimer opening;
    opening.start();
    for (const QString &id : std::as_const(ids))
        window.openContainer(id);
    print("tabs_open_ms", double(opening.nsecsElapsed()) / 1e6);
    runFor(3000);
    int sampling = 0;
    for (const QString &id : std::as_const(ids)) {
        if (ui::ContainerTab *tab = window.tabForContainer(id); tab && tab->isSampling())
            ++sampling;
    }
    print("tabs", double(ids.size()));
    print("tabs_sampling", double(sampling));
    const auto [tabsCpu, tabsDaemonCpu] = cpuPercent(tabS * 1000);
    print("tabs_cpu", tabsCpu);
    print("tabs_daemon_cpu", tabsDaemonCpu);
    print("tabs_gap", longestGapMs(tabS * 1000));
    print("tabs_rss", rssMb());

    // 4. Accelerated: the samplers tick every ACCEL_MS.
    const QList<core::MemorySampler *> samplers = window.findChildren<core::MemorySampler *>();
    for (core::MemorySampler *s : samplers)
        s->setInterval(accelMs);
    const double rssBefore = rssMb();
    const double gapFilling = longestGapMs(accelS * 500);
    const double rssMiddle = rssMb();
    const double gapFull = longestGapMs(accelS * 500);
    print("accel_gap", std::max(gapFilling, gapFull));
    print("accel_rss_growth", rssMb() - rssBefore);
    // The second half, once the ring buffers (1024 samples) are full: should be about 0.
    print("accel_rss_growth_full", rssMb() - rssMiddle);
    print("accel_samples_per_tab", double(accelS) * 1000.0 / double(accelMs));
    print("accel_samplers", double(samplers.size()));
    return 0;
}
