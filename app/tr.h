// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace dockscope::app {

/// The one translation context of the app layer (CLI help, messages, table headers): "Cli".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace dockscope::app
