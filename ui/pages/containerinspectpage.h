// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QJsonObject;

namespace dockscope::ui {

class CodeView;

/// The container's inspect JSON as the daemon returned it, indented and highlighted.
class ContainerInspectPage : public QWidget
{
    Q_OBJECT
public:
    explicit ContainerInspectPage(QWidget *parent = nullptr);

    void setInspect(const QJsonObject &raw);

private:
    CodeView *m_code;
};

} // namespace dockscope::ui
