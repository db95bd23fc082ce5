// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON schema documents stay true (issue 14): every key of the golden JSON outputs
// (tests/data/golden, which tst_golden keeps equal to what `dockscope` writes) is documented,
// and every documented key occurs in them unless the document marks it optional.
//   docs/inspect-schema.md  `inspect --format json`, and each of the report's containers[]
//   docs/report-schema.md   `report --format json`, and `audit --format json` as its `audit`
//
// How a document names its keys (both say so above their tables): the first column of
// every table whose header cell is "key" holds key paths in backticks, several in one cell
// separated by commas. A path is relative to its section: "## `cgroup`" puts it under
// `cgroup.`, "## Top level" under nothing. `a.b` is member b of object a, `a[]` an element of
// array a, `a[id]` (any word in the brackets) a member of object a whose names are data
// (container ids, memory.stat's names). A path ending in `?` may be absent. Members of an
// `unavailable` object are the names of their siblings, each {code, detail}: the test checks
// that rather than listing them.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct DocumentedKeys
{
    QSet<QString> required;
    QSet<QString> optional;
    QHash<QString, QString> maps;   ///< path of an object keyed by data -> "[id]"

    bool contains(const QString &path) const { return required.contains(path) || optional.contains(path); }
};

/// The cells of a Markdown table row; "\|" inside a cell is not a separator.
QStringList cells(const QString &line)
{
    QStringList result;
    QString cell;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size() && line.at(i + 1) == u'|') {
            cell += u'|';
            ++i;
        } else if (c == u'|') {
            result << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return result;
}

DocumentedKeys readDocument(const QString &path, QString *error)
{
    DocumentedKeys keys;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = path + u": "_s + f.errorString();
        return keys;
    }
    static const QRegularExpression backticked(u"`([^`]+)`"_s);
    static const QRegularExpression mapMember(u"\\[([A-Za-z]+)\\]"_s);
    QString prefix;
    bool inTable = false;
    bool keyTable = false;
    bool inCode = false;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"```"_s)) {
            inCode = !inCode;
            continue;
        }
        if (inCode)
            continue;
        if (line.startsWith(u"## "_s)) {
            const QString heading = line.mid(3).trimmed();
            const auto m = backticked.match(heading);
            prefix = heading.startsWith(u'`') && m.hasMatch() ? m.captured(1) : QString();
            inTable = false;
            continue;
        }
        if (!line.startsWith(u'|')) {
            inTable = false;
            continue;
        }
        const QStringList row = cells(line);
        if (!inTable) {
            inTable = true;
            keyTable = !row.isEmpty() && row.constFirst().compare(u"key"_s, Qt::CaseInsensitive) == 0;
            continue;
        }
        if (!keyTable || row.isEmpty() || row.constFirst().startsWith(u"---"_s))
            continue;
        auto it = backticked.globalMatch(row.constFirst());
        if (!it.hasNext())
            *error += u"%1: a key row without a key in backticks: %2\n"_s.arg(path, line);
        while (it.hasNext()) {
            QString key = it.next().captured(1);
            const bool optional = key.endsWith(u'?');
            if (optional)
                key.chop(1);
            const QString full = prefix.isEmpty() ? key : prefix + u'.' + key;
            (optional ? keys.optional : keys.required).insert(full);
            auto maps = mapMember.globalMatch(full);
            while (maps.hasNext()) {
                const auto m = maps.next();
                keys.maps.insert(full.left(m.capturedStart()), m.captured(0));
            }
        }
    }
    return keys;
}

/// Walks a JSON value: every member's path into *seen, problems with `unavailable` objects
/// into *problems. Members under a path in stopAt are another document's.
void walk(const QJsonValue &value, const QString &path, const DocumentedKeys &doc, const QSet<QString> &stopAt,
          QSet<QString> *seen, QStringList *problems)
{
    if (value.isArray()) {
        const QJsonArray elements = value.toArray();
        for (const auto &element : elements)
            walk(element, path + u"[]"_s, doc, stopAt, seen, problems);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QString mapMember = doc.maps.value(path);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString child = !mapMember.isEmpty() ? path + mapMember
                              : path.isEmpty()     ? it.key()
                                                   : path + u'.' + it.key();
        seen->insert(child);
        if (mapMember.isEmpty() && it.key() == "unavailable"_L1) {
            const QJsonObject reasons = it.value().toObject();
            for (auto r = reasons.begin(); r != reasons.end(); ++r) {
                if (!object.contains(r.key()) || r.key() == "unavailable"_L1)
                    *problems << u"%1.%2 names no member of %3"_s.arg(child, r.key(), path);
                const QJsonObject reason = r.value().toObject();
                if (reason.keys() != QStringList{u"code"_s, u"detail"_s} || !reason.value(u"code"_s).isString()
                    || !reason.value(u"detail"_s).isString())
                    *problems << u"%1.%2 is not {code, detail}"_s.arg(child, r.key());
            }
            continue;
        }
        if (!stopAt.contains(child))
            walk(it.value(), child, doc, stopAt, seen, problems);
    }
}

QJsonObject goldenJson(const QString &name)
{
    QFile f(QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/golden/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("%s: %s", qPrintable(f.fileName()), qPrintable(e.errorString()));
    return doc.object();
}

struct Output
{
    QString name;       ///< for messages
    QJsonValue value;
    QString path;       ///< where value stands in the document's tree
    QSet<QString> stopAt;
};

/// Checks `document` against `outputs`; the problems found, one a line.
QString disagreements(const QString &document, const QList<Output> &outputs)
{
    QString error;
    const DocumentedKeys doc = readDocument(QStringLiteral(DOCKSCOPE_SOURCE_DIR "/") + document, &error);
    if (!error.isEmpty())
        return error;
    if (doc.required.isEmpty())
        return document + u": no key tables found"_s;

    QStringList problems;
    QSet<QString> seenAnywhere;
    for (const Output &output : outputs) {
        QSet<QString> seen;
        QStringList walkProblems;
        walk(output.value, output.path, doc, output.stopAt, &seen, &walkProblems);
        for (const QString &problem : std::as_const(walkProblems))
            problems << output.name + u": "_s + problem;
        QStringList undocumented;
        for (const QString &path : std::as_const(seen)) {
            if (!doc.contains(path))
                undocumented << path;
        }
        undocumented.sort();
        for (const QString &path : std::as_const(undocumented))
            problems << u"%1: `%2` is not documented"_s.arg(output.name, path);
        seenAnywhere.unite(seen);
    }
    QStringList missing;
    for (const QString &path : doc.required) {
        if (!seenAnywhere.contains(path))
            missing << path;
    }
    missing.sort();
    for (const QString &path : std::as_const(missing))
        problems << u"`%1` is documented but in no golden output (mark it optional with `?` if it "
                    "may be absent)"_s.arg(path);
    problems.removeDuplicates();
    if (problems.isEmpty())
        return {};
    // One line each: QTest cuts long failure messages.
    qWarning().noquote() << document + u" and the golden outputs disagree:"_s;
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << u"  "_s + problem;
    return u"%1 disagreement(s) between %2 and the golden outputs, listed above"_s
        .arg(problems.size())
        .arg(document);
}

} // namespace

class tst_SchemaDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspectSchema();
    void reportSchema();
};

void tst_SchemaDocs::inspectSchema()
{
    QList<Output> outputs{{u"inspect-restricted.json"_s, goldenJson(u"inspect-restricted.json"_s), {}, {}},
                          {u"inspect-privileged.json"_s, goldenJson(u"inspect-privileged.json"_s), {}, {}}};
    // The report's containers are the same objects (without inspect's hostFilesThroughHelper).
    const QJsonArray containers = goldenJson(u"report.json"_s).value(u"containers"_s).toArray();
    for (const auto &container : containers)
        outputs.append({u"report.json containers[]"_s, container, {}, {}});
    const QString problems = disagreements(u"docs/inspect-schema.md"_s, outputs);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void tst_SchemaDocs::reportSchema()
{
    // containers[] is inspect-schema.md's; `audit --format json` is the report's `audit`.
    const QList<Output> outputs{{u"report.json"_s, goldenJson(u"report.json"_s), {}, {u"containers"_s}},
                                {u"audit.json"_s, goldenJson(u"audit.json"_s), u"audit"_s, {}}};
    const QString problems = disagreements(u"docs/report-schema.md"_s, outputs);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(tst_SchemaDocs)
#include "tst_schemadocs.moc"
