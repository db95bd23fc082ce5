// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinesplitter.h"

#include "core/docker/jsonparse.h"
#include "core/logging.h"

#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace dockscope::core {

Result<QList<QByteArray>> JsonLineSplitter::feed(QByteArrayView data)
{
    const auto tooLong = [this] {
        m_broken = true;
        m_buffer.clear();
        m_scanned = 0;
        return Error{ErrorCode::ProtocolError, u"stream line exceeds %1 bytes"_s.arg(m_maxLine)};
    };
    if (m_broken)
        return Error{ErrorCode::ProtocolError, u"stream already broken by an overlong line"_s};
    QList<QByteArray> lines;
    m_buffer.append(data);
    qsizetype start = 0;
    // Only the new bytes can hold a newline: a stream without any costs linear time.
    qsizetype from = m_scanned;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', from);
        if (newline < 0)
            break;
        if (newline - start > m_maxLine)
            return tooLong();
        QByteArray line = m_buffer.mid(start, newline - start).trimmed();
        if (!line.isEmpty())
            lines.append(std::move(line));
        start = newline + 1;
        from = start;
    }
    m_buffer.remove(0, start);
    m_scanned = m_buffer.size();
    if (m_buffer.size() > m_maxLine)
        return tooLong();
    return lines;
}

Result<void> JsonLineSplitter::deliverObjects(QByteArrayView data, QObject *owner, const char *what,
                                              const std::function<void(const QJsonObject &)> &deliver)
{
    const Result<QList<QByteArray>> lines = feed(data);
    if (!lines)
        return lines.error();
    const QPointer<QObject> guard(owner);
    for (const QByteArray &line : *lines) {
        if (!guard)
            return {};
        const Result<QJsonObject> object = json::parseObject(line);
        if (!object) {
            qCWarning(lcDocker) << "skipping a bad" << what << "line:" << object.error().detail;
            continue;
        }
        deliver(*object);
    }
    return {};
}

} // namespace dockscope::core
