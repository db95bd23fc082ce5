// SPDX-License-Identifier: GPL-3.0-or-later
// Result's transform/and_then: a value goes through each step, the first error comes out as it
// was (the code and the detail a user's message is built from), and later steps never run.
#include "core/result.h"

#include <QTest>

using namespace dockscope;
using namespace dockscope::core;
using namespace Qt::StringLiterals;

namespace {
Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n <= 0)
        return Error{ErrorCode::ParseError, u"not a positive number: "_s + text};
    return n;
}
} // namespace

class tst_Result : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chain_data();
    void chain();
    void movesOutOfRvalues();
};

void tst_Result::chain_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("error");
    QTest::addRow("value through both steps") << u"21"_s << 42 << QString();
    QTest::addRow("first step fails") << u"x"_s << 0 << u"not a positive number: x"_s;
    QTest::addRow("second step fails") << u"60"_s << 0 << u"too large: 120"_s;
}

void tst_Result::chain()
{
    QFETCH(QString, input);
    QFETCH(int, value);
    QFETCH(QString, error);
    int secondStepRuns = 0;
    const Result<QString> text = input;
    const Result<int> result = text.and_then(parsePositive)
                                   .transform([](int n) { return n * 2; })
                                   .and_then([&secondStepRuns](int n) -> Result<int> {
                                       ++secondStepRuns;
                                       if (n > 100)
                                           return Error{ErrorCode::InvalidArgument, u"too large: "_s + QString::number(n)};
                                       return n;
                                   });
    if (error.isEmpty()) {
        QVERIFY(result);
        QCOMPARE(*result, value);
        return;
    }
    QVERIFY(!result);
    QCOMPARE(result.error().detail, error);
    // A failed first step never reaches the second.
    QCOMPARE(secondStepRuns, input == "x"_L1 ? 0 : 1);
}

void tst_Result::movesOutOfRvalues()
{
    Result<std::unique_ptr<int>> owned = std::make_unique<int>(7);
    const Result<int> moved = std::move(owned).transform([](std::unique_ptr<int> &&p) { return *p + 1; });
    QCOMPARE(*moved, 8);
    const Result<QString> failed = Result<QString>(Error{ErrorCode::NotFound, u"gone"_s}).transform([](QString &&s) { return QString(s + u"!"_s); });
    QCOMPARE(failed.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(tst_Result)
#include "tst_result.moc"
