// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

#include <optional>
#include <span>

namespace dockscope::ui {

/// What every container fact table shows over its core::FactTableModel: locale formatting by
/// value kind, "unavailable: <reason> — <detail>" in grey italics with the error as its tooltip
/// (the "needs root" cells), "no limit" for absent limits, a tint on highlighted rows, and
/// tooltips made safe for Qt's rich-text detection. Each table's subclass adds its headers and
/// the cells it words itself (NamespacePresentation, CapabilityPresentation, …).
class FactPresentationModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit FactPresentationModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// After a language change: every header and cell again.
    void retranslate();

    /// What an empty table shows instead of a blank grid ("No mounts.").
    virtual QString emptyText() const;

protected:
    /// A row key and its label, marked with QT_TRANSLATE_NOOP("Ui", …).
    struct KeyLabel
    {
        const char *key;
        const char *label;
    };

    /// The translated title of a column; empty: the source model's.
    virtual QString header(int section) const = 0;
    /// A known cell (source index) this table words itself; nullopt: formatted by its kind.
    virtual std::optional<QString> cellText(const QModelIndex &source) const;
    /// The text of a row key cell (ValueKind::Key): the key itself unless the table labels it.
    virtual QString keyText(const QString &key) const;
    /// A known cell's tooltip (source index) other than its text; byte counts have theirs.
    virtual std::optional<QString> cellToolTip(const QModelIndex &source) const;

    /// The translated label of `key` in `labels`, else the key itself.
    static QString labelFor(const QString &key, std::span<const KeyLabel> labels);
    static bool isUnavailable(const QModelIndex &source);
    static bool isHighlighted(const QModelIndex &source);

private:
    QString formatCell(const QModelIndex &source) const;
    /// The tooltip as plain text (data() makes it safe for Qt's rich-text detection).
    QString toolTip(const QModelIndex &source) const;
};

} // namespace dockscope::ui
