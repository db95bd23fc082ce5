// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/checkresult.h"

#include <QWidget>

class QTextBrowser;

namespace dockscope::core {
struct ContainerFacts;
}

namespace dockscope::ui {

/// The container at a glance: state, image, command, user, and the most important findings
/// first (the audit's failures and warnings by severity, then what the declaration shows).
class ContainerOverviewPage : public QWidget
{
    Q_OBJECT
public:
    /// rootless: the daemon runs rootless, which changes what the other pages mean.
    explicit ContainerOverviewPage(bool rootless, QWidget *parent = nullptr);

    /// Shows the container; `facts` is null until they were read. The owner calls it again
    /// after a language change.
    void showContainer(const QString &name, const QString &state, const core::ContainerFacts *facts,
                       const QList<core::CheckResult> &audit);

private:
    bool m_rootless;
    QTextBrowser *m_text;
};

} // namespace dockscope::ui
