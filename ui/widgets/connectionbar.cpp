// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionbar.h"

#include "core/docker/tcptransport.h"
#include "core/remote/remoteconnection.h"
#include "ui/connection/connectionerrortext.h"
#include "ui/errortext.h"
#include "ui/models/plaintooltip.h"
#include "ui/tr.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using State = core::DockerClient::ConnectionState;

ConnectionBar::ConnectionBar(const core::Endpoint &endpoint, QWidget *parent)
    : QFrame(parent)
    , m_endpoint(endpoint)
    , m_endpointLabel(new QLabel(this))
    , m_hostAccessLabel(new QLabel(this))
    , m_daemonLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_retryButton(new QPushButton(this))
    , m_connectOtherButton(new QPushButton(this))
    , m_details(new QLabel(this))
{
    setObjectName(u"connectionBar"_s);
    setFrameShape(QFrame::StyledPanel);
    m_stateLabel->setObjectName(u"connectionState"_s);
    m_endpointLabel->setObjectName(u"connectionEndpoint"_s);
    m_endpointLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostAccessLabel->setObjectName(u"hostAccess"_s);
    m_hostAccessLabel->setWordWrap(true);
    m_hostAccessLabel->setVisible(false);
    m_errorLabel->setWordWrap(true);
    m_details->setObjectName(u"connectionDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);
    // Endpoint, daemon version, error details and host-access notes quote the daemon, the
    // context file or ssh: never rendered as rich text (only the state dot is).
    for (QLabel *label : {m_endpointLabel, m_hostAccessLabel, m_daemonLabel, m_errorLabel, m_details})
        label->setTextFormat(Qt::PlainText);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setVisible(false);
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QLabel::setVisible);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_connectOtherButton->setObjectName(u"connectOtherButton"_s);
    m_retryButton->setVisible(false);
    m_connectOtherButton->setVisible(false);
    connect(m_retryButton, &QPushButton::clicked, this, &ConnectionBar::retryRequested);
    connect(m_connectOtherButton, &QPushButton::clicked, this, &ConnectionBar::connectOtherRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_stateLabel);
    top->addWidget(m_endpointLabel);
    top->addWidget(m_daemonLabel, 1);
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorLabel, 1);
    errorRow->addWidget(m_detailsButton);
    errorRow->addWidget(m_retryButton);
    errorRow->addWidget(m_connectOtherButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(top);
    layout->addWidget(m_hostAccessLabel);
    layout->addLayout(errorRow);
    layout->addWidget(m_details);
    retranslateUi();
}

void ConnectionBar::setState(State state, const std::optional<core::Error> &error)
{
    m_state = state;
    m_error = error;
    retranslateUi();
}

void ConnectionBar::setDaemon(const core::VersionInfo &version, const core::DaemonInfo &info)
{
    m_version = version;
    m_info = info;
    retranslateUi();
}

void ConnectionBar::setConnection(const core::RemoteConnection &connection)
{
    Remote remote;
    remote.profileName = connection.profile().name;
    remote.transport = connection.transportDescription();
    remote.fallbackReasons = connection.fallbackReasons();
    remote.hostAccess = connection.hostFs() != nullptr;
    m_remote = remote;
    retranslateUi();
}

QString ConnectionBar::endpointText() const
{
    return m_endpointLabel->text();
}

QString ConnectionBar::stateText() const
{
    switch (m_state) {
    case State::Disconnected: return Tr::tr("Disconnected");
    case State::Connecting: return Tr::tr("Connecting…");
    case State::Connected: return Tr::tr("Connected");
    case State::Reconnecting: return Tr::tr("Reconnecting…");
    case State::Failed: return Tr::tr("Connection failed");
    }
    return QString();
}

void ConnectionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ConnectionBar::retranslateUi()
{
    QString colour;
    switch (m_state) {
    case State::Connected: colour = u"#27ae60"_s; break;
    case State::Connecting:
    case State::Reconnecting: colour = u"#d98c00"_s; break;
    case State::Failed: colour = u"#c0392b"_s; break;
    case State::Disconnected: colour = u"#7f8c8d"_s; break;
    }
    m_stateLabel->setText(u"<b><span style='color:%1'>●</span> %2</b>"_s.arg(colour, stateText().toHtmlEscaped()));
    QString where = m_endpoint.url();
    if (!m_endpoint.contextName.isEmpty())
        where = Tr::tr("%1 (context %2)").arg(where, m_endpoint.contextName);
    // TLS is said here, translated, for every way the endpoint was chosen (-H, DOCKER_HOST, a
    // context, a profile); unverified TLS stands out, since anyone could pose as the daemon.
    const bool tcp = m_endpoint.kind == core::Endpoint::Kind::Tcp;
    const bool unverified = tcp && m_endpoint.tls && !m_endpoint.tls->verify;
    QStringList notes;
    if (unverified) {
        notes.append(Tr::tr("The daemon's TLS certificate is not verified, as this connection asks: anyone "
                            "on the network path could pose as the daemon."));
    }
    if (m_remote) {
        //: %1 is the profile's name, %2 how the daemon is reached ("ssh://root@host:22 (dial-stdio)")
        where = Tr::tr("%1 — %2").arg(m_remote->profileName, tcp ? m_endpoint.url() : m_remote->transport);
        if (!m_remote->hostAccess)
            notes.append(Tr::tr("No host access: values come from the API; host-side facts are unavailable."));
        for (const core::Error &reason : std::as_const(m_remote->fallbackReasons)) {
            //: why the preferred ssh transport was not used; the other one is in use
            notes.append(Tr::tr("Preferred ssh transport not used: %1").arg(ConnectionErrorText::sentence(reason)));
        }
        QStringList details;
        for (const core::Error &reason : std::as_const(m_remote->fallbackReasons))
            details.append(reason.detail);
        m_hostAccessLabel->setToolTip(plainToolTip(details.join(u'\n')));
    }
    m_hostAccessLabel->setText(notes.join(u'\n'));
    m_hostAccessLabel->setVisible(!notes.isEmpty());
    if (tcp && m_endpoint.tls) {
        //: %1 is where the daemon is, %2 "TLS" or "TLS (unverified)"
        where = Tr::tr("%1 · %2").arg(where, unverified ? Tr::tr("TLS (unverified)") : Tr::tr("TLS"));
    }
    m_endpointLabel->setText(where);
    m_endpointLabel->setStyleSheet(unverified ? u"color: #c0392b;"_s : QString());
    if (m_version) {
        m_daemonLabel->setText(Tr::tr("Docker %1 · API %2 · cgroup v%3 (%4 driver)")
                                   .arg(m_version->version, m_version->apiVersion, m_info.cgroupVersion,
                                        m_info.cgroupDriver));
    } else {
        m_daemonLabel->clear();
    }
    const bool showError = m_error.has_value() && m_state != State::Connected;
    if (showError) {
        QString text = errorText(m_error->code);
        const QString fix = errorFix(m_error->code);
        if (!fix.isEmpty())
            text = Tr::tr("%1 %2").arg(text, fix);
        // A daemon certificate that did not verify: say so and what to do, not just "TLS failed".
        const core::TlsFailure tls = core::TcpTransport::failureOf(*m_error);
        if (tls == core::TlsFailure::ServerUntrusted || tls == core::TlsFailure::ServerNameMismatch)
            text = ConnectionErrorText::sentence(*m_error);
        m_errorLabel->setText(text);
        m_details->setText(detailText(*m_error));
    }
    m_errorLabel->setVisible(showError);
    m_detailsButton->setVisible(showError && !m_error->detail.isEmpty());
    m_details->setVisible(showError && m_detailsButton->isChecked());
    m_detailsButton->setText(Tr::tr("Details"));
    // A failed connection is not retried by itself: offer it, and another host, right here.
    const bool failed = m_state == State::Failed;
    m_retryButton->setVisible(failed);
    m_connectOtherButton->setVisible(failed);
    m_retryButton->setText(Tr::tr("&Retry"));
    m_connectOtherButton->setText(Tr::tr("Connect to another host…"));
}

} // namespace dockscope::ui
