// SPDX-License-Identifier: GPL-3.0-or-later
// Docker context files, as endpoint resolution (core/docker/endpoint.h) and the connection
// profile list (core/remote/connectionprofilestore.h) read them: <DOCKER_CONFIG>/config.json
// (currentContext) and contexts/meta/<sha256(name)>/meta.json. An input is
//   META_JSON [ "\0" CONFIG_JSON ]
// written into a private DOCKER_CONFIG directory (on /dev/shm when there is one); without a
// config part, config.json names the context "fuzz" whose meta.json the input is.

#include "fuzzcommon.h"

#include "core/docker/endpoint.h"
#include "core/remote/connectionprofile.h"
#include "core/remote/connectionprofilestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

using namespace dockscope::core;
using namespace dockscope::fuzz;

namespace {

struct Files
{
    std::unique_ptr<QTemporaryDir> dir;
    QString metaPath;
    QString configPath;
    QProcessEnvironment env;
};

Files &files()
{
    static Files f = [] {
        Files out;
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                       : QDir::tempPath();
        out.dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/dockscope-fuzz-XXXXXX"));
        if (!out.dir->isValid())
            fail("cannot create the DOCKER_CONFIG directory");
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash("fuzz", QCryptographicHash::Sha256).toHex());
        const QString metaDir = out.dir->path() + QStringLiteral("/contexts/meta/") + hash;
        QDir().mkpath(metaDir);
        out.metaPath = metaDir + QStringLiteral("/meta.json");
        out.configPath = out.dir->path() + QStringLiteral("/config.json");
        out.env.insert(QStringLiteral("DOCKER_CONFIG"), out.dir->path());
        out.env.insert(QStringLiteral("HOME"), out.dir->path());
        return out;
    }();
    return f;
}

void write(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes.data(), bytes.size()) != bytes.size())
        fail("cannot write a context file");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    quietQt();
    (void)files();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView data = view(bytes, size);
    const qsizetype cut = data.indexOf('\0');
    Files &f = files();
    write(f.metaPath, cut < 0 ? data : data.first(cut));
    write(f.configPath, cut < 0 ? QByteArrayView("{\"currentContext\":\"fuzz\"}") : data.sliced(cut + 1));

    // --context fuzz, DOCKER_CONTEXT=fuzz, and currentContext from config.json.
    (void)resolveEndpoint(EndpointOptions{QString(), QStringLiteral("fuzz")}, f.env);
    QProcessEnvironment withContextEnv = f.env;
    withContextEnv.insert(QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("fuzz"));
    (void)resolveEndpoint(EndpointOptions{}, withContextEnv);
    (void)resolveEndpoint(EndpointOptions{}, f.env);

    // The profile list: each context becomes a read-only profile whose endpoint is resolved.
    for (const ConnectionProfile &profile : ConnectionProfileStore::dockerContexts(f.env)) {
        DOCKSCOPE_FUZZ_CHECK(profile.readOnly());
        (void)profile.endpoint(f.env);
        (void)profile.sshTarget(f.env);
    }
    return 0;
}
