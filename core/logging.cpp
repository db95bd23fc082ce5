// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"
#include "result.h"

Q_LOGGING_CATEGORY(lcDocker, "dockscope.docker", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "dockscope.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProc, "dockscope.proc", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudit, "dockscope.audit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSsh, "dockscope.ssh", QtWarningMsg)

namespace dockscope::core {

using namespace Qt::StringLiterals;

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::DaemonUnreachable: return u"daemon-unreachable"_s;
    case ErrorCode::PermissionDenied: return u"permission-denied"_s;
    case ErrorCode::ApiVersionUnsupported: return u"api-version-unsupported"_s;
    case ErrorCode::NotFound: return u"not-found"_s;
    case ErrorCode::ParseError: return u"parse-error"_s;
    case ErrorCode::Timeout: return u"timeout"_s;
    case ErrorCode::ConnectionDropped: return u"connection-dropped"_s;
    case ErrorCode::HttpError: return u"http-error"_s;
    case ErrorCode::ProtocolError: return u"protocol-error"_s;
    case ErrorCode::TlsError: return u"tls-error"_s;
    case ErrorCode::SshError: return u"ssh-error"_s;
    case ErrorCode::InvalidArgument: return u"invalid-argument"_s;
    case ErrorCode::Unavailable: return u"unavailable"_s;
    case ErrorCode::NeedsRoot: return u"needs-root"_s;
    case ErrorCode::NotOnThisHost: return u"not-on-this-host"_s;
    case ErrorCode::NotRunning: return u"not-running"_s;
    case ErrorCode::KernelLacks: return u"kernel-lacks"_s;
    case ErrorCode::NotEnforced: return u"not-enforced"_s;
    case ErrorCode::IoError: return u"io-error"_s;
    case ErrorCode::Cancelled: return u"cancelled"_s;
    }
    return u"unknown"_s;
}

} // namespace dockscope::core
