// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QMetaType>

#include <functional>
#include <type_traits>
#include <utility>
#include <variant>

namespace dockscope::core {

/// What went wrong, as a code the UI turns into one translated sentence (ui/errortext.cpp).
/// Core never writes user sentences; Error::detail carries the technical, untranslated part
/// (errno text, HTTP status, path).
enum class ErrorCode {
    DaemonUnreachable,      ///< nothing listens at the endpoint (ENOENT, ECONNREFUSED, host down)
    PermissionDenied,       ///< the socket or file exists but we may not open it (EACCES)
    ApiVersionUnsupported,  ///< the daemon's API is older than we support, or refused our version
    NotFound,               ///< HTTP 404, no such container/image, no such file
    ParseError,             ///< malformed JSON, malformed /proc file, garbage on the wire
    Timeout,                ///< a request or a connect did not complete in time
    ConnectionDropped,      ///< the peer closed the connection mid-reply or mid-stream
    HttpError,              ///< any other non-2xx status; detail has status and daemon message
    ProtocolError,          ///< the bytes are not valid HTTP/1.1
    TlsError,               ///< TLS handshake or certificate verification failed
    SshError,               ///< the ssh transport failed (host key, auth, forward refused)
    InvalidArgument,        ///< a malformed endpoint URL, flag or name
    Unavailable,            ///< the fact cannot be had here (remote host, no host access)
    NeedsRoot,              ///< readable only by root or the process owner
    NotOnThisHost,          ///< the daemon's pids belong to another kernel (VM, remote)
    NotRunning,             ///< the container has no process
    KernelLacks,            ///< this kernel has no such file/feature
    NotEnforced,            ///< declared, but the kernel does not enforce it (no cgroup of its
                            ///< own: cgroup driver "none"; a controller not delegated)
    IoError,                ///< any other read/write failure
    Cancelled,              ///< superseded or aborted by the user
};

struct Error
{
    ErrorCode code = ErrorCode::IoError;
    QString detail; ///< technical, untranslated
};

/// A value or an Error: the subset of C++23 std::expected that we need (swap on C++23).
template<class T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(std::in_place_index<0>, value) {}
    Result(T &&value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(const Error &error) : m_data(std::in_place_index<1>, error) {}
    Result(Error &&error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const noexcept { return m_data.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    /// By value, so that `for (x : f().value())` never iterates a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_data)); }
    template<class U>
    T value_or(U &&fallback) const { return has_value() ? value() : T(std::forward<U>(fallback)); }

    const Error &error() const { return std::get<1>(m_data); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    /// f(value) -> U: the value mapped, or this error unchanged (std::expected::transform).
    template<class F>
    auto transform(F &&f) const & -> Result<std::remove_cvref_t<std::invoke_result_t<F, const T &>>>
    {
        if (!has_value())
            return error();
        return std::invoke(std::forward<F>(f), value());
    }
    template<class F>
    auto transform(F &&f) && -> Result<std::remove_cvref_t<std::invoke_result_t<F, T &&>>>
    {
        if (!has_value())
            return std::get<1>(std::move(m_data));
        return std::invoke(std::forward<F>(f), std::get<0>(std::move(m_data)));
    }
    /// f(value) -> Result<U>: the next step that may fail, or this error unchanged
    /// (std::expected::and_then).
    template<class F>
    auto and_then(F &&f) const & -> std::remove_cvref_t<std::invoke_result_t<F, const T &>>
    {
        if (!has_value())
            return error();
        return std::invoke(std::forward<F>(f), value());
    }
    template<class F>
    auto and_then(F &&f) && -> std::remove_cvref_t<std::invoke_result_t<F, T &&>>
    {
        if (!has_value())
            return std::get<1>(std::move(m_data));
        return std::invoke(std::forward<F>(f), std::get<0>(std::move(m_data)));
    }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error), m_ok(false) {}
    Result(Error &&error) : m_error(std::move(error)), m_ok(false) {}

    bool has_value() const noexcept { return m_ok; }
    explicit operator bool() const noexcept { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

/// Untranslated, stable name of an error code (logs, JSON output, tests).
QString errorCodeName(ErrorCode code);

} // namespace dockscope::core

Q_DECLARE_METATYPE(dockscope::core::Error)
