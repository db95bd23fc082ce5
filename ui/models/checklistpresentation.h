// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/checkresult.h"

#include <QIdentityProxyModel>

namespace dockscope::ui {

/// Presentation over core::ChecklistModel: translated section names, check titles (context
/// "Checks"), verdict and severity words, verdict colours.
class ChecklistPresentation : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

    static QString statusText(core::CheckStatus status);
    static QString severityText(core::Severity severity);
    static QString sectionText(const QString &section);
    static QColor statusColor(core::CheckStatus status);
    /// The checklist's summary line: every verdict kind, counted over the checks the filter
    /// shows (`shown`, e.g. ChecklistFilterProxy::visibleSummary) out of `total` results.
    /// "The checklist has not run yet." when total is 0.
    static QString summaryText(const core::AuditSummary &shown, int total);
};

} // namespace dockscope::ui
