// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgedelegate.h"

#include "core/models/containerlistmodel.h"
#include "ui/models/containerlistpresentation.h"

#include <QApplication>
#include <QPainter>

namespace dockscope::ui {

using core::ContainerListModel;

namespace {

struct Pill
{
    ContainerListModel::Badge badge;
    QColor colour;
};

const Pill s_pills[] = {
    // Most severe first: when the column is narrow, what is cut off matters least.
    {ContainerListModel::Privileged, QColor(0xc0, 0x39, 0x2b)},
    {ContainerListModel::DockerSocketMounted, QColor(0xc0, 0x39, 0x2b)},
    {ContainerListModel::AddedCapabilities, QColor(0xd3, 0x54, 0x00)},
    {ContainerListModel::HostNamespaces, QColor(0xd3, 0x54, 0x00)},
    {ContainerListModel::NoMemoryLimit, QColor(0xb7, 0x95, 0x0b)},
    {ContainerListModel::RunsAsRoot, QColor(0x5d, 0x6d, 0x7e)},
};

} // namespace

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
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics fm(font);
    int x = option.rect.left() + 3;
    const int h = fm.height() + 2;
    const int y = option.rect.top() + (option.rect.height() - h) / 2;
    for (const Pill &pill : s_pills) {
        if (!(badges & pill.badge))
            continue;
        const QString label = ContainerListPresentation::badgeLabels(pill.badge).value(0);
        const int w = fm.horizontalAdvance(label) + 10;
        if (x + w > option.rect.right())
            break;
        const QRect r(x, y, w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pill.colour);
        painter->drawRoundedRect(r, h / 2.0, h / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(r, Qt::AlignCenter, label);
        x += w + 4;
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + 60);
    return s;
}

} // namespace dockscope::ui
