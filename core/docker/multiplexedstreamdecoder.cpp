// SPDX-License-Identifier: GPL-3.0-or-later
#include "multiplexedstreamdecoder.h"

using namespace Qt::StringLiterals;

namespace dockscope::core {

MultiplexedStreamDecoder::MultiplexedStreamDecoder(bool framed)
    : m_framed(framed)
{
}

bool MultiplexedStreamDecoder::isFramedMimeType(QByteArrayView mimeType)
{
    return mimeType == "application/vnd.docker.raw-stream"
        || mimeType == "application/vnd.docker.multiplexed-stream";
}

bool MultiplexedStreamDecoder::atFrameBoundary() const
{
    return m_header.isEmpty() && m_remaining == 0;
}

Result<void> MultiplexedStreamDecoder::feed(QByteArrayView data)
{
    if (m_broken)
        return Error{ErrorCode::ProtocolError, u"exec stream already broken"_s};
    if (!m_framed) {
        if (onData && !data.isEmpty())
            onData(Stream::Stdout, data);
        return {};
    }
    while (!data.isEmpty()) {
        if (m_remaining == 0) {
            const qsizetype need = 8 - m_header.size();
            m_header.append(data.first(qMin(need, data.size())));
            data = data.sliced(qMin(need, data.size()));
            if (m_header.size() < 8)
                return {};
            const auto *h = reinterpret_cast<const uchar *>(m_header.constData());
            if (h[0] > 2 || h[1] != 0 || h[2] != 0 || h[3] != 0) {
                m_broken = true;
                return Error{ErrorCode::ProtocolError,
                             u"bad exec frame header: %1"_s.arg(QString::fromLatin1(m_header.toHex(' ')))};
            }
            m_current = Stream(h[0]);
            m_remaining = (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | quint32(h[7]);
            m_header.clear();
            continue;
        }
        const qsizetype take = qMin(qsizetype(m_remaining), data.size());
        if (onData)
            onData(m_current, data.first(take));
        m_remaining -= quint32(take);
        data = data.sliced(take);
    }
    return {};
}

} // namespace dockscope::core
