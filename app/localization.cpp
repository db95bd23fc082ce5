// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace dockscope::app {

std::optional<QLocale> parseLanguage(const QString &value)
{
    const QString v = value.trimmed().toLower().replace(u'-', u'_');
    if (v == "zh"_L1 || v == "zh_cn"_L1 || v == "zh_hans"_L1 || v == "zh_hans_cn"_L1)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    if (v == "en"_L1 || v.startsWith("en_"_L1) || v == "c"_L1)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return std::nullopt;
}

QLocale systemLanguage()
{
    return QLocale::system();
}

void installTranslators(QCoreApplication *app, const QLocale &locale)
{
    QLocale::setDefault(locale);

    auto *own = new QTranslator(app);
    if (own->load(locale, u"dockscope"_s, u"_"_s, u":/i18n"_s)
        || own->load(u"dockscope_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }

    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace dockscope::app
