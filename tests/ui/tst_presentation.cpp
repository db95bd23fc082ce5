// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/localization.h"
#include "core/models/checklistmodel.h"
#include "core/models/containerlistmodel.h"
#include "core/models/namespacemodel.h"
#include "ui/models/checklistfilterproxy.h"
#include "ui/models/checklistpresentation.h"
#include "ui/models/containerlistpresentation.h"
#include "ui/models/namespacepresentation.h"
#include "ui/widgets/badgedelegate.h"
#include "ui/widgets/snippethighlighter.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QTranslator>
#include <QPalette>
#include <QSignalSpy>
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
    void createdDateAcrossLanguages();
    void checklistFilter_data();
    void checklistFilter();
    void checklistSummary();
    void badgeLayout_data();
    void badgeLayout();
    void containerFilterWords();
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

void tst_Presentation::createdDateAcrossLanguages()
{
    // Issue 15: a switch to English turned "6 Dec 2026 23:51:17" into "12/6/26 11:51 PM".
    core::ContainerListModel model;
    ui::ContainerListPresentation presentation;
    presentation.setSourceModel(&model);
    core::ContainerSummary c;
    c.id = u"abc"_s;
    c.name = u"web"_s;
    c.created = QDateTime(QDate(2026, 12, 6), QTime(23, 51, 17)).toSecsSinceEpoch();
    model.upsertContainer(c);
    const auto created = [&] {
        return presentation.index(0, core::ContainerListModel::CreatedColumn).data().toString();
    };
    const QString qmDir = u"/nonexistent"_s; // the locale matters here, not the catalogues
    // Started without a choice (the system's locale; C in the tests), then en → zh_CN → en.
    core::installTranslators(core::systemLanguage(), qmDir);
    const QString atStart = created();
    core::installTranslators(*core::parseLanguage(u"en"_s), qmDir);
    const QString english = created();
    core::installTranslators(*core::parseLanguage(u"zh_CN"_s), qmDir);
    const QString chinese = created();
    core::installTranslators(*core::parseLanguage(u"en"_s), qmDir);
    const QString englishAgain = created();
    core::installTranslators(*core::parseLanguage(u"en_US"_s), qmDir);
    const QString american = created();
    core::installTranslators(core::systemLanguage(), qmDir);

    QCOMPARE(english, u"6 Dec 2026 23:51:17"_s);
    QCOMPARE(atStart, english);
    QCOMPARE(englishAgain, english);
    QCOMPARE(american, english);
    QCOMPARE(chinese, u"2026年12月6日 23:51:17"_s);
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
    QCOMPARE(filter.visibleCount(), visibleChecks);
}

void tst_Presentation::checklistSummary()
{
    core::ChecklistModel model;
    ui::ChecklistPresentation presentation;
    ui::ChecklistFilterProxy filter;
    presentation.setSourceModel(&model);
    filter.setSourceModel(&presentation);
    QCOMPARE(ui::ChecklistPresentation::summaryText(filter.visibleSummary(), model.resultCount()),
             u"The checklist has not run yet."_s);
    QList<core::CheckResult> results;
    int n = 0;
    // One of each verdict kind, plus a second failure: notes and info must be counted too.
    for (core::CheckStatus st : {core::CheckStatus::Fail, core::CheckStatus::Fail, core::CheckStatus::Warn,
                                 core::CheckStatus::Unknown, core::CheckStatus::Note, core::CheckStatus::Info,
                                 core::CheckStatus::Pass}) {
        core::CheckResult r;
        r.id = u"5.%1"_s.arg(++n);
        r.section = u"5"_s;
        r.title = "Some check";
        r.status = st;
        r.severity = core::Severity::Medium;
        results.append(r);
    }
    model.setResults(results);
    QSignalSpy changed(&filter, &ui::ChecklistFilterProxy::visibleSummaryChanged);
    // ("check(s)": English plurals come from the app's plural translation, not loaded here.)
    const QString all = ui::ChecklistPresentation::summaryText(filter.visibleSummary(), model.resultCount());
    QVERIFY2(all.startsWith(u"7 check"_s), qPrintable(all));
    QVERIFY2(all.endsWith(u": 2 failed, 1 warnings, 1 unknown, 1 notes, 1 info, 1 passed"_s), qPrintable(all));
    // The summary follows the filter: what is shown, out of how many.
    filter.setStatuses({int(core::CheckStatus::Fail), int(core::CheckStatus::Note)});
    QVERIFY(changed.count() >= 1);
    const QString some = ui::ChecklistPresentation::summaryText(filter.visibleSummary(), model.resultCount());
    QVERIFY2(some.startsWith(u"3 of 7 check"_s), qPrintable(some));
    QVERIFY2(some.endsWith(u"shown: 2 failed, 0 warnings, 0 unknown, 1 notes, 0 info, 0 passed"_s), qPrintable(some));
}

void tst_Presentation::badgeLayout_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("shown");
    const QFontMetrics fm(QFont{});
    const QStringList labels = ui::ContainerListPresentation::badgeLabels(0x3f);
    const int full = ui::BadgeDelegate::fullWidth(labels, fm);
    QTest::addRow("wide enough: all six") << full << 6;
    // One pixel short: the last one ("root") gives way to "+N", never silently.
    QTest::addRow("one pixel short") << full - 1 << -1;
    QTest::addRow("half") << full / 2 << -1;
    // Narrower than anything: still a "+6" pill (cut off), not an empty cell.
    QTest::addRow("nothing fits") << 4 << 0;
}

void tst_Presentation::badgeLayout()
{
    QFETCH(int, width);
    QFETCH(int, shown);
    const QFontMetrics fm(QFont{});
    const QStringList labels = ui::ContainerListPresentation::badgeLabels(0x3f);
    QCOMPARE(labels.first(), u"privileged"_s);   // most severe first
    QCOMPARE(labels.at(1), u"docker.sock"_s);
    QCOMPARE(labels.last(), u"root"_s);
    const QRect rect(10, 0, width, 24);
    const ui::BadgeDelegate::Layout l = ui::BadgeDelegate::layout(labels, fm, rect);
    QCOMPARE(l.shown + l.hidden, int(labels.size()));   // every badge is drawn or counted
    QCOMPARE(l.pills.size(), l.shown);
    if (shown >= 0)
        QCOMPARE(l.shown, shown);
    else
        QVERIFY(l.shown > 0 && l.shown < labels.size());
    if (l.hidden > 0) {
        QCOMPARE(l.moreText, u"+%1"_s.arg(l.hidden));
        if (l.shown > 0)
            QVERIFY2(l.more.right() <= rect.right(), "the +N pill fits when any badge is shown");
    } else {
        QVERIFY(l.moreText.isEmpty());
    }
    for (const QRect &r : l.pills)
        QVERIFY(r.right() <= rect.right());
    // The tooltip lists every finding, whatever the column shows.
    const QString tip = ui::ContainerListPresentation::badgeToolTip(0x3f, {u"CAP_SYS_ADMIN"_s});
    QCOMPARE(tip.count(u'\n'), 5);
    QVERIFY(tip.contains(u"CAP_SYS_ADMIN (dangerous)"_s));
}

namespace {

/// Chinese for the badge words, as the real translation has them.
class BadgeTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int) const override
    {
        if (qstrcmp(context, "Ui") != 0 || qstrcmp(disambiguation, "badge") != 0)
            return QString();
        if (qstrcmp(source, "privileged") == 0)
            return u"特权"_s;
        if (qstrcmp(source, "root") == 0)
            return u"根用户"_s;
        return QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void tst_Presentation::containerFilterWords()
{
    core::ContainerListModel model;
    ui::ContainerListPresentation presentation;
    presentation.setSourceModel(&model);
    QSortFilterProxyModel filter;
    filter.setSourceModel(&presentation);
    filter.setFilterRole(core::ContainerListModel::FilterRole);
    filter.setFilterKeyColumn(core::ContainerListModel::NameColumn);
    filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    for (const char *name : {"web", "db"}) {
        core::ContainerSummary c;
        c.id = QString::fromLatin1(name);
        c.name = QString::fromLatin1(name);
        c.state = u"running"_s;
        model.upsertContainer(c);
        core::ContainerInspect in;
        in.id = c.id;
        in.hostConfig.privileged = c.id == "web"_L1;
        in.hostConfig.memory = 1 << 30;
        in.config.user = u"1000"_s;
        model.setInspect(in);
    }
    BadgeTranslator zh;
    QCoreApplication::installTranslator(&zh);
    // Both languages find the privileged container; names still match.
    for (const QString &word : {u"privileged"_s, u"特权"_s, u"web"_s}) {
        filter.setFilterFixedString(word);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, core::ContainerListModel::NameColumn).data().toString(), u"web"_s);
    }
    QCoreApplication::removeTranslator(&zh);
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
