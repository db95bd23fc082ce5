// SPDX-License-Identifier: GPL-3.0-or-later
// bench_audit [N] [IMAGE]: creates N containers on the daemon named by DOCKER_HOST, times
// AuditRunner over them, then times the shell-audit approach (docker-bench-security: one
// `docker inspect --format …` CLI process per container per check) and prints the ratio.
// Removes its containers at the end. Not a test: run by hand against a test daemon.
#include "core/audit/auditor.h"
#include "core/docker/dockerclient.h"
#include "core/facts/hostfs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QProcess *startDocker(const QStringList &args)
{
    auto *p = new QProcess;
    p->setProgram(u"docker"_s);
    p->setArguments(args);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start();
    return p;
}

/// Runs `docker args` and waits (the benchmark is a CLI program; blocking is fine here).
QByteArray docker(const QStringList &args, bool *ok = nullptr)
{
    std::unique_ptr<QProcess> p(startDocker(args));
    p->waitForFinished(120000);
    if (ok)
        *ok = p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0;
    return p->readAllStandardOutput();
}

// The per-container checks of docker-bench-security 1.6.0 (section 5 and 4.1), each one
// `docker inspect --format` per container, as the shell script runs them.
const char *const s_shellChecks[] = {
    "{{ .Id }}: AppArmorProfile={{ .AppArmorProfile }}",                     // 5.2
    "{{ .Id }}: SecurityOpt={{ .HostConfig.SecurityOpt }}",                  // 5.3
    "{{ .Id }}: CapAdd={{ .HostConfig.CapAdd }} CapDrop={{ .HostConfig.CapDrop }}", // 5.4
    "{{ .Id }}: Privileged={{ .HostConfig.Privileged }}",                    // 5.5
    "{{ .Id }}: Volumes={{ .Mounts }}",                                      // 5.6
    "{{ .Id }}: Ports={{ .NetworkSettings.Ports }}",                         // 5.8
    "{{ .Id }}: NetworkMode={{ .HostConfig.NetworkMode }}",                  // 5.10
    "{{ .Id }}: Memory={{ .HostConfig.Memory }}",                            // 5.11
    "{{ .Id }}: CpuShares={{ .HostConfig.CpuShares }}",                      // 5.12
    "{{ .Id }}: ReadonlyRootfs={{ .HostConfig.ReadonlyRootfs }}",            // 5.13
    "{{ .Id }}: RestartPolicy={{ .HostConfig.RestartPolicy.Name }}",         // 5.15
    "{{ .Id }}: PidMode={{ .HostConfig.PidMode }}",                          // 5.16
    "{{ .Id }}: IpcMode={{ .HostConfig.IpcMode }}",                          // 5.17
    "{{ .Id }}: Devices={{ .HostConfig.Devices }}",                          // 5.18
    "{{ .Id }}: Ulimits={{ .HostConfig.Ulimits }}",                          // 5.19
    "{{ .Id }}: Propagation={{range $mnt := .Mounts}} {{json $mnt.Propagation}} {{end}}", // 5.20
    "{{ .Id }}: UTSMode={{ .HostConfig.UTSMode }}",                          // 5.21
    "{{ .Id }}: SecurityOpt={{ .HostConfig.SecurityOpt }}",                  // 5.22
    "{{ .Id }}: CgroupParent={{ .HostConfig.CgroupParent }}",                // 5.25
    "{{ .Id }}: PidsLimit={{ .HostConfig.PidsLimit }}",                      // 5.29
    "{{ .Id }}: UsernsMode={{ .HostConfig.UsernsMode }}",                    // 5.31
    "{{ .Id }}: Mounts={{ .Mounts }}",                                       // 5.32
};
constexpr int s_shellCheckCount = int(sizeof(s_shellChecks) / sizeof(s_shellChecks[0]));

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int n = args.size() > 1 ? args.at(1).toInt() : 100;
    const QString image = args.size() > 2 ? args.at(2)
                          : qEnvironmentVariableIsSet("DOCKSCOPE_TEST_IMAGE") ? qEnvironmentVariable("DOCKSCOPE_TEST_IMAGE")
                                                                              : u"dockscope-test:1"_s;
    // Checks per container to run for real (the rest is extrapolated): all by default.
    const int shellChecks = args.size() > 3 ? std::clamp(args.at(3).toInt(), 1, s_shellCheckCount) : s_shellCheckCount;
    const QString host = qEnvironmentVariable("DOCKER_HOST");
    if (!host.startsWith(u"unix://"_s) || n <= 0) {
        std::fprintf(stderr, "usage: DOCKER_HOST=unix:///path/docker.sock bench_audit [N=100] [IMAGE] [SHELL_CHECKS=%d]\n",
                     s_shellCheckCount);
        return 2;
    }
    const auto endpoint = parseEndpointUrl(host);
    if (!endpoint) {
        std::fprintf(stderr, "bad DOCKER_HOST: %s\n", qPrintable(endpoint.error().detail));
        return 2;
    }

    // 1. N containers, four `docker run` at a time.
    const QString prefix = u"dsbench-%1-"_s.arg(QRandomGenerator::global()->bounded(1000000));
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << prefix + QString::number(i);
    out() << "creating " << n << " containers from " << image << " on " << host << Qt::endl;
    QElapsedTimer t;
    t.start();
    int failed = 0;
    for (int i = 0; i < n; i += 4) {
        QList<QProcess *> batch;
        for (int j = i; j < std::min(n, i + 4); ++j)
            batch << startDocker({u"run"_s, u"-d"_s, u"--name"_s, names.at(j), image, u"sleep"_s, u"3600"_s});
        for (QProcess *p : batch) {
            p->waitForFinished(120000);
            failed += (p->exitCode() != 0);
            delete p;
        }
    }
    out() << "created in " << t.elapsed() << " ms" << (failed ? u" (%1 failed)"_s.arg(failed) : QString()) << Qt::endl;

    int exitCode = 0;
    {
        // 2. AuditRunner: one list, N concurrent inspects, N tops, host files, checks.
        DockerClient client(endpoint.value());
        AuditRunner runner(&client, std::make_shared<LocalHostFs>());
        QList<qint64> times;
        int results = 0;
        for (int round = 0; round < 3; ++round) {
            QEventLoop loop;
            QElapsedTimer at;
            bool ok = false;
            QObject::connect(&runner, &AuditRunner::finished, &loop, [&](const Result<AuditReport> &r) {
                ok = r.has_value();
                if (ok)
                    results = int(r->results.size());
                else
                    std::fprintf(stderr, "audit failed: %s\n", qPrintable(r.error().detail));
                loop.quit();
            });
            at.start();
            runner.run(names);
            loop.exec();
            times << at.nsecsElapsed() / 1000;
            QObject::disconnect(&runner, &AuditRunner::finished, &loop, nullptr);
            if (!ok) {
                exitCode = 1;
                break;
            }
        }
        if (exitCode == 0) {
            std::sort(times.begin(), times.end());
            const double auditMs = double(times.at(times.size() / 2)) / 1000.0;
            out() << "AuditRunner: " << n << " containers, " << results << " results, median of 3: "
                  << QString::number(auditMs, 'f', 1) << " ms (runs: " << times.at(0) / 1000 << ", "
                  << times.at(1) / 1000 << ", " << times.at(2) / 1000 << " ms)" << Qt::endl;

            // 3. The shell approach: `docker inspect --format` per container per check.
            QElapsedTimer st;
            st.start();
            for (int c = 0; c < shellChecks; ++c) {
                for (const QString &name : std::as_const(names))
                    docker({u"inspect"_s, u"--format"_s, QString::fromLatin1(s_shellChecks[c]), name});
            }
            const double measuredMs = double(st.nsecsElapsed()) / 1e6;
            const double shellMs = measuredMs * s_shellCheckCount / shellChecks;
            out() << "shell audit: " << shellChecks << " of " << s_shellCheckCount << " per-container checks run ("
                  << shellChecks * n << " docker CLI processes) in " << QString::number(measuredMs, 'f', 0) << " ms";
            if (shellChecks < s_shellCheckCount)
                out() << ", extrapolated linearly to " << s_shellCheckCount << " checks: " << QString::number(shellMs, 'f', 0) << " ms";
            out() << Qt::endl;
            out() << "ratio (shell / AuditRunner): " << QString::number(shellMs / auditMs, 'f', 1) << "x" << Qt::endl;
            out() << "target 100 containers < 500 ms: " << (n == 100 ? (auditMs < 500 ? "met" : "NOT met") : "n/a (N != 100)")
                  << Qt::endl;
        }
    }

    // 4. Clean up.
    QStringList rm{u"rm"_s, u"-f"_s};
    rm << names;
    bool ok = false;
    docker(rm, &ok);
    out() << (ok ? "removed " : "could not remove all of ") << n << " containers" << Qt::endl;
    return exitCode;
}
