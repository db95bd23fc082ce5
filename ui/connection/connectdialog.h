// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/remote/connectionprofile.h"
#include "core/remote/connectionprofilestore.h"

#include <QDialog>
#include <QProcessEnvironment>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QSettings;

namespace dockscope::core {
class RemoteConnection;
}

namespace dockscope::ui {

/// Lists the connection profiles (local, saved, docker contexts), adds/edits/removes saved ones
/// and tests a profile (connect + ping: shows the daemon version or the translated error).
/// "Connect" accepts the dialog; the caller then opens selectedProfile() with
/// core::RemoteConnection::open (or takes the tested connection with takeConnection()).
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    /// settings is not owned; profiles are stored in its "connections" group.
    explicit ConnectDialog(QSettings *settings, QWidget *parent = nullptr,
                           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    ~ConnectDialog() override;

    core::ConnectionProfile selectedProfile() const;
    /// The connection the last successful test opened for the selected profile, if any
    /// (saves a second connect); nullptr otherwise.
    std::unique_ptr<core::RemoteConnection> takeConnection();

    /// Starts a test of the selected profile (also the "Test" button).
    void testSelected();

Q_SIGNALS:
    /// A test finished: ok with the daemon version, or failed (status text shows why).
    void testFinished(bool ok);

private:
    void reload(const QString &selectId = QString());
    void updateButtons();
    void addProfile();
    void editProfile();
    void removeProfile();

    core::ConnectionProfileStore m_store;
    QProcessEnvironment m_env;
    QList<core::ConnectionProfile> m_profiles;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_status = nullptr;
    std::unique_ptr<core::RemoteConnection> m_tested;
    QString m_testedId;
    int m_testGeneration = 0;
};

} // namespace dockscope::ui
