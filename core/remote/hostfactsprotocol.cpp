// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/hostfactsprotocol.h"

#include <QFile>

#include <algorithm>

namespace dockscope::core::HostFactsProtocol {

using namespace Qt::StringLiterals;

namespace {

/// The longest decimal number in a header (s_maxBatchBytes and s_maxAnswerBytes have 8 digits).
constexpr qsizetype s_maxDigits = 10;
/// The longest control line that can be valid ("R c 4096", "DSR1 67108864").
constexpr qsizetype s_maxControlLine = 32;

Error protocolError(const QString &what)
{
    return Error{ErrorCode::ProtocolError, what};
}

/// Why bytes cannot be a path of the protocol, or empty when they can.
QString pathProblem(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return u"empty path"_s;
    if (bytes.size() > s_maxPathBytes)
        return u"path longer than %1 bytes"_s.arg(s_maxPathBytes);
    if (!bytes.startsWith('/'))
        return u"path not absolute"_s;
    if (bytes.contains('\0'))
        return u"path contains NUL"_s;
    // Paths travel as the bytes QFile::encodeName gives (UTF-8): other bytes would not name
    // the same file once decoded.
    if (QFile::encodeName(QFile::decodeName(bytes.toByteArray())) != bytes)
        return u"path is not UTF-8"_s;
    return {};
}

/// A canonical decimal number ("0", "17"; no sign, no leading zero), nullopt otherwise.
std::optional<qint64> number(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > s_maxDigits || (text.size() > 1 && text.front() == '0')
        || !std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    qint64 n = 0;
    for (char c : text)
        n = n * 10 + (c - '0');
    return n;
}

/// A strict cursor over the front of the input: each step either consumes exactly what the
/// format says, reports that more bytes are needed, or fails.
class Cursor
{
public:
    enum class Step { Ok, More, Bad };

    explicit Cursor(QByteArrayView data) : m_data(data) {}

    qsizetype position() const { return m_pos; }

    /// A control line of at most s_maxControlLine bytes, without its newline.
    Step line(QByteArrayView *out)
    {
        const QByteArrayView rest = m_data.sliced(m_pos);
        const qsizetype eol = rest.first(qMin(rest.size(), s_maxControlLine + 1)).indexOf('\n');
        if (eol < 0)
            return rest.size() > s_maxControlLine ? Step::Bad : Step::More;
        *out = rest.first(eol);
        m_pos += eol + 1;
        return Step::Ok;
    }

    /// n bytes and a newline.
    Step blob(qsizetype n, QByteArrayView *out)
    {
        if (m_data.size() - m_pos < n + 1)
            return Step::More;
        if (m_data.at(m_pos + n) != '\n')
            return Step::Bad;
        *out = m_data.sliced(m_pos, n);
        m_pos += n + 1;
        return Step::Ok;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

/// Whether data could still become `expected` (a prefix of it, or longer and starting with it).
bool mayStartWith(QByteArrayView data, QByteArrayView expected)
{
    const qsizetype n = qMin(data.size(), expected.size());
    return data.first(n) == expected.first(n);
}

} // namespace

Result<QByteArray> encodeBatch(const Batch &batch)
{
    if (batch.requests.size() > s_maxRequests)
        return Error{ErrorCode::InvalidArgument,
                     u"%1 requests in one batch (at most %2)"_s.arg(batch.requests.size())
                         .arg(s_maxRequests)};
    const QByteArray socket = QFile::encodeName(batch.daemonSocket);
    if (const QString problem = pathProblem(socket); !problem.isEmpty())
        return Error{ErrorCode::InvalidArgument, batch.daemonSocket + u": "_s + problem};
    QByteArray out = "DSQ1 " + QByteArray::number(batch.requests.size()) + '\n';
    out += "H " + QByteArray::number(socket.size()) + '\n' + socket + '\n';
    for (const SshBatch::Request &r : batch.requests) {
        const QByteArray path = QFile::encodeName(r.path);
        if (const QString problem = pathProblem(path); !problem.isEmpty())
            return Error{ErrorCode::InvalidArgument, r.path + u": "_s + problem};
        out += r.withContents ? (r.linksOnly ? "R l " : "R c ") : "R p ";
        out += QByteArray::number(path.size()) + '\n' + path + '\n';
        if (out.size() > s_maxBatchBytes)
            return Error{ErrorCode::InvalidArgument, u"batch larger than %1 bytes"_s.arg(s_maxBatchBytes)};
    }
    return out;
}

Result<std::optional<Batch>> takeBatch(QByteArray *buffer)
{
    using Step = Cursor::Step;
    const QByteArrayView data = QByteArrayView(*buffer).first(qMin(buffer->size(), s_maxBatchBytes));
    if (!mayStartWith(data, "DSQ1 "))
        return protocolError(u"not a request batch (no \"DSQ1\")"_s);
    Cursor cursor(data);
    // Framing first (views into the buffer); paths are decoded only once the batch is complete.
    QByteArrayView socket;
    QList<std::pair<char, QByteArrayView>> paths;
    const auto incomplete = [buffer]() -> Result<std::optional<Batch>> {
        // A batch never grows past s_maxBatchBytes: more bytes without its end are no batch.
        if (buffer->size() >= s_maxBatchBytes)
            return protocolError(u"batch larger than %1 bytes"_s.arg(s_maxBatchBytes));
        return std::optional<Batch>();
    };
    QByteArrayView l;
    Step step = cursor.line(&l);
    if (step == Step::More)
        return incomplete();
    const std::optional<qint64> count =
        step == Step::Ok && l.startsWith("DSQ1 ") ? number(l.sliced(5)) : std::nullopt;
    if (!count || *count > s_maxRequests)
        return protocolError(u"bad batch header"_s);
    // "H <n>" then "R <mode> <n>" per request, each followed by its n bytes.
    for (qint64 i = -1; i < *count; ++i) {
        step = cursor.line(&l);
        if (step == Step::More)
            return incomplete();
        char mode = 0;
        QByteArrayView lengthText;
        if (step == Step::Ok && i < 0 && l.startsWith("H ")) {
            lengthText = l.sliced(2);
        } else if (step == Step::Ok && i >= 0 && l.size() > 4 && l.startsWith("R ") && l.at(3) == ' '
                   && (l.at(2) == 'p' || l.at(2) == 'c' || l.at(2) == 'l')) {
            mode = l.at(2);
            lengthText = l.sliced(4);
        } else {
            return protocolError(i < 0 ? u"bad socket line"_s : u"bad request line %1"_s.arg(i));
        }
        const std::optional<qint64> n = number(lengthText);
        if (!n || *n < 1 || *n > s_maxPathBytes)
            return protocolError(u"bad path length in line %1"_s.arg(i + 1));
        QByteArrayView bytes;
        step = cursor.blob(*n, &bytes);
        if (step == Step::More)
            return incomplete();
        if (step == Step::Bad)
            return protocolError(u"path %1 is not followed by a newline"_s.arg(i + 1));
        if (const QString problem = pathProblem(bytes); !problem.isEmpty())
            return protocolError(u"path %1: "_s.arg(i + 1) + problem);
        if (i < 0)
            socket = bytes;
        else
            paths.append({mode, bytes});
    }
    Batch batch;
    batch.daemonSocket = QFile::decodeName(socket.toByteArray());
    batch.requests.reserve(paths.size());
    for (const auto &[mode, bytes] : std::as_const(paths))
        batch.requests.append(SshBatch::Request{.path = QFile::decodeName(bytes.toByteArray()),
                                                .withContents = mode != 'p',
                                                .linksOnly = mode == 'l'});
    buffer->remove(0, cursor.position());
    return std::optional<Batch>(std::move(batch));
}

QByteArray encodeAnswer(const QByteArray &records)
{
    return "DSR1 " + QByteArray::number(records.size()) + '\n' + records;
}

Result<std::optional<QByteArray>> takeAnswer(QByteArray *buffer, qsizetype maxBytes)
{
    if (!mayStartWith(*buffer, "DSR1 "))
        return protocolError(u"not a host-facts answer (no \"DSR1\")"_s);
    Cursor cursor(*buffer);
    QByteArrayView l;
    const Cursor::Step step = cursor.line(&l);
    if (step == Cursor::Step::More)
        return std::optional<QByteArray>();
    const std::optional<qint64> n =
        step == Cursor::Step::Ok && l.startsWith("DSR1 ") ? number(l.sliced(5)) : std::nullopt;
    if (!n)
        return protocolError(u"bad answer header"_s);
    if (*n > maxBytes)
        return protocolError(u"answer of %1 bytes (at most %2)"_s.arg(*n).arg(maxBytes));
    const qsizetype start = cursor.position();
    if (buffer->size() - start < *n)
        return std::optional<QByteArray>();
    QByteArray records = buffer->sliced(start, *n);
    buffer->remove(0, start + *n);
    return std::optional<QByteArray>(std::move(records));
}

} // namespace dockscope::core::HostFactsProtocol
