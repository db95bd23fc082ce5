// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport.h"

namespace dockscope::core {

Transport::~Transport() = default;

} // namespace dockscope::core
