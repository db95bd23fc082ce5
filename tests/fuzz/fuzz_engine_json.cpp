// SPDX-License-Identifier: GPL-3.0-or-later
// Engine API JSON -> structs (core/docker/jsonparse.h), every endpoint's conversion. An input is
// a reply body: a top-level object goes through each object conversion (version, info, inspect,
// top, stats, image, history entry, network, event, exec inspect, list element), a top-level
// array through each list conversion. Daemon error messages, security options and timestamps
// are parsed from the raw bytes as well.

#include "fuzzcommon.h"

#include "core/docker/jsonparse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

using namespace dockscope::core;
using namespace dockscope::fuzz;

namespace {

void objectConversions(const QJsonObject &o)
{
    (void)json::versionInfo(o);
    const DaemonInfo info = json::daemonInfo(o);
    for (const SecurityOption &option : info.securityOptions)
        (void)option.property(QStringLiteral("name"));
    (void)info.hasSecurityOption(QStringLiteral("seccomp"));
    (void)info.securityOption(QStringLiteral("userns"));
    (void)json::containerSummary(o);
    (void)json::containerInspect(o);
    const TopResult top = json::topResult(o);
    for (const QString &title : top.titles)
        (void)top.column(title);
    (void)top.column(QStringLiteral("PID"));
    const StatsSample stats = json::statsSample(o);
    (void)stats.memoryWorkingSet();
    (void)json::imageInspect(o);
    (void)json::imageHistoryEntry(o);
    (void)json::networkSummary(o);
    (void)json::dockerEvent(o);
    (void)json::execInspect(o);
}

} // namespace

DOCKSCOPE_FUZZ_QUIET_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView data = view(bytes, size);
    (void)json::daemonMessage(data);

    if (const Result<QJsonObject> object = json::parseObject(data))
        objectConversions(*object);
    if (const Result<QJsonArray> array = json::parseArray(data)) {
        (void)json::list<ContainerSummary>(*array, json::containerSummary);
        (void)json::list<ImageHistoryEntry>(*array, json::imageHistoryEntry);
        (void)json::list<NetworkSummary>(*array, json::networkSummary);
        // Array elements of any endpoint's shape (inspect of several, event lists).
        for (const QJsonValue &value : *array) {
            if (value.isObject())
                objectConversions(value.toObject());
        }
    }

    // Short inputs are also what the daemon puts in string fields parsed on their own.
    if (size <= 256) {
        const QString text = QString::fromUtf8(data);
        const SecurityOption option = json::parseSecurityOption(text);
        for (const auto &[key, value] : option.properties)
            (void)option.property(key);
        (void)json::parseTime(text);
    }
    return 0;
}
