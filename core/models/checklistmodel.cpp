// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistmodel.h"

#include <QCollator>
#include <QThread>

#include <algorithm>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

/// Badness of a status, for "the worst in a section" and sorting: fail worst.
int statusRank(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Fail: return 5;
    case CheckStatus::Warn: return 4;
    case CheckStatus::Unknown: return 3;
    case CheckStatus::Note: return 2;
    case CheckStatus::Info: return 1;
    case CheckStatus::Pass: return 0;
    }
    return 0;
}

QString resultKey(const CheckResult &r)
{
    return r.id + u'/' + r.containerId;
}

/// "1.1.10" sorts after "1.1.9"; "DS-…" after the CIS sections.
bool idLess(const QString &a, const QString &b)
{
    const QStringList pa = a.split(u'.');
    const QStringList pb = b.split(u'.');
    for (int i = 0; i < std::min(pa.size(), pb.size()); ++i) {
        bool okA = false;
        bool okB = false;
        const int na = pa.at(i).toInt(&okA);
        const int nb = pb.at(i).toInt(&okB);
        if (okA && okB && na != nb)
            return na < nb;
        if (!(okA && okB) && pa.at(i) != pb.at(i))
            return pa.at(i) < pb.at(i);
    }
    return pa.size() < pb.size();
}

} // namespace

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_sections.size())
        return {};
    if (row >= m_sections.at(parent.row()).results.size())
        return {};
    // Children carry their section's row + 1 as internal id.
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_sections.at(parent.row()).results.size());
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const CheckResult *ChecklistModel::result(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || index.model() != this)
        return nullptr;
    const Section &s = m_sections.at(int(index.internalId() - 1));
    return &s.results.at(index.row());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Section &s = m_sections.at(index.row());
        int worst = 0;
        int severity = 0;
        CheckStatus worstStatus = CheckStatus::Pass;
        for (const CheckResult &r : s.results) {
            if (statusRank(r.status) > worst) {
                worst = statusRank(r.status);
                worstStatus = r.status;
            }
            if (r.status == CheckStatus::Fail || r.status == CheckStatus::Warn)
                severity = std::max(severity, int(r.severity));
        }
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TitleColumn)
                return s.key;
            if (index.column() == StatusColumn)
                return int(worstStatus);
            return {};
        case SortRole:
            return index.column() == TitleColumn ? QVariant(index.row()) : QVariant(worst);
        case StatusRole: return int(worstStatus);
        case SeverityRole: return severity;
        case IsSectionRole: return true;
        case SectionRole: return s.key;
        }
        return {};
    }
    const CheckResult *r = result(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return r->title ? QString::fromUtf8(r->title) : r->id;
        case IdColumn: return r->id;
        case StatusColumn: return int(r->status);
        case SeverityColumn: return int(r->severity);
        case ContainerColumn: return r->containerName;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
        case IdColumn: return index.row();
        case StatusColumn: return statusRank(r->status);
        case SeverityColumn: return int(r->severity);
        case ContainerColumn: return r->containerName;
        }
        return {};
    case StatusRole: return int(r->status);
    case SeverityRole: return int(r->severity);
    case IsSectionRole: return false;
    case SectionRole: return r->section;
    case ResultKeyRole: return resultKey(*r);
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    static const char *const keys[] = {"title", "id", "status", "severity", "container"};
    return QString::fromLatin1(keys[section]);
}

void ChecklistModel::setResults(const QList<CheckResult> &results)
{
    Q_ASSERT(QThread::currentThread() == thread());
    QList<Section> sections;
    for (const CheckResult &r : results) {
        auto it = std::find_if(sections.begin(), sections.end(),
                               [&](const Section &s) { return s.key == r.section; });
        if (it == sections.end()) {
            sections.append(Section{r.section, {}});
            it = sections.end() - 1;
        }
        it->results.append(r);
    }
    std::sort(sections.begin(), sections.end(), [](const Section &a, const Section &b) {
        return idLess(a.key, b.key);
    });
    for (Section &s : sections) {
        std::stable_sort(s.results.begin(), s.results.end(), [](const CheckResult &a, const CheckResult &b) {
            return idLess(a.id, b.id);
        });
    }
    bool same = sections.size() == m_sections.size();
    for (int i = 0; same && i < sections.size(); ++i) {
        same = sections.at(i).key == m_sections.at(i).key
            && sections.at(i).results.size() == m_sections.at(i).results.size();
        for (int j = 0; same && j < sections.at(i).results.size(); ++j)
            same = resultKey(sections.at(i).results.at(j)) == resultKey(m_sections.at(i).results.at(j));
    }
    if (same) {
        m_sections = sections;
        for (int i = 0; i < m_sections.size(); ++i) {
            const QModelIndex parentIndex = index(i, 0);
            Q_EMIT dataChanged(parentIndex, index(i, ColumnCount - 1));
            if (!m_sections.at(i).results.isEmpty())
                Q_EMIT dataChanged(index(0, 0, parentIndex),
                                   index(int(m_sections.at(i).results.size()) - 1, ColumnCount - 1, parentIndex));
        }
        return;
    }
    beginResetModel();
    m_sections = sections;
    endResetModel();
}

QList<ChecklistModel::SectionSummary> ChecklistModel::sectionSummaries() const
{
    QList<SectionSummary> out;
    for (const Section &s : m_sections)
        out.append(SectionSummary{s.key, summarize(s.results)});
    return out;
}

int ChecklistModel::resultCount() const
{
    int n = 0;
    for (const Section &s : m_sections)
        n += int(s.results.size());
    return n;
}

} // namespace dockscope::core
