// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/reportwriter.h"

namespace dockscope::test {

/// A realistic report made by hand: a host seen locally over cgroup v1, three containers
/// (a limited one, a privileged one sharing host namespaces, a stopped one whose kernel facts
/// are unavailable), every verdict, unavailable facts with their reasons, Chinese text in evidence.
report::ReportData makeReportData();

/// The names of the containers in makeReportData().
QStringList fixtureContainerNames();

/// base with count containers named prefix + number, each a copy of one of base's containers
/// (in turn) with that container's findings and memory samples: long reports for the tests of
/// the layout and for benchmarks/bench_report. Their ids share the first 12 characters (the
/// short id a report shows), which real ids may too.
report::ReportData withContainers(const report::ReportData &base, int count, const QString &prefix);

} // namespace dockscope::test
