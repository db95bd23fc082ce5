// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace dockscope::core {

/// Calls onResult(result) on context's thread once future has finished, unless context has been
/// destroyed by then: then nothing is called and nothing is left behind.
///
/// Use this, not QFuture::then(context, …), for workers whose owner may go first (a tab or a
/// window closed while its worker reads, a superseded audit). Before Qt 6.6, then() with a
/// context requires the context to be alive when the worker ends: it asserts in debug builds
/// and calls into a dead object's thread otherwise. A watcher that is the context's child goes
/// with it.
template<typename T, typename F>
void whenFinished(QFuture<T> future, QObject *context, F &&onResult)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, f = std::forward<F>(onResult)]() mutable {
                         watcher->deleteLater();
                         f(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace dockscope::core
