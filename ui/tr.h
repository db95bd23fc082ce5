// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace dockscope::ui {

/// The ui layer's one translation context ("Ui"): every user-visible string in ui/ goes
/// through Tr::tr, so a class rename never drops finished translations.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ui)
};

} // namespace dockscope::ui
