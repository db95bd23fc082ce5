// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/checkdefinition.h"
#include "core/audit/checktables.h"

#include <QCoreApplication>

#include <vector>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {
std::vector<CheckDefinition> assemble()
{
    std::vector<CheckDefinition> all;
    for (const auto &part : {hostCheckDefinitions(), daemonCheckDefinitions(), fileCheckDefinitions(),
                             imageCheckDefinitions(), containerCheckDefinitions(), operationsCheckDefinitions(),
                             dsCheckDefinitions()})
        all.insert(all.end(), part.begin(), part.end());
    return all;
}
} // namespace

std::span<const CheckDefinition> checkDefinitions()
{
    // Immutable after first use (thread-safe static initialisation): a table, not a singleton.
    static const std::vector<CheckDefinition> table = assemble();
    return table;
}

const CheckDefinition *findCheckDefinition(const QString &id)
{
    for (const CheckDefinition &d : checkDefinitions()) {
        if (id == QLatin1StringView(d.id))
            return &d;
    }
    return nullptr;
}

const char *checkSectionTitle(const QString &section)
{
    if (section == u"1"_s)
        return QT_TRANSLATE_NOOP("Checks", "Host configuration");
    if (section == u"2"_s)
        return QT_TRANSLATE_NOOP("Checks", "Docker daemon configuration");
    if (section == u"3"_s)
        return QT_TRANSLATE_NOOP("Checks", "Docker daemon configuration files");
    if (section == u"4"_s)
        return QT_TRANSLATE_NOOP("Checks", "Container images and build file");
    if (section == u"5"_s)
        return QT_TRANSLATE_NOOP("Checks", "Container runtime");
    if (section == u"6"_s)
        return QT_TRANSLATE_NOOP("Checks", "Docker security operations");
    if (section == u"7"_s)
        return QT_TRANSLATE_NOOP("Checks", "Docker swarm configuration");
    if (section == u"DS"_s)
        return QT_TRANSLATE_NOOP("Checks", "Dockscope checks");
    return "";
}

} // namespace dockscope::core
