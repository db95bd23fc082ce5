// SPDX-License-Identifier: GPL-3.0-or-later
// translations_complete: a release needs zero unfinished entries in zh_CN.
// Fails when dockscope_zh_CN.ts has unfinished, vanished or obsolete entries, empty
// translations, or a translation that loses a placeholder (%1, %n, %L1) or a mnemonic; or when
// dockscope_en.ts lacks a plural form. Every offending message is listed with its line.
#include "tsreader.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using dockscope::test::readTsFile;
using dockscope::test::TsMessage;

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?\\d+|%n"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString describe(const TsMessage &m)
{
    QString source = m.source;
    source.replace(u'\n', u"\\n"_s);
    return u"  line %1 [%2] \"%3\"%4"_s.arg(m.line).arg(m.context, source.left(100),
                                                       m.comment.isEmpty() ? QString() : u" (" + m.comment + u')');
}

} // namespace

class tst_TranslationsComplete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseIsComplete();
    void englishPluralsAreComplete();
};

void tst_TranslationsComplete::chineseIsComplete()
{
    QList<TsMessage> messages;
    QString error;
    QVERIFY2(readTsFile(QStringLiteral(DOCKSCOPE_TS_ZH), &messages, &error), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), "dockscope_zh_CN.ts has no messages");

    QStringList problems;
    for (const TsMessage &m : std::as_const(messages)) {
        const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
        QString problem;
        if (!m.type.isEmpty())
            problem = m.type;
        else if (forms.isEmpty() || std::any_of(forms.cbegin(), forms.cend(),
                                                [](const QString &f) { return f.trimmed().isEmpty(); }))
            problem = u"empty"_s;
        else if (m.numerus && forms.size() != 1)
            problem = u"zh_CN has one plural form, found %1"_s.arg(forms.size());
        else if (placeholders(forms.first()) != placeholders(m.source))
            problem = u"placeholders differ"_s;
        else if (m.source.contains(QRegularExpression(u"&[A-Za-z]"_s))
                 && !forms.first().contains(QRegularExpression(u"&[A-Za-z]"_s)))
            problem = u"mnemonic (&) lost"_s;
        if (!problem.isEmpty())
            problems << describe(m) + u": "_s + problem;
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(u"%1 of %2 messages in dockscope_zh_CN.ts need work "
                         "(run the update_translations target, then translate):\n"_s
                             .arg(problems.size()).arg(messages.size())
                         + problems.join(u'\n')));
}

void tst_TranslationsComplete::englishPluralsAreComplete()
{
    QList<TsMessage> messages;
    QString error;
    QVERIFY2(readTsFile(QStringLiteral(DOCKSCOPE_TS_EN), &messages, &error), qPrintable(error));

    QStringList problems;
    for (const TsMessage &m : std::as_const(messages)) {
        if (!m.numerus)
            continue;
        const bool formsOk = m.numerusForms.size() == 2
            && std::none_of(m.numerusForms.cbegin(), m.numerusForms.cend(),
                            [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!m.type.isEmpty())
            problems << describe(m) + u": "_s + m.type;
        else if (!formsOk)
            problems << describe(m) + u": needs a singular and a plural form"_s;
        else if (placeholders(m.numerusForms.at(0)) != placeholders(m.source)
                 || placeholders(m.numerusForms.at(1)) != placeholders(m.source))
            problems << describe(m) + u": placeholders differ"_s;
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(u"%1 plural messages in dockscope_en.ts need work:\n"_s.arg(problems.size())
                         + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_TranslationsComplete)
#include "tst_translations_complete.moc"
