// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connection/profileeditor.h"

#include "ui/connection/connectionerrortext.h"
#include "ui/tr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::ConnectionProfile;

ProfileEditor::ProfileEditor(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(Tr::tr("Connection"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kind"_s);
    m_kind->addItem(Tr::tr("SSH"), int(ConnectionProfile::Kind::Ssh));
    m_kind->addItem(Tr::tr("TCP (optionally TLS)"), int(ConnectionProfile::Kind::Tcp));
    m_kind->addItem(Tr::tr("Unix socket"), int(ConnectionProfile::Kind::Unix));
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"url"_s);
    m_urlHint = new QLabel(this);
    m_urlHint->setWordWrap(true);
    form->addRow(Tr::tr("Name:"), m_name);
    form->addRow(Tr::tr("Type:"), m_kind);
    form->addRow(Tr::tr("Address:"), m_url);
    form->addRow(QString(), m_urlHint);
    layout->addLayout(form);

    m_tlsBox = new QGroupBox(Tr::tr("TLS"), this);
    m_tlsBox->setObjectName(u"tls"_s);
    m_tlsBox->setCheckable(true);
    auto *tlsForm = new QFormLayout(m_tlsBox);
    m_tlsVerify = new QCheckBox(Tr::tr("Verify the daemon's certificate"), m_tlsBox);
    m_tlsVerify->setObjectName(u"tlsVerify"_s);
    m_tlsVerifyWarning = new QLabel(Tr::tr("Without verification anyone on the network path can pose as "
                                           "the daemon. The connection will be shown as \"TLS (unverified)\"."),
                                    m_tlsBox);
    m_tlsVerifyWarning->setObjectName(u"tlsVerifyWarning"_s);
    m_tlsVerifyWarning->setWordWrap(true);
    m_tlsVerifyWarning->setStyleSheet(u"color: #c0392b;"_s);
    m_tlsCertPath = new QLineEdit(m_tlsBox);
    m_tlsCertPath->setPlaceholderText(Tr::tr("Directory with ca.pem, cert.pem, key.pem (DOCKER_CERT_PATH)"));
    m_tlsCa = new QLineEdit(m_tlsBox);
    m_tlsCert = new QLineEdit(m_tlsBox);
    m_tlsKey = new QLineEdit(m_tlsBox);
    tlsForm->addRow(m_tlsVerify);
    tlsForm->addRow(m_tlsVerifyWarning);
    tlsForm->addRow(Tr::tr("Certificate directory:"), m_tlsCertPath);
    tlsForm->addRow(Tr::tr("CA certificate:"), m_tlsCa);
    tlsForm->addRow(Tr::tr("Client certificate:"), m_tlsCert);
    tlsForm->addRow(Tr::tr("Client key:"), m_tlsKey);
    layout->addWidget(m_tlsBox);

    m_sshBox = new QGroupBox(Tr::tr("SSH"), this);
    auto *sshForm = new QFormLayout(m_sshBox);
    m_sshTransport = new QComboBox(m_sshBox);
    m_sshTransport->setObjectName(u"sshTransport"_s);
    m_sshTransport->addItem(Tr::tr("Forward the Docker socket"), int(ConnectionProfile::SshTransport::Forward));
    m_sshTransport->addItem(Tr::tr("docker system dial-stdio"), int(ConnectionProfile::SshTransport::DialStdio));
    m_sshConfig = new QLineEdit(m_sshBox);
    m_sshConfig->setPlaceholderText(Tr::tr("~/.ssh/config"));
    m_sshIdentity = new QLineEdit(m_sshBox);
    m_sshIdentity->setPlaceholderText(Tr::tr("From ssh-agent and ~/.ssh/config"));
    m_sshKnownHosts = new QLineEdit(m_sshBox);
    m_sshKnownHosts->setPlaceholderText(Tr::tr("~/.ssh/known_hosts"));
    sshForm->addRow(Tr::tr("Preferred transport:"), m_sshTransport);
    sshForm->addRow(Tr::tr("Config file:"), m_sshConfig);
    sshForm->addRow(Tr::tr("Identity file:"), m_sshIdentity);
    sshForm->addRow(Tr::tr("Known hosts file:"), m_sshKnownHosts);
    layout->addWidget(m_sshBox);

    m_execProbes = new QCheckBox(Tr::tr("Allow read-only probes inside containers (exec) when the host's "
                                        "files cannot be read"), this);
    m_execProbes->setObjectName(u"execProbes"_s);
    layout->addWidget(m_execProbes);

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // error details quote ssh and the daemon
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileEditor::reject);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateVisibility);
    connect(m_tlsVerify, &QCheckBox::toggled, this, &ProfileEditor::updateVisibility);
    m_tlsVerify->setChecked(true);
    m_tlsBox->setChecked(false);
    updateVisibility();
}

void ProfileEditor::updateVisibility()
{
    const auto kind = ConnectionProfile::Kind(m_kind->currentData().toInt());
    m_tlsBox->setVisible(kind == ConnectionProfile::Kind::Tcp);
    m_tlsVerifyWarning->setVisible(!m_tlsVerify->isChecked());
    m_sshBox->setVisible(kind == ConnectionProfile::Kind::Ssh);
    switch (kind) {
    case ConnectionProfile::Kind::Ssh:
        m_url->setPlaceholderText(u"ssh://user@host:22/var/run/docker.sock"_s);
        m_urlHint->setText(Tr::tr("Uses your OpenSSH client, agent and ~/.ssh/config. The path is the Docker "
                                  "socket on the remote host (optional)."));
        break;
    case ConnectionProfile::Kind::Tcp:
        m_url->setPlaceholderText(u"tcp://host:2376"_s);
        m_urlHint->setText(Tr::tr("Without SSH the host's files cannot be read: facts come from the API only."));
        break;
    default:
        m_url->setPlaceholderText(u"unix:///path/to/docker.sock"_s);
        m_urlHint->setText(Tr::tr("A socket you forwarded yourself: facts come from the API only."));
        break;
    }
}

void ProfileEditor::setProfile(const ConnectionProfile &p)
{
    m_original = p;
    m_name->setText(p.name);
    const int index = m_kind->findData(int(p.kind));
    m_kind->setCurrentIndex(index < 0 ? 0 : index);
    m_url->setText(p.url);
    m_tlsBox->setChecked(p.tls);
    m_tlsVerify->setChecked(p.tlsVerify);
    m_tlsCertPath->setText(p.tlsCertPath);
    m_tlsCa->setText(p.tlsCaFile);
    m_tlsCert->setText(p.tlsCertFile);
    m_tlsKey->setText(p.tlsKeyFile);
    m_sshTransport->setCurrentIndex(m_sshTransport->findData(int(p.sshTransport)));
    m_sshConfig->setText(p.sshConfigFile);
    m_sshIdentity->setText(p.sshIdentityFile);
    m_sshKnownHosts->setText(p.sshKnownHostsFile);
    m_execProbes->setChecked(p.execProbes);
    updateVisibility();
}

ConnectionProfile ProfileEditor::profile() const
{
    ConnectionProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.kind = ConnectionProfile::Kind(m_kind->currentData().toInt());
    p.url = m_url->text().trimmed();
    p.tls = p.kind == ConnectionProfile::Kind::Tcp && m_tlsBox->isChecked();
    p.tlsVerify = m_tlsVerify->isChecked();
    p.tlsCertPath = m_tlsCertPath->text().trimmed();
    p.tlsCaFile = m_tlsCa->text().trimmed();
    p.tlsCertFile = m_tlsCert->text().trimmed();
    p.tlsKeyFile = m_tlsKey->text().trimmed();
    p.sshTransport = ConnectionProfile::SshTransport(m_sshTransport->currentData().toInt());
    p.sshConfigFile = m_sshConfig->text().trimmed();
    p.sshIdentityFile = m_sshIdentity->text().trimmed();
    p.sshKnownHostsFile = m_sshKnownHosts->text().trimmed();
    p.execProbes = m_execProbes->isChecked();
    if (p.name.isEmpty())
        p.name = p.url;
    return p;
}

void ProfileEditor::accept()
{
    const core::Result<void> ok = profile().validate();
    if (!ok) {
        m_error->setText(ConnectionErrorText::withDetail(ok.error()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace dockscope::ui
