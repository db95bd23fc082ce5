// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"
#include "reporthtmlbuilder.h"
#include "reportjson.h"
#include "reportpdf.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace dockscope::report {

using namespace Qt::StringLiterals;

namespace {
core::Error fileError(const QSaveFile &file, const QString &path)
{
    const auto code = file.error() == QFileDevice::PermissionsError ? core::ErrorCode::PermissionDenied
                                                                     : core::ErrorCode::IoError;
    return core::Error{code, path + u": "_s + file.errorString()};
}
} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == "pdf"_L1)
        return ReportFormat::Pdf;
    if (n == "html"_L1 || n == "htm"_L1)
        return ReportFormat::Html;
    if (n == "json"_L1)
        return ReportFormat::Json;
    return std::nullopt;
}

core::Error exportCancelledError()
{
    return core::Error{core::ErrorCode::Cancelled, u"the export was cancelled"_s};
}

ReportFormat reportFormatForPath(const QString &path)
{
    return reportFormatFromName(QFileInfo(path).suffix()).value_or(ReportFormat::Pdf);
}

core::Result<void> writeReport(const ReportData &data, ReportFormat format, const QString &path,
                               const QLocale &locale, const std::function<void(int)> &progress,
                               const CancelCheck &cancelled)
{
    auto report = [&](int percent) {
        if (progress)
            progress(percent);
    };
    const auto stop = [&] { return cancelled && cancelled(); };
    report(0);
    if (stop())
        return exportCancelledError();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(file, path);

    switch (format) {
    case ReportFormat::Json: {
        const QByteArray bytes = QJsonDocument(reportToJson(data)).toJson(QJsonDocument::Indented);
        report(50);
        if (file.write(bytes) != bytes.size())
            return fileError(file, path);
        break;
    }
    case ReportFormat::Html: {
        ReportHtmlBuilder builder(data, locale, ReportHtmlBuilder::Target::Browser, reportFont());
        const QByteArray bytes = builder.build().toUtf8();
        report(60);
        if (file.write(bytes) != bytes.size())
            return fileError(file, path);
        break;
    }
    case ReportFormat::Pdf: {
        // QPdfWriter ignores failed writes on its device: render into memory, then write the
        // bytes in one call whose result is checked.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto result = renderPdf(data, locale, &buffer, progress, cancelled);
        if (!result)
            return result.error();  // QSaveFile discards the temporary file
        if (file.write(buffer.data()) != buffer.data().size())
            return fileError(file, path);
        break;
    }
    }
    report(97);
    if (stop()) {
        file.cancelWriting();
        return exportCancelledError();
    }
    // QSaveFile::commit() flushes its buffer on close without recording a failure of that last
    // write, so flush here and check: a full disk must not replace the old file with a torso.
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        core::Error error = fileError(file, path);
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return fileError(file, path);
    report(100);
    return {};
}

} // namespace dockscope::report
