// SPDX-License-Identifier: GPL-3.0-or-later
// bench_report FORMAT N [LOCALE]: writes the report (pdf, html or json) of the tests' synthetic
// audit (tests/report/reportfixture) grown to N containers, and prints one line:
//   FORMAT N wall-seconds cpu-seconds max-RSS-MB pages-or-bytes
// The same writer as `dockscope report` without the audit and the memory sampling, so the cost
// of the report itself is measured on its own (scripts/bench measures the whole command).
// Not a test: run by hand, one format per process (max RSS is per process).
#include "reportfixture.h"

#include "ui/report/reportwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace dockscope;

int main(int argc, char **argv)
{
    // Headless, like `dockscope report`.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: bench_report pdf|html|json N [LOCALE]\n";
        return 2;
    }
    const auto format = report::reportFormatFromName(args.at(1));
    bool ok = false;
    const int count = args.at(2).toInt(&ok);
    if (!format || !ok || count < 1 || count > 10000) {
        err << "bench_report: bad format or count\n";
        return 2;
    }
    const QLocale locale(args.size() > 3 ? args.at(3) : u"en_GB"_s);
    const report::ReportData data = test::withContainers(test::makeReportData(), count, u"bench-"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"report."_s + args.at(1));
    struct rusage before{};
    getrusage(RUSAGE_SELF, &before);
    QElapsedTimer timer;
    timer.start();
    const auto written = report::writeReport(data, *format, path, locale);
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    struct rusage after{};
    getrusage(RUSAGE_SELF, &after);
    if (!written) {
        err << "bench_report: " << written.error().detail << "\n";
        return 1;
    }
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    const double cpu = seconds(after.ru_utime) + seconds(after.ru_stime) - seconds(before.ru_utime)
        - seconds(before.ru_stime);
    QTextStream(stdout) << args.at(1) << ' ' << count << ' ' << QString::number(wall, 'f', 2) << ' '
                        << QString::number(cpu, 'f', 2) << ' ' << (after.ru_maxrss / 1024) << ' '
                        << QFile(path).size() << '\n';
    return 0;
}
