// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

class QCoreApplication;

namespace dockscope::app {

/// The locale named by `--lang`: "zh_CN" (also "zh", "zh-CN", "zh_Hans") or "en" ("en_US", …).
/// Plain "en" takes the system's territory when the system language is English, else en_GB
/// (A4). nullopt for anything else.
std::optional<QLocale> parseLanguage(const QString &value);

/// The language when --lang is not given: LC_ALL / LC_MESSAGES / LANG (and LANGUAGE), as
/// QLocale::system() reads them.
QLocale systemLanguage();

/// Makes `locale` the default (numbers, dates, paper size) and installs, parented to `app`,
/// Dockscope's translator from :/i18n (English plural forms when the language has no catalogue)
/// and Qt's own qtbase_<lang> from QLibraryInfo::TranslationsPath.
void installTranslators(QCoreApplication *app, const QLocale &locale);

} // namespace dockscope::app
