// SPDX-License-Identifier: GPL-3.0-or-later
// dockscope_screenshots: the README's and docs/screenshots/' pictures of the real window, taken
// against real containers on the private test daemon (tests/testdaemon.sh; source its env file).
//
//   dockscope_screenshots --output docs/screenshots [--size 1280x800] [--lang en|zh_CN]
//
// Offscreen by default (QT_QPA_PLATFORM=offscreen), or under Xvfb. The pictures are named by
// what they show, with "-zh_CN" for Chinese: main-window, checklist, container-memory,
// container-namespaces, container-capabilities, container-overview, container-cgroups, host-daemon.
#include "common/testenv.h"
#include "core/docker/endpoint.h"
#include "core/localization.h"
#include "core/models/checklistmodel.h"
#include "core/models/containerlistmodel.h"
#include "ui/charts/memorychart.h"
#include "ui/mainwindow.h"
#include "ui/pages/checklistpage.h"
#include "ui/pages/containertab.h"
#include "ui/pages/hostpage.h"
#include "ui/windowrows.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// Polls `ready` while the event loop runs, up to `seconds`; says what it waited for on failure.
bool waitFor(const std::function<bool()> &ready, int seconds, const char *what)
{
    if (QTest::qWaitFor(ready, seconds * 1000))
        return true;
    err() << "screenshots: gave up after " << seconds << " s waiting for " << what << Qt::endl;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // A private settings file: neither the user's window state nor language leaks in.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"dockscope-screenshots"_s);
    QCoreApplication::setApplicationName(u"dockscope_screenshots"_s);
    QSettings().clear();

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Screenshots of the Dockscope window against the test daemon."_s);
    parser.addHelpOption();
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"Directory for the PNG files."_s, u"dir"_s);
    const QCommandLineOption size(u"size"_s, u"Window size, WIDTHxHEIGHT (default 1280x800)."_s, u"size"_s, u"1280x800"_s);
    const QCommandLineOption lang(u"lang"_s, u"en or zh_CN (default en)."_s, u"lang"_s, u"en"_s);
    const QCommandLineOption memorySeconds(u"memory-seconds"_s, u"Seconds of memory samples in the chart (default 40)."_s,
                                           u"n"_s, u"40"_s);
    parser.addOptions({output, size, lang, memorySeconds});
    parser.process(app);
    const QStringList wh = parser.value(size).split(u'x');
    const auto locale = core::parseLanguage(parser.value(lang));
    if (!parser.isSet(output) || wh.size() != 2 || wh[0].toInt() < 640 || wh[1].toInt() < 480 || !locale) {
        err() << parser.helpText();
        return 2;
    }
    const QDir dir(parser.value(output));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        err() << "screenshots: cannot create " << dir.path() << Qt::endl;
        return 1;
    }
    QString why;
    if (!TestEnv::available(&why)) {
        err() << "screenshots: " << why << Qt::endl;
        return 1;
    }
    const QString suffix = core::languageCode(*locale) == "zh_CN"_L1 ? u"-zh_CN.png"_s : u".png"_s;
    auto save = [&](QWidget *widget, const QString &name) {
        const QString path = dir.filePath(name + suffix);
        if (!widget->grab().save(path)) {
            err() << "screenshots: cannot write " << path << Qt::endl;
            return false;
        }
        err() << path << Qt::endl;
        return true;
    };

    // A memory eater under a 64 MiB limit, a powerful one, a plain one.
    ScopedContainer eater(u"memory-eater"_s, {u"--memory"_s, u"64m"_s},
                          {u"sh"_s, u"-c"_s,
                           u"while true; do x=; i=0; while [ $i -lt 16 ]; do x=\"$x$(head -c 1048576 /dev/zero | tr '\\0' a)\"; i=$((i+1)); sleep 1; done; sleep 3; done"_s});
    ScopedContainer admin(u"sys-admin-host-pid"_s, {u"--cap-add"_s, u"SYS_ADMIN"_s, u"--pid"_s, u"host"_s});
    ScopedContainer plain(u"plain"_s, {});
    if (!eater.ok() || !admin.ok() || !plain.ok()) {
        err() << "screenshots: " << eater.error() << admin.error() << plain.error() << Qt::endl;
        return 1;
    }
    const auto endpoint = core::parseEndpointUrl(TestEnv::host());
    if (!endpoint) {
        err() << "screenshots: " << endpoint.error().detail << Qt::endl;
        return 1;
    }
    ui::MainWindow w(endpoint.value());
    w.setTranslationsDirectory(QStringLiteral(DOCKSCOPE_QM_DIR));
    w.setLanguage(parser.value(lang));
    w.resize(wh[0].toInt(), wh[1].toInt());
    w.show();

    auto badgesShown = [&] {
        const int row = containerRow(&w, admin.id());
        return row >= 0
            && !w.containerFilter()->index(row, core::ContainerListModel::SecurityColumn).data().toString().isEmpty();
    };
    if (!waitFor([&] { return w.checklistModel()->rowCount() > 0 && !w.isAuditRunning(); }, 120, "the checklist")
        || !waitFor(badgesShown, 30, "the security badges"))
        return 1;
    if (!save(&w, u"main-window"_s))
        return 1;

    w.tabs()->setCurrentWidget(w.checklistPage());
    QTreeView *tree = w.checklistPage()->view();
    const QModelIndex lastSection = tree->model()->index(tree->model()->rowCount() - 1, 0);
    tree->setCurrentIndex(tree->model()->index(0, 0, lastSection));
    if (!save(&w, u"checklist"_s))
        return 1;
    w.tabs()->setCurrentWidget(w.hostPage());
    if (!save(&w, u"host-daemon"_s))
        return 1;

    ui::ContainerTab *adminTab = w.openContainer(admin.id());
    ui::ContainerTab *tab = w.openContainer(eater.id());
    if (!waitFor([&] { return tab->hasFacts() && adminTab->hasFacts(); }, 30, "the containers' facts"))
        return 1;
    tab->pages()->setCurrentIndex(ui::ContainerTab::MemoryPage);
    const int points = parser.value(memorySeconds).toInt();
    if (!waitFor([&] { return tab->memoryChart()->pointCount() >= points; }, points + 30, "the memory samples")
        || !save(&w, u"container-memory"_s))
        return 1;
    w.tabs()->setCurrentWidget(adminTab);
    const std::pair<ui::ContainerTab::Page, QString> pages[] = {
        {ui::ContainerTab::NamespacesPage, u"container-namespaces"_s},
        {ui::ContainerTab::CapabilitiesPage, u"container-capabilities"_s},
        {ui::ContainerTab::CgroupsPage, u"container-cgroups"_s},
        {ui::ContainerTab::OverviewPage, u"container-overview"_s},
    };
    for (const auto &[page, name] : pages) {
        adminTab->pages()->setCurrentIndex(page);
        if (!save(&w, name))
            return 1;
    }
    return 0;
}
