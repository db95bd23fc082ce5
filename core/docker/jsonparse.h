// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Engine API JSON -> typed value structs (core/docker/types.h). Tolerant: absent fields keep
// their defaults, unknown fields are ignored (they stay in `raw`), JSON null counts as absent,
// and numbers may arrive as integers or doubles. Only a reply that is not JSON at all, or not
// of the expected top-level shape, is a ParseError.

#include "core/docker/types.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>

namespace dockscope::core::json {

Result<QJsonObject> parseObject(QByteArrayView data);
Result<QJsonArray> parseArray(QByteArrayView data);
/// The daemon's error text: {"message": "..."} or, for plain-text replies, the trimmed body.
QString daemonMessage(QByteArrayView body);

SecurityOption parseSecurityOption(const QString &entry);

VersionInfo versionInfo(const QJsonObject &o);
/// What /version would say, from /info and the API version of /_ping (for a daemon whose
/// /version fails: no minimum API version, commit or Go version then).
VersionInfo versionInfoFromDaemonInfo(const QJsonObject &info, const QString &apiVersion);
DaemonInfo daemonInfo(const QJsonObject &o);
ContainerSummary containerSummary(const QJsonObject &o);
ContainerInspect containerInspect(const QJsonObject &o);
TopResult topResult(const QJsonObject &o);
StatsSample statsSample(const QJsonObject &o);
ImageInspect imageInspect(const QJsonObject &o);
ImageHistoryEntry imageHistoryEntry(const QJsonObject &o);
NetworkSummary networkSummary(const QJsonObject &o);
DockerEvent dockerEvent(const QJsonObject &o);
ExecInspect execInspect(const QJsonObject &o);

/// A list endpoint's array, each element parsed with `parse`; non-object elements are skipped.
template<class T, class F>
QList<T> list(const QJsonArray &array, F parse)
{
    QList<T> out;
    out.reserve(array.size());
    for (const auto &value : array) {
        if (value.isObject())
            out.append(parse(value.toObject()));
    }
    return out;
}

/// RFC 3339 with nanoseconds as Docker writes it; null for Go's zero time (0001-01-01…).
QDateTime parseTime(const QString &text);

} // namespace dockscope::core::json
