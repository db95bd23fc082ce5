// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dockscope::ui {

/// An error detail ("/proc/42/ns/net: No such file or directory") with the C library's errno
/// text translated ("/proc/42/ns/net: 没有那个文件或目录"). Core keeps the detail technical and
/// in English (strerror in the C locale); this is where it becomes the user's language. Texts
/// not in the table stay as they are.
QString translatedDetail(const QString &detail);

} // namespace dockscope::ui
