// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: the collector's view as whoever runs it (the integration test runs it as
// `runuser -u nobody`). Reads one container's inspect JSON (GET /containers/{id}/json, as
// `docker inspect` prints it, array or object) on stdin, because an ordinary user may not reach
// the daemon socket; prints containerFactsToJson() on stdout.
//   factsprobe SOCKET_PATH < inspect.json

#include "core/docker/jsonparse.h"
#include "core/facts/factscollector.h"
#include "core/facts/hostfs.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: factsprobe SOCKET_PATH < inspect.json\n");
        return 2;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll());
    const QJsonObject object = doc.isArray() ? doc.array().at(0).toObject() : doc.object();
    if (object.isEmpty()) {
        std::fprintf(stderr, "factsprobe: no inspect object on stdin\n");
        return 2;
    }
    const ContainerInspect inspect = json::containerInspect(object);
    CollectContext context;
    context.socketPath = args.at(1);
    const LocalHostFs fs;
    const HostFacts host = collectHostFacts(&fs, context);
    const ContainerFacts facts = collectContainerFacts(inspect, &fs, host, context);
    QJsonObject out = containerFactsToJson(facts);
    out.insert(u"probeHostReference"_s, static_cast<int>(host.nsReference));
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
