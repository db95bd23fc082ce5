// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/checklistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

class tst_ChecklistModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grouping();
    void rerunUpdatesInPlace();
};

static CheckResult result(const QString &id, const QString &section, CheckStatus status, Severity severity = Severity::Medium)
{
    CheckResult r;
    r.id = id;
    r.section = section;
    r.title = "A check";
    r.status = status;
    r.severity = severity;
    return r;
}

static QList<CheckResult> sample()
{
    return {result(u"5.10"_s, u"5"_s, CheckStatus::Fail, Severity::High), result(u"1.1.10"_s, u"1"_s, CheckStatus::Warn),
            result(u"1.1.9"_s, u"1"_s, CheckStatus::Pass), result(u"5.4"_s, u"5"_s, CheckStatus::Pass),
            result(u"DS-SOCKET"_s, u"DS"_s, CheckStatus::Unknown)};
}

void tst_ChecklistModel::grouping()
{
    ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setRecursiveFilteringEnabled(true);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setResults(sample());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), u"1"_s);
    QCOMPARE(model.index(2, 0).data().toString(), u"DS"_s);
    const QModelIndex s1 = model.index(0, 0);
    QCOMPARE(model.rowCount(s1), 2);
    // Numeric id order: 1.1.9 before 1.1.10.
    QCOMPARE(model.index(0, ChecklistModel::IdColumn, s1).data().toString(), u"1.1.9"_s);
    QCOMPARE(model.index(1, ChecklistModel::IdColumn, s1).data().toString(), u"1.1.10"_s);
    // A section shows its worst verdict.
    QCOMPARE(model.data(model.index(1, 0), ChecklistModel::StatusRole).toInt(), int(CheckStatus::Fail));
    QVERIFY(model.result(model.index(0, 0, model.index(1, 0))));
    QVERIFY(!model.result(model.index(1, 0)));
    const auto summaries = model.sectionSummaries();
    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries.at(1).summary.fail, 1);
    QCOMPARE(summaries.at(1).summary.pass, 1);
    QCOMPARE(model.resultCount(), 5);
    proxy.setFilterKeyColumn(ChecklistModel::IdColumn);
    proxy.setFilterFixedString(u"5.10"_s);
    QCOMPARE(proxy.rowCount(), 1);
}

void tst_ChecklistModel::rerunUpdatesInPlace()
{
    ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(sample());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    auto again = sample();
    again[0].status = CheckStatus::Pass;
    model.setResults(again);
    QCOMPARE(resets.size(), 0);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(model.data(model.index(1, 0), ChecklistModel::StatusRole).toInt(), int(CheckStatus::Pass));
    // A different set of checks is a reset.
    again.removeLast();
    model.setResults(again);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(tst_ChecklistModel)
#include "tst_checklistmodel.moc"
