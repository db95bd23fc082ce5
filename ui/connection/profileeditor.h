// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/remote/connectionprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace dockscope::ui {

/// Edits one connection profile: kind, address, TLS files, ssh options, exec-probe opt-in.
class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    void setProfile(const core::ConnectionProfile &profile);
    /// The profile as edited (id kept from setProfile()).
    core::ConnectionProfile profile() const;

    void accept() override;

private:
    void updateVisibility();

    core::ConnectionProfile m_original;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlHint = nullptr;
    QGroupBox *m_tlsBox = nullptr;
    QCheckBox *m_tlsVerify = nullptr;
    QLabel *m_tlsVerifyWarning = nullptr;    ///< shown while verification is off
    QLineEdit *m_tlsCertPath = nullptr;
    QLineEdit *m_tlsCa = nullptr;
    QLineEdit *m_tlsCert = nullptr;
    QLineEdit *m_tlsKey = nullptr;
    QGroupBox *m_sshBox = nullptr;
    QComboBox *m_sshTransport = nullptr;
    QLineEdit *m_sshConfig = nullptr;
    QLineEdit *m_sshIdentity = nullptr;
    QLineEdit *m_sshKnownHosts = nullptr;
    QCheckBox *m_execProbes = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dockscope::ui
