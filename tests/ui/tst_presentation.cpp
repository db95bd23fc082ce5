// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/checklistmodel.h"
#include "core/models/containerlistmodel.h"
#include "core/models/namespacemodel.h"
#include "ui/models/checklistfilterproxy.h"
#include "ui/models/checklistpresentation.h"
#include "ui/models/containerlistpresentation.h"
#include "ui/models/namespacepresentation.h"
#include "ui/widgets/snippethighlighter.h"

#include <QAbstractItemModelTester>
#include <QPalette>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextBlock>
#include <QSyntaxHighlighter>

using namespace dockscope;
using namespace Qt::StringLiterals;

class tst_Presentation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void containerList();
    void checklistFilter_data();
    void checklistFilter();
    void highlighter();
    void toolTipsArePlainText();
};

namespace {

/// What QToolTip shows for `tip`: rich text as soon as Qt::mightBeRichText() says so.
QString shownToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument doc;
    doc.setHtml(tip);
    return doc.toPlainText();
}

} // namespace

void tst_Presentation::containerList()
{
    core::ContainerListModel model;
    ui::ContainerListPresentation presentation;
    QSortFilterProxyModel sorted;
    QAbstractItemModelTester t1(&presentation, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    presentation.setSourceModel(&model);
    sorted.setSourceModel(&presentation);
    core::ContainerSummary c;
    c.id = u"abc"_s;
    c.name = u"web"_s;
    c.state = u"running"_s;
    model.upsertContainer(c);
    QCOMPARE(presentation.headerData(core::ContainerListModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
    QCOMPARE(presentation.index(0, core::ContainerListModel::StateColumn).data().toString(), u"running"_s);
    // Badges unknown until the inspect arrives: say so, never blank.
    QCOMPARE(presentation.index(0, core::ContainerListModel::SecurityColumn).data().toString(), u"checking…"_s);
    core::ContainerInspect in;
    in.id = u"abc"_s;
    in.hostConfig.privileged = true;
    model.setInspect(in);
    QVERIFY(presentation.index(0, core::ContainerListModel::SecurityColumn).data().toString().contains(u"privileged"_s));
    QVERIFY(presentation.index(0, core::ContainerListModel::SecurityColumn).data(Qt::ToolTipRole).toString().contains(u"Privileged"_s));
}

void tst_Presentation::checklistFilter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("visibleChecks");
    QTest::addRow("no filter") << -1 << -1 << QString() << 4;
    QTest::addRow("fail only") << int(core::CheckStatus::Fail) << -1 << QString() << 1;
    // High or higher: the failing 5.10 and the critical warning.
    QTest::addRow("high or more") << -1 << int(core::Severity::High) << QString() << 2;
    // Search matches ids, translated titles and container names, case-insensitively.
    QTest::addRow("search container") << -1 << -1 << u"WEB"_s << 1;
    QTest::addRow("nothing") << int(core::CheckStatus::Pass) << int(core::Severity::Critical) << QString() << 0;
}

void tst_Presentation::checklistFilter()
{
    QFETCH(int, status);
    QFETCH(int, severity);
    QFETCH(QString, search);
    QFETCH(int, visibleChecks);
    core::ChecklistModel model;
    ui::ChecklistPresentation presentation;
    ui::ChecklistFilterProxy filter;
    QAbstractItemModelTester t1(&presentation, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    presentation.setSourceModel(&model);
    filter.setSourceModel(&presentation);
    const auto make = [](const char *id, const char *section, core::CheckStatus st, core::Severity sev, const char *container) {
        core::CheckResult r;
        r.id = QString::fromLatin1(id);
        r.section = QString::fromLatin1(section);
        r.title = "Some check";
        r.status = st;
        r.severity = sev;
        r.containerName = QString::fromLatin1(container);
        return r;
    };
    model.setResults({make("5.10", "5", core::CheckStatus::Fail, core::Severity::High, "web"),
                      make("5.11", "5", core::CheckStatus::Pass, core::Severity::Medium, "db"),
                      make("2.1", "2", core::CheckStatus::Warn, core::Severity::Critical, ""),
                      make("2.2", "2", core::CheckStatus::Pass, core::Severity::Low, "")});
    filter.setStatuses(status >= 0 ? QSet<int>{status} : QSet<int>{});
    filter.setMinimumSeverity(severity);
    filter.setSearchText(search);
    int visible = 0;
    for (int s = 0; s < filter.rowCount(); ++s)
        visible += filter.rowCount(filter.index(s, 0));
    QCOMPARE(visible, visibleChecks);
}

void tst_Presentation::toolTipsArePlainText()
{
    // Issue 13: a container's strings in a tooltip are shown as written, not rendered as HTML.
    core::ContainerListModel model;
    ui::ContainerListPresentation presentation;
    presentation.setSourceModel(&model);
    core::ContainerSummary c;
    c.id = u"abc"_s;
    c.name = u"web"_s;
    model.upsertContainer(c);
    core::ContainerInspect in;
    in.id = u"abc"_s;
    in.hostConfig.capAdd = {u"<b>x</b>"_s};
    model.setInspect(in);
    const QString badges = presentation.index(0, core::ContainerListModel::SecurityColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(shownToolTip(badges).contains(u"CAP_<B>X</B>"_s), qPrintable(badges));

    core::NamespaceModel nsModel;
    ui::NamespacePresentation facts;
    facts.setSourceModel(&nsModel);
    core::NamespaceFacts nsFacts;
    core::NamespaceFact ns;
    ns.type = u"net"_s;
    ns.inode = core::Fact<quint64>::unavailable({core::ErrorCode::NotFound, u"/proc/<h1>big</h1>\x1b[31m"_s});
    nsFacts.namespaces.append(ns);
    nsModel.setFacts(nsFacts);
    QString tip;
    for (int column = 0; column < facts.columnCount() && tip.isEmpty(); ++column) {
        const QString t = facts.index(0, column).data(Qt::ToolTipRole).toString();
        if (t.contains(u"big"_s))
            tip = t;
    }
    QVERIFY(!tip.isEmpty());
    // the tags stay text, the ESC is shown escaped
    QVERIFY2(shownToolTip(tip).contains(u"/proc/<h1>big</h1>\\e[31m"_s), qPrintable(tip));
}

void tst_Presentation::highlighter()
{
    QTextDocument doc;
    doc.setPlainText(u"{\"icc\": false, \"log-level\": \"info\"}"_s);
    QObject *h = ui::SnippetHighlighter::attach(&doc, ui::SnippetHighlighter::Language::Json, QPalette());
    QVERIFY(h);
    qobject_cast<QSyntaxHighlighter *>(h)->rehighlight(); // attach() schedules it for later
    const QList<QTextLayout::FormatRange> formats = doc.firstBlock().layout()->formats();
    QVERIFY(formats.size() >= 4); // keys, strings, a literal, punctuation
    // Attaching again (a palette change) replaces, never stacks, highlighters.
    ui::SnippetHighlighter::attach(&doc, ui::SnippetHighlighter::Language::Json, QPalette(Qt::black));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(doc.findChildren<QSyntaxHighlighter *>().size(), 1);
    QVERIFY(!ui::SnippetHighlighter::attach(&doc, ui::SnippetHighlighter::Language::PlainText, QPalette()));
}

QTEST_MAIN(tst_Presentation)
#include "tst_presentation.moc"
