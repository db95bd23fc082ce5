// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/memoryringbuffer.h"
#include "core/models/memorysampler.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace dockscope::core;

class tst_MemoryRingBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bounded_data();
    void bounded();
    void since();
    void sinceComparesInstants_data();
    void sinceComparesInstants();
    void fromStats();
};

static MemorySample at(int second, qint64 usage)
{
    MemorySample s;
    s.time = QDateTime::fromSecsSinceEpoch(1700000000 + second);
    s.usage = usage;
    return s;
}

void tst_MemoryRingBuffer::initTestCase()
{
    // Local time 8 hours off UTC (no daylight saving): a comparison of wall-clock fields
    // instead of instants would be off by 8 hours, i.e. by all of the samples below.
    qputenv("TZ", "Asia/Shanghai");
    ::tzset();
    QCOMPARE(QDateTime::fromSecsSinceEpoch(1700000000).toLocalTime().offsetFromUtc(), 8 * 3600);
}

void tst_MemoryRingBuffer::bounded_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appended");
    QTest::addColumn<qint64>("oldest");
    QTest::addRow("not full") << 4 << 3 << qint64(0);
    QTest::addRow("exactly full") << 4 << 4 << qint64(0);
    // Wrapped twice: only the newest four remain, oldest first.
    QTest::addRow("wrapped") << 4 << 10 << qint64(6);
}

void tst_MemoryRingBuffer::bounded()
{
    QFETCH(int, capacity);
    QFETCH(int, appended);
    QFETCH(qint64, oldest);
    MemoryRingBuffer buffer(capacity);
    for (int i = 0; i < appended; ++i)
        buffer.append(at(i, i));
    QCOMPARE(buffer.size(), std::min(capacity, appended));
    const auto samples = buffer.samples();
    QCOMPARE(samples.first().usage, oldest);
    QCOMPARE(samples.last().usage, qint64(appended - 1));
    for (int i = 1; i < samples.size(); ++i)
        QVERIFY(samples.at(i - 1).time < samples.at(i).time);
    QCOMPARE(buffer.maxUsage(), qint64(appended - 1));
}

void tst_MemoryRingBuffer::since()
{
    MemoryRingBuffer buffer(900);
    for (int i = 0; i < 1000; ++i)
        buffer.append(at(i, i));
    QCOMPARE(buffer.samplesSince(QDateTime::fromSecsSinceEpoch(1700000000 + 940)).size(), 60);
}

enum class Spec { Utc, Local, Offset };

static QDateTime inSpec(const QDateTime &t, Spec spec)
{
    switch (spec) {
    case Spec::Utc: return t.toUTC();
    case Spec::Local: return t.toLocalTime();
    case Spec::Offset: return t.toOffsetFromUtc(-5 * 3600);
    }
    return t;
}

void tst_MemoryRingBuffer::sinceComparesInstants_data()
{
    QTest::addColumn<int>("samples");   // Spec of the samples' times
    QTest::addColumn<int>("from");      // Spec of the `from` argument
    // The memory chart stamps samples in UTC and asks for the last minutes in local time.
    QTest::addRow("UTC samples, local from") << int(Spec::Utc) << int(Spec::Local);
    QTest::addRow("local samples, UTC from") << int(Spec::Local) << int(Spec::Utc);
    // A daemon's stats carry its own offset (e.g. -05:00), the chart asks in local time.
    QTest::addRow("offset samples, local from") << int(Spec::Offset) << int(Spec::Local);
    QTest::addRow("UTC samples, offset from") << int(Spec::Utc) << int(Spec::Offset);
}

void tst_MemoryRingBuffer::sinceComparesInstants()
{
    QFETCH(int, samples);
    QFETCH(int, from);
    MemoryRingBuffer buffer(100);
    for (int i = 0; i < 60; ++i) {
        MemorySample s = at(i * 60, i);    // one sample a minute for an hour
        s.time = inSpec(s.time, Spec(samples));
        buffer.append(s);
    }
    // The last ten minutes: the sample exactly at `from` counts, the one before does not.
    const QDateTime since = inSpec(QDateTime::fromSecsSinceEpoch(1700000000 + 50 * 60), Spec(from));
    const QList<MemorySample> last = buffer.samplesSince(since);
    QCOMPARE(last.size(), 10);
    QCOMPARE(last.first().usage, qint64(50));
    QCOMPARE(last.last().usage, qint64(59));
    // A millisecond later excludes the sample at `from`.
    QCOMPARE(buffer.samplesSince(since.addMSecs(1)).size(), 9);
}

void tst_MemoryRingBuffer::fromStats()
{
    StatsSample stats;
    stats.read = QDateTime::fromSecsSinceEpoch(1700000000);
    stats.memoryUsage = 1000;
    stats.memoryMaxUsage = 2000;
    stats.memoryLimit = 4096;
    const MemorySample s = MemorySampler::fromStats(stats);
    QCOMPARE(s.usage, qint64(1000));
    QCOMPARE(s.peak.value_or(0), qint64(2000));
    QCOMPARE(s.source, Provenance::Api);
    // The daemon omits failcnt when 0: that is a count of 0, not unknown.
    QCOMPARE(s.limitHits.value_or(-1), qint64(0));
}

QTEST_GUILESS_MAIN(tst_MemoryRingBuffer)
#include "tst_memoryringbuffer.moc"
