// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/memoryringbuffer.h"
#include "core/models/memorysampler.h"

#include <QTest>

using namespace dockscope::core;

class tst_MemoryRingBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bounded_data();
    void bounded();
    void since();
    void fromStats();
};

static MemorySample at(int second, qint64 usage)
{
    MemorySample s;
    s.time = QDateTime::fromSecsSinceEpoch(1700000000 + second);
    s.usage = usage;
    return s;
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
