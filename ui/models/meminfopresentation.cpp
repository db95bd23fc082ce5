// SPDX-License-Identifier: GPL-3.0-or-later
#include "meminfopresentation.h"

#include "core/models/meminfomodel.h"
#include "ui/tr.h"

namespace dockscope::ui {

using core::MeminfoModel;

QString MeminfoPresentation::header(int section) const
{
    switch (section) {
    case MeminfoModel::KeyColumn: return Tr::tr("Field");
    case MeminfoModel::ContainerColumn: return Tr::tr("Inside the container");
    case MeminfoModel::HostColumn: return Tr::tr("On the host");
    }
    return QString();
}

QString MeminfoPresentation::keyText(const QString &key) const
{
    // The meminfo field names stay as the kernel writes them.
    static const KeyLabel labels[] = {
        {"cgroup-limit", QT_TRANSLATE_NOOP("Ui", "Cgroup memory limit")},
    };
    return labelFor(key, labels);
}

QString MeminfoPresentation::emptyText() const
{
    return Tr::tr("No /proc/meminfo values were read.");
}

} // namespace dockscope::ui
