// SPDX-License-Identifier: GPL-3.0-or-later
// docs/checks.md from the check table: the template (checks.md.in, the prose) with its
// placeholders filled from checkDefinitions(): @CIS_CHECK_COUNT@ and the @CHECK_TABLE@ line.
//
//   dockscope_checksdoc TEMPLATE [OUTPUT]      (no OUTPUT, or "-": standard output)
//
// The `update_checks_doc` target rewrites docs/checks.md with it; the test
// `checks_doc_up_to_date` fails when the committed file differs from its output.
#include "core/audit/checkdefinition.h"

#include <QByteArray>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <cstdio>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView s_tablePlaceholder = "@CHECK_TABLE@";
constexpr QByteArrayView s_countPlaceholder = "@CIS_CHECK_COUNT@";

void fail(const QByteArray &message)
{
    std::fprintf(stderr, "dockscope_checksdoc: %s\n", message.constData());
}

/// One Markdown table cell: required, on one line, without a column separator.
bool cell(const CheckDefinition &d, const char *field, const char *text, QByteArray &row)
{
    const QByteArray value(text ? text : "");
    if (value.isEmpty() || value.contains('|') || value.contains('\n')) {
        fail(QByteArray(d.id) + ": " + field + " is empty or holds '|' or a line break");
        return false;
    }
    row += ' ' + value + " |";
    return true;
}

bool checkTable(QByteArray &table)
{
    table = "| ID | Check | Scope | Severity | Manual | Source | Data read | Evidence / verdict |\n"
            "|---|---|---|---|---|---|---|---|\n";
    bool ok = true;
    for (const CheckDefinition &d : checkDefinitions()) {
        QByteArray row = "|";
        ok = cell(d, "id", d.id, row) && ok;
        // The English source text of the title (context "Checks").
        ok = cell(d, "title", d.title, row) && ok;
        row += ' ' + checkScopeName(d.scope).toUtf8() + " |";
        row += ' ' + severityName(d.severity).toUtf8() + " |";
        row += d.manual ? " yes |" : "  |";
        ok = cell(d, "doc.source", d.doc.source, row) && ok;
        ok = cell(d, "doc.reads", d.doc.reads, row) && ok;
        ok = cell(d, "doc.verdict", d.doc.verdict, row) && ok;
        table += row + '\n';
    }
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: %s TEMPLATE [OUTPUT]\n", argv[0]);
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly)) {
        fail(in.fileName().toLocal8Bit() + ": " + in.errorString().toLocal8Bit());
        return 1;
    }
    QByteArray text = in.readAll();

    QByteArray table;
    if (!checkTable(table))
        return 1;
    const QByteArray placeholderLine = s_tablePlaceholder.toByteArray() + '\n';
    if (text.count(placeholderLine) != 1) {
        fail(in.fileName().toLocal8Bit() + ": needs exactly one line " + s_tablePlaceholder.toByteArray());
        return 1;
    }
    text.replace(placeholderLine, table);
    qsizetype cis = 0;
    for (const CheckDefinition &d : checkDefinitions())
        cis += QByteArrayView(d.section) != "DS" ? 1 : 0;
    text.replace(s_countPlaceholder, QByteArray::number(cis));

    const QString output = argc == 3 ? QString::fromLocal8Bit(argv[2]) : u"-"_s;
    if (output == u"-"_s) {
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        fail(output.toLocal8Bit() + ": " + out.errorString().toLocal8Bit());
        return 1;
    }
    return 0;
}
