// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/dockerclient.h"
#include "core/docker/endpoint.h"
#include "core/docker/types.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;

namespace dockscope::core {
class RemoteConnection;
}

namespace dockscope::ui {

/// The connection status: endpoint, daemon and API version, cgroup version and driver, and
/// connected / reconnecting / failed with the reason, what to do, and the technical details.
class ConnectionBar : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBar(const core::Endpoint &endpoint, QWidget *parent = nullptr);

    void setState(core::DockerClient::ConnectionState state, const std::optional<core::Error> &error = {});
    void setDaemon(const core::VersionInfo &version, const core::DaemonInfo &info);
    /// Shows the profile, how it is reached (ssh transport and why the preferred one was not
    /// used) and whether the host's files can be read.
    void setConnection(const core::RemoteConnection &connection);
    QLabel *hostAccessLabel() const { return m_hostAccessLabel; }
    QString endpointText() const;
    core::DockerClient::ConnectionState state() const { return m_state; }
    QString stateText() const;
    QLabel *stateLabel() const { return m_stateLabel; }
    /// "Retry" and "Connect to another host…", shown while the connection has failed.
    QPushButton *retryButton() const { return m_retryButton; }
    QPushButton *connectOtherButton() const { return m_connectOtherButton; }

Q_SIGNALS:
    void retryRequested();
    void connectOtherRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    core::Endpoint m_endpoint;
    core::DockerClient::ConnectionState m_state = core::DockerClient::ConnectionState::Disconnected;
    std::optional<core::Error> m_error;
    std::optional<core::VersionInfo> m_version;
    core::DaemonInfo m_info;
    struct Remote
    {
        QString profileName;
        QString transport;
        QList<core::Error> fallbackReasons;
        bool hostAccess = false;
    };
    std::optional<Remote> m_remote;
    QLabel *m_endpointLabel;
    QLabel *m_hostAccessLabel;
    QLabel *m_daemonLabel;
    QLabel *m_stateLabel;
    QLabel *m_errorLabel;
    QToolButton *m_detailsButton;
    QPushButton *m_retryButton;
    QPushButton *m_connectOtherButton;
    QLabel *m_details;
};

} // namespace dockscope::ui
