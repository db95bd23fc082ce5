// SPDX-License-Identifier: GPL-3.0-or-later
#include "types.h"

namespace dockscope::core {

QString SecurityOption::property(const QString &key) const
{
    for (const auto &[k, v] : properties) {
        if (k == key)
            return v;
    }
    return {};
}

bool DaemonInfo::hasSecurityOption(const QString &optionName) const
{
    return securityOption(optionName) != nullptr;
}

const SecurityOption *DaemonInfo::securityOption(const QString &optionName) const
{
    for (const SecurityOption &option : securityOptions) {
        if (option.name == optionName)
            return &option;
    }
    return nullptr;
}

QStringList TopResult::column(const QString &title) const
{
    const qsizetype index = titles.indexOf(title);
    QStringList out;
    if (index < 0)
        return out;
    for (const QStringList &row : processes)
        out.append(row.value(index));
    return out;
}

qint64 StatsSample::memoryWorkingSet() const
{
    return inactiveFile < memoryUsage ? memoryUsage - inactiveFile : memoryUsage;
}

} // namespace dockscope::core
