// SPDX-License-Identifier: GPL-3.0-or-later
#include "containertab.h"

#include "core/docker/dockerclient.h"
#include "core/docker/statsstream.h"
#include "core/facts/capabilities.h"
#include "core/facts/containerfactsloader.h"
#include "core/models/capabilitymodel.h"
#include "core/models/cgroupmodel.h"
#include "core/models/containerlistmodel.h"
#include "core/models/meminfomodel.h"
#include "core/models/memorysampler.h"
#include "core/models/mountmodel.h"
#include "core/models/namespacemodel.h"
#include "core/models/securityoptionsmodel.h"
#include "core/remote/elevatedhostfs.h"
#include "core/remote/execprobe.h"
#include "ui/charts/memorychart.h"
#include "ui/errortext.h"
#include "ui/models/checklistpresentation.h"
#include "ui/models/containerlistpresentation.h"
#include "ui/models/capabilitypresentation.h"
#include "ui/models/cgrouppresentation.h"
#include "ui/models/meminfopresentation.h"
#include "ui/models/mountpresentation.h"
#include "ui/models/namespacepresentation.h"
#include "ui/models/securityoptionspresentation.h"
#include "ui/pages/checklistpage.h"
#include "ui/tr.h"
#include "ui/widgets/codeview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

ContainerTab::ContainerTab(const QString &id, const QString &name, const ContainerTabContext &context,
                           QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_name(name)
    , m_context(context)
    , m_loader(new core::ContainerFactsLoader(context.client, context.hostFs, context.collect, this))
    , m_nsModel(new core::NamespaceModel(this))
    , m_capModel(new core::CapabilityModel(this))
    , m_secModel(new core::SecurityOptionsModel(this))
    , m_cgModel(new core::CgroupModel(this))
    , m_memModel(new core::MeminfoModel(this))
    , m_mountModel(new core::MountModel(this))
    , m_nsPresentation(new NamespacePresentation(this))
    , m_capPresentation(new CapabilityPresentation(this))
    , m_secPresentation(new SecurityOptionsPresentation(this))
    , m_cgPresentation(new CgroupPresentation(this))
    , m_memPresentation(new MeminfoPresentation(this))
    , m_mountPresentation(new MountPresentation(this))
    , m_banner(new QLabel(this))
    , m_privilegeBar(new QWidget(this))
    , m_privilegeText(new QLabel(m_privilegeBar))
    , m_elevateButton(new QPushButton(m_privilegeBar))
    , m_pages(new QTabWidget(this))
    , m_overview(new QTextBrowser(this))
    , m_chart(new MemoryChart(this))
    , m_window(new QComboBox(this))
    , m_memorySource(new QLabel(this))
    , m_nsNote(new QLabel(this))
    , m_capDetails(new QTextBrowser(this))
    , m_memNote(new QLabel(this))
    , m_inspect(new CodeView(this))
{
    setObjectName(u"containerTab"_s);
    m_nsPresentation->setSourceModel(m_nsModel);
    m_capPresentation->setSourceModel(m_capModel);
    m_secPresentation->setSourceModel(m_secModel);
    m_cgPresentation->setSourceModel(m_cgModel);
    m_memPresentation->setSourceModel(m_memModel);
    m_mountPresentation->setSourceModel(m_mountModel);

    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText); // error details name container paths
    m_banner->setObjectName(u"stateBanner"_s);
    m_banner->setMargin(6);

    // Facts the user may not read: one bar that says what is missing and offers the helper.
    m_privilegeBar->setObjectName(u"privilegeBar"_s);
    m_privilegeBar->setAttribute(Qt::WA_StyledBackground);
    m_privilegeBar->setStyleSheet(u"#privilegeBar { background:#fdf0c4; color:black; }"_s);
    m_privilegeText->setWordWrap(true);
    m_privilegeText->setTextFormat(Qt::PlainText);
    m_elevateButton->setObjectName(u"elevateButton"_s);
    auto *privilegeLayout = new QHBoxLayout(m_privilegeBar);
    privilegeLayout->setContentsMargins(6, 4, 6, 4);
    privilegeLayout->addWidget(m_privilegeText, 1);
    privilegeLayout->addWidget(m_elevateButton);
    m_privilegeBar->setVisible(false);
    connect(m_elevateButton, &QPushButton::clicked, this, &ContainerTab::elevationRequested);

    // Memory page: window selector, chart, source note.
    auto *memoryPage = new QWidget(this);
    auto *memoryLayout = new QVBoxLayout(memoryPage);
    auto *memoryBar = new QHBoxLayout;
    m_window->setObjectName(u"windowSelector"_s);
    memoryBar->addWidget(m_memorySource, 1);
    memoryBar->addWidget(m_window);
    memoryLayout->addLayout(memoryBar);
    memoryLayout->addWidget(m_chart, 1);
    m_chart->setMinimumHeight(260);
    m_memorySource->setWordWrap(true);
    m_memorySource->setTextFormat(Qt::PlainText); // error details name cgroup paths
    connect(m_window, &QComboBox::currentIndexChanged, this, &ContainerTab::updateChart);

    // Namespaces page.
    auto *nsPage = new QWidget(this);
    auto *nsLayout = new QVBoxLayout(nsPage);
    m_nsNote->setWordWrap(true);
    m_nsView = makeTable(m_nsPresentation, u"namespaceView"_s);
    nsLayout->addWidget(m_nsNote);
    nsLayout->addWidget(m_nsView, 1);

    // Capabilities page: table, details pane, the protections beneath.
    auto *capPage = new QSplitter(Qt::Vertical, this);
    m_capView = makeTable(m_capPresentation, u"capabilityView"_s);
    m_secView = makeTable(m_secPresentation, u"securityOptionsView"_s);
    auto *capTop = new QSplitter(Qt::Horizontal, capPage);
    capTop->addWidget(m_capView);
    capTop->addWidget(m_capDetails);
    capTop->setStretchFactor(0, 3);
    capTop->setStretchFactor(1, 1);
    capPage->addWidget(capTop);
    capPage->addWidget(m_secView);
    capPage->setStretchFactor(0, 4);
    capPage->setStretchFactor(1, 1);
    connect(m_capView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ContainerTab::updateCapabilityDetails);

    m_cgView = makeTable(m_cgPresentation, u"cgroupView"_s);

    auto *memInfoPage = new QWidget(this);
    auto *memInfoLayout = new QVBoxLayout(memInfoPage);
    m_memNote->setWordWrap(true);
    m_memView = makeTable(m_memPresentation, u"meminfoView"_s);
    memInfoLayout->addWidget(m_memNote);
    memInfoLayout->addWidget(m_memView, 1);

    m_mountView = makeTable(m_mountPresentation, u"mountView"_s);

    m_pages->addTab(m_overview, QString());
    m_pages->addTab(memoryPage, QString());
    m_pages->addTab(nsPage, QString());
    m_pages->addTab(capPage, QString());
    m_pages->addTab(m_cgView, QString());
    m_pages->addTab(memInfoPage, QString());
    m_pages->addTab(m_mountView, QString());
    m_pages->addTab(m_inspect, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_privilegeBar);
    layout->addWidget(m_pages, 1);

    connect(m_loader, &core::ContainerFactsLoader::factsReady, this, &ContainerTab::onFacts);
    connect(m_loader, &core::ContainerFactsLoader::failed, this, &ContainerTab::onFactsFailed);
    retranslateUi();
    reload();
}

ContainerTab::~ContainerTab()
{
    stopSampling();
}

QTableView *ContainerTab::makeTable(FactPresentationModel *model, const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(false);
    connect(model, &QAbstractItemModel::rowsInserted, view, [view] { view->resizeColumnsToContents(); });
    return view;
}

QString ContainerTab::title() const
{
    if (m_gone)
        return Tr::tr("%1 (removed)").arg(m_name);
    if (m_state == "running"_L1 || m_state.isEmpty())
        return m_name;
    return Tr::tr("%1 (%2)").arg(m_name, ContainerListPresentation::stateText(m_state));
}

void ContainerTab::reload()
{
    if (m_gone)
        return;
    m_loader->load(m_id);
}

void ContainerTab::onFacts(const core::ContainerFacts &facts)
{
    m_facts = facts;
    m_haveFacts = true;
    m_loadError.reset();
    if (!facts.inspect.name.isEmpty())
        m_name = facts.inspect.name;
    if (!facts.inspect.state.status.isEmpty())
        m_state = facts.inspect.state.status;
    ++m_factsGeneration;
    m_inspect->setCode(QString::fromUtf8(QJsonDocument(facts.inspect.raw).toJson(QJsonDocument::Indented)),
                       SnippetHighlighter::Language::Json);
    showFacts();
    if (facts.inspect.state.running)
        startSampling();
    else
        stopSampling();
    Q_EMIT titleChanged();
    if (m_context.execProbes && facts.inspect.state.running)
        runExecProbes();
}

void ContainerTab::showFacts()
{
    m_nsModel->setFacts(m_facts.namespaces);
    m_capModel->setFacts(m_facts.capabilities);
    m_secModel->setFacts(m_facts.capabilities);
    m_cgModel->setFacts(m_facts);
    m_memModel->setFacts(m_facts.meminfo);
    m_mountModel->setMounts(m_facts.mounts);
    for (QTableView *v : {m_nsView, m_capView, m_secView, m_cgView, m_memView, m_mountView})
        v->resizeColumnsToContents();
    updateOverview();
    updateMeminfoText();
    updateCapabilityDetails();
    updateBanner();
    updatePrivilegeBar();
}

void ContainerTab::refreshAfterElevation()
{
    m_loader->invalidateHostFacts();
    reload();
}

namespace {
bool forWantOfPrivileges(const core::Error &why)
{
    return why.code == core::ErrorCode::NeedsRoot || why.code == core::ErrorCode::PermissionDenied;
}
} // namespace

void ContainerTab::updatePrivilegeBar()
{
    bool namespaces = false;
    bool meminfo = false;
    if (m_haveFacts && m_context.elevatable && !m_context.elevatable->isElevated()) {
        namespaces = std::any_of(m_facts.namespaces.namespaces.cbegin(), m_facts.namespaces.namespaces.cend(),
                                 [](const core::NamespaceFact &n) {
                                     return !n.inode.isKnown() && forWantOfPrivileges(n.inode.why);
                                 });
        meminfo = !m_facts.meminfo.container.isKnown() && forWantOfPrivileges(m_facts.meminfo.container.why);
    }
    QString missing;
    if (namespaces && meminfo)
        missing = Tr::tr("Your user may not read this container's namespaces and its own /proc/meminfo.");
    else if (namespaces)
        missing = Tr::tr("Your user may not read this container's namespaces.");
    else if (meminfo)
        missing = Tr::tr("Your user may not read this container's own /proc/meminfo.");
    m_privilegeText->setText(missing.isEmpty() ? QString()
                                               : missing + u' '
                                                     + Tr::tr("The read-only host-facts helper can, once you "
                                                              "authenticate (polkit); it stays for this session."));
    m_privilegeBar->setVisible(!missing.isEmpty());
}

void ContainerTab::runExecProbes()
{
    // Once per facts load: the results belong to this load only (a reload or restart starts a
    // new one). Failed commands leave the facts with their unavailable reasons.
    const quint64 generation = m_factsGeneration;
    core::ExecProbe::run(m_context.client, m_id, this, [this, generation](core::ExecProbe::Outputs outputs) {
        if (generation != m_factsGeneration || m_gone)
            return;
        core::ExecProbe::apply(outputs, &m_facts);
        showFacts();
    });
}

void ContainerTab::onFactsFailed(const core::Error &error)
{
    if (error.code == core::ErrorCode::NotFound) {
        setGone();
        return;
    }
    m_loadError = error;
    updateBanner();
    updateOverview();
}

void ContainerTab::setState(const QString &state, const QString &name)
{
    if (m_gone)
        return;
    const bool nameChanged = !name.isEmpty() && name != m_name;
    if (nameChanged)
        m_name = name;
    if (state == m_state) {
        if (nameChanged)
            Q_EMIT titleChanged();
        return;
    }
    m_state = state;
    updateBanner();
    if (state == "running"_L1)
        reload(); // a restart: new pid, new /proc entries; sampling resumes when facts arrive
    else
        stopSampling();
    updateOverview();
    Q_EMIT titleChanged();
}

void ContainerTab::setGone()
{
    if (m_gone)
        return;
    m_gone = true;
    m_state = u"gone"_s;
    m_loader->cancel();
    stopSampling();
    updateBanner();
    updateOverview();
    Q_EMIT titleChanged();
}

void ContainerTab::setAuditResults(const QList<core::CheckResult> &results)
{
    m_audit = results;
    updateOverview();
}

const core::MemoryRingBuffer *ContainerTab::memoryBuffer() const
{
    return m_sampler ? &m_sampler->buffer() : nullptr;
}

bool ContainerTab::isSampling() const
{
    return m_sampler && (m_sampler->isActive() || m_stats);
}

void ContainerTab::startSampling()
{
    if (!m_sampler) {
        m_sampler = new core::MemorySampler(m_context.hostFs, m_facts.cgroup, this);
        connect(m_sampler, &core::MemorySampler::sampleAdded, this, &ContainerTab::updateChart);
        connect(m_sampler, &core::MemorySampler::cgroupUnreadable, this, [this](const core::Error &error) {
            m_memorySource->setText(Tr::tr("The cgroup files cannot be read (%1); samples come from the Engine API's stats stream.")
                                        .arg(unavailableText(error)));
            if (m_state == "running"_L1 && !m_gone)
                openStatsStream();
        });
    } else {
        m_sampler->retryFiles();
    }
    m_sampler->start();
    if (m_sampler->usesFallback())
        openStatsStream();
    retranslateUi();
}

void ContainerTab::stopSampling()
{
    if (m_sampler)
        m_sampler->stop();
    if (m_stats) {
        m_stats->close();
        m_stats->deleteLater();
        m_stats = nullptr;
    }
}

void ContainerTab::openStatsStream()
{
    if (m_stats || !m_context.client)
        return;
    m_stats = m_context.client->openStatsStream(m_id, this);
    const qint64 declared = m_facts.inspect.hostConfig.memory;
    connect(m_stats, &core::StatsStream::sampleReceived, this, [this, declared](const core::StatsSample &stats) {
        core::MemorySample s = core::MemorySampler::fromStats(stats);
        // The daemon reports the host's memory as the limit of an unlimited container.
        s.limit = declared > 0 ? std::optional<qint64>(declared) : std::nullopt;
        if (m_sampler)
            m_sampler->addSample(s);
    });
    connect(m_stats, &core::StatsStream::finished, this, [this](const core::Error &) {
        if (m_stats)
            m_stats->deleteLater();
        m_stats = nullptr;
    });
}

void ContainerTab::updateChart()
{
    if (!m_sampler)
        return;
    const int minutes = m_window->currentData().isValid() ? m_window->currentData().toInt() : 1;
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime from = now.addSecs(-60 * minutes);
    m_chart->setSamples(m_sampler->buffer().samplesSince(from), from, now);
}

void ContainerTab::updateBanner()
{
    QString text;
    QString style;
    if (m_gone) {
        text = Tr::tr("This container has been removed. What you see is the last state read before it was removed.");
        style = u"background:#c0392b;color:white;"_s;
    } else if (m_loadError) {
        text = Tr::tr("The container's facts could not be read: %1 (%2)").arg(errorText(m_loadError->code), m_loadError->detail);
        style = u"background:#f39c12;color:black;"_s;
    } else if (!m_state.isEmpty() && m_state != "running"_L1) {
        const auto &st = m_facts.inspect.state;
        if (m_state == "exited"_L1)
            text = st.oomKilled ? Tr::tr("The container has exited (code %1): the OOM killer ended it. Sampling has stopped; it resumes when the container starts again.").arg(st.exitCode)
                                : Tr::tr("The container has exited. Sampling has stopped; it resumes when the container starts again.");
        else
            text = Tr::tr("The container is %1.").arg(ContainerListPresentation::stateText(m_state));
        style = u"background:#7f8c8d;color:white;"_s;
    }
    m_banner->setText(text);
    m_banner->setStyleSheet(style);
    m_banner->setVisible(!text.isEmpty());
}

void ContainerTab::updateOverview()
{
    QString html;
    const auto &in = m_facts.inspect;
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                          value.toHtmlEscaped());
    };
    html += u"<h2>%1</h2>"_s.arg(m_name.toHtmlEscaped());
    html += u"<table>"_s;
    html += row(Tr::tr("State"), m_gone ? ContainerListPresentation::stateText(u"gone"_s)
                                        : ContainerListPresentation::stateText(m_state));
    if (m_haveFacts) {
        html += row(Tr::tr("Image"), in.config.image.isEmpty() ? in.imageId : in.config.image);
        QStringList cmd = in.config.entrypoint;
        cmd += in.config.cmd;
        if (cmd.isEmpty()) {
            cmd.append(in.path);
            cmd += in.args;
        }
        html += row(Tr::tr("Command"), cmd.join(u' '));
        html += row(Tr::tr("User"), in.config.user.isEmpty() ? Tr::tr("(image default: root)") : in.config.user);
        html += row(Tr::tr("PID on the host"), in.state.pid > 0 ? QString::number(in.state.pid) : Tr::tr("none (not running)"));
        html += row(Tr::tr("ID"), in.id.left(12));
        if (m_context.collect.rootless) {
            // Said once here: it changes what the capability and cgroup pages mean.
            html += row(Tr::tr("Daemon"),
                        Tr::tr("Rootless: root in this container is the daemon owner's unprivileged user on the host, "
                               "and its capabilities are those of root inside the rootless user namespace, not of host root."));
        }
        if (m_facts.pidProof == core::PidProof::Shim) {
            html += row(Tr::tr("Control group"),
                        Tr::tr("None of its own (cgroup driver \"none\"): its limits are recorded but not enforced."));
        }
    }
    html += u"</table>"_s;

    // Most important findings first: the audit's failures and warnings by severity, then
    // what the declaration alone shows.
    QList<core::CheckResult> findings;
    for (const core::CheckResult &r : std::as_const(m_audit)) {
        if (r.status == core::CheckStatus::Fail || r.status == core::CheckStatus::Warn)
            findings.append(r);
    }
    std::stable_sort(findings.begin(), findings.end(), [](const core::CheckResult &a, const core::CheckResult &b) {
        if (a.severity != b.severity)
            return int(a.severity) > int(b.severity);
        return a.status == core::CheckStatus::Fail && b.status != core::CheckStatus::Fail;
    });
    html += u"<h3>%1</h3><ul>"_s.arg(Tr::tr("Findings").toHtmlEscaped());
    if (m_haveFacts) {
        QStringList added;
        const int badges = int(core::ContainerListModel::badgesFor(in, &added));
        const QString local = ContainerListPresentation::badgeToolTip(badges, added);
        for (const QString &line : local.split(u'\n'))
            html += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
        for (const auto &ns : m_facts.namespaces.namespaces) {
            if (ns.shared.value_or(false) && ns.type != "user"_L1 && ns.type != "cgroup"_L1
                && !ns.type.startsWith("time"_L1))
                html += u"<li>%1</li>"_s.arg(Tr::tr("Namespace %1 is shared with the host: %2")
                                                 .arg(ns.type, NamespacePresentation::namespaceNote(ns.type, true))
                                                 .toHtmlEscaped());
        }
    }
    for (const core::CheckResult &r : std::as_const(findings)) {
        const QString title = r.title ? QCoreApplication::translate("Checks", r.title) : r.id;
        html += u"<li><span style='color:%1'><b>%2</b></span> %3 — %4</li>"_s.arg(
            ChecklistPresentation::statusColor(r.status).name(),
            ChecklistPresentation::statusText(r.status).toHtmlEscaped(), r.id.toHtmlEscaped(),
            QString(title + u' ' + ChecklistPage::messageText(r)).toHtmlEscaped());
    }
    if (!m_haveFacts && findings.isEmpty())
        html += u"<li>%1</li>"_s.arg(Tr::tr("Reading the container's facts…").toHtmlEscaped());
    html += u"</ul>"_s;
    if (m_audit.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(Tr::tr("The checklist has not judged this container yet; the findings above come from its configuration.").toHtmlEscaped());
    m_overview->setHtml(html);
}

void ContainerTab::updateCapabilityDetails()
{
    QString html;
    const QModelIndex current = m_capView->currentIndex();
    if (current.isValid()) {
        const QString name = m_capPresentation->data(current.siblingAtColumn(core::CapabilityModel::NameColumn)).toString();
        const core::CapabilityInfo info = core::Capabilities::info(name);
        html += u"<h3>%1</h3>"_s.arg(name.toHtmlEscaped());
        if (info.note)
            html += u"<p>%1</p>"_s.arg(QCoreApplication::translate("Facts", info.note).toHtmlEscaped());
        else
            html += u"<p>%1</p>"_s.arg(Tr::tr("Not known to matter much inside a container.").toHtmlEscaped());
    } else {
        html += u"<h3>%1</h3><ul>"_s.arg(Tr::tr("Dangerous capabilities this container holds").toHtmlEscaped());
        int n = 0;
        for (int r = 0; r < m_capModel->rowCount(); ++r) {
            const auto &row = m_capModel->rowAt(r);
            if (!row.highlight)
                continue;
            ++n;
            const core::CapabilityInfo info = core::Capabilities::info(row.key);
            html += u"<li><b>%1</b>: %2</li>"_s.arg(row.key.toHtmlEscaped(),
                                                     info.note ? QCoreApplication::translate("Facts", info.note).toHtmlEscaped() : QString());
        }
        if (n == 0)
            html += u"<li>%1</li>"_s.arg(Tr::tr("None beyond Docker's default set.").toHtmlEscaped());
        html += u"</ul><p>%1</p>"_s.arg(Tr::tr("Select a capability to read what it allows.").toHtmlEscaped());
    }
    m_capDetails->setHtml(html);
}

void ContainerTab::updateMeminfoText()
{
    const auto &mi = m_facts.meminfo;
    QString text = Tr::tr("Namespaces do not virtualise /proc/meminfo: a process in the container reads the host's memory figures, whatever the cgroup allows. Programs that size caches from MemTotal can overrun their limit and be OOM-killed.");
    if (mi.seesHostMemory.value_or(false) && mi.limit.isKnown()) {
        const QLocale locale;
        const auto hostTotal = mi.host.isKnown() ? mi.host.value->value(u"MemTotal"_s) : 0;
        if (*mi.limit.value)
            text += u"\n\n"_s + Tr::tr("Here: the container sees %1 of memory but may use only %2.")
                                    .arg(locale.formattedDataSize(hostTotal, 1, QLocale::DataSizeIecFormat),
                                         locale.formattedDataSize(**mi.limit.value, 1, QLocale::DataSizeIecFormat));
        else
            text += u"\n\n"_s + Tr::tr("Here: the container sees %1 and has no memory limit, so it may really take all of it.")
                                    .arg(locale.formattedDataSize(hostTotal, 1, QLocale::DataSizeIecFormat));
    }
    m_memNote->setText(text);
}

void ContainerTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (FactPresentationModel *m : {m_nsPresentation, m_capPresentation, m_secPresentation, m_cgPresentation,
                                         m_memPresentation, m_mountPresentation})
            m->retranslate();
        updateBanner();
        updatePrivilegeBar();
        updateOverview();
        updateCapabilityDetails();
        updateMeminfoText();
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

void ContainerTab::retranslateUi()
{
    m_elevateButton->setText(Tr::tr("Authenticate to read host facts"));
    m_pages->setTabText(OverviewPage, Tr::tr("Overview"));
    m_pages->setTabText(MemoryPage, Tr::tr("Memory"));
    m_pages->setTabText(NamespacesPage, Tr::tr("Namespaces"));
    m_pages->setTabText(CapabilitiesPage, Tr::tr("Capabilities"));
    m_pages->setTabText(CgroupsPage, Tr::tr("Cgroups"));
    m_pages->setTabText(MeminfoPage, Tr::tr("Memory view"));
    m_pages->setTabText(MountsPage, Tr::tr("Mounts"));
    m_pages->setTabText(InspectPage, Tr::tr("Inspect JSON"));
    const int current = std::max(0, m_window->currentIndex());
    {
        const QSignalBlocker blocker(m_window);
        m_window->clear();
        //: the memory chart's time window
        m_window->addItem(Tr::tr("Last minute"), 1);
        for (int minutes : {5, 15}) {
            //: the memory chart's time window (5 and 15 minutes)
            m_window->addItem(Tr::tr("Last %n minutes", nullptr, minutes), minutes);
        }
        m_window->setCurrentIndex(current);
    }
    if (!m_context.hostFs) {
        m_memorySource->setText(Tr::tr("No host access: samples come from the Engine API's stats stream, once a second."));
    } else if (!m_sampler || !m_sampler->usesFallback()) {
        m_memorySource->setText(Tr::tr("Sampled once a second from the container's cgroup files."));
    }
    m_nsNote->setText(Tr::tr("Each namespace's inode in the container against the host's. The same inode means the container shares that part of the kernel with the host. Namespaces isolate less than a VM: every container shares the host kernel."));
}

} // namespace dockscope::ui
