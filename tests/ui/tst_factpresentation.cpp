// SPDX-License-Identifier: GPL-3.0-or-later
// What the container tab's fact tables show: one presentation per core fact model, each over
// its model with a QAbstractItemModelTester. No daemon, no root.
#include "core/facts/capabilities.h"
#include "core/models/capabilitymodel.h"
#include "core/models/cgroupmodel.h"
#include "core/models/meminfomodel.h"
#include "core/models/mountmodel.h"
#include "core/models/namespacemodel.h"
#include "core/models/securityoptionsmodel.h"
#include "core/localization.h"
#include "ui/models/capabilitypresentation.h"
#include "ui/models/cgrouppresentation.h"
#include "ui/models/meminfopresentation.h"
#include "ui/models/mountpresentation.h"
#include "ui/models/namespacepresentation.h"
#include "ui/models/securityoptionspresentation.h"
#include "core/audit/checkresult.h"
#include "ui/pages/checklistpage.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace dockscope;
using namespace Qt::StringLiterals;

class tst_FactPresentation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unavailableShowsReason();
    void namespaces();
    void capabilities();
    void securityOptions();
    void cgroups();
    void meminfo();
    void mounts();
    void errnoTextsTranslate();
};

namespace {

/// `presentation` over `source`, checked by a QAbstractItemModelTester attached before the data.
struct Stack
{
    Stack(QAbstractItemModel *source, QAbstractProxyModel *presentation)
        : tester(presentation, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        presentation->setSourceModel(source);
    }
    QAbstractItemModelTester tester;
};

QString text(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

/// The row whose first column reads `label`, -1 if none.
int rowOf(const QAbstractItemModel &m, const QString &label)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        if (text(m, r, 0) == label)
            return r;
    }
    return -1;
}

/// `column` of the row whose first column reads `label`; empty when there is no such row.
QString cellOf(const QAbstractItemModel &m, const QString &label, int column, int role = Qt::DisplayRole)
{
    const int row = rowOf(m, label);
    return row < 0 ? QString() : text(m, row, column, role);
}

} // namespace

void tst_FactPresentation::unavailableShowsReason()
{
    core::NamespaceModel model;
    ui::NamespacePresentation presentation;
    Stack stack(&model, &presentation);
    core::NamespaceFacts facts;
    core::NamespaceFact ns;
    ns.type = u"net"_s;
    ns.inode = core::Fact<quint64>::unavailable({core::ErrorCode::NeedsRoot, u"/proc/42/ns/net: Permission denied"_s});
    ns.hostInode = core::Fact<quint64>::known(4026531840, core::Provenance::Proc);
    facts.namespaces = {ns};
    model.setFacts(facts);
    const QString text = presentation.index(0, core::NamespaceModel::ContainerInodeColumn).data().toString();
    QCOMPARE(text, u"unavailable: needs root — /proc/42/ns/net: Permission denied"_s);
    QCOMPARE(presentation.index(0, core::NamespaceModel::HostInodeColumn).data().toString(), u"4026531840"_s);
    QCOMPARE(presentation.headerData(core::NamespaceModel::IsolationColumn, Qt::Horizontal).toString(), u"Isolation"_s);
    // Grey italics, so a missing value never passes for a real one.
    const QModelIndex missing = presentation.index(0, core::NamespaceModel::ContainerInodeColumn);
    QCOMPARE(missing.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0x80, 0x80, 0x80));
    QVERIFY(missing.data(Qt::FontRole).value<QFont>().italic());
}

void tst_FactPresentation::namespaces()
{
    core::NamespaceModel model;
    ui::NamespacePresentation presentation;
    Stack stack(&model, &presentation);
    core::NamespaceFact pid;
    pid.type = u"pid"_s;
    pid.inode = core::Fact<quint64>::known(1, core::Provenance::Proc);
    pid.hostInode = pid.inode;
    pid.shared = true;
    pid.declaredMode = u"host"_s;
    core::NamespaceFact net;
    net.type = u"net"_s;
    net.shared = false;
    core::NamespaceFacts facts;
    facts.namespaces = {pid, net};
    model.setFacts(facts);
    QCOMPARE(text(presentation, 0, core::NamespaceModel::IsolationColumn), u"shared with the host"_s);
    QCOMPARE(text(presentation, 0, core::NamespaceModel::NoteColumn),
             u"Sees and can signal every process on the host; with ptrace it can read their memory."_s);
    QCOMPARE(text(presentation, 0, core::NamespaceModel::DeclaredColumn), u"host"_s);
    // An undeclared mode is the daemon's default.
    QCOMPARE(text(presentation, 1, core::NamespaceModel::DeclaredColumn), u"default"_s);
    QCOMPARE(text(presentation, 1, core::NamespaceModel::NoteColumn),
             u"Isolated: the container has its own net namespace."_s);
}

void tst_FactPresentation::capabilities()
{
    core::CapabilityModel model;
    ui::CapabilityPresentation presentation;
    Stack stack(&model, &presentation);
    core::CapabilityFacts facts;
    facts.lastCap = core::Capabilities::knownLastCap;
    core::CapabilitySets sets;
    sets.bounding = core::Capabilities::dockerDefault | (quint64(1) << 21); // + CAP_SYS_ADMIN
    sets.effective = sets.permitted = sets.bounding;
    facts.sets = core::Fact<core::CapabilitySets>::known(sets, core::Provenance::Proc);
    model.setFacts(facts);
    QCOMPARE(presentation.headerData(core::CapabilityModel::DefaultColumn, Qt::Horizontal).toString(), u"Docker default"_s);
    const int admin = rowOf(presentation, u"CAP_SYS_ADMIN"_s);
    QVERIFY(admin >= 0);
    QCOMPARE(text(presentation, admin, core::CapabilityModel::EffectiveColumn), u"✔"_s);
    QCOMPARE(text(presentation, admin, core::CapabilityModel::DefaultColumn), u"·"_s);
    QCOMPARE(text(presentation, admin, core::CapabilityModel::ChangeColumn), u"added"_s);
    QCOMPARE(presentation.index(admin, core::CapabilityModel::EffectiveColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignCenter));
    // Held and critical: bold name, red row, the danger note on every cell's tooltip.
    QVERIFY(presentation.index(admin, core::CapabilityModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(presentation.index(admin, core::CapabilityModel::ChangeColumn).data(Qt::BackgroundRole).value<QBrush>().color(),
             QColor(220, 50, 47, 70));
    QVERIFY(text(presentation, admin, core::CapabilityModel::EffectiveColumn, Qt::ToolTipRole).contains(u"CAP_SYS_ADMIN: "_s));
    // Not held: no tint.
    const int module = rowOf(presentation, u"CAP_SYS_MODULE"_s);
    QVERIFY(module >= 0);
    QVERIFY(!presentation.index(module, core::CapabilityModel::NameColumn).data(Qt::BackgroundRole).isValid());
    // The shared definition: added and dangerous apart from Docker's default, risky ones.
    QCOMPARE(text(presentation, admin, core::CapabilityModel::RiskColumn), u"dangerous"_s);
    QCOMPARE(cellOf(presentation, u"CAP_NET_RAW"_s, core::CapabilityModel::RiskColumn), u"default, risky"_s);
    QCOMPARE(cellOf(presentation, u"CAP_CHOWN"_s, core::CapabilityModel::RiskColumn), QString());
    QCOMPARE(model.held(core::CapabilityRisk::Dangerous), QStringList{u"CAP_SYS_ADMIN"_s});
    QCOMPARE(model.held(core::CapabilityRisk::Risky, true),
             core::Capabilities::names(core::Capabilities::defaultRiskyMask()));
}

void tst_FactPresentation::securityOptions()
{
    core::SecurityOptionsModel model;
    ui::SecurityOptionsPresentation presentation;
    Stack stack(&model, &presentation);
    core::CapabilityFacts facts;
    facts.seccompMode = core::Fact<int>::known(2, core::Provenance::Proc);
    facts.lsmLabel = core::Fact<QString>::known(u"none"_s, core::Provenance::Proc);
    model.setFacts(facts);
    QCOMPARE(cellOf(presentation, u"Seccomp mode"_s, core::SecurityOptionsModel::EnforcedColumn), u"filter (2)"_s);
    QCOMPARE(cellOf(presentation, u"AppArmor / SELinux"_s, core::SecurityOptionsModel::EnforcedColumn),
             u"none (no LSM on this host)"_s);
}

void tst_FactPresentation::cgroups()
{
    core::CgroupModel model;
    ui::CgroupPresentation presentation;
    Stack stack(&model, &presentation);
    core::ContainerFacts facts;
    facts.cgroup.version = core::CgroupVersion::V2;
    facts.inspect.hostConfig.memory = 64 * 1024 * 1024;
    facts.cgroup.memory.limit = core::Fact<core::Limit>::known(64 * 1024 * 1024, core::Provenance::Proc);
    facts.cgroup.pids.limit = core::Fact<core::Limit>::known(std::nullopt, core::Provenance::Proc);
    model.setFacts(facts);
    QCOMPARE(presentation.headerData(core::CgroupModel::EnforcedColumn, Qt::Horizontal).toString(), u"Enforced (kernel)"_s);
    const QLocale locale;
    const QString limit = u"Memory limit"_s;
    QCOMPARE(cellOf(presentation, limit, core::CgroupModel::EnforcedColumn),
             locale.formattedDataSize(64 * 1024 * 1024, 1, QLocale::DataSizeIecFormat)); // "64.0 MiB"
    // (tooltips come as rich text that shows the plain text as written)
    QVERIFY(cellOf(presentation, limit, core::CgroupModel::EnforcedColumn, Qt::ToolTipRole)
                .contains(locale.toString(64 * 1024 * 1024) + u" bytes"_s));
    QCOMPARE(cellOf(presentation, limit, core::CgroupModel::FileColumn), u"memory.max"_s);
    QCOMPARE(cellOf(presentation, u"Process limit"_s, core::CgroupModel::EnforcedColumn), u"no limit"_s);
    // The enforced values come first, right after the name: a long cgroup path in the
    // declared column must not push them off screen.
    QCOMPARE(int(core::CgroupModel::EnforcedColumn), 1);
    QCOMPARE(presentation.headerData(1, Qt::Horizontal).toString(), u"Enforced (kernel)"_s);
    QCOMPARE(text(presentation, rowOf(presentation, limit), 1),
             locale.formattedDataSize(64 * 1024 * 1024, 1, QLocale::DataSizeIecFormat));
    QVERIFY(core::CgroupModel::DeclaredColumn > core::CgroupModel::EnforcedColumn);
    QCOMPARE(presentation.columnCount() - 1, int(core::CgroupModel::FileColumn));
    // A path (elided in the middle by the view) is whole in its tooltip.
    const QString path = u"/system.slice/docker-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.scope"_s;
    facts.cgroup.path = core::Fact<QString>::known(path, core::Provenance::Proc);
    model.setFacts(facts);
    QVERIFY(cellOf(presentation, u"Cgroup path"_s, core::CgroupModel::EnforcedColumn, Qt::ToolTipRole).contains(path));
}

void tst_FactPresentation::meminfo()
{
    core::MeminfoModel model;
    ui::MeminfoPresentation presentation;
    Stack stack(&model, &presentation);
    core::MeminfoFacts facts;
    const QMap<QString, qint64> host{{u"MemTotal"_s, qint64(8) << 30}};
    facts.host = core::Fact<QMap<QString, qint64>>::known(host, core::Provenance::Proc);
    facts.container = facts.host;
    facts.seesHostMemory = true;
    facts.limit = core::Fact<core::Limit>::known(std::nullopt, core::Provenance::Proc);
    model.setFacts(facts);
    QCOMPARE(text(presentation, 0, core::MeminfoModel::KeyColumn), u"Cgroup memory limit"_s);
    QCOMPARE(text(presentation, 0, core::MeminfoModel::ContainerColumn), u"no limit"_s);
    // The kernel's field names stay as they are; the container sees the host's MemTotal.
    const int total = rowOf(presentation, u"MemTotal"_s);
    QCOMPARE(cellOf(presentation, u"MemTotal"_s, core::MeminfoModel::ContainerColumn),
             QLocale().formattedDataSize(qint64(8) << 30, 1, QLocale::DataSizeIecFormat)); // "8.0 GiB"
    QVERIFY(presentation.index(total, core::MeminfoModel::HostColumn).data(Qt::BackgroundRole).isValid());
}

void tst_FactPresentation::mounts()
{
    core::MountModel model;
    ui::MountPresentation presentation;
    Stack stack(&model, &presentation);
    core::MountFact socket;
    socket.mount.type = u"bind"_s;
    socket.mount.source = u"/var/run/docker.sock"_s;
    socket.mount.destination = u"/var/run/docker.sock"_s;
    socket.isDockerSocket = true;
    core::MountFact data;
    data.mount.type = u"volume"_s;
    data.mount.destination = u"/data"_s;
    data.readOnly = true;
    model.setMounts({socket, data});
    QCOMPARE(text(presentation, 0, core::MountModel::TypeColumn), u"bind"_s);
    QCOMPARE(text(presentation, 0, core::MountModel::ModeColumn), u"read-write"_s);
    QCOMPARE(text(presentation, 0, core::MountModel::SensitiveColumn), u"Docker socket: full control of the daemon"_s);
    QCOMPARE(presentation.index(0, core::MountModel::SourceColumn).data(Qt::BackgroundRole).value<QBrush>().color(),
             QColor(255, 160, 0, 60));
    QCOMPARE(text(presentation, 1, core::MountModel::ModeColumn), u"read-only"_s);
    QCOMPARE(text(presentation, 1, core::MountModel::SensitiveColumn), u"no"_s);
    // A volume has no host path to show.
    QCOMPARE(text(presentation, 1, core::MountModel::SourceColumn), u"—"_s);
    // The container path and whether it is sensitive first, the host path last.
    QCOMPARE(int(core::MountModel::DestinationColumn), 0);
    QCOMPARE(int(core::MountModel::SensitiveColumn), 1);
    QCOMPARE(int(core::MountModel::SourceColumn), presentation.columnCount() - 1);
    // No mounts: the table says so instead of showing a blank grid.
    model.setMounts({});
    QCOMPARE(presentation.rowCount(), 0);
    QVERIFY(presentation.emptyText().startsWith(u"No mounts"_s));
}

namespace {

/// One errno text in Chinese, as the real translation has it.
class ErrnoTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "Facts") == 0 && qstrcmp(source, "No such file or directory") == 0
            ? u"没有那个文件或目录"_s : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void tst_FactPresentation::errnoTextsTranslate()
{
    ErrnoTranslator zh;
    QCoreApplication::installTranslator(&zh);
    // The errno text after the path is the user's language; the path stays as written.
    QCOMPARE(core::translatedDetail(u"/proc/42/ns/net: No such file or directory"_s),
             u"/proc/42/ns/net: 没有那个文件或目录"_s);
    QCOMPARE(core::translatedDetail(u"No such file or directory"_s), u"没有那个文件或目录"_s);
    // Not the last part, or not an errno text: unchanged.
    QCOMPARE(core::translatedDetail(u"/No such file or directory/x: gone"_s), u"/No such file or directory/x: gone"_s);
    // And a fact table's unavailable cell shows it so.
    core::CgroupModel model;
    ui::CgroupPresentation presentation;
    Stack stack(&model, &presentation);
    core::ContainerFacts facts;
    facts.cgroup.memory.limit = core::Fact<core::Limit>::unavailable(
        core::Error{core::ErrorCode::NotFound, u"/sys/fs/cgroup/x/memory.max: No such file or directory"_s});
    model.setFacts(facts);
    const QString cell = cellOf(presentation, u"Memory limit"_s, core::CgroupModel::EnforcedColumn);
    QVERIFY2(cell.contains(u"没有那个文件或目录"_s) && !cell.contains(u"No such file"_s), qPrintable(cell));
    // The checklist's details pane and its copied text: the evidence and the unknown reason.
    core::CheckResult check;
    check.id = u"2.17"_s;
    check.status = core::CheckStatus::Unknown;
    check.unknownReason = core::Error{core::ErrorCode::NotFound, u"/etc/docker/daemon.json: No such file or directory"_s};
    check.evidence.append({u"unknown"_s, u"NotFound: /etc/docker/daemon.json: No such file or directory"_s});
    for (const QString &text : QStringList{ui::ChecklistPage::detailHtml(check), ui::ChecklistPage::plainText(check)}) {
        QVERIFY2(text.contains(u"/etc/docker/daemon.json: 没有那个文件或目录"_s) && !text.contains(u"No such file"_s),
                 qPrintable(text));
    }
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(tst_FactPresentation)
#include "tst_factpresentation.moc"
