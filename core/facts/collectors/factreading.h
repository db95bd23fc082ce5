// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every collector does with a host file: read it, parse it, and make a Fact of the
// outcome, with its provenance or the reason it is unavailable.

#include "core/facts/containerfacts.h"
#include "core/facts/hostfs.h"

namespace dockscope::core {

struct CollectContext;

namespace collectors {

/// PermissionDenied on another process's /proc entry means "needs root (or the owner)".
Error hostError(const Error &e);

template<class T>
Fact<T> proc(T value)
{
    return Fact<T>::known(std::move(value), Provenance::Proc);
}

template<class T>
Fact<T> missing(ErrorCode code, const QString &detail)
{
    return Fact<T>::unavailable(Error{code, detail});
}

/// Reads and parses one file into a Fact; parse errors name the path.
template<class T, class Parse>
Fact<T> readFact(const HostFs &fs, const QString &path, Parse parse)
{
    using namespace Qt::StringLiterals;
    const Result<QByteArray> data = fs.readFile(path);
    if (!data)
        return Fact<T>::unavailable(hostError(data.error()));
    auto parsed = parse(*data);
    if (!parsed)
        return missing<T>(ErrorCode::ParseError, path + u": "_s + parsed.error().detail);
    return proc<T>(T(*parsed));
}

/// /info CgroupVersion ("1", "2") as a CgroupVersion; Unknown for anything else.
CgroupVersion parseVersionText(const QString &v);

/// The host's cgroup version as its files show it, else as the daemon reports it.
CgroupVersion effectiveVersion(const HostFacts &host, const CollectContext &context);

} // namespace collectors
} // namespace dockscope::core
