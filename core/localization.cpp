// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace dockscope::core {

namespace {
// Marks the translators installTranslators() made, so that the next call replaces exactly them.
const auto s_translatorName = "dockscope-translator"_L1;

/// glibc's strerror texts for the errors that reading /proc, /sys and host files gives.
const char *const s_errnoTexts[] = {
    QT_TRANSLATE_NOOP("Facts", "No such file or directory"),
    QT_TRANSLATE_NOOP("Facts", "Permission denied"),
    QT_TRANSLATE_NOOP("Facts", "Operation not permitted"),
    QT_TRANSLATE_NOOP("Facts", "No such process"),
    QT_TRANSLATE_NOOP("Facts", "Not a directory"),
    QT_TRANSLATE_NOOP("Facts", "Is a directory"),
    QT_TRANSLATE_NOOP("Facts", "Too many levels of symbolic links"),
    QT_TRANSLATE_NOOP("Facts", "Input/output error"),
    QT_TRANSLATE_NOOP("Facts", "Invalid argument"),
    QT_TRANSLATE_NOOP("Facts", "Connection refused"),
    QT_TRANSLATE_NOOP("Facts", "Connection timed out"),
    QT_TRANSLATE_NOOP("Facts", "Resource temporarily unavailable"),
    QT_TRANSLATE_NOOP("Facts", "No space left on device"),
    QT_TRANSLATE_NOOP("Facts", "Read-only file system"),
};
} // namespace

std::optional<QLocale> parseLanguage(const QString &value)
{
    const QString v = value.trimmed().toLower().replace(u'-', u'_');
    if (v == "zh"_L1 || v == "zh_cn"_L1 || v == "zh_hans"_L1 || v == "zh_hans_cn"_L1)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    if (v.startsWith("en_"_L1)) {
        // en_US, en_GB, en_IN …: the territory is what the user asked for (paper size, dates).
        const QLocale named(v);
        if (named.language() == QLocale::English && named.territory() != QLocale::AnyTerritory)
            return named;
    }
    if (v == "en"_L1 || v.startsWith("en_"_L1) || v == "c"_L1) {
        // Plain "en" says nothing about the territory: keep the system's when the system speaks
        // English (en_US stays Letter, en_AU A4); otherwise en_GB-like conventions (A4, day
        // before month), not QLocale("en") = en_US, whose Letter paper surprises most of the
        // world.
        const QLocale system = QLocale::system();
        if (system.language() == QLocale::English && system.territory() != QLocale::AnyTerritory)
            return QLocale(QLocale::English, system.territory());
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return std::nullopt;
}

QLocale systemLanguage()
{
    return QLocale::system();
}

QString languageCode(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString formatDateTime(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return QString();
    // Day and month never swap places, and the month is a word (or 月), so no reader mistakes
    // one for the other; 24 hours and seconds, as the facts' times are compared to the second.
    const QString pattern = locale.language() == QLocale::Chinese ? u"yyyy年M月d日 HH:mm:ss"_s
                                                                  : u"d MMM yyyy HH:mm:ss"_s;
    return locale.toString(time.toLocalTime(), pattern);
}

QString formatDateTimeWithZone(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return QString();
    const int offset = time.toLocalTime().offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return formatDateTime(time, locale)
        + u" UTC%1%2:%3"_s.arg(QChar(offset < 0 ? u'-' : u'+'))
              .arg(minutes / 60, 2, 10, QChar(u'0'))
              .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString translatedDetail(const QString &detail)
{
    for (const char *text : s_errnoTexts) {
        const auto source = QLatin1StringView(text);
        if (detail == source)
            return QCoreApplication::translate("Facts", text);
        if (detail.endsWith(source) && detail.sliced(0, detail.size() - source.size()).endsWith(u": "_s))
            return QString(detail.first(detail.size() - source.size()) + QCoreApplication::translate("Facts", text));
    }
    return detail;
}

void installTranslators(const QLocale &locale, const QString &qmDirectory)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    const auto previous = app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *t : previous) {
        if (t->objectName() == s_translatorName) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    QLocale::setDefault(locale);

    auto *own = new QTranslator(app);
    own->setObjectName(s_translatorName);
    if (own->load(locale, u"dockscope"_s, u"_"_s, qmDirectory) || own->load(u"dockscope_en"_s, qmDirectory))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    auto *qt = new QTranslator(app);
    qt->setObjectName(s_translatorName);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace dockscope::core
