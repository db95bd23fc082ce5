// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjson.h"

#include <QJsonArray>

namespace dockscope::report {

using namespace Qt::StringLiterals;

namespace {
QString provenanceName(core::Provenance p)
{
    switch (p) {
    case core::Provenance::Proc: return u"proc"_s;
    case core::Provenance::Api: return u"api"_s;
    case core::Provenance::Exec: return u"exec"_s;
    case core::Provenance::Unavailable: return u"unavailable"_s;
    }
    return u"unavailable"_s;
}

template<class T>
QJsonValue optionalNumber(const std::optional<T> &v)
{
    return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject reportToJson(const ReportData &data)
{
    QJsonObject root;
    root.insert(u"schema"_s, u"dockscope-report/1"_s);
    root.insert(u"generatedAt"_s, data.generatedAt.toUTC().toString(Qt::ISODateWithMs));
    root.insert(u"endpoint"_s, data.endpointLabel.isEmpty() ? data.audit.endpoint.url() : data.endpointLabel);
    // tcp:// only: "verified", "unverified" (--tls without verification) or "none" (plain TCP).
    const core::Endpoint &endpoint = data.audit.endpoint;
    if (endpoint.kind == core::Endpoint::Kind::Tcp)
        root.insert(u"tls"_s, !endpoint.tls ? u"none"_s : endpoint.tls->verify ? u"verified"_s : u"unverified"_s);
    else
        root.insert(u"tls"_s, QJsonValue::Null);
    root.insert(u"audit"_s, core::auditReportToJson(data.audit));

    QJsonArray containers;
    for (const auto &c : data.audit.containers)
        containers.append(core::containerFactsToJson(c));
    root.insert(u"containers"_s, containers);

    QJsonObject memory;
    for (auto it = data.memory.cbegin(); it != data.memory.cend(); ++it) {
        QJsonArray samples;
        for (const auto &s : it.value()) {
            QJsonObject o;
            o.insert(u"time"_s, s.time.toUTC().toString(Qt::ISODateWithMs));
            o.insert(u"usage"_s, static_cast<double>(s.usage));
            o.insert(u"limit"_s, optionalNumber(s.limit));
            o.insert(u"peak"_s, optionalNumber(s.peak));
            o.insert(u"limitHits"_s, optionalNumber(s.limitHits));
            o.insert(u"oomKills"_s, optionalNumber(s.oomKills));
            o.insert(u"source"_s, provenanceName(s.source));
            samples.append(o);
        }
        memory.insert(it.key(), samples);
    }
    root.insert(u"memory"_s, memory);
    return root;
}

} // namespace dockscope::report
