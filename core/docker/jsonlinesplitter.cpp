// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinesplitter.h"

#include "core/docker/jsonparse.h"
#include "core/logging.h"

#include <QJsonObject>
#include <QPointer>

namespace dockscope::core {

QList<QByteArray> JsonLineSplitter::feed(QByteArrayView data)
{
    QList<QByteArray> lines;
    m_buffer.append(data);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line = m_buffer.mid(start, newline - start).trimmed();
        if (!line.isEmpty())
            lines.append(std::move(line));
        start = newline + 1;
    }
    m_buffer.remove(0, start);
    return lines;
}

void JsonLineSplitter::deliverObjects(QByteArrayView data, QObject *owner, const char *what,
                                      const std::function<void(const QJsonObject &)> &deliver)
{
    const QList<QByteArray> lines = feed(data);
    const QPointer<QObject> guard(owner);
    for (const QByteArray &line : lines) {
        if (!guard)
            return;
        const Result<QJsonObject> object = json::parseObject(line);
        if (!object) {
            qCWarning(lcDocker) << "skipping a bad" << what << "line:" << object.error().detail;
            continue;
        }
        deliver(*object);
    }
}

} // namespace dockscope::core
