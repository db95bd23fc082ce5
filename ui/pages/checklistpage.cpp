// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistpage.h"

#include "core/models/checklistmodel.h"
#include "ui/errortext.h"
#include "ui/models/checklistfilterproxy.h"
#include "ui/models/checklistpresentation.h"
#include "ui/tr.h"
#include "ui/widgets/codeview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

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
{
    setObjectName(u"checklistPage"_s);
    m_presentation->setSourceModel(model);
    m_filter->setSourceModel(m_presentation);
    m_view->setModel(m_filter);
    m_view->setObjectName(u"checklistView"_s);
    m_view->setSortingEnabled(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(ChecklistModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
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

    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details, 2);
    detailLayout->addWidget(m_remedyLabel);
    detailLayout->addWidget(m_remedy, 1);
    m_details->setOpenExternalLinks(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ChecklistPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ChecklistPage::applyFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &ChecklistPage::applyFilter);
    connect(m_rerun, &QPushButton::clicked, this, &ChecklistPage::rerunRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecklistPage::showCurrent);
    const auto expand = [this] { m_view->expandAll(); };
    connect(m_filter, &QAbstractItemModel::modelReset, this, expand);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, expand);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, expand);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecklistPage::retranslateUi);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChecklistPage::retranslateUi);
    retranslateUi();
}

void ChecklistPage::setRunning(bool running)
{
    m_rerun->setEnabled(!running);
    m_progress->setVisible(running);
    if (running)
        m_progress->setRange(0, 0);
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
    for (const QString &arg : result.messageArgs)
        text = text.arg(arg);
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
            html += u"<tr><td><code>%1</code></td><td><code>%2</code></td></tr>"_s.arg(e.key.toHtmlEscaped(),
                                                                                      e.value.toHtmlEscaped());
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
    m_rerun->setToolTip(Tr::tr("Run every check again (the window stays usable)"));
    const auto sections = m_model->sectionSummaries();
    core::AuditSummary total;
    for (const auto &s : sections) {
        total.pass += s.summary.pass;
        total.warn += s.summary.warn;
        total.fail += s.summary.fail;
        total.unknown += s.summary.unknown;
    }
    if (m_model->resultCount() == 0)
        m_summary->setText(Tr::tr("The checklist has not run yet."));
    else
        m_summary->setText(Tr::tr("%n check(s): %1 failed, %2 warnings, %3 passed, %4 unknown", nullptr,
                                  m_model->resultCount())
                               .arg(total.fail)
                               .arg(total.warn)
                               .arg(total.pass)
                               .arg(total.unknown));
    showCurrent();
}

} // namespace dockscope::ui
