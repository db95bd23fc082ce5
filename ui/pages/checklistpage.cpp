// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistpage.h"

#include "core/localization.h"
#include "core/models/checklistmodel.h"
#include "ui/errortext.h"
#include "ui/models/checklistfilterproxy.h"
#include "ui/models/checklistpresentation.h"
#include "ui/tr.h"
#include "ui/widgets/codeview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::CheckStatus;
using core::ChecklistModel;

ChecklistPage::ChecklistPage(ChecklistModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_presentation(new ChecklistPresentation(this))
    , m_filter(new ChecklistFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_rerun(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_remedyLabel(new QLabel(this))
    , m_remedy(new CodeView(this))
    , m_split(new QSplitter(Qt::Vertical, this))
{
    setObjectName(u"checklistPage"_s);
    m_presentation->setSourceModel(model);
    m_filter->setSourceModel(m_presentation);
    m_view->setModel(m_filter);
    m_view->setObjectName(u"checklistView"_s);
    m_view->setSortingEnabled(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    // The title is what the user reads: it gets the room the short columns leave (fitTitleColumn),
    // yet its border can be dragged; the container column, last, takes what is left over.
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setMinimumSectionSize(40);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (!m_fitting && section == ChecklistModel::TitleColumn)
            m_titleSetByUser = true;
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ChecklistPage::showContextMenu);
    connect(m_view, &QTreeView::activated, this, &ChecklistPage::openContainerOf);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(u"checklistSearch"_s);
    m_status->setObjectName(u"statusFilter"_s);
    m_severity->setObjectName(u"severityFilter"_s);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(200);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_severity);
    bar->addWidget(m_rerun);
    bar->addWidget(m_progress);

    // A finding beside its remedy: verdict, why, evidence on the left, the command or
    // daemon.json snippet on the right, both the pane's full height.
    auto *remedyBox = new QWidget(this);
    auto *remedyLayout = new QVBoxLayout(remedyBox);
    remedyLayout->setContentsMargins(0, 0, 0, 0);
    remedyLayout->addWidget(m_remedyLabel);
    remedyLayout->addWidget(m_remedy, 1);
    m_details->setOpenExternalLinks(false);
    m_details->setObjectName(u"checkDetails"_s);
    auto *detailSplit = new QSplitter(Qt::Horizontal, this);
    detailSplit->addWidget(m_details);
    detailSplit->addWidget(remedyBox);
    detailSplit->setStretchFactor(0, 3);
    detailSplit->setStretchFactor(1, 2);

    m_split->setObjectName(u"checklistSplitter"_s);
    m_split->addWidget(m_view);
    m_split->addWidget(detailSplit);
    m_split->setChildrenCollapsible(false);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_view->setMinimumHeight(120);
    m_details->setMinimumHeight(100);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_split, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ChecklistPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ChecklistPage::applyFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &ChecklistPage::applyFilter);
    connect(m_rerun, &QPushButton::clicked, this, &ChecklistPage::rerunRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecklistPage::showCurrent);
    const auto expand = [this] { m_view->expandAll(); };
    connect(m_filter, &QAbstractItemModel::modelReset, this, expand);
    connect(m_filter, &ChecklistFilterProxy::visibleSummaryChanged, this, &ChecklistPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        m_shortWidths.clear();
        fitTitleColumn();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, expand);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, expand);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecklistPage::retranslateUi);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChecklistPage::retranslateUi);
    retranslateUi();
}

void ChecklistPage::setRunning(bool running)
{
    m_running = running;
    updateRerun();
    m_progress->setVisible(running);
    if (running)
        m_progress->setRange(0, 0);
}

void ChecklistPage::setDaemonAvailable(bool available)
{
    m_daemonAvailable = available;
    updateRerun();
}

void ChecklistPage::updateRerun()
{
    m_rerun->setEnabled(!m_running && m_daemonAvailable);
    m_rerun->setToolTip(m_daemonAvailable ? Tr::tr("Run every check again (the window stays usable)")
                                          : Tr::tr("Not connected to a Docker daemon: nothing to check."));
}

bool ChecklistPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitTitleColumn();
    return QWidget::eventFilter(watched, event);
}

void ChecklistPage::fitTitleColumn()
{
    if (m_titleSetByUser)
        return;
    QHeaderView *header = m_view->header();
    const QAbstractItemView *view = m_view; // QTreeView makes sizeHintForColumn() protected
    const QFontMetrics metrics = m_view->fontMetrics();
    // The short columns fit their longest text in any row, not only the rows in view (the
    // view's own size hint): "DS-DANGEROUS-CAPS" must not be cut because it is scrolled away,
    // nor to leave the title a few more pixels (it was "DS-DAN…" in Chinese at 1280×800).
    // Measured once per model reset or language, not on every resize (thousands of rows).
    if (m_shortWidths.isEmpty()) {
        const QAbstractItemModel *model = m_view->model();
        const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 12;
        for (int column = ChecklistModel::IdColumn; column < ChecklistModel::ContainerColumn; ++column) {
            int wanted = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
            for (int s = 0; s < model->rowCount(); ++s) {
                const QModelIndex section = model->index(s, 0);
                for (int r = 0; r < model->rowCount(section); ++r) {
                    const QModelIndex index = model->index(r, column, section);
                    const int decoration = index.data(Qt::DecorationRole).isNull() ? 0 : icon;
                    wanted = std::max(wanted, metrics.horizontalAdvance(index.data().toString()) + decoration + 16);
                }
            }
            m_shortWidths.append(wanted);
        }
    }
    int others = 0;
    for (int column = ChecklistModel::IdColumn; column < ChecklistModel::ContainerColumn; ++column) {
        const int wanted = m_shortWidths.value(column - ChecklistModel::IdColumn);
        m_fitting = true;
        header->resizeSection(column, wanted);
        m_fitting = false;
        others += wanted;
    }
    // The container column keeps room for a short name; the title takes the rest, at least
    // what reads as a sentence.
    const int containerRoom = std::min(header->sectionSizeHint(ChecklistModel::ContainerColumn)
                                           + metrics.averageCharWidth() * 12,
                                       metrics.averageCharWidth() * 20);
    const int readable = metrics.averageCharWidth() * 40 + 2 * m_view->indentation();
    const int wanted = view->sizeHintForColumn(ChecklistModel::TitleColumn);
    const int available = m_view->viewport()->width() - others - containerRoom;
    const int width = std::max(readable, std::min(wanted > 0 ? wanted : available, available));
    m_fitting = true;
    header->resizeSection(ChecklistModel::TitleColumn, width);
    m_fitting = false;
}

const core::CheckResult *ChecklistPage::resultAt(const QModelIndex &viewIndex) const
{
    if (!viewIndex.isValid())
        return nullptr;
    return m_model->result(m_presentation->mapToSource(m_filter->mapToSource(viewIndex)));
}

QString ChecklistPage::plainText(const core::CheckResult &r)
{
    const QString title = r.title ? QCoreApplication::translate("Checks", r.title) : r.id;
    //: a copied check: %1 its id, %2 its title, %3 its verdict
    QStringList lines{Tr::tr("%1 %2 — %3").arg(r.id, title, ChecklistPresentation::statusText(r.status))};
    if (!r.containerName.isEmpty())
        lines.append(Tr::tr("Container: %1").arg(r.containerName));
    const QString message = messageText(r);
    if (!message.isEmpty())
        lines.append(message);
    if (!r.evidence.isEmpty()) {
        lines.append(Tr::tr("Evidence"));
        for (const core::Evidence &e : r.evidence)
            lines.append(u"  %1: %2"_s.arg(e.key, core::translatedDetail(e.value)));
    }
    if (r.remedyText)
        lines.append(Tr::tr("Remedy:") + u' ' + QCoreApplication::translate("Checks", r.remedyText));
    if (!r.remedyCode.isEmpty())
        lines.append(r.remedyCode);
    return lines.join(u'\n');
}

void ChecklistPage::openContainerOf(const QModelIndex &viewIndex)
{
    const core::CheckResult *r = resultAt(viewIndex);
    if (r && !r->containerId.isEmpty())
        Q_EMIT openContainerRequested(r->containerId);
}

void ChecklistPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const core::CheckResult *r = resultAt(index);
    if (!r)
        return;
    QMenu menu(this);
    const QString text = plainText(*r);
    const QString id = r->id;
    const QString containerId = r->containerId;
    menu.addAction(QIcon::fromTheme(u"edit-copy"_s), Tr::tr("&Copy"), this,
                   [text] { QGuiApplication::clipboard()->setText(text); });
    menu.addAction(Tr::tr("Copy check &ID"), this, [id] { QGuiApplication::clipboard()->setText(id); });
    if (!containerId.isEmpty()) {
        menu.addSeparator();
        menu.addAction(QIcon::fromTheme(u"document-open"_s), Tr::tr("&Open container"), this,
                       [this, containerId] { Q_EMIT openContainerRequested(containerId); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ChecklistPage::setProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
}

void ChecklistPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString ChecklistPage::messageText(const core::CheckResult &result)
{
    if (!result.message)
        return QString();
    QString text = QCoreApplication::translate("Checks", result.message);
    // An argument may end in the C library's error text ("…: No such file or directory").
    for (const QString &arg : result.messageArgs)
        text = text.arg(core::translatedDetail(arg));
    return text;
}

QString ChecklistPage::detailHtml(const core::CheckResult &r)
{
    QString html;
    const QString title = r.title ? QCoreApplication::translate("Checks", r.title) : r.id;
    html += u"<h3>%1 %2</h3>"_s.arg(r.id.toHtmlEscaped(), title.toHtmlEscaped());
    html += u"<p><b><span style='color:%1'>%2</span></b> · %3</p>"_s.arg(
        ChecklistPresentation::statusColor(r.status).name(),
        ChecklistPresentation::statusText(r.status).toHtmlEscaped(),
        Tr::tr("severity: %1").arg(ChecklistPresentation::severityText(r.severity)).toHtmlEscaped());
    const QString message = messageText(r);
    if (!message.isEmpty())
        html += u"<p>%1</p>"_s.arg(message.toHtmlEscaped());
    if (r.unknownReason)
        html += u"<p><i>%1</i></p>"_s.arg(unavailableText(*r.unknownReason).toHtmlEscaped());
    if (r.rationale)
        html += u"<p><b>%1</b> %2</p>"_s.arg(Tr::tr("Why it matters:").toHtmlEscaped(),
                                              QCoreApplication::translate("Checks", r.rationale).toHtmlEscaped());
    if (!r.evidence.isEmpty()) {
        html += u"<p><b>%1</b></p><table cellspacing='0' cellpadding='2'>"_s.arg(Tr::tr("Evidence").toHtmlEscaped());
        for (const core::Evidence &e : r.evidence)
            html += u"<tr><td><code>%1</code></td><td><code>%2</code></td></tr>"_s.arg(
                e.key.toHtmlEscaped(), core::translatedDetail(e.value).toHtmlEscaped());
        html += u"</table>"_s;
    }
    if (r.remedyText)
        html += u"<p><b>%1</b> %2</p>"_s.arg(Tr::tr("Remedy:").toHtmlEscaped(),
                                              QCoreApplication::translate("Checks", r.remedyText).toHtmlEscaped());
    return html;
}

void ChecklistPage::showCurrent()
{
    const QModelIndex proxyIndex = m_view->currentIndex();
    const QModelIndex source = m_presentation->mapToSource(m_filter->mapToSource(proxyIndex));
    const core::CheckResult *r = m_model->result(source);
    if (!r) {
        m_details->setHtml(u"<p>%1</p>"_s.arg(Tr::tr("Select a check to see its evidence and remedy.").toHtmlEscaped()));
        m_remedy->setVisible(false);
        m_remedyLabel->setVisible(false);
        return;
    }
    m_details->setHtml(detailHtml(*r));
    const bool hasCode = !r->remedyCode.isEmpty();
    m_remedy->setVisible(hasCode);
    m_remedyLabel->setVisible(hasCode);
    if (hasCode) {
        const auto language = r->remedyKind == core::RemedyKind::DaemonJson ? SnippetHighlighter::Language::Json
                                                                             : SnippetHighlighter::Language::Shell;
        m_remedy->setCode(r->remedyCode, language);
        m_remedyLabel->setText(r->remedyKind == core::RemedyKind::DaemonJson ? Tr::tr("daemon.json:")
                                                                              : Tr::tr("Command:"));
    }
}

void ChecklistPage::applyFilter()
{
    const QVariant status = m_status->currentData();
    QSet<int> statuses;
    if (status.isValid()) {
        statuses.insert(status.toInt());
    }
    m_filter->setStatuses(statuses);
    m_filter->setMinimumSeverity(m_severity->currentData().isValid() ? m_severity->currentData().toInt() : -1);
    m_filter->setSearchText(m_search->text());
    m_view->expandAll();
}

void ChecklistPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_presentation->retranslate();
        showCurrent();
        m_shortWidths.clear();
        fitTitleColumn();
    }
    QWidget::changeEvent(event);
}

void ChecklistPage::retranslateUi()
{
    m_search->setPlaceholderText(Tr::tr("Search checks (Ctrl+F)"));
    const int statusIndex = std::max(0, m_status->currentIndex());
    const int severityIndex = std::max(0, m_severity->currentIndex());
    {
        const QSignalBlocker blocker(m_status);
        m_status->clear();
        m_status->addItem(Tr::tr("All verdicts"));
        for (CheckStatus s : {CheckStatus::Fail, CheckStatus::Warn, CheckStatus::Unknown, CheckStatus::Note,
                              CheckStatus::Info, CheckStatus::Pass})
            m_status->addItem(ChecklistPresentation::statusText(s), int(s));
        m_status->setCurrentIndex(statusIndex);
    }
    {
        const QSignalBlocker blocker(m_severity);
        m_severity->clear();
        m_severity->addItem(Tr::tr("Any severity"));
        for (core::Severity s : {core::Severity::Low, core::Severity::Medium, core::Severity::High,
                                 core::Severity::Critical})
            m_severity->addItem(Tr::tr("%1 or higher").arg(ChecklistPresentation::severityText(s)), int(s));
        m_severity->setCurrentIndex(severityIndex);
    }
    m_rerun->setText(Tr::tr("Run again"));
    updateRerun();
    updateSummary();
    showCurrent();
}

/// Every verdict kind, over the checks the filter shows.
void ChecklistPage::updateSummary()
{
    m_summary->setText(ChecklistPresentation::summaryText(m_filter->visibleSummary(), m_model->resultCount()));
}

} // namespace dockscope::ui
