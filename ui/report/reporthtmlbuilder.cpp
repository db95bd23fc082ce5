// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporthtmlbuilder.h"
#include "reportcharts.h"
#include "reporttext.h"

#include "core/facts/capabilities.h"
#include "core/localization.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSet>

namespace dockscope::report {

using namespace Qt::StringLiterals;
using core::CheckResult;
using core::CheckScope;
using core::CheckStatus;
using core::ContainerFacts;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// Evidence values longer than this are shortened: a report is read, not parsed.
constexpr qsizetype MaxEvidenceLength = 400;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString mono(const QString &s)
{
    return u"<span class=\"mono\">"_s + esc(s) + u"</span>"_s;
}

QString unavailable(const core::Error &why)
{
    return u"<span class=\"unavail\">"_s + esc(unavailableText(why)) + u"</span>"_s;
}

template<class T, class F>
QString factHtml(const core::Fact<T> &fact, F format)
{
    if (!fact.isKnown())
        return unavailable(fact.why);
    return format(*fact.value);
}

QString badge(CheckStatus status)
{
    return u"<span style=\"background-color:%1; color:#ffffff; font-weight:bold;\">&nbsp;%2&nbsp;</span>"_s
        .arg(statusColor(status).name(), esc(statusText(status).toUpper()));
}

QString shortId(const QString &id)
{
    return id.left(12);
}

QString yesNo(bool value)
{
    return value ? Tr::tr("Yes") : Tr::tr("No");
}
} // namespace

ReportHtmlBuilder::ReportHtmlBuilder(const ReportData &data, const QLocale &locale, Target target,
                                     const QFont &font)
    : m_data(data)
    , m_locale(locale)
    , m_target(target)
    , m_font(font)
{
    m_toc.resize(partCount());
    const auto &results = m_data.audit.results;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (results.at(i).scope == CheckScope::Container)
            m_resultsByContainer[results.at(i).containerId].append(i);
    }
}

int ReportHtmlBuilder::partCount() const
{
    return FirstContainerPart + static_cast<int>(m_data.audit.containers.size());
}

QList<TocEntry> ReportHtmlBuilder::toc() const
{
    QList<TocEntry> all;
    for (const int part : {int(CoverPart), int(ChecklistPart)})
        all += m_toc.at(part);
    for (int part = FirstContainerPart; part < m_toc.size(); ++part)
        all += m_toc.at(part);
    return all;
}

std::pair<int, int> ReportHtmlBuilder::logicalRow(int physicalTable, int physicalRow) const
{
    if (physicalTable < 0 || physicalTable >= m_physical.size())
        return {-1, -1};
    const PhysicalTable &t = m_physical.at(physicalTable);
    if (t.logical < 0 || physicalRow < t.headerRows)
        return {-1, -1};
    return {t.logical, t.firstRow + physicalRow - t.headerRows};
}

QString ReportHtmlBuilder::beginTable(const QStringList &header, const QList<int> &widths,
                                      const QString &cls) const
{
    const int logical = m_logicalTables++;
    m_currentRow = 0;
    const bool border = cls == u"grid"_s;
    m_openTag = u"<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"%2\""_s
                    .arg(cls, border ? u"1"_s : u"0"_s);
    m_headerHtml.clear();
    if (!header.isEmpty()) {
        m_headerHtml = u"<thead><tr>"_s;
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString width = i < widths.size() ? u" width=\"%1%\""_s.arg(widths.at(i)) : QString();
            m_headerHtml += u"<th"_s + width + u">"_s + esc(header.at(i)) + u"</th>"_s;
        }
        m_headerHtml += u"</tr></thead>\n"_s;
    }
    m_physical.append({logical, 0, header.isEmpty() ? 0 : 1});
    const bool breakBefore = m_target == Target::TextDocument && m_breaks.value(m_part).contains({logical, 0});
    return m_openTag + (breakBefore ? u" style=\"page-break-before: always;\">\n"_s : u">\n"_s) + m_headerHtml;
}

QString ReportHtmlBuilder::addRow(const QStringList &cells, const QStringList &attributes) const
{
    QString html;
    const int logical = m_physical.isEmpty() ? -1 : m_physical.constLast().logical;
    if (m_target == Target::TextDocument && m_currentRow > 0
        && m_breaks.value(m_part).contains({logical, m_currentRow})) {
        // Continue the table on the next page, header repeated: QTextDocument would split the
        // row's lines across the page break.
        html += u"</table>\n"_s + m_openTag + u" style=\"page-break-before: always;\">\n"_s + m_headerHtml;
        m_physical.append({logical, m_currentRow, m_headerHtml.isEmpty() ? 0 : 1});
    }
    html += u"<tr>"_s;
    for (qsizetype i = 0; i < cells.size(); ++i)
        html += u"<td"_s + attributes.value(i) + u">"_s + cells.at(i) + u"</td>"_s;
    html += u"</tr>\n"_s;
    ++m_currentRow;
    return html;
}

QString ReportHtmlBuilder::endTable() const
{
    return u"</table>\n"_s;
}

QString ReportHtmlBuilder::resourceName(const QString &key)
{
    return u"dsimg:"_s + key;
}

QString ReportHtmlBuilder::styleSheet() const
{
    return uR"(
body { color: #202020; }
h1 { font-size: 17pt; color: #0d3b66; margin-top: 6px; margin-bottom: 8px; }
h2 { font-size: 13pt; color: #0d3b66; margin-top: 14px; margin-bottom: 6px; }
h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 4px; }
table.grid { border-collapse: collapse; border-color: #b0b0b0; margin-bottom: 6px; }
table.plain { border-collapse: collapse; border-color: #ffffff; }
th { background-color: #e8eef5; text-align: left; font-weight: bold; }
td, th { font-size: 9pt; }
.mono { font-family: 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', monospace; font-size: 8.5pt; }
.code { font-family: 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', monospace; font-size: 8.5pt;
        white-space: pre-wrap; background-color: #f3f3f3; margin-left: 12px; margin-top: 2px; margin-bottom: 6px; }
.unavail { color: #8a6d00; font-style: italic; }
.muted { color: #666666; font-size: 9pt; }
.finding { color: #c62828; font-weight: bold; }
.ok { color: #2e7d32; font-weight: bold; }
.toc1 { font-weight: bold; }
.title { font-size: 24pt; font-weight: bold; color: #0d3b66; }
)"_s;
}

QString ReportHtmlBuilder::heading(int level, const QString &anchor, const QString &title, bool newPage)
{
    m_toc[m_part].append({anchor, title, level});
    // A part starts on a page of its own anyway (and a break before its first line would
    // leave that page blank).
    const QString style = newPage && !m_inParts ? u" style=\"page-break-before: always;\""_s : QString();
    if (m_target == Target::Browser)
        return u"<h%1 id=\"%2\"%3>%4</h%1>\n"_s.arg(QString::number(level), anchor, style, esc(title));
    return u"<h%1%3><a name=\"%2\">%4</a></h%1>\n"_s.arg(QString::number(level), anchor, style, esc(title));
}

QString ReportHtmlBuilder::image(const QString &key, const std::function<QImage()> &draw, QSize logical)
{
    QString src;
    if (m_target == Target::TextDocument) {
        m_charts.insert(resourceName(key), draw);
        src = resourceName(key);
    } else {
        const QImage img = draw();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        // Writing the PNG was 85 % of the HTML report's time (perf). Quality 80 is zlib level 1
        // for Qt's PNG writer: a third less time, files a quarter larger.
        img.save(&buffer, "PNG", 80);
        src = u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
    }
    return u"<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>\n"_s.arg(
        src, QString::number(logical.width()), QString::number(logical.height()));
}

QString ReportHtmlBuilder::documentStart() const
{
    const QString lang = m_locale.language() == QLocale::Chinese ? u"zh-CN"_s : u"en"_s;
    QString html = u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"_s.arg(lang);
    html += u"<title>"_s + esc(Tr::tr("Docker security report: %1").arg(m_data.audit.info.name))
        + u"</title>\n<style>"_s + styleSheet();
    if (m_target == Target::Browser) {
        html += uR"(
body { font-family: 'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; max-width: 60em; margin: 2em auto; }
h1 { border-bottom: 1px solid #0d3b66; }
td, th { vertical-align: top; }
a { color: #0d3b66; }
)"_s;
    }
    html += u"</style></head>\n<body>\n"_s;
    return html;
}

QString ReportHtmlBuilder::partBody(int part, const QMap<QString, int> &pages)
{
    m_part = part;
    m_physical.clear();
    m_logicalTables = 0;
    if (part != ContentsPart)
        m_toc[part].clear();
    switch (part) {
    case CoverPart: return cover();
    case ContentsPart: return contents(pages);
    case ChecklistPart: return checklist();
    default: return container(part - FirstContainerPart, m_data.audit.containers.at(part - FirstContainerPart));
    }
}

QString ReportHtmlBuilder::buildPart(int part, const QMap<QString, int> &pages)
{
    Q_ASSERT(part >= 0 && part < partCount());
    m_inParts = true;
    m_charts.clear();
    return documentStart() + partBody(part, pages) + u"</body></html>\n"_s;
}

QString ReportHtmlBuilder::build(const QMap<QString, int> &pages)
{
    m_inParts = false;
    m_charts.clear();
    // The contents list every heading: the other parts first.
    QStringList bodies;
    bodies.resize(partCount());
    qsizetype size = 0;
    for (int part = 0; part < partCount(); ++part) {
        if (part != ContentsPart) {
            bodies[part] = partBody(part, pages);
            size += bodies.at(part).size();
        }
    }
    bodies[ContentsPart] = partBody(ContentsPart, pages);
    // Rows are moved to the next page only in parts (layoutPdf); this document has none moved.
    m_physical.clear();
    QString html = documentStart();
    html.reserve(html.size() + size + bodies.at(ContentsPart).size() + 32);
    for (const QString &body : std::as_const(bodies))
        html += body;
    html += u"</body></html>\n"_s;
    return html;
}

QString ReportHtmlBuilder::cover()
{
    const auto &a = m_data.audit;
    QString html;
    html += u"<p class=\"title\">"_s + esc(Tr::tr("Docker security report")) + u"</p>\n"_s;
    html += u"<p class=\"muted\">"_s
        + esc(Tr::tr("Namespaces, control groups, capabilities and the daemon's hardening, as Dockscope %1 found them.")
                  .arg(QStringLiteral(DOCKSCOPE_VERSION)))
        + u"</p>\n"_s;

    const QString endpoint = m_data.endpointLabel.isEmpty() ? a.endpoint.url() : m_data.endpointLabel;
    const QString kernel = !a.version.kernelVersion.isEmpty() ? a.version.kernelVersion : a.info.kernelVersion;
    QString cgroup = cgroupVersionText(a.host.cgroupVersion);
    if (a.host.cgroupVersion == core::CgroupVersion::Unknown && !a.info.cgroupVersion.isEmpty())
        cgroup = Tr::tr("cgroup v%1 (reported by the daemon)").arg(a.info.cgroupVersion);
    if (!a.info.cgroupDriver.isEmpty())
        cgroup = Tr::tr("%1, %2 driver").arg(cgroup, a.info.cgroupDriver);

    auto fact = [](const QString &label, const QString &valueHtml) -> QString {
        return u"<tr><td width=\"30%\"><b>"_s + esc(label) + u"</b></td><td>"_s + valueHtml + u"</td></tr>\n"_s;
    };
    auto orUnknown = [](const QString &s) -> QString {
        return s.isEmpty() ? u"<span class=\"unavail\">"_s + esc(Tr::tr("Not reported")) + u"</span>"_s : esc(s);
    };
    html += beginTable({});
    html += fact(Tr::tr("Host"), orUnknown(a.info.name));
    html += fact(Tr::tr("Endpoint"), mono(endpoint));
    if (a.endpoint.kind == core::Endpoint::Kind::Tcp) {
        // How far the answers in this report can be trusted to come from that daemon.
        QString security;
        if (!a.endpoint.tls)
            security = esc(Tr::tr("None: plain TCP, not encrypted"));
        else if (a.endpoint.tls->verify)
            security = esc(Tr::tr("TLS, the daemon's certificate verified"));
        else
            security = u"<span class=\"finding\">"_s
                + esc(Tr::tr("TLS (unverified): the daemon's certificate was not checked, as asked"))
                + u"</span>"_s;
        html += fact(Tr::tr("Transport security"), security);
    }
    html += fact(Tr::tr("Docker daemon version"), orUnknown(a.version.version.isEmpty() ? a.info.serverVersion : a.version.version));
    html += fact(Tr::tr("API version"), orUnknown(a.version.apiVersion));
    html += fact(Tr::tr("Operating system"), orUnknown(a.info.operatingSystem));
    html += fact(Tr::tr("Kernel"), orUnknown(kernel));
    html += fact(Tr::tr("Control groups"), esc(cgroup));
    // Said once here, not in every row: it changes how the checks and facts below read.
    if (a.info.hasSecurityOption(u"rootless"_s)) {
        html += fact(Tr::tr("Daemon mode"),
                     esc(Tr::tr("Rootless: the daemon and its containers run as an ordinary user; container root is "
                                "that user's unprivileged uid, and capabilities are those of root inside the rootless "
                                "user namespace.")));
    } else if (a.info.hasSecurityOption(u"userns"_s)) {
        html += fact(Tr::tr("Daemon mode"),
                     esc(Tr::tr("User namespaces remapped: container root is an unprivileged host uid.")));
    }
    html += fact(Tr::tr("Host access"), !a.host.hostAccess ? unavailable(a.host.noAccessReason)
                     : a.host.throughHelper
                         ? esc(Tr::tr("Local: host files were read; what the user may not read came through the "
                                      "polkit-authorised, read-only host-facts helper"))
                         : esc(Tr::tr("Local: host files were read")));
    html += fact(Tr::tr("Report date"), esc(core::formatDateTimeWithZone(m_data.generatedAt, m_locale)));
    if (a.startedAt.isValid())
        html += fact(Tr::tr("Audit run"), esc(core::formatDateTimeWithZone(a.startedAt, m_locale)));
    html += fact(Tr::tr("Containers in this report"), esc(m_locale.toString(a.containers.size())));
    html += endTable();

    // Summary of verdicts
    const core::AuditSummary s = core::summarize(a.results);
    html += u"<h3>"_s + esc(Tr::tr("Summary of verdicts")) + u"</h3>\n"_s;
    html += u"<p>"_s
        + esc(Tr::tr("%n check(s) were judged.", nullptr, static_cast<int>(a.results.size())))
        + u"</p>\n"_s;
    html += beginTable({});
    QString names;
    QString counts;
    const QMap<CheckStatus, int> byStatus{{CheckStatus::Pass, s.pass}, {CheckStatus::Warn, s.warn},
                                          {CheckStatus::Fail, s.fail}, {CheckStatus::Info, s.info},
                                          {CheckStatus::Note, s.note}, {CheckStatus::Unknown, s.unknown}};
    for (CheckStatus st : statusOrder()) {
        names += u"<th>"_s + badge(st) + u"</th>"_s;
        counts += u"<td align=\"center\">"_s + esc(m_locale.toString(byStatus.value(st))) + u"</td>"_s;
    }
    html += u"<tr>"_s + names + u"</tr><tr>"_s + counts + u"</tr>"_s + endTable();
    html += u"<h3>"_s + esc(Tr::tr("Verdicts by section")) + u"</h3>\n"_s;
    html += image(u"verdicts"_s, [results = a.results, font = m_font] {
        return verdictChart(results, QSize(640, 250), 3.0, font);
    }, QSize(640, 250));
    return html;
}

QString ReportHtmlBuilder::contents(const QMap<QString, int> &pages) const
{
    QString html;
    html += (m_inParts ? u"<h1>"_s : u"<h1 style=\"page-break-before: always;\">"_s) + esc(Tr::tr("Contents"))
        + u"</h1>\n"_s;
    html += beginTable({}, {}, u"plain"_s);
    const QList<TocEntry> entries = toc();
    for (const TocEntry &e : entries) {
        if (e.level > 2)
            continue;
        const QString indent = e.level == 1 ? QString() : u"&nbsp;&nbsp;&nbsp;&nbsp;"_s;
        const QString cls = e.level == 1 ? u"toc1"_s : QString();
        QString title = esc(e.title);
        if (m_target == Target::Browser)
            title = u"<a href=\"#%1\">%2</a>"_s.arg(e.anchor, title);
        QString page;
        if (m_target == Target::TextDocument) {
            // Same width before and after the page numbers are known: the second layout pass
            // must not move anything.
            page = pages.contains(e.anchor) ? m_locale.toString(pages.value(e.anchor)) : u"00"_s;
        }
        // Through addRow(): an entry that a page break would cut moves to the next page.
        const QString attribute = cls.isEmpty() ? QString() : u" class=\"%1\""_s.arg(cls);
        html += addRow({indent + title, page}, {attribute, u" align=\"right\" width=\"10%\""_s + attribute});
    }
    html += endTable();
    return html;
}

QString ReportHtmlBuilder::checkBlock(const CheckResult &r) const
{
    QString html;
    html += u"<h3>"_s + badge(r.status) + u" "_s + esc(r.id) + u" "_s + esc(checkText(r.title)) + u"</h3>\n"_s;
    QString line = Tr::tr("Severity: %1").arg(severityText(r.severity));
    if (r.manual)
        line = Tr::tr("%1; a manual check: review it by hand").arg(line);
    if (!r.containerName.isEmpty())
        line = Tr::tr("%1; container %2").arg(line, r.containerName);
    html += u"<p class=\"muted\">"_s + esc(line) + u"</p>\n"_s;
    const QString message = checkMessage(r);
    if (!message.isEmpty())
        html += u"<p>"_s + esc(message) + u"</p>\n"_s;
    if (r.status == CheckStatus::Unknown && r.unknownReason)
        html += u"<p>"_s + unavailable(*r.unknownReason) + u"</p>\n"_s;
    if (!r.evidence.isEmpty()) {
        html += beginTable({Tr::tr("Evidence"), Tr::tr("Observed value")}, {40, 60});
        for (const auto &e : r.evidence) {
            QString value = e.value;
            if (value.size() > MaxEvidenceLength)
                value = value.left(MaxEvidenceLength) + u"…"_s;
            html += addRow({mono(e.key), value.isEmpty() ? u"<span class=\"muted\">"_s + esc(Tr::tr("(empty)")) + u"</span>"_s
                                                      : mono(value)});
        }
        html += endTable();
    }
    if (r.status != CheckStatus::Pass) {
        if (r.rationale)
            html += u"<p><i>"_s + esc(Tr::tr("Why it matters:")) + u"</i> "_s + esc(checkText(r.rationale)) + u"</p>\n"_s;
        if (r.remedyText)
            html += u"<p><i>"_s + esc(Tr::tr("Remedy:")) + u"</i> "_s + esc(checkText(r.remedyText)) + u"</p>\n"_s;
        if (!r.remedyCode.isEmpty())
            html += u"<p class=\"code\">"_s + esc(r.remedyCode) + u"</p>\n"_s;
    }
    return html;
}

QString ReportHtmlBuilder::checklist()
{
    QSet<QString> containerIds;
    for (const auto &c : m_data.audit.containers)
        containerIds.insert(c.id);
    QList<CheckResult> daemon;
    for (const auto &r : m_data.audit.results) {
        if (r.scope != CheckScope::Container || !containerIds.contains(r.containerId))
            daemon.append(r);
    }

    QString html;
    html += heading(1, u"checklist"_s, Tr::tr("Daemon and host checklist"), true);
    html += u"<p>"_s
        + esc(Tr::tr("The hardening checks of the CIS Docker Benchmark and Dockscope's own checks for the host, "
                     "the daemon and the images. Each shows its verdict, the evidence it rests on and the remedy. "
                     "Checks of single containers are in the chapter of each container."))
        + u"</p>\n"_s;
    if (daemon.isEmpty())
        html += u"<p class=\"muted\">"_s + esc(Tr::tr("No checks of the host or the daemon were run.")) + u"</p>\n"_s;
    for (const QString &section : sectionsInOrder(daemon)) {
        html += heading(2, u"section-"_s + section, sectionTitle(section));
        for (const auto &r : daemon) {
            if (r.section == section)
                html += checkBlock(r);
        }
    }
    return html;
}

QString ReportHtmlBuilder::findingsTable(const QList<CheckResult> &results) const
{
    QString html = beginTable({Tr::tr("Verdict"), Tr::tr("Check"), Tr::tr("Severity")}, {15, 71, 14});
    for (const auto &r : results) {
        QString text = u"<b>"_s + esc(r.id) + u" "_s + esc(checkText(r.title)) + u"</b>"_s;
        const QString message = checkMessage(r);
        if (!message.isEmpty())
            text += u"<br>"_s + esc(message);
        if (r.status == CheckStatus::Unknown && r.unknownReason)
            text += u"<br>"_s + unavailable(*r.unknownReason);
        for (const auto &e : r.evidence) {
            QString value = e.value;
            if (value.size() > 120)
                value = value.left(120) + u"…"_s;
            text += u"<br>"_s + mono(e.key + u": "_s + value);
        }
        if (!r.remedyCode.isEmpty())
            text += u"<br>"_s + esc(Tr::tr("Remedy:")) + u" "_s + mono(r.remedyCode);
        else if (r.remedyText)
            text += u"<br>"_s + esc(Tr::tr("Remedy:")) + u" "_s + esc(checkText(r.remedyText));
        html += addRow({badge(r.status), text, esc(severityText(r.severity))});
    }
    return html + endTable();
}

QString ReportHtmlBuilder::container(qsizetype index, const ContainerFacts &c)
{
    // The id comes from the daemon and ends up inside id="…" and href="#…": letters and
    // digits only (a real id is hex), so no quote can leave the attribute. The position comes
    // first: two ids may share their first 12 characters, and the contents and the links need
    // one anchor per container.
    QString anchor = u"container-%1-"_s.arg(index + 1);
    const QString id = shortId(c.id);
    for (const QChar ch : id)
        anchor += (ch.isLetterOrNumber() && ch.unicode() < 0x80) ? ch : u'_';
    QString html;
    html += heading(1, anchor, Tr::tr("Container %1").arg(c.name), true);

    QString state = c.inspect.state.status.isEmpty() ? Tr::tr("unknown") : c.inspect.state.status;
    QString summary = Tr::tr("ID %1, image %2, state %3").arg(shortId(c.id), c.inspect.config.image, state);
    if (c.pid > 0)
        summary = Tr::tr("%1, main process %2 on the host").arg(summary, QString::number(c.pid));
    html += u"<p>"_s + esc(summary) + u"</p>\n"_s;
    if (!c.pidVerified.isKnown())
        html += u"<p>"_s + unavailable(c.pidVerified.why) + u"</p>\n"_s;
    else if (!*c.pidVerified.value)
        html += u"<p class=\"finding\">"_s
            + esc(Tr::tr("The process could not be confirmed as this container's: kernel facts are not shown."))
            + u"</p>\n"_s;

    // Findings first
    QList<CheckResult> findings;
    QList<CheckResult> passed;
    for (const qsizetype i : m_resultsByContainer.value(c.id)) {
        const CheckResult &r = m_data.audit.results.at(i);
        (r.status == CheckStatus::Pass ? passed : findings).append(r);
    }
    std::stable_sort(findings.begin(), findings.end(), [](const CheckResult &a, const CheckResult &b) {
        auto rank = [](CheckStatus s) { return statusOrder().indexOf(s); };
        return rank(a.status) < rank(b.status);
    });
    html += heading(2, anchor + u"-findings"_s, Tr::tr("Findings"));
    if (findings.isEmpty())
        html += u"<p class=\"ok\">"_s + esc(Tr::tr("No findings: every check of this container passed.")) + u"</p>\n"_s;
    else
        html += findingsTable(findings);
    if (!passed.isEmpty()) {
        QStringList ids;
        for (const auto &r : passed)
            ids.append(r.id);
        html += u"<p class=\"muted\">"_s
            + esc(Tr::tr("Passed: %1").arg(ids.join(m_locale.language() == QLocale::Chinese ? u"、"_s : u", "_s)))
            + u"</p>\n"_s;
    }

    html += heading(2, anchor + u"-ns"_s, Tr::tr("Namespaces"));
    html += namespaceTable(c);
    html += heading(2, anchor + u"-caps"_s, Tr::tr("Capabilities"));
    html += capabilityTable(c);
    html += heading(2, anchor + u"-cgroup"_s, Tr::tr("Control group limits"));
    html += cgroupTable(c);
    html += heading(2, anchor + u"-mem"_s, Tr::tr("Memory as the container sees it"));
    html += meminfoTable(c);
    // Heading, caption and chart in one borderless cell, so that a page break cannot part them.
    QString chart = heading(3, anchor + u"-chart"_s, Tr::tr("Memory usage over time"));
    const auto samples = m_data.memory.value(c.id);
    if (!samples.isEmpty()) {
        chart += u"<p class=\"muted\">"_s
            + esc(Tr::tr("%n sample(s) from %1 to %2.", nullptr, static_cast<int>(samples.size()))
                      .arg(core::formatDateTime(samples.first().time, m_locale),
                           core::formatDateTime(samples.last().time, m_locale)))
            + u"</p>\n"_s;
    }
    chart += image(u"memory-%1"_s.arg(index + 1), [samples, locale = m_locale, font = m_font] {
        return memoryChart(samples, QSize(640, 220), 3.0, locale, font);
    }, QSize(640, 220));
    html += beginTable({}, {}, u"plain"_s) + addRow({chart}) + endTable();
    return html;
}

QString ReportHtmlBuilder::namespaceTable(const ContainerFacts &c) const
{
    const auto &ns = c.namespaces;
    QString html;
    if (ns.namespaces.isEmpty()) {
        html += u"<p>"_s + unavailable(c.pidVerified.isKnown() ? core::Error{core::ErrorCode::NotRunning, {}}
                                                                : c.pidVerified.why)
            + u"</p>\n"_s;
        return html;
    }
    html += beginTable({Tr::tr("Type"), Tr::tr("Container inode"), Tr::tr("Host inode"), Tr::tr("Isolation"),
                        Tr::tr("Declared")},
                       {22, 17, 17, 23, 21});
    auto inode = [](const core::Fact<quint64> &f) -> QString {
        return factHtml(f, [](quint64 v) -> QString { return mono(QString::number(v)); });
    };
    for (const auto &n : ns.namespaces) {
        QString status;
        if (!n.shared)
            status = u"<span class=\"unavail\">"_s + esc(Tr::tr("Unknown", "isolation")) + u"</span>"_s;
        else if (*n.shared)
            status = u"<span class=\"finding\">"_s + esc(Tr::tr("Shared with the host")) + u"</span>"_s;
        else
            status = u"<span class=\"ok\">"_s + esc(Tr::tr("Isolated")) + u"</span>"_s;
        if (n.disagrees)
            status += u"<br>"_s + esc(Tr::tr("Declaration and kernel disagree"));
        QString declared = n.declaredMode.isEmpty() ? esc(Tr::tr("Daemon default")) : mono(n.declaredMode);
        if (!n.declaredPeer.isEmpty())
            declared += u" "_s + esc(Tr::tr("(container %1)").arg(n.declaredPeer));
        html += addRow({mono(n.type), inode(n.inode), inode(n.hostInode), status, declared});
    }
    html += endTable();

    QString reference;
    switch (ns.reference) {
    case core::HostReference::Pid1: reference = Tr::tr("Host namespaces were read from PID 1."); break;
    case core::HostReference::DaemonProcess:
        reference = Tr::tr("Host namespaces were read from the Docker daemon's process (PID %1).")
                        .arg(QString::number(ns.referencePid));
        break;
    case core::HostReference::Self:
        reference = Tr::tr("Host namespaces were read from Dockscope's own process (PID 1 is not readable).");
        break;
    case core::HostReference::None: reference = Tr::tr("No host process could be read for comparison."); break;
    }
    html += u"<p class=\"muted\">"_s + esc(reference) + u"</p>\n"_s;
    if (ns.rootMapsTo) {
        html += u"<p>"_s
            + esc(*ns.rootMapsTo == 0
                      ? Tr::tr("Root in the container is root on the host (no user namespace remapping).")
                      : Tr::tr("Root in the container is mapped to host user ID %1.")
                            .arg(QString::number(*ns.rootMapsTo)))
            + u"</p>\n"_s;
    } else if (!ns.uidMap.isKnown()) {
        html += u"<p>"_s + esc(Tr::tr("User ID map:")) + u" "_s + unavailable(ns.uidMap.why) + u"</p>\n"_s;
    }
    return html;
}

QString ReportHtmlBuilder::capabilityTable(const ContainerFacts &c) const
{
    using core::Capabilities;
    const auto &caps = c.capabilities;
    QString html;

    QStringList options;
    if (caps.privileged)
        options << u"<span class=\"finding\">"_s + esc(Tr::tr("Privileged container")) + u"</span>"_s;
    if (!caps.declaredAdd.isEmpty())
        options << esc(Tr::tr("Added with --cap-add:")) + u" "_s + mono(caps.declaredAdd.join(u' '));
    if (!caps.declaredDrop.isEmpty())
        options << esc(Tr::tr("Dropped with --cap-drop:")) + u" "_s + mono(caps.declaredDrop.join(u' '));
    options << esc(Tr::tr("No new privileges:")) + u" "_s
            + factHtml(caps.noNewPrivs, [](bool v) -> QString { return esc(yesNo(v)); });
    options << esc(Tr::tr("Seccomp:")) + u" "_s + factHtml(caps.seccompMode, [](int v) -> QString {
        switch (v) {
        case 0: return u"<span class=\"finding\">"_s + esc(Tr::tr("Disabled", "seccomp")) + u"</span>"_s;
        case 1: return esc(Tr::tr("Strict", "seccomp"));
        default: return esc(Tr::tr("Filter", "seccomp"));
        }
    });
    options << esc(Tr::tr("LSM label:")) + u" "_s + factHtml(caps.lsmLabel, [](const QString &v) -> QString { return mono(v); });
    html += u"<p>"_s + options.join(u"<br>"_s) + u"</p>\n"_s;

    if (!caps.sets.isKnown()) {
        html += u"<p>"_s + esc(Tr::tr("Capability sets of the process:")) + u" "_s + unavailable(caps.sets.why)
            + u"</p>\n"_s;
        if (caps.expectedBounding) {
            html += u"<p>"_s + esc(Tr::tr("Bounding set the declaration implies:")) + u" "_s
                + mono(Capabilities::names(caps.expectedBounding).join(u' ')) + u"</p>\n"_s;
        }
        return html;
    }
    const core::CapabilitySets sets = *caps.sets.value;
    const quint64 any = sets.inheritable | sets.permitted | sets.effective | sets.bounding | sets.ambient;
    const quint64 declared = Capabilities::mask(caps.declaredAdd) | Capabilities::mask(caps.declaredDrop);
    const quint64 relevant = any | Capabilities::dockerDefault | declared;
    const int last = std::max({caps.lastCap, Capabilities::knownLastCap, 0});

    html += beginTable({Tr::tr("Capability"), Tr::tr("Risk"), u"E"_s, u"P"_s, u"B"_s, u"I"_s, u"A"_s,
                        Tr::tr("Default"), Tr::tr("Change"), Tr::tr("Why it matters")},
                       {22, 12, 3, 3, 3, 3, 3, 8, 9, 34});
    const QString mark = u"✓"_s;
    for (int n = 0; n <= std::min(last, 63); ++n) {
        const quint64 bit = quint64(1) << n;
        if (!(relevant & bit))
            continue;
        const bool inDefault = Capabilities::dockerDefault & bit;
        const bool inBounding = sets.bounding & bit;
        QString change;
        if (inBounding && !inDefault)
            change = u"<span class=\"finding\">"_s + esc(Tr::tr("Added")) + u"</span>"_s;
        else if (!inBounding && inDefault)
            change = u"<span class=\"ok\">"_s + esc(Tr::tr("Dropped")) + u"</span>"_s;
        const core::CapabilityInfo info = Capabilities::info(n);
        const QString note = info.note && (sets.bounding & bit)
            ? esc(QCoreApplication::translate("Facts", info.note))
            : QString();
        // The GUI's label ("dangerous", "default, risky", "added, risky"): the same definition
        // as the checklist's DS-DANGEROUS-CAPS. A dangerous capability the container holds is a finding.
        const char *riskLabel = Capabilities::riskLabel(n);
        QString risk = riskLabel ? esc(QCoreApplication::translate("Facts", riskLabel)) : QString();
        if (inBounding && Capabilities::risk(n) == core::CapabilityRisk::Dangerous)
            risk = u"<span class=\"finding\">"_s + risk + u"</span>"_s;
        auto m = [&](quint64 set) -> QString { return (set & bit) ? mark : QString(); };
        html += addRow({mono(Capabilities::name(n)), risk, m(sets.effective), m(sets.permitted), m(sets.bounding),
                        m(sets.inheritable), m(sets.ambient), inDefault ? mark : QString(), change, note});
    }
    html += endTable();
    html += u"<p class=\"muted\">"_s
        + esc(Tr::tr("E effective, P permitted, B bounding, I inheritable, A ambient set. "
                     "Listed: the capabilities in any set, in Docker's default set or named by the declaration."))
        + u"</p>\n"_s;
    return html;
}

QString ReportHtmlBuilder::cgroupTable(const ContainerFacts &c) const
{
    const auto &cg = c.cgroup;
    const auto &hc = c.inspect.hostConfig;
    QString html;
    QString where = cgroupVersionText(cg.version);
    if (!cg.driver.isEmpty())
        where = Tr::tr("%1, %2 driver").arg(where, cg.driver);
    html += u"<p>"_s + esc(where) + u"; "_s + esc(Tr::tr("path:")) + u" "_s
        + factHtml(cg.path, [](const QString &p) -> QString { return mono(p); }) + u"</p>\n"_s;

    auto noLimit = []() -> QString { return u"<span class=\"finding\">"_s + esc(noLimitText()) + u"</span>"_s; };
    auto bytesDeclared = [&](qint64 v) -> QString { return v > 0 ? esc(sizeText(v, m_locale)) : noLimit(); };
    auto limitFact = [&](const core::Fact<core::Limit> &f) -> QString {
        return factHtml(f, [&](const core::Limit &l) -> QString { return l ? esc(sizeText(*l, m_locale)) : noLimit(); });
    };
    auto countFact = [&](const core::Fact<core::Limit> &f) -> QString {
        return factHtml(f, [&](const core::Limit &l) -> QString { return l ? esc(m_locale.toString(*l)) : noLimit(); });
    };
    auto bytesFact = [&](const core::Fact<qint64> &f) -> QString {
        return factHtml(f, [&](qint64 v) -> QString { return esc(sizeText(v, m_locale)); });
    };
    auto numberFact = [&](const core::Fact<qint64> &f) -> QString {
        return factHtml(f, [&](qint64 v) -> QString { return esc(m_locale.toString(v)); });
    };
    const QString notDeclared = u"<span class=\"muted\">"_s + esc(Tr::tr("Not declared")) + u"</span>"_s;
    const QString notApplicable = u"<span class=\"muted\">—</span>"_s;

    html += beginTable({Tr::tr("Resource"), Tr::tr("Declared"), Tr::tr("Enforced by the kernel")}, {30, 30, 40});
    html += addRow({esc(Tr::tr("Memory limit")), bytesDeclared(hc.memory), limitFact(cg.memory.limit)});
    QString swapDeclared;
    if (hc.memorySwap < 0)
        swapDeclared = noLimit();
    else if (hc.memorySwap == 0)
        swapDeclared = hc.memory > 0 ? esc(Tr::tr("Default (twice the memory limit)")) : noLimit();
    else
        swapDeclared = esc(sizeText(hc.memorySwap, m_locale));
    html += addRow({esc(Tr::tr("Memory + swap limit")), swapDeclared, limitFact(cg.memory.swapLimit)});
    html += addRow({esc(Tr::tr("Memory reservation (soft limit)")),
                 hc.memoryReservation > 0 ? esc(sizeText(hc.memoryReservation, m_locale)) : notDeclared,
                 cg.version == core::CgroupVersion::V2 ? limitFact(cg.memory.high) : limitFact(cg.memory.softLimit)});
    html += addRow({esc(Tr::tr("Process limit (pids)")),
                 hc.pidsLimit ? esc(m_locale.toString(*hc.pidsLimit)) : noLimit(), countFact(cg.pids.limit)});

    QString cpuDeclared;
    if (hc.nanoCpus > 0)
        cpuDeclared = esc(Tr::tr("%1 CPUs").arg(m_locale.toString(double(hc.nanoCpus) / 1e9, 'g', 3)));
    else if (hc.cpuQuota > 0)
        cpuDeclared = esc(Tr::tr("%1 µs per %2 µs").arg(m_locale.toString(hc.cpuQuota),
                                                        m_locale.toString(hc.cpuPeriod > 0 ? hc.cpuPeriod : 100000)));
    else
        cpuDeclared = noLimit();
    QString cpuEnforced = factHtml(cg.cpu.quota, [&](const core::Limit &q) -> QString {
        if (!q)
            return noLimit();
        const qint64 period = cg.cpu.period.value.value_or(100000);
        return esc(Tr::tr("%1 CPUs (%2 µs per %3 µs)")
                       .arg(m_locale.toString(double(*q) / double(period > 0 ? period : 100000), 'g', 3),
                            m_locale.toString(*q), m_locale.toString(period)));
    });
    html += addRow({esc(Tr::tr("CPU quota")), cpuDeclared, cpuEnforced});
    const bool v2 = cg.version == core::CgroupVersion::V2;
    html += addRow({esc(v2 ? Tr::tr("CPU weight") : Tr::tr("CPU shares")),
                 hc.cpuShares > 0 ? esc(m_locale.toString(hc.cpuShares)) : notDeclared,
                 numberFact(v2 ? cg.cpu.weight : cg.cpu.shares)});
    html += addRow({esc(Tr::tr("CPU set")), hc.cpusetCpus.isEmpty() ? notDeclared : mono(hc.cpusetCpus),
                 factHtml(cg.cpu.cpusetCpus, [](const QString &s) -> QString { return mono(s); })});
    html += addRow({esc(Tr::tr("Block I/O weight")), hc.blkioWeight > 0 ? esc(m_locale.toString(hc.blkioWeight)) : notDeclared,
                 numberFact(cg.blkio.weight)});
    html += addRow({esc(Tr::tr("Memory usage")), notApplicable, bytesFact(cg.memory.usage)});
    html += addRow({esc(Tr::tr("Peak memory usage")), notApplicable, bytesFact(cg.memory.peak)});
    html += addRow({esc(Tr::tr("Limit hits (failcnt)")), notApplicable, numberFact(cg.memory.limitHits)});
    html += addRow({esc(Tr::tr("OOM kills")), hc.oomKillDisable ? esc(Tr::tr("OOM killer disabled")) : notApplicable,
                 numberFact(cg.memory.oomKills)});
    html += addRow({esc(Tr::tr("Processes")), notApplicable, numberFact(cg.pids.current)});
    html += endTable();
    return html;
}

QString ReportHtmlBuilder::meminfoTable(const ContainerFacts &c) const
{
    const auto &mi = c.meminfo;
    QString html;
    auto value = [&](const core::Fact<QMap<QString, qint64>> &f, const QString &key) -> QString {
        if (!f.isKnown())
            return unavailable(f.why);
        const auto it = f.value->constFind(key);
        return it == f.value->constEnd() ? u"<span class=\"muted\">—</span>"_s : esc(sizeText(*it, m_locale));
    };
    html += beginTable({u"/proc/meminfo"_s, Tr::tr("Inside the container"), Tr::tr("On the host")}, {30, 35, 35});
    for (const QString &key : {u"MemTotal"_s, u"MemFree"_s, u"MemAvailable"_s})
        html += addRow({mono(key), value(mi.container, key), value(mi.host, key)});
    html += addRow({esc(Tr::tr("Control group memory limit")),
                 factHtml(mi.limit, [&](const core::Limit &l) -> QString {
                     return l ? esc(sizeText(*l, m_locale)) : u"<span class=\"finding\">"_s + esc(noLimitText()) + u"</span>"_s;
                 }),
                 u"<span class=\"muted\">—</span>"_s});
    html += endTable();

    if (mi.seesHostMemory && *mi.seesHostMemory) {
        QString sentence;
        if (mi.limit.isKnown() && *mi.limit.value) {
            sentence = Tr::tr("The container sees the host's memory: its /proc/meminfo shows MemTotal %1, "
                              "the host's, although the control group limits it to %2. Namespaces do not "
                              "virtualise /proc/meminfo; programs that size themselves from it will "
                              "overrun the limit and be killed.")
                           .arg(sizeText(mi.container.value->value(u"MemTotal"_s), m_locale),
                                sizeText(**mi.limit.value, m_locale));
        } else {
            sentence = Tr::tr("The container sees the host's memory: its /proc/meminfo shows MemTotal %1, "
                              "the host's. Namespaces do not virtualise /proc/meminfo.")
                           .arg(sizeText(mi.container.value ? mi.container.value->value(u"MemTotal"_s) : 0, m_locale));
        }
        html += u"<p class=\"finding\">"_s + esc(sentence) + u"</p>\n"_s;
    } else if (mi.seesHostMemory) {
        html += u"<p>"_s
            + esc(Tr::tr("The container's MemTotal differs from the host's: something (LXCFS, a VM) "
                         "virtualises /proc/meminfo for it."))
            + u"</p>\n"_s;
    } else {
        html += u"<p class=\"muted\">"_s
            + esc(Tr::tr("Whether the container sees the host's memory could not be compared."))
            + u"</p>\n"_s;
    }
    return html;
}

} // namespace dockscope::report
