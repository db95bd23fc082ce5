// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/hostfs.h"

#include "core/limits.h"

#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dockscope::core {

using namespace Qt::StringLiterals;

bool FileStat::isDir() const { return S_ISDIR(mode); }
bool FileStat::isSocket() const { return S_ISSOCK(mode); }
bool FileStat::isRegularFile() const { return S_ISREG(mode); }

HostFs::~HostFs() = default;

void HostFs::prefetch(const QStringList &paths) const
{
    Q_UNUSED(paths)
}

std::shared_ptr<const HostFs> HostFs::makeSnapshot() const
{
    return nullptr;
}

std::shared_ptr<const HostFs> HostFs::snapshotOf(std::shared_ptr<const HostFs> fs)
{
    if (!fs)
        return fs;
    std::shared_ptr<const HostFs> view = fs->makeSnapshot();
    return view ? view : fs;
}

Error hostFsErrnoError(int err, const QString &path)
{
    ErrorCode code = ErrorCode::IoError;
    switch (err) {
    case EACCES:
    case EPERM:
        code = ErrorCode::PermissionDenied;
        break;
    case ENOENT:
    case ENOTDIR:
    case ESRCH:     // the process went away between listing and reading
        code = ErrorCode::NotFound;
        break;
    case EINVAL:
        code = ErrorCode::KernelLacks;
        break;
    default:
        break;
    }
    return Error{code, path + u": "_s + QString::fromLocal8Bit(std::strerror(err))};
}


LocalHostFs::LocalHostFs(const QString &root)
    : m_root(root)
{
    while (m_root.size() > 1 && m_root.endsWith(u'/'))
        m_root.chop(1);
    if (m_root.isEmpty())
        m_root = u"/"_s;
}

QString LocalHostFs::hostPath(const QString &path) const
{
    if (m_root == u"/"_s)
        return path;
    if (path.startsWith(u'/'))
        return m_root + path;
    return m_root + u'/' + path;
}

Result<QByteArray> LocalHostFs::readFile(const QString &path) const
{
    const QByteArray local = QFile::encodeName(hostPath(path));
    // O_NONBLOCK: opening a FIFO must not wait for a writer (and reading one must not wait
    // for data); a container may bind anything over the files it owns (its /proc/meminfo
    // seen through /proc/<pid>/root). Symlinks are still followed: /proc/<pid>/root is one.
    int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
    // Below /proc/<pid>/root the container decides what a name is: an absolute symlink there
    // resolves against *our* root, so its last component may not be a symlink at all.
    static const QRegularExpression s_containerRoot(u"^/proc/[0-9]+/root/"_s);
    if (s_containerRoot.match(path).hasMatch())
        flags |= O_NOFOLLOW;
    const int fd = ::open(local.constData(), flags);
    if (fd < 0)
        return hostFsErrnoError(errno, path);
    struct ::stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return hostFsErrnoError(err, path);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        // A device (/dev/zero bound over a /proc file) or a FIFO would never end.
        return Error{ErrorCode::IoError, path + u": not a regular file"_s};
    }
    // /proc and /sys files report size 0: read until EOF, but no further than the cap (a FUSE
    // file may never end).
    QByteArray data;
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            return hostFsErrnoError(err, path);
        }
        if (n == 0)
            break;
        if (data.size() + n > limits::s_maxHostFileBytes) {
            ::close(fd);
            return Error{ErrorCode::IoError,
                         path + u": larger than %1 bytes"_s.arg(limits::s_maxHostFileBytes)};
        }
        data.append(buffer, static_cast<qsizetype>(n));
    }
    ::close(fd);
    return data;
}

Result<QString> LocalHostFs::readLink(const QString &path) const
{
    const QByteArray local = QFile::encodeName(hostPath(path));
    char buffer[4096];
    const ssize_t n = ::readlink(local.constData(), buffer, sizeof buffer - 1);
    if (n < 0)
        return hostFsErrnoError(errno, path);
    return QFile::decodeName(QByteArray(buffer, static_cast<qsizetype>(n)));
}

Result<FileStat> LocalHostFs::stat(const QString &path) const
{
    const QByteArray local = QFile::encodeName(hostPath(path));
    struct ::stat st {};
    if (::stat(local.constData(), &st) != 0)
        return hostFsErrnoError(errno, path);
    FileStat s;
    s.mode = st.st_mode;
    s.uid = st.st_uid;
    s.gid = st.st_gid;
    s.size = st.st_size;
    s.device = st.st_dev;
    s.inode = st.st_ino;
    return s;
}

Result<QStringList> LocalHostFs::listDir(const QString &path) const
{
    const QByteArray local = QFile::encodeName(hostPath(path));
    DIR *dir = ::opendir(local.constData());
    if (!dir)
        return hostFsErrnoError(errno, path);
    QStringList names;
    errno = 0;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (std::strcmp(name, ".") != 0 && std::strcmp(name, "..") != 0)
            names.append(QFile::decodeName(name));
        errno = 0;
    }
    const int err = errno;
    ::closedir(dir);
    if (err != 0)
        return hostFsErrnoError(err, path);
    names.sort();
    return names;
}

bool LocalHostFs::isLocal() const
{
    // A fixture tree stands for some other machine; only the real root is this one.
    return m_root == u"/"_s;
}

QString LocalHostFs::describe() const
{
    return m_root;
}

} // namespace dockscope::core
