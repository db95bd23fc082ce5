// SPDX-License-Identifier: GPL-3.0-or-later
// dockscope report -o FILE [--format pdf|html|json] [--container NAME…] [--sample-seconds N]
//                  [--fail-on warn|fail|never] [--lang zh_CN|en]

#include "commands.h"

#include "exitcode.h"
#include "session.h"
#include "tr.h"

#include "core/facts/factscollector.h"
#include "core/facts/hostfs.h"
#include "ui/report/reportwriter.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace dockscope::app {

namespace {

/// Samples the memory cgroup of every running container once a second for `seconds`, so that
/// the report's memory charts have a short history. Host files are needed: without them
/// (remote daemon) the map stays empty and the report says so.
QMap<QString, QList<core::MemorySample>> sampleMemory(const core::AuditReport &audit,
                                                      const core::HostFs *hostFs, int seconds)
{
    QMap<QString, QList<core::MemorySample>> samples;
    if (!hostFs)
        return samples;
    QList<const core::ContainerFacts *> running;
    for (const core::ContainerFacts &facts : audit.containers) {
        if (facts.pid > 0 && facts.cgroup.path.isKnown())
            running << &facts;
    }
    if (running.isEmpty())
        return samples;

    auto takeSample = [&samples, &running, hostFs] {
        for (const core::ContainerFacts *facts : running) {
            const auto sample = core::sampleMemory(*hostFs, facts->cgroup);
            if (sample)
                samples[facts->id].append(sample.value());
        }
    };
    takeSample();
    if (seconds <= 0)
        return samples;
    QEventLoop loop;
    QTimer tick;
    int ticks = 0;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        takeSample();
        if (++ticks >= seconds)
            loop.quit();
    });
    tick.start(std::chrono::seconds(1));
    loop.exec();
    return samples;
}

} // namespace

int runReport(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write a report of the audit and of every container's facts: a PDF for people, "
               "HTML or JSON for other tools. Works without a display."));
    parser.addPositionalArgument(u"report"_s, Tr::tr("The command."), u"report"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, Tr::tr("The file to write (replaced only after a successful write)."), Tr::tr("FILE"));
    const QCommandLineOption format(u"format"_s,
                                    Tr::tr("pdf, html or json (default: from the file name's "
                                           "extension, else pdf)."),
                                    Tr::tr("FORMAT"));
    const QCommandLineOption container = containerOption(
        Tr::tr("Report only this container (repeat the option or separate names with commas; "
               "default: all)."));
    const QCommandLineOption sampleSeconds(u"sample-seconds"_s,
                                           Tr::tr("Sample the containers' memory for this many "
                                                  "seconds first, for the memory charts (default: 5)."),
                                           Tr::tr("N"), u"5"_s);
    const QCommandLineOption failOn = failOnOption();
    parser.addOption(output);
    parser.addOption(format);
    parser.addOption(container);
    parser.addOption(sampleSeconds);
    parser.addOption(failOn);
    if (const auto exit = parseCommand(parser, context))
        return *exit;
    if (parser.positionalArguments().size() > 1)
        return usageError(context, Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().at(1)));
    const QString path = parser.value(output);
    if (path.isEmpty())
        return usageError(context, Tr::tr("Name the file to write with -o FILE."));
    auto reportFormat = parser.isSet(format) ? report::reportFormatFromName(parser.value(format))
                                             : report::reportFormatForPath(path);
    if (!reportFormat)
        return usageError(context, Tr::tr("Unknown format \"%1\" (use pdf, html or json).").arg(parser.value(format)));
    bool numberOk = false;
    const int seconds = parser.value(sampleSeconds).toInt(&numberOk);
    if (!numberOk || seconds < 0 || seconds > 3600)
        return usageError(context, Tr::tr("--sample-seconds needs a number from 0 to 3600, not \"%1\".").arg(parser.value(sampleSeconds)));
    const auto threshold = failOnValue(parser, failOn, context);
    if (!threshold)
        return ExitUsage;

    int exitCode = ExitSuccess;
    auto session = openSession(context, &exitCode);
    if (!session)
        return exitCode;

    const auto audit = auditForCommand(*session, parser.values(container), context, &exitCode);
    if (!audit)
        return exitCode;

    report::ReportData data;
    data.audit = audit.value();
    data.endpointLabel = session->endpoint().url();
    data.generatedAt = QDateTime::currentDateTime();
    const auto hostFs = session->hostFs();
    if (seconds > 0 && ::isatty(STDERR_FILENO) == 1)
        *context.err << Tr::tr("Sampling memory for %n second(s)…", nullptr, seconds) << Qt::endl;
    data.memory = sampleMemory(data.audit, hostFs.get(), seconds);

    // The locale of --lang (or of the system without it): main() made it the default with
    // installTranslators(), so numbers, dates and the paper size follow the chosen language.
    const QLocale locale;
    const auto written = report::writeReport(data, *reportFormat, path, locale);
    if (!written) {
        //: %1 file path, %2 technical detail
        *context.err << Tr::tr("Could not write the report %1: %2").arg(path, written.error().detail) << Qt::endl;
        return ExitFailure;
    }
    *context.err << Tr::tr("Report written to %1").arg(QFileInfo(path).absoluteFilePath()) << Qt::endl;
    return auditExitCode(data.audit.summary, *threshold);
}

} // namespace dockscope::app
