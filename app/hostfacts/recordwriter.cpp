// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hostfacts/recordwriter.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dockscope::hostfacts {

using namespace Qt::StringLiterals;
using core::SshBatch;

namespace {

/// A file descriptor closed when it goes out of scope; negative: the errno of the failed open.
class Fd
{
public:
    Fd() = default;
    explicit Fd(int fd) : m_fd(fd < 0 ? -errno : fd) {}
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    Fd(Fd &&other) noexcept : m_fd(other.m_fd) { other.m_fd = -EBADF; }
    Fd &operator=(Fd &&other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    static Fd failed(int err) { Fd f; f.m_fd = -err; return f; }
    /// Gives up ownership (fdopendir took it).
    int release() { return std::exchange(m_fd, -EBADF); }
    bool ok() const { return m_fd >= 0; }
    int get() const { return m_fd; }
    int error() const { return -m_fd; }

private:
    int m_fd = -EBADF;
};

constexpr int s_pathFlags = O_PATH | O_CLOEXEC;

/// Content of a regular file as od -A n -v -t x1 prints it: " xx" per byte, 16 to a line.
void appendHex(QByteArray *out, QByteArrayView bytes)
{
    static const char s_digits[] = "0123456789abcdef";
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        out->append(' ');
        out->append(s_digits[b >> 4]);
        out->append(s_digits[b & 0xf]);
        if (i % 16 == 15 || i + 1 == bytes.size())
            out->append('\n');
    }
}

/// "S OK" and the fields of stat -c '%f %u %g %s %d %i'.
void appendStat(QByteArray *out, const struct ::stat &st)
{
    char line[128];
    std::snprintf(line, sizeof line, "S OK %x %u %u %lld %llu %llu\n", unsigned(st.st_mode),
                  unsigned(st.st_uid), unsigned(st.st_gid), static_cast<long long>(st.st_size),
                  static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino));
    out->append(line);
}

qsizetype hexSize(qsizetype bytes)
{
    return bytes * 3 + (bytes + 15) / 16;
}

/// "/proc/<pid>/root/<rest>" opened below the process's root, no component of rest followed if it is a
/// symlink (the container decides what its names are; an absolute link there would resolve in
/// ours). O_PATH: nothing is opened for reading here.
Fd openBelowRoot(const QByteArray &path)
{
    static const QRegularExpression s_rootPath(u"^(/proc/[1-9][0-9]*/root)/(.+)\\z"_s);
    const QRegularExpressionMatch m = s_rootPath.match(QString::fromLatin1(path));
    if (!m.hasMatch())
        return Fd::failed(EINVAL);
    Fd current(::open(m.captured(1).toLatin1().constData(), s_pathFlags | O_DIRECTORY));
    if (!current.ok())
        return current;
    const QList<QByteArray> components = path.sliced(m.capturedStart(2)).split('/');
    for (qsizetype i = 0; i < components.size(); ++i) {
        Fd next(::openat(current.get(), components.at(i).constData(), s_pathFlags | O_NOFOLLOW));
        if (!next.ok())
            return next;
        struct ::stat st {};
        if (::fstat(next.get(), &st) != 0)
            return Fd::failed(errno);
        if (S_ISLNK(st.st_mode))
            return Fd::failed(ELOOP);
        if (i + 1 < components.size() && !S_ISDIR(st.st_mode))
            return Fd::failed(ENOTDIR);
        current = std::move(next);
    }
    return current;
}

} // namespace

RecordWriter::RecordWriter(qsizetype limit)
    : m_out("DSB1\n"), m_limit(limit)
{
}

QByteArray RecordWriter::errnoName(int err)
{
    switch (err) {
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case ENOENT: return "ENOENT";
    case ENOTDIR: return "ENOTDIR";
    case ESRCH: return "ESRCH";
    case EINVAL: return "EINVAL";
    case EISDIR: return "EISDIR";
    default: return "EIO";
    }
}

void RecordWriter::write(const SshBatch::Request &request, Serve serve)
{
    m_lastStart = m_out.size();
    m_out += "P " + QByteArray::number(m_count++) + '\n';
    if (serve == Serve::Denied) {
        m_out += QByteArray("S ERR ") + core::HostFactsProtocol::s_deniedErrno + '\n';
    } else if (!room(0)) {
        // The answer is full: the rest of the batch gets a short error record.
        m_out += "S ERR EIO\n";
    } else {
        switch (serve) {
        case Serve::ProcFile:
        case Serve::NamespaceDir:
        case Serve::ContainerFile:
        case Serve::Cgroup:
            writeNoFollow(request, serve);
            break;
        case Serve::Link:
            writeLinkOnly(QFile::encodeName(request.path));
            break;
        case Serve::ConfigFile:
        case Serve::ConfigDir:
            writeFollowing(request, serve);
            break;
        case Serve::Denied:
            break;
        }
    }
    m_out += "E\n";
}

void RecordWriter::replaceLast(QByteArrayView errnoName)
{
    if (m_lastStart < 0)
        return;
    m_out.truncate(m_lastStart);
    m_out += "P " + QByteArray::number(m_count - 1) + "\nS ERR " + errnoName.toByteArray() + "\nE\n";
}

QByteArray RecordWriter::finish() const
{
    return m_out + "DSB1 END " + QByteArray::number(m_count) + '\n';
}

void RecordWriter::statLine(int fd)
{
    struct ::stat st {};
    if (::fstat(fd, &st) != 0)
        m_out += "S ERR " + errnoName(errno) + '\n';
    else
        appendStat(&m_out, st);
}

void RecordWriter::linkSection(int dirFd, const char *name)
{
    char target[4097];
    const ssize_t n = ::readlinkat(dirFd, name, target, sizeof target);
    if (n < 0) {
        m_out += "L ERR " + errnoName(errno) + '\n';
    } else if (n >= qsizetype(sizeof target)) {
        m_out += "L ERR EIO\n";     // longer than PATH_MAX: not a link the kernel resolves
    } else {
        m_out += "L OK " + QByteArray::number(n) + '\n';
        m_out.append(target, n);
        m_out += '\n';
    }
}

void RecordWriter::contentSection(int pathFd)
{
    m_out += "F\n";
    // Re-opened for reading through the checked O_PATH descriptor: the same inode, whatever
    // happened to the name since.
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(pathFd);
    Fd fd(::open(self.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (!fd.ok()) {
        m_out += "Z ERR " + errnoName(fd.error()) + '\n';
        return;
    }
    QByteArray data;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            m_out += "Z ERR " + errnoName(errno) + '\n';
            return;
        }
        if (n == 0)
            break;
        if (data.size() + n > s_maxContentBytes) {
            m_out += "Z ERR EIO\n";     // a /proc or /sys file that keeps growing
            return;
        }
        data.append(buffer, n);
    }
    if (!room(hexSize(data.size()) + 16)) {
        m_out += "Z ERR EIO\n";
        return;
    }
    appendHex(&m_out, data);
    m_out += "Z OK\n";
}

void RecordWriter::listing(int dirFd, QList<QByteArray> *names)
{
    m_out += "D\n";
    Fd fd(::openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    DIR *dir = fd.ok() ? ::fdopendir(fd.get()) : nullptr;
    if (!dir) {
        m_out += "Z ERR " + errnoName(fd.ok() ? errno : fd.error()) + '\n';
        return;
    }
    fd.release();   // closedir closes it
    QList<QByteArray> found;
    int err = 0;
    for (;;) {
        errno = 0;
        const dirent *entry = ::readdir(dir);
        if (!entry) {
            err = errno;
            break;
        }
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            found.append(name);
    }
    ::closedir(dir);
    if (err != 0) {
        m_out += "Z ERR " + errnoName(err) + '\n';
        return;
    }
    // The script's order: its globs "*", ".[!.]*" and "..?*", each sorted bytewise (C locale).
    const auto group = [](const QByteArray &name) {
        return !name.startsWith('.') ? 0 : name.startsWith("..") ? 2 : 1;
    };
    std::sort(found.begin(), found.end(), [&group](const QByteArray &x, const QByteArray &y) {
        const int gx = group(x);
        const int gy = group(y);
        return gx != gy ? gx < gy : x < y;
    });
    for (const QByteArray &name : std::as_const(found)) {
        if (!room(name.size() + 16)) {
            m_out += "Z ERR EIO\n";
            return;
        }
        m_out += "n " + QByteArray::number(name.size()) + '\n' + name + '\n';
    }
    m_out += "Z OK\n";
    *names = found;
}

void RecordWriter::entries(int dirFd, const QList<QByteArray> &names, const SshBatch::Request &request,
                           Serve serve)
{
    // As the script's `"$dir"/*`: no hidden entries; regular files and links only.
    for (const QByteArray &name : names) {
        if (name.startsWith('.'))
            continue;
        if (!room(name.size() + 4096 + 256))
            return;
        struct ::stat lst {};
        if (::fstatat(dirFd, name.constData(), &lst, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        const bool link = S_ISLNK(lst.st_mode);
        if (serve == Serve::NamespaceDir) {
            // Namespace entries: their inode (the link followed) and target, never content.
            if (!link && !S_ISREG(lst.st_mode))
                continue;
            m_out += "N " + QByteArray::number(name.size()) + '\n' + name + '\n';
            Fd target(::openat(dirFd, name.constData(), s_pathFlags));
            if (target.ok())
                statLine(target.get());
            else
                m_out += "S ERR " + errnoName(target.error()) + '\n';
            if (link)
                linkSection(dirFd, name.constData());
            continue;
        }
        // A cgroup directory: its files only, no link followed.
        if (!S_ISREG(lst.st_mode))
            continue;
        Fd file(::openat(dirFd, name.constData(), s_pathFlags | O_NOFOLLOW));
        m_out += "N " + QByteArray::number(name.size()) + '\n' + name + '\n';
        if (!file.ok()) {
            m_out += "S ERR " + errnoName(file.error()) + '\n';
            continue;
        }
        struct ::stat st {};
        if (::fstat(file.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
            m_out += "S ERR EIO\n";     // replaced since the listing
            continue;
        }
        statLine(file.get());
        if (!request.linksOnly && st.st_size >= 0 && st.st_size <= s_maxContentBytes)
            contentSection(file.get());
    }
}

void RecordWriter::writeNoFollow(const SshBatch::Request &request, Serve serve)
{
    const QByteArray path = QFile::encodeName(request.path);
    const Fd fd = serve == Serve::ContainerFile ? openBelowRoot(path)
                                                : Fd(::open(path.constData(), s_pathFlags | O_NOFOLLOW));
    if (!fd.ok()) {
        m_out += "S ERR " + errnoName(fd.error()) + '\n';
        return;
    }
    struct ::stat st {};
    if (::fstat(fd.get(), &st) != 0) {
        m_out += "S ERR " + errnoName(errno) + '\n';
        return;
    }
    if (S_ISLNK(st.st_mode)) {
        m_out += "S ERR EIO\n";     // these paths are never links: nothing is followed
        return;
    }
    statLine(fd.get());
    if (S_ISREG(st.st_mode)) {
        if (serve != Serve::NamespaceDir && st.st_size >= 0 && st.st_size <= s_maxContentBytes)
            contentSection(fd.get());
    } else if (S_ISDIR(st.st_mode) && (serve == Serve::NamespaceDir || serve == Serve::Cgroup)) {
        QList<QByteArray> names;
        listing(fd.get(), &names);
        if (request.withContents)
            entries(fd.get(), names, request, serve);
    }
}

void RecordWriter::writeFollowing(const SshBatch::Request &request, Serve serve)
{
    // The daemon's configuration: root's own directories, where a link is root's choice
    // (configuration management links /etc files), so it is followed as the script does.
    const QByteArray path = QFile::encodeName(request.path);
    const Fd fd(::open(path.constData(), s_pathFlags));
    if (fd.ok())
        statLine(fd.get());
    else
        m_out += "S ERR " + errnoName(fd.error()) + '\n';
    struct ::stat lst {};
    if (::lstat(path.constData(), &lst) == 0 && S_ISLNK(lst.st_mode))
        linkSection(AT_FDCWD, path.constData());
    struct ::stat st {};
    if (!fd.ok() || ::fstat(fd.get(), &st) != 0)
        return;
    const bool small = st.st_size >= 0 && st.st_size <= s_maxContentBytes;
    if (serve == Serve::ConfigFile && S_ISREG(st.st_mode) && small) {
        contentSection(fd.get());
    } else if (serve == Serve::ConfigDir && S_ISDIR(st.st_mode)) {
        QList<QByteArray> names;
        listing(fd.get(), &names);
    }
}

void RecordWriter::writeLinkOnly(const QByteArray &path)
{
    // stat -L (a namespace's inode, the executable's file) and the link's target; no content.
    struct ::stat st {};
    if (::stat(path.constData(), &st) != 0)
        m_out += "S ERR " + errnoName(errno) + '\n';
    else
        appendStat(&m_out, st);
    struct ::stat lst {};
    if (::lstat(path.constData(), &lst) == 0 && S_ISLNK(lst.st_mode))
        linkSection(AT_FDCWD, path.constData());
}

} // namespace dockscope::hostfacts
