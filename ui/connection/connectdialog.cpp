// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connection/connectdialog.h"

#include "core/remote/remoteconnection.h"
#include "ui/connection/connectionerrortext.h"
#include "ui/connection/profileeditor.h"
#include "ui/tr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::ConnectionProfile;

namespace {

QString displayName(const ConnectionProfile &p)
{
    switch (p.kind) {
    case ConnectionProfile::Kind::Local:
        return Tr::tr("This computer (DOCKER_HOST, current context or the default socket)");
    case ConnectionProfile::Kind::DockerContext:
        //: %1 is a docker context name, %2 its address
        return Tr::tr("Docker context %1 (%2)").arg(p.name, p.url);
    default:
        return p.name == p.url ? p.url : Tr::tr("%1 (%2)").arg(p.name, p.url);
    }
}

} // namespace

ConnectDialog::ConnectDialog(QSettings *settings, QWidget *parent, const QProcessEnvironment &env)
    : QDialog(parent)
    , m_store(settings)
    , m_env(env)
{
    setWindowTitle(Tr::tr("Connect to a Docker host"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profiles"_s);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    m_add = new QPushButton(Tr::tr("Add…"), this);
    m_edit = new QPushButton(Tr::tr("Edit…"), this);
    m_remove = new QPushButton(Tr::tr("Remove"), this);
    m_test = new QPushButton(Tr::tr("Test"), this);
    m_test->setObjectName(u"test"_s);
    for (QPushButton *b : {m_add, m_edit, m_remove, m_test})
        buttons->addWidget(b);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // quotes the daemon and ssh
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    m_connect = new QPushButton(Tr::tr("Connect"), this);
    m_connect->setObjectName(u"connect"_s);
    m_connect->setDefault(true);
    auto *cancel = new QPushButton(Tr::tr("Cancel"), this);
    bottom->addWidget(m_connect);
    bottom->addWidget(cancel);
    layout->addLayout(bottom);

    connect(m_add, &QPushButton::clicked, this, &ConnectDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ConnectDialog::editProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectDialog::removeProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testSelected);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &ConnectDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_status->clear();
        updateButtons();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ConnectDialog::accept);
    reload();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::reload(const QString &selectId)
{
    m_profiles = m_store.allProfiles(m_env);
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_list->addItem(displayName(m_profiles.at(i)));
        if (m_profiles.at(i).id == selectId)
            select = i;
    }
    m_list->setCurrentRow(select);
    updateButtons();
}

void ConnectDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_profiles.size();
    const bool editable = valid && m_profiles.at(row).kind != ConnectionProfile::Kind::Local
                          && !m_profiles.at(row).readOnly();
    m_edit->setEnabled(editable);
    m_remove->setEnabled(editable);
    m_test->setEnabled(valid);
    m_connect->setEnabled(valid);
}

ConnectionProfile ConnectDialog::selectedProfile() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row) : ConnectionProfile();
}

std::unique_ptr<core::RemoteConnection> ConnectDialog::takeConnection()
{
    if (m_testedId != selectedProfile().id)
        return {};
    m_testedId.clear();
    return std::move(m_tested);
}

void ConnectDialog::addProfile()
{
    ProfileEditor editor(this);
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Ssh;
    editor.setProfile(p);
    if (editor.exec() != QDialog::Accepted)
        return;
    const core::Result<QString> id = m_store.save(editor.profile());
    if (!id) {
        m_status->setText(ConnectionErrorText::withDetail(id.error()));
        return;
    }
    reload(id.value());
}

void ConnectDialog::editProfile()
{
    const ConnectionProfile current = selectedProfile();
    if (current.readOnly() || current.kind == ConnectionProfile::Kind::Local)
        return;
    ProfileEditor editor(this);
    editor.setProfile(current);
    if (editor.exec() != QDialog::Accepted)
        return;
    const core::Result<QString> id = m_store.save(editor.profile());
    if (!id) {
        m_status->setText(ConnectionErrorText::withDetail(id.error()));
        return;
    }
    reload(id.value());
}

void ConnectDialog::removeProfile()
{
    const ConnectionProfile current = selectedProfile();
    if (current.readOnly() || current.kind == ConnectionProfile::Kind::Local)
        return;
    if (QMessageBox::question(this, Tr::tr("Remove connection"),
                              Tr::tr("Remove the connection \"%1\"?").arg(current.name))
        != QMessageBox::Yes)
        return;
    m_store.remove(current.id);
    reload();
}

void ConnectDialog::testSelected()
{
    const ConnectionProfile profile = selectedProfile();
    const int generation = ++m_testGeneration;
    m_tested.reset();
    m_testedId.clear();
    m_status->setText(Tr::tr("Connecting…"));
    m_test->setEnabled(false);
    core::RemoteConnection::open(profile, m_env, this,
                                 [this, generation, id = profile.id](core::Result<std::unique_ptr<core::RemoteConnection>> r) {
        if (generation != m_testGeneration)
            return;     // a newer test superseded this one
        m_test->setEnabled(true);
        if (!r) {
            m_status->setText(ConnectionErrorText::withDetail(r.error()));
            Q_EMIT testFinished(false);
            return;
        }
        core::RemoteConnection *c = r.value().get();
        QString text = Tr::tr("Connected: Docker %1 (API %2) via %3.")
                           .arg(c->version().version, c->version().apiVersion, c->transportDescription());
        if (!c->fallbackReasons().isEmpty())
            text += u'\n' + Tr::tr("The preferred SSH transport failed: %1")
                                .arg(ConnectionErrorText::sentence(c->fallbackReasons().constFirst()));
        if (!c->hostFs())
            text += u'\n' + Tr::tr("No access to the host's files: facts come from the API only.");
        m_status->setText(text);
        m_tested = std::move(r.value());
        m_testedId = id;
        Q_EMIT testFinished(true);
    });
}

} // namespace dockscope::ui
