// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRect>
#include <QStyledItemDelegate>

class QFont;
class QFontMetrics;

namespace dockscope::ui {

/// Paints the container list's security badges as small coloured pills, most severe first (the
/// text, for accessibility and tests, stays the model's DisplayRole). Badges that do not fit
/// are never dropped silently: the last pill then reads "+N", and the tooltip lists them all.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Where the pills go in `rect`: the first `shown` labels at `pills`, and when some do not
    /// fit, a "+N" pill at `more` for the `hidden` rest (drawn even if it is cut off itself).
    struct Layout
    {
        QList<QRect> pills;
        int shown = 0;
        int hidden = 0;
        QRect more;
        QString moreText;
    };
    static Layout layout(const QStringList &labels, const QFontMetrics &fm, const QRect &rect);
    /// The width all `labels` need, margins included.
    static int fullWidth(const QStringList &labels, const QFontMetrics &fm);
    /// The least width that shows the most severe label and, when there are more, "+N" for the
    /// rest: what the column must never go below.
    static int minimumWidth(const QStringList &labels, const QFontMetrics &fm);
    /// The pills' font for a view's font.
    static QFont badgeFont(const QFont &base);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dockscope::ui
