// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgedelegate.h"

#include "core/models/containerlistmodel.h"
#include "ui/models/containerlistpresentation.h"
#include "ui/tr.h"

#include <QApplication>
#include <QPainter>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::ContainerListModel;

namespace {

constexpr int s_margin = 3;     // left of the first pill and right of the last
constexpr int s_gap = 4;        // between pills
constexpr int s_padding = 10;   // text to pill edge, both sides together

QColor pillColour(int badge)
{
    switch (badge) {
    case ContainerListModel::Privileged:
    case ContainerListModel::DockerSocketMounted: return QColor(0xc0, 0x39, 0x2b);
    case ContainerListModel::AddedCapabilities:
    case ContainerListModel::HostNamespaces: return QColor(0xd3, 0x54, 0x00);
    case ContainerListModel::NoMemoryLimit: return QColor(0xb7, 0x95, 0x0b);
    default: return QColor(0x5d, 0x6d, 0x7e);
    }
}

int pillWidth(const QString &label, const QFontMetrics &fm)
{
    return fm.horizontalAdvance(label) + s_padding;
}

QString moreLabel(int hidden)
{
    //: Badges that do not fit the column, e.g. "+2"; the tooltip lists them all.
    return Tr::tr("+%1", "hidden badges").arg(hidden);
}

} // namespace

QFont BadgeDelegate::badgeFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

int BadgeDelegate::minimumWidth(const QStringList &labels, const QFontMetrics &fm)
{
    if (labels.size() <= 1)
        return fullWidth(labels, fm);
    // As layout() counts: the first pill, a gap, then "+N" and the right margin.
    return s_margin + pillWidth(labels.constFirst(), fm) + s_gap + pillWidth(moreLabel(int(labels.size()) - 1), fm)
        + s_margin;
}

int BadgeDelegate::fullWidth(const QStringList &labels, const QFontMetrics &fm)
{
    int w = 2 * s_margin;
    for (const QString &l : labels)
        w += pillWidth(l, fm) + s_gap;
    return labels.isEmpty() ? w : w - s_gap;
}

BadgeDelegate::Layout BadgeDelegate::layout(const QStringList &labels, const QFontMetrics &fm, const QRect &rect)
{
    Layout out;
    const int h = fm.height() + 2;
    const int y = rect.top() + (rect.height() - h) / 2;
    const int n = int(labels.size());
    // How many of the most severe badges fit, leaving room for "+N" when any is left out.
    int shown = n;
    if (fullWidth(labels, fm) > rect.width()) {
        shown = 0;
        int used = s_margin;
        for (int i = 0; i < n; ++i) {
            const int next = used + pillWidth(labels.at(i), fm) + s_gap;
            const int more = pillWidth(moreLabel(n - i - 1), fm) + s_margin;
            if (next + more > rect.width())
                break;
            used = next;
            shown = i + 1;
        }
    }
    int x = rect.left() + s_margin;
    for (int i = 0; i < shown; ++i) {
        const int w = pillWidth(labels.at(i), fm);
        out.pills.append(QRect(x, y, w, h));
        x += w + s_gap;
    }
    out.shown = shown;
    out.hidden = n - shown;
    if (out.hidden > 0) {
        out.moreText = moreLabel(out.hidden);
        out.more = QRect(x, y, pillWidth(out.moreText, fm), h);
    }
    return out;
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool known = index.data(ContainerListModel::BadgesKnownRole).toBool();
    if (!known) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as usual, without the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int badges = index.data(ContainerListModel::BadgesRole).toInt();
    const QList<int> order = ContainerListPresentation::badgesBySeverity(badges);
    const QStringList labels = ContainerListPresentation::badgeLabels(badges);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = badgeFont(option.font);
    painter->setFont(font);
    painter->setClipRect(option.rect);
    const Layout l = layout(labels, QFontMetrics(font), option.rect);
    const auto pill = [painter](const QRect &r, const QColor &colour, const QString &text) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(r, Qt::AlignCenter, text);
    };
    for (int i = 0; i < l.shown; ++i)
        pill(l.pills.at(i), pillColour(order.at(i)), labels.at(i));
    // "+N" in the colour of the most severe badge it stands for.
    if (l.hidden > 0)
        pill(l.more, pillColour(order.at(l.shown)), l.moreText);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(ContainerListModel::BadgesKnownRole).toBool()) {
        const QStringList labels = ContainerListPresentation::badgeLabels(index.data(ContainerListModel::BadgesRole).toInt());
        s.setWidth(fullWidth(labels, QFontMetrics(badgeFont(option.font))));
    }
    return s;
}

} // namespace dockscope::ui
