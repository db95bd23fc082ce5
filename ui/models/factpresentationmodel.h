// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

namespace dockscope::ui {

/// Presentation over a core::FactTableModel: translated headers and row labels, locale
/// formatting by value kind, "unavailable: <reason> — <detail>" for missing values, "no limit"
/// for absent limits, and a tint on highlighted rows (shared namespaces, dangerous
/// capabilities, sensitive mounts).
class FactPresentationModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum class Table { Namespaces, Capabilities, Cgroups, SecurityOptions, Meminfo, Mounts };

    explicit FactPresentationModel(Table table, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();
    Table table() const { return m_table; }

    /// Plain-language meaning of sharing (or isolating) one namespace type with the host.
    static QString namespaceNote(const QString &type, bool shared);
    /// Translated label for a cgroup/security/meminfo row key.
    static QString rowLabel(const QString &key);

private:
    QString header(int section) const;
    QString formatCell(const QModelIndex &source) const;
    /// The tooltip as plain text (data() makes it safe for Qt's rich-text detection).
    QString toolTip(const QModelIndex &source) const;
    QString specialCell(const QModelIndex &source, bool *handled) const;

    Table m_table;
};

} // namespace dockscope::ui
