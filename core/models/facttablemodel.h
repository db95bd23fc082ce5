// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/containerfacts.h"
#include "core/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace dockscope::core {

/// Base of the per-container fact tables (namespaces, capabilities, cgroups, meminfo, mounts).
/// Cells hold raw typed values with their kind; an unavailable value carries its Error, never
/// a blank or a zero. Presentation (headers, formatting, colours, tr()) is the ui proxy's job.
class FactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1,
        UnavailableRole,    ///< dockscope::core::Error when the value could not be had
        KindRole,           ///< int(ValueKind)
        NoLimitRole,        ///< bool: a limit that is "no limit"
        HighlightRole,      ///< bool (row): shared namespace, dangerous capability, sensitive mount
        RowKeyRole,         ///< QString (row): technical key ("pid", "CAP_SYS_ADMIN", "memory.limit")
        DetailRole,         ///< QString: technical detail (file name, source), untranslated
        DangerRole,         ///< int (row): CapabilityDanger / SensitivePath level, 0 = none
    };
    /// How a raw value is to be presented.
    enum class ValueKind { Text, Bytes, Count, Bool, Inode, Sharing, Change, Key, Path, Microseconds };
    Q_ENUM(ValueKind)

    struct Cell
    {
        QVariant value;
        ValueKind kind = ValueKind::Text;
        std::optional<Error> unavailable;
        bool noLimit = false;
        QString detail;

        static Cell text(const QString &s, ValueKind k = ValueKind::Text) { return Cell{s, k, {}, false, {}}; }
        static Cell missing(const Error &e) { return Cell{{}, ValueKind::Text, e, false, {}}; }
    };
    struct Row
    {
        QString key;
        QList<Cell> cells;
        bool highlight = false;
        int danger = 0;
    };

    explicit FactTableModel(const QStringList &columnKeys, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row &rowAt(int row) const { return m_rows.at(row); }

    /// A cell from a fact: its value, or the reason it is unavailable.
    template<class T>
    static Cell factCell(const Fact<T> &fact, ValueKind kind)
    {
        if (!fact.isKnown())
            return Cell::missing(fact.why);
        return Cell{QVariant::fromValue(*fact.value), kind, {}, false, {}};
    }
    /// A limit: a byte/count value, "no limit", or the reason it is unavailable.
    static Cell limitCell(const Fact<Limit> &fact, ValueKind kind)
    {
        if (!fact.isKnown())
            return Cell::missing(fact.why);
        const Limit &l = *fact.value;
        return Cell{l ? QVariant(*l) : QVariant(), kind, {}, !l.has_value(), {}};
    }

protected:
    /// Same row keys: dataChanged; otherwise rows are inserted/removed by key.
    void setRows(const QList<Row> &rows);

private:
    QStringList m_columnKeys;
    QList<Row> m_rows;
};

} // namespace dockscope::core
