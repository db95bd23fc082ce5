// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a laptop (issue 15): at 1280×800 and 1024×700, in English and Chinese, it fits,
// the checklist's titles can be read, the keyboard gets out of the list and across the tabs,
// and an export without a daemon says why it failed. Against the private test daemon.
#include "common/testenv.h"
#include "core/models/checklistmodel.h"
#include "core/models/containerlistmodel.h"
#include "ui/mainwindow.h"
#include "ui/pages/checklistpage.h"
#include "ui/pages/containertab.h"
#include "ui/pages/hostpage.h"
#include "ui/models/containerlistpresentation.h"
#include "ui/widgets/badgedelegate.h"
#include "ui/widgets/codeview.h"
#include "ui/widgets/connectionbar.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

class tst_WindowLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void checklistTitlesReadable_data();
    void checklistTitlesReadable();
    void checklistIdsWhole_data();
    void checklistIdsWhole();
    void containerListFits_data();
    void containerListFits();
    void tabLeavesTheList();
    void ctrlPageDownSwitchesTabs();
    void shortcutsFromTheFilter();
    void findInInspectJson();
    void exportWithoutDaemon();
    void cancelExport();

private:
    static void addSizes();
    void apply(const QSize &size, const QString &language);
    std::unique_ptr<ScopedContainer> m_container;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_WindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"dockscope-test"_s);
    QCoreApplication::setApplicationName(u"tst_windowlayout"_s);
    QSettings().clear();
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    // A container the checklist finds something about (an added capability fails 5.3).
    m_container = std::make_unique<ScopedContainer>(u"layout"_s, QStringList{u"--cap-add"_s, u"SYS_ADMIN"_s});
    QVERIFY2(m_container->ok(), qPrintable(m_container->error()));
    const auto endpoint = core::parseEndpointUrl(TestEnv::host());
    QVERIFY(endpoint);
    m_window = std::make_unique<ui::MainWindow>(endpoint.value());
    m_window->setTranslationsDirectory(QStringLiteral(DOCKSCOPE_QM_DIR));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->checklistModel()->resultCount() > 0 && !m_window->isAuditRunning(), 90000);
}

void tst_WindowLayout::cleanupTestCase()
{
    if (m_window)
        m_window->setLanguage(u"en"_s);
    m_window.reset();
    m_container.reset();
}

void tst_WindowLayout::addSizes()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    // The laptop the layout is designed for, and the smallest it must stay usable at.
    for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
        QTest::addRow("1280x800 %s", qPrintable(language)) << QSize(1280, 800) << language;
        QTest::addRow("1024x700 %s", qPrintable(language)) << QSize(1024, 700) << language;
    }
}

void tst_WindowLayout::apply(const QSize &size, const QString &language)
{
    m_window->setLanguage(language);
    m_window->resize(size);
    m_window->setContainerListVisible(true);
    QTRY_COMPARE(m_window->size(), size);
    QCoreApplication::processEvents();
}

void tst_WindowLayout::fitsTheScreen_data()
{
    addSizes();
}

void tst_WindowLayout::fitsTheScreen()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    apply(size, language);
    // Chinese once needed 796 px of height: maximised on a 1280×800 screen its bottom was cut off.
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(minimum.width() <= size.width() && minimum.height() <= size.height(),
             qPrintable(u"minimum %1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    // Each tab fits as well (the container list stays beside them).
    for (int i = 0; i < m_window->tabs()->count(); ++i) {
        QWidget *page = m_window->tabs()->widget(i);
        QVERIFY2(page->minimumSizeHint().height() <= m_window->tabs()->height(), qPrintable(page->objectName()));
    }
}

void tst_WindowLayout::checklistTitlesReadable_data()
{
    addSizes();
}

void tst_WindowLayout::checklistTitlesReadable()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    apply(size, language);
    ui::ChecklistPage *page = m_window->checklistPage();
    m_window->tabs()->setCurrentWidget(page);
    QTreeView *tree = page->view();
    QAbstractItemModel *model = tree->model();
    // Select a check: the details pane opens and the list must still show a good part of itself.
    const QModelIndex firstSection = model->index(0, 0);
    QVERIFY(model->rowCount(firstSection) > 0);
    tree->setCurrentIndex(model->index(0, 0, firstSection));
    QCoreApplication::processEvents();
    const int rowHeight = tree->sizeHintForRow(0);
    QVERIFY(rowHeight > 0);
    QVERIFY2(tree->viewport()->height() / rowHeight >= 8,
             qPrintable(u"%1 rows visible"_s.arg(tree->viewport()->height() / rowHeight)));
    QVERIFY(page->detailsView()->height() >= 120);

    // No title is cut below what reads as a sentence: its column is wide enough for the whole
    // title or for 40 average characters, and lies inside the view.
    const QFontMetrics metrics = tree->fontMetrics();
    const int readable = metrics.averageCharWidth() * 40;
    const int column = core::ChecklistModel::TitleColumn;
    const int width = tree->header()->sectionSize(column);
    QVERIFY2(tree->header()->sectionViewportPosition(column) + std::min(width, readable) <= tree->viewport()->width(),
             "the title column runs out of the view");
    int checked = 0;
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        for (int r = 0; r < model->rowCount(section); ++r) {
            const QModelIndex title = model->index(r, column, section);
            const QRect rect = tree->visualRect(title);
            if (!rect.isValid() || rect.bottom() < 0 || rect.top() > tree->viewport()->height())
                continue; // not in the visible part
            const int needed = metrics.horizontalAdvance(title.data().toString()) + 2 * tree->indentation();
            QVERIFY2(rect.width() >= std::min(needed, readable),
                     qPrintable(u"%1: %2 px of %3"_s.arg(title.data().toString()).arg(rect.width()).arg(needed)));
            ++checked;
        }
    }
    QVERIFY(checked >= 8);

    // The title's border can be dragged (it once was fixed by a stretch mode).
    QCOMPARE(tree->header()->sectionResizeMode(column), QHeaderView::Interactive);
}

void tst_WindowLayout::checklistIdsWhole_data()
{
    addSizes();
}

void tst_WindowLayout::checklistIdsWhole()
{
    // "DS-DANGEROUS-CAPS" read "DS-DAN…" in Chinese at 1280×800: the id column fits the longest
    // id of any row (scrolled away or not), and lies inside the view.
    QFETCH(QSize, size);
    QFETCH(QString, language);
    apply(size, language);
    ui::ChecklistPage *page = m_window->checklistPage();
    m_window->tabs()->setCurrentWidget(page);
    QCoreApplication::processEvents();
    QTreeView *tree = page->view();
    const QAbstractItemModel *model = tree->model();
    const int column = core::ChecklistModel::IdColumn;
    const QFontMetrics metrics = tree->fontMetrics();
    // What the style keeps on both sides of an item's text before it elides.
    const int margins = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    QString longest;
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        for (int r = 0; r < model->rowCount(section); ++r) {
            const QString id = model->index(r, column, section).data().toString();
            if (metrics.horizontalAdvance(id) > metrics.horizontalAdvance(longest))
                longest = id;
        }
    }
    QVERIFY(longest.startsWith(u"DS-"_s));
    const int width = tree->header()->sectionSize(column);
    QVERIFY2(width >= metrics.horizontalAdvance(longest) + margins,
             qPrintable(u"%1 needs %2 px, has %3"_s.arg(longest).arg(metrics.horizontalAdvance(longest) + margins).arg(width)));
    QVERIFY2(tree->header()->sectionViewportPosition(column) + width <= tree->viewport()->width(),
             "the id column runs out of the view");
}

void tst_WindowLayout::containerListFits_data()
{
    addSizes();
}

void tst_WindowLayout::containerListFits()
{
    // The Security column sat right of state, name and image at the sidebar's default 320 px:
    // off-screen. Now the columns fit the sidebar, the badges in view (at least the most severe
    // one and "+N" for the rest), nothing to scroll sideways.
    QFETCH(QSize, size);
    QFETCH(QString, language);
    apply(size, language);
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({320, splitter->width() - 320}); // the default width (restoreSettings)
    QTableView *list = m_window->containerView();
    QTRY_COMPARE(list->parentWidget()->width(), 320);
    QCoreApplication::processEvents();
    QTRY_VERIFY(list->model()->rowCount() > 0);
    using Model = core::ContainerListModel;
    const int viewport = list->viewport()->width();
    QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
    for (const int column : {int(Model::StateColumn), int(Model::NameColumn), int(Model::SecurityColumn)}) {
        QVERIFY(!list->isColumnHidden(column));
        const int left = list->horizontalHeader()->sectionViewportPosition(column);
        const int width = list->columnWidth(column);
        QVERIFY2(left >= 0 && left + width <= viewport,
                 qPrintable(u"column %1 at %2+%3 of %4 px"_s.arg(column).arg(left).arg(width).arg(viewport)));
    }
    // Our container's badges (an added capability, root, no memory limit): the most severe shows,
    // the rest as "+N", never dropped.
    int row = -1;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        if (list->model()->index(r, 0).data(Model::ContainerIdRole).toString() == m_container->id())
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex badges = list->model()->index(row, Model::SecurityColumn);
    QTRY_VERIFY(badges.data(Model::BadgesKnownRole).toBool());
    QCoreApplication::processEvents();
    const QStringList labels = ui::ContainerListPresentation::badgeLabels(badges.data(Model::BadgesRole).toInt());
    QVERIFY(labels.size() >= 2);
    const QRect cell = list->visualRect(badges);
    const ui::BadgeDelegate::Layout layout
        = ui::BadgeDelegate::layout(labels, QFontMetrics(ui::BadgeDelegate::badgeFont(list->font())), cell);
    QVERIFY2(layout.shown >= 1, qPrintable(u"no badge in %1 px"_s.arg(cell.width())));
    QCOMPARE(layout.shown + layout.hidden, int(labels.size()));
    if (layout.hidden > 0)
        QVERIFY2(cell.contains(layout.more), "the \"+N\" pill is cut off");
}

void tst_WindowLayout::tabLeavesTheList()
{
    apply(QSize(1280, 800), u"en"_s);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView *list = m_window->containerView();
    list->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(list->hasFocus());
    list->setCurrentIndex(list->model()->index(0, 0));
    // One press of Tab leaves the list, wherever its current cell is.
    QTest::keyClick(list, Qt::Key_Tab);
    QVERIFY(!list->hasFocus());
}

void tst_WindowLayout::ctrlPageDownSwitchesTabs()
{
    apply(QSize(1280, 800), u"en"_s);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTabWidget *tabs = m_window->tabs();
    tabs->setCurrentIndex(0);
    // From the container list (outside the tabs) and from inside a page.
    m_window->containerView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    m_window->checklistPage()->view()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
}

void tst_WindowLayout::shortcutsFromTheFilter()
{
    // Focus starts in the filter, and a line edit claims Ctrl+E (end of line) for itself unless
    // the window says otherwise: the menu's shortcuts must reach their actions from there.
    QLineEdit *filter = m_window->filterField();
    for (const QKeyCombination key : {Qt::CTRL | Qt::Key_E, Qt::CTRL | Qt::Key_R, Qt::CTRL | Qt::Key_PageDown}) {
        QKeyEvent event(QEvent::ShortcutOverride, key.key(), key.keyboardModifiers());
        event.ignore();
        QCoreApplication::sendEvent(filter, &event);
        QVERIFY2(!event.isAccepted(), qPrintable(QKeySequence(key).toString()));
    }
}

void tst_WindowLayout::findInInspectJson()
{
    apply(QSize(1280, 800), u"en"_s);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    ui::ContainerTab *tab = m_window->openContainer(m_container->id());
    QVERIFY(tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasFacts(), 30000);
    tab->pages()->setCurrentIndex(ui::ContainerTab::InspectPage);
    auto *code = tab->pages()->currentWidget()->findChild<ui::CodeView *>();
    QVERIFY(code);
    code->editor()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    // Ctrl+F finds in the JSON, not in the container filter.
    QTRY_VERIFY(code->findField()->hasFocus());
    QTest::keyClicks(code->findField(), u"CapAdd"_s);
    QVERIFY(code->editor()->textCursor().selectedText() == u"CapAdd"_s);
    // Ctrl+PgDown goes on across the window's tabs from inside the container tab as well.
    const int index = m_window->tabs()->currentIndex();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), (index + 1) % m_window->tabs()->count());
}

void tst_WindowLayout::exportWithoutDaemon()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto endpoint = core::parseEndpointUrl(u"unix://"_s + dir.filePath(u"no-daemon.sock"_s));
    QVERIFY(endpoint);
    ui::MainWindow w(endpoint.value());
    w.resize(1024, 700);
    w.show();
    QTRY_COMPARE_WITH_TIMEOUT(w.connectionBar()->state(), core::DockerClient::ConnectionState::Failed, 20000);
    // The failure is said everywhere, with what can be done.
    QVERIFY(w.connectionBar()->retryButton()->isVisible());
    QVERIFY(w.connectionBar()->connectOtherButton()->isVisible());
    QVERIFY(!w.checklistPage()->rerunButton()->isEnabled());
    QVERIFY(!w.hostPage()->factsLabel()->text().contains(u"Connecting"_s));
    const QString details = w.connectionBar()->findChild<QLabel *>(u"connectionDetails"_s)->text();
    QVERIFY2(details.contains(u"no socket"_s), qPrintable(details));

    const QString path = dir.filePath(u"report.pdf"_s);
    w.exportReportTo(path);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = w.findChild<QMessageBox *>(u"exportFailed"_s)) && box->isVisible());
    QVERIFY(!QFileInfo::exists(path));
    box->close();
}

void tst_WindowLayout::cancelExport()
{
    // A real Cancel: the writer stops, nothing is written, and the window says so.
    apply(QSize(1280, 800), u"en"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"report.pdf"_s);
    m_window->exportReportTo(path);
    QProgressDialog *progress = nullptr;
    QTRY_VERIFY((progress = m_window->findChild<QProgressDialog *>(u"exportProgress"_s)) && progress->isVisible());
    // Its Cancel button, as the user presses it (QProgressDialog::cancel() only resets it).
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"cancelled"_s),
                              qPrintable(m_window->statusBar()->currentMessage()), 30000);
    QVERIFY(!m_window->findChild<QMessageBox *>(u"exportDone"_s));
    QVERIFY(!QFileInfo::exists(path));
    // Not even the writer's temporary file.
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_MAIN(tst_WindowLayout)
#include "tst_windowlayout.moc"
