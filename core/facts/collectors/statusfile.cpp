// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/collectors/statusfile.h"

#include "core/facts/collectors/factreading.h"
#include "core/facts/collectors/processgate.h"
#include "core/logging.h"

namespace dockscope::core::collectors {

using namespace Qt::StringLiterals;

QStringList StatusFile::paths(const QString &procDir)
{
    return {procDir + u"/status"_s};
}

StatusFile StatusFile::read(const ProcessGate &gate)
{
    StatusFile s;
    s.m_path = gate.procDir() + u"/status"_s;
    if (const Result<QByteArray> text = gate.fs().readFile(s.m_path)) {
        if (Result<ProcStatus> parsed = parseProcStatus(*text)) {
            s.m_status = *parsed;
            if (!s.m_status->problems.isEmpty())
                qCDebug(lcProc) << s.m_path << s.m_status->problems;
        } else {
            s.m_error = Error{ErrorCode::ParseError, s.m_path + u": "_s + parsed.error().detail};
        }
    } else {
        s.m_error = hostError(text.error());
    }
    return s;
}

Error StatusFile::problem(const QString &field) const
{
    if (!m_status)
        return m_error;
    QString detail = m_path + u": "_s + field + u" missing"_s;
    for (const QString &p : std::as_const(m_status->problems)) {
        if (p.startsWith(field)) {
            detail = m_path + u": "_s + p;
            break;
        }
    }
    return Error{ErrorCode::ParseError, detail};
}

} // namespace dockscope::core::collectors
