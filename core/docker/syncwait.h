// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// FOR THE CLI AND TESTS ONLY. Blocks the calling thread in a local QEventLoop until an
// asynchronous DockerClient call delivers its result. Never use it in core or on the GUI thread:
// a nested event loop there re-enters widgets and models.

#include "core/result.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace dockscope::core {

/// Runs `call(context, callback)` and waits for the callback, at most `timeout`.
/// Example: `waitFor<DaemonInfo>([&](QObject *ctx, auto cb) { client.info(ctx, cb); }, 10s)`.
/// A callback that arrives after the timeout is dropped (its context is gone by then).
template<class T, class F>
Result<T> waitFor(F &&call, std::chrono::milliseconds timeout)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    QObject context;
    std::function<void(Result<T>)> callback = [&result, &loop](Result<T> value) {
        result.emplace(std::move(value));
        loop.quit();
    };
    call(&context, callback);
    if (!result) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeout);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!result)
        return Error{ErrorCode::Timeout, QStringLiteral("no reply within %1 ms").arg(timeout.count())};
    return std::move(*result);
}

} // namespace dockscope::core
