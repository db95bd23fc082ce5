// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that turns a language choice into a locale and installed catalogues: the
// command line (--lang, the system's language) and the window's Language menu both come here.

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace dockscope::core {

/// The locale named by `--lang` or the Language menu: "zh_CN" (also "zh", "zh-CN", "zh_Hans") or
/// "en" ("en_US", …). Plain "en" takes the system's territory when the system language is
/// English, else en_GB (A4, day before month). nullopt for anything else.
std::optional<QLocale> parseLanguage(const QString &value);

/// The language when none is chosen: LC_ALL / LC_MESSAGES / LANG (and LANGUAGE), as
/// QLocale::system() reads them.
QLocale systemLanguage();

/// "zh_CN" for Chinese, "en" for everything else: the catalogues Dockscope has.
QString languageCode(const QLocale &locale);

/// A date and time for the user (in local time), with one explicit pattern per language over
/// `locale`'s month names: "6 Dec 2026 23:51:17" in English (any territory, and the C locale),
/// "2026年12月6日 23:51:17" in Chinese. Never the locale's short or long format, which differs
/// between en_US, en_GB and C (a language switch changed "6 Dec 2026 23:51:17" into
/// "12/6/26 11:51 PM") and between Qt versions. The GUI, the CLI and the reports all use it.
QString formatDateTime(const QDateTime &time, const QLocale &locale = QLocale());
/// formatDateTime() with the offset from UTC ("6 Dec 2026 23:51:17 UTC+01:00"), for what is read
/// away from this machine: a report handed to an auditor in another time zone.
QString formatDateTimeWithZone(const QDateTime &time, const QLocale &locale = QLocale());

/// An error detail ("/proc/42/ns/net: No such file or directory") with the C library's errno
/// text in the installed language ("/proc/42/ns/net: 没有那个文件或目录"). Core keeps details
/// technical and in English (strerror in the C locale); the GUI, the CLI's text output and the
/// reports show them through this. Only the whole detail or its last part after ": " is
/// translated, never text inside a path; texts not in the table stay as they are.
QString translatedDetail(const QString &detail);

/// Makes `locale` the default (numbers, dates, paper size) and installs, application-wide,
/// Dockscope's catalogue from `qmDirectory` (the English one, for its plural forms, when the
/// language has none) and Qt's own qtbase_<lang> from QLibraryInfo::TranslationsPath. The
/// catalogues of an earlier call are removed first, so calling it again switches the language.
/// Needs a QCoreApplication; the translators are its children.
void installTranslators(const QLocale &locale, const QString &qmDirectory = QStringLiteral(":/i18n"));

} // namespace dockscope::core
