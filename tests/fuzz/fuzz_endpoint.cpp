// SPDX-License-Identifier: GPL-3.0-or-later
// Endpoint URLs (core/docker/endpoint.h): what -H, DOCKER_HOST, a docker context's Host and a
// saved profile hold: unix://, tcp://, http(s)://, ssh://. Accepted URLs must survive a round
// trip through the canonical form that Endpoint::url() shows the user. ssh:// URLs become an
// ssh command line: the host and user must never be readable as an ssh option, and the shell
// quoting of remote words must hold for any text.

#include "fuzzcommon.h"

#include "core/docker/endpoint.h"
#include "core/remote/connectionprofile.h"
#include "core/remote/sshcommand.h"

#include <QProcessEnvironment>

using namespace dockscope::core;
using namespace dockscope::fuzz;

DOCKSCOPE_FUZZ_QUIET_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 4096)
        return 0;
    const QString url = QString::fromUtf8(view(bytes, size));
    const Result<Endpoint> endpoint = parseEndpointUrl(url);
    if (endpoint) {
        const QString canonical = endpoint->url();
        const Result<Endpoint> again = parseEndpointUrl(canonical);
        if (!again || again->url() != canonical) {
            std::fprintf(stderr, "url: %s\ncanonical: %s\nagain: %s\n", qUtf8Printable(url),
                         qUtf8Printable(canonical),
                         again ? qUtf8Printable(again->url()) : qUtf8Printable(again.error().detail));
            fail("the canonical form of an accepted URL does not parse back to itself");
        }
        DOCKSCOPE_FUZZ_CHECK(again->kind == endpoint->kind);
    }

    const ConnectionProfile profile = ConnectionProfile::forSshUrl(url);
    (void)profile.validate();
    static const QProcessEnvironment env = [] {
        QProcessEnvironment e;
        e.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
        return e;
    }();
    if (const Result<SshTarget> target = profile.sshTarget(env)) {
        DOCKSCOPE_FUZZ_CHECK(!target->host.isEmpty() && !target->host.startsWith(QLatin1Char('-')));
        DOCKSCOPE_FUZZ_CHECK(!target->user.startsWith(QLatin1Char('-')));
        DOCKSCOPE_FUZZ_CHECK(target->remoteSocketPath.isEmpty()
                             || (target->remoteSocketPath.startsWith(QLatin1Char('/'))
                                 && !target->remoteSocketPath.contains(QLatin1Char(':'))));
        DOCKSCOPE_FUZZ_CHECK(SshCommand::validate(*target).has_value());
        (void)target->url();
        (void)SshCommand::dialStdioArguments(*target, env);
        (void)SshCommand::effectiveRemoteSocket(*target);
    }

    // 'it'\''s': quotes at both ends, and every quote inside is part of a '\'' sequence.
    const QString quoted = SshCommand::shellQuote(url);
    DOCKSCOPE_FUZZ_CHECK(quoted.size() >= 2 && quoted.startsWith(QLatin1Char('\''))
                         && quoted.endsWith(QLatin1Char('\'')));
    QString inner = quoted.mid(1, quoted.size() - 2);
    inner.remove(QStringLiteral("'\\''"));
    DOCKSCOPE_FUZZ_CHECK(!inner.contains(QLatin1Char('\'')));
    return 0;
}
