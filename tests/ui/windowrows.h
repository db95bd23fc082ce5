// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/containerlistmodel.h"
#include "ui/mainwindow.h"

#include <QSortFilterProxyModel>
#include <QString>

namespace dockscope::test {

/// The row of container id in the window's (filtered, sorted) container list; -1 if absent.
inline int containerRow(ui::MainWindow *window, const QString &id)
{
    for (int r = 0; r < window->containerFilter()->rowCount(); ++r) {
        if (window->containerFilter()->index(r, 0).data(core::ContainerListModel::ContainerIdRole).toString() == id)
            return r;
    }
    return -1;
}

} // namespace dockscope::test
