// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/sshbatch.h"

#include "core/facts/hostfs.h"

#include <QFile>

#include <algorithm>
#include <cerrno>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

// Read-only by construction: stat, readlink, od, ls and globs; no redirection to files. sh
// reads it from standard input (`sh -s`), followed by `set -- MODE PATH …` and the call of main.
//
// Output: "DSB1", then per request "P <index>", its sections and "E", then "DSB1 END <count>".
// Sections: "S OK <mode hex> <uid> <gid> <size> <dev> <ino>" or "S ERR <errno>";
// "L OK <n>\n<n bytes>\n" or "L ERR <errno>"; "F", hex lines of od, "Z OK" or "Z ERR <errno>";
// or, for a text request, "T <n>\n<n bytes>\n" (the content, read by sh itself);
// "D", per entry "n <n>\n<n bytes>\n", "Z OK" or "Z ERR <errno>"; for "c" (with contents)
// directories, per regular file or link "N <n>\n<name>\n" and its S, L and F sections ("l":
// S and L only, for /proc/<pid>/fd, whose links may lead to big files; "t": as "c", the files
// read as text). Modes: p (a path), q (a path, read as text), c, l, t (directories).
// ${#x} counts bytes: the remote command starts sh with LC_ALL=C.
//
// Forks are what a batch costs (an audit of 50 containers reads some 6,000 files: one process
// per file made it take a minute), so:
// - stat runs once for up to 64 paths that exist ([ -e ], a builtin; exit status 0 means one
//   line per path, in order), and once per directory for its entries; a path that does not
//   exist in a searchable directory is ENOENT without a fork; only the rest is stat'ed one by
//   one (to learn the errno). sg and lg take the caller's "$@": the "${N}" references they
//   eval are the caller's positional parameters.
// - readlink runs once for the links of a group or directory; its output is used only when it
//   exited 0 and has exactly one line per link (a target with a newline in it, or a readlink
//   that takes one operand, falls back to one readlink per link).
// - Text requests (the kernel's text files: cgroup files, /proc/<pid>/status …, which hold no
//   NUL byte) are read by sh's own read loop (rt), without a process. A read that gives nothing
//   (an empty file, or one whose read fails: write-only cgroup files) or more than 1 MiB falls
//   back to od, which also names the errno. od stays for everything else (cmdline holds NULs).
// Paths reach stat and readlink through "${N}" references that eval expands, never as text.
// Contents only of files up to 1 MiB (sm): /proc and /sys files report size 0, /etc files are
// small, and a stat of /usr/bin/dockerd must not copy the binary over ssh. en() matches the
// end of a message (": Permission denied"), so a path inside the message cannot choose the
// errno. fd 3 is the real stdout so that od's output goes out while its stderr is captured.
constexpr auto s_script = R"SH(exec 3>&1
nl='
'
en() { case $1 in
*": Permission denied") er=EACCES;; *": Operation not permitted") er=EPERM;;
*": No such file or directory") er=ENOENT;; *": Not a directory") er=ENOTDIR;;
*": No such process") er=ESRCH;; *": Invalid argument") er=EINVAL;;
*": Is a directory") er=EISDIR;; *) er=EIO;; esac; }
so() { printf 'S OK %s\n' "$1"; r=${1#* }; r=${r#* }; r=${r#* }; sz=${r%% *}; }
st() { if s=$(stat -L -c '%f %u %g %s %d %i' -- "$1" 2>&1); then so "$s"
else en "$s"; sz=-1; printf 'S ERR %s\n' "$er"; fi; }
nx() { case $ss in *"$nl"*) l=${ss%%"$nl"*}; ss=${ss#*"$nl"};; *) l=$ss; ss=;; esac; }
sg() { ss=; gs=n; if [ -n "$q" ] && ss=$(eval "stat -L -c '%f %u %g %s %d %i' -- $q" 2>/dev/null); then gs=y; fi; }
lg() { rs=; gl=n; [ -n "$lq" ] && rs=$(eval "readlink -- $lq" 2>/dev/null && echo .) || return 0
rs=${rs%.}; rs=${rs%"$nl"}; t=$rs; c=1
while :; do case $t in *"$nl"*) t=${t#*"$nl"}; c=$((c+1));; *) break;; esac; done
[ $c -eq $nk ] && gl=y; }
lo() { if [ $gl = y ]; then case $rs in *"$nl"*) lt=${rs%%"$nl"*}; rs=${rs#*"$nl"};; *) lt=$rs; rs=;; esac
printf 'L OK %s\n%s\n' "${#lt}" "$lt"; else rl "$1"; fi; }
sm() { [ "$sz" -ge 0 ] 2>/dev/null && [ "$sz" -le 1048576 ]; }
pd() { case $1 in */) return 1;; /*/*) d=${1%/*};; /?*) d=/;; *) return 1;; esac; [ -d "$d" ] && [ -x "$d" ]; }
rl() { if r=$( { readlink -v -- "$1" && echo .; } 2>&1); then r=${r%.}; r=${r%"$nl"}
printf 'L OK %s\n%s\n' "${#r}" "$r"; else en "$r"; printf 'L ERR %s\n' "$er"; fi; }
rf() { printf 'F\n'; if e=$(od -A n -v -t x1 -- "$1" 2>&1 >&3); then printf 'Z OK\n'
else en "$e"; printf 'Z ERR %s\n' "$er"; fi; }
rt() { tx=; tl=; { while IFS= read -r tl; do tx=$tx$tl$nl; [ ${#tx} -le 1048576 ] || break; done; } 2>/dev/null <"$1" || return 1
tx=$tx$tl; [ -n "$tx" ] && [ ${#tx} -le 1048576 ] || return 1; printf 'T %s\n%s\n' "${#tx}" "$tx"; }
ld() { printf 'D\n'; e=
if [ ! -r "$1" ]; then e=$(ls -A -- "$1" 2>&1 >/dev/null) && e=; fi
if [ -n "$e" ]; then en "$e"; printf 'Z ERR %s\n' "$er"; return 0; fi
for f in "$1"/* "$1"/.[!.]* "$1"/..?*; do [ -e "$f" ] || [ -L "$f" ] || continue
n=${f##*/}; printf 'n %s\n%s\n' "${#n}" "$n"; done
printf 'Z OK\n'; }
lc() { lm=$2; set -- "$1"/*; k=1; q=; fl=; lq=; fk=; nk=0
for f in "$@"; do if [ -f "$f" ] || [ -L "$f" ]; then
if [ -e "$f" ]; then q="$q \"\${$k}\""; fl="${fl}y"; else fl="${fl}n"; fi
if [ -L "$f" ]; then lq="$lq \"\${$k}\""; fk="${fk}k"; nk=$((nk+1)); else fk="${fk}-"; fi
else fl="${fl}-"; fk="${fk}-"; fi
k=$((k+1)); done
sg "$@"; lg "$@"
for f in "$@"; do c=${fl%"${fl#?}"}; fl=${fl#?}; o=${fk%"${fk#?}"}; fk=${fk#?}; [ "$c" = - ] && continue
n=${f##*/}; printf 'N %s\n%s\n' "${#n}" "$n"
if [ "$c" = y ] && [ $gs = y ]; then nx; so "$l"; else st "$f"; fi
if [ "$o" = k ]; then lo "$f"; fi
if [ "$lm" != l ] && [ -f "$f" ] && sm; then if [ "$lm" = c ] || ! rt "$f"; then rf "$f"; fi; fi; done; }
main() { printf 'DSB1\n'; i=0
while [ $# -ge 2 ]; do g=0; k=2; q=; fl=; lq=; fk=; nk=0
while [ $g -lt 64 ] && [ $k -le $# ]; do eval "p=\${$k}"
if [ -e "$p" ]; then q="$q \"\${$k}\""; fl="${fl}y"; else fl="${fl}n"; fi
if [ -L "$p" ]; then lq="$lq \"\${$k}\""; fk="${fk}k"; nk=$((nk+1)); else fk="${fk}-"; fi
g=$((g+1)); k=$((k+2)); done
sg "$@"; lg "$@"
while [ $g -gt 0 ]; do m=$1; p=$2; shift 2; g=$((g-1)); c=${fl%"${fl#?}"}; fl=${fl#?}; o=${fk%"${fk#?}"}; fk=${fk#?}
printf 'P %s\n' "$i"
if [ $c = y ] && [ $gs = y ]; then nx; so "$l"
elif [ $c = n ] && [ "$o" != k ] && pd "$p"; then printf 'S ERR ENOENT\n'; sz=-1
else st "$p"; fi
if [ "$o" = k ]; then lo "$p"; fi
if [ -f "$p" ]; then if sm; then if [ "$m" != q ] || ! rt "$p"; then rf "$p"; fi; fi
elif [ -d "$p" ]; then ld "$p"
if [ "$m" != p ] && [ "$m" != q ]; then
s1=$fl; s2=$ss; s3=$gs; s4=$fk; s5=$rs; s6=$gl; lc "$p" "$m"; fl=$s1; ss=$s2; gs=$s3; fk=$s4; rs=$s5; gl=$s6; fi; fi
printf 'E\n'; i=$((i+1)); done; done
printf 'DSB1 END %s\n' "$i"; }
)SH";

int errnoFromName(const QByteArray &name)
{
    if (name == "EACCES") return EACCES;
    if (name == "EPERM") return EPERM;
    if (name == "ENOENT") return ENOENT;
    if (name == "ENOTDIR") return ENOTDIR;
    if (name == "ESRCH") return ESRCH;
    if (name == "EINVAL") return EINVAL;
    if (name == "EISDIR") return EISDIR;
    return EIO;
}

QString joinPath(const QString &dir, const QString &name)
{
    if (dir.endsWith(u'/'))
        return dir + name;
    return dir + u'/' + name;
}

bool isErrnoName(const QByteArray &name)
{
    if (name.size() < 2 || name.size() > 16 || !name.startsWith('E'))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// A strict cursor over the output: every read either consumes exactly what the format says
/// or fails (and the parse stops there).
class Reader
{
public:
    explicit Reader(const QByteArray &data) : m_data(data) {}

    /// Moves past the start line "DSB1" (what a login banner printed before it is skipped).
    bool start()
    {
        if (m_data.startsWith("DSB1\n")) {
            m_pos = 5;
            return true;
        }
        const qsizetype at = m_data.indexOf("\nDSB1\n");
        if (at < 0)
            return false;
        m_pos = at + 6;
        return true;
    }

    /// The next line without its newline, not consumed; nullopt when no complete line follows.
    std::optional<QByteArrayView> peekLine() const
    {
        const qsizetype eol = m_data.indexOf('\n', m_pos);
        if (eol < 0)
            return std::nullopt;
        return QByteArrayView(m_data.constData() + m_pos, eol - m_pos);
    }

    std::optional<QByteArrayView> line()
    {
        std::optional<QByteArrayView> l = peekLine();
        if (l)
            m_pos += l->size() + 1;
        return l;
    }

    /// "<tag> <n>\n<n bytes>\n" after the tag line was read: exactly n bytes, then a newline.
    bool blob(QByteArrayView lengthText, QByteArray *bytes)
    {
        if (lengthText.isEmpty() || lengthText.size() > 12
            || !std::all_of(lengthText.cbegin(), lengthText.cend(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        const qsizetype n = lengthText.toLongLong();
        if (n > m_data.size() - m_pos - 1)
            return false;
        if (m_data.at(m_pos + n) != '\n')
            return false;
        *bytes = m_data.sliced(m_pos, n);
        m_pos += n + 1;
        return true;
    }

    /// od -A n -t x1 lines up to the "Z …" line; false on any other character.
    bool hex(QByteArray *bytes)
    {
        for (;;) {
            std::optional<QByteArrayView> l = peekLine();
            if (!l)
                return false;
            if (l->startsWith('Z'))
                return true;
            for (qsizetype i = 0; i < l->size();) {
                const char c = l->at(i);
                if (c == ' ') {
                    ++i;
                    continue;
                }
                if (i + 1 >= l->size())
                    return false;
                const int hi = hexValue(c);
                const int lo = hexValue(l->at(i + 1));
                if (hi < 0 || lo < 0 || (i + 2 < l->size() && l->at(i + 2) != ' '))
                    return false;
                bytes->append(char(hi * 16 + lo));
                i += 2;
            }
            line();
        }
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

/// "OK" → nullopt, "ERR EACCES" → the error; *valid false for anything else.
std::optional<Error> statusError(QByteArrayView status, const QString &path, bool *valid)
{
    *valid = true;
    if (status == "OK")
        return std::nullopt;
    if (!status.startsWith("ERR ") || !isErrnoName(status.sliced(4).toByteArray())) {
        *valid = false;
        return std::nullopt;
    }
    return SshBatch::errnoError(status.sliced(4).toByteArray(), path);
}

Result<FileStat> parseStat(QByteArrayView rest, const QString &path, bool *valid)
{
    *valid = true;
    if (rest.startsWith("ERR ")) {
        bool ok = true;
        std::optional<Error> e = statusError(rest, path, &ok);
        *valid = ok && e.has_value();
        return e.value_or(Error{ErrorCode::ParseError, path});
    }
    const QList<QByteArray> f = rest.toByteArray().split(' ');
    if (f.size() != 7 || f.at(0) != "OK") {
        *valid = false;
        return Error{ErrorCode::ParseError, path};
    }
    bool ok[6] = {};
    FileStat s;
    s.mode = f.at(1).toUInt(&ok[0], 16);
    s.uid = f.at(2).toUInt(&ok[1]);
    s.gid = f.at(3).toUInt(&ok[2]);
    s.size = f.at(4).toLongLong(&ok[3]);
    s.device = f.at(5).toULongLong(&ok[4]);
    s.inode = f.at(6).toULongLong(&ok[5]);
    for (bool b : ok)
        *valid = *valid && b;
    return s;
}

/// Reads the sections of one path (S, L, F, D) until the next N or E line.
bool readSections(Reader &reader, const QString &path, SshBatch::Entry *entry)
{
    for (;;) {
        const std::optional<QByteArrayView> next = reader.peekLine();
        if (!next)
            return false;
        if (next->startsWith("N ") || *next == "E")
            return entry->stat.has_value();
        const QByteArrayView l = *reader.line();
        bool valid = true;
        if (l.startsWith("S ")) {
            if (entry->stat)
                return false;
            entry->stat = parseStat(l.sliced(2), path, &valid);
        } else if (l.startsWith("L ")) {
            if (entry->link)
                return false;
            if (l.startsWith("L OK ")) {
                QByteArray target;
                if (!reader.blob(l.sliced(5), &target))
                    return false;
                entry->link = Result<QString>(QFile::decodeName(target));
            } else {
                const std::optional<Error> error = statusError(l.sliced(2), path, &valid);
                if (!error)
                    return false;
                entry->link = Result<QString>(*error);
            }
        } else if (l.startsWith("T ")) {
            // Text content: a length-prefixed blob, as exact as the hex of od for a file
            // without NUL bytes (only text requests get it).
            if (entry->content)
                return false;
            QByteArray bytes;
            if (!reader.blob(l.sliced(2), &bytes))
                return false;
            entry->content = Result<QByteArray>(bytes);
        } else if (l == "F" || l == "D") {
            if ((l == "F" && entry->content) || (l == "D" && entry->entries))
                return false;
            QByteArray bytes;
            QStringList names;
            if (l == "F") {
                if (!reader.hex(&bytes))
                    return false;
            } else {
                for (;;) {
                    const std::optional<QByteArrayView> n = reader.peekLine();
                    if (!n || !n->startsWith("n "))
                        break;
                    QByteArray name;
                    if (!reader.blob(reader.line()->sliced(2), &name) || name.isEmpty() || name.contains('/'))
                        return false;
                    names.append(QFile::decodeName(name));
                }
                names.sort();
            }
            const std::optional<QByteArrayView> z = reader.line();
            if (!z || !z->startsWith("Z "))
                return false;
            const std::optional<Error> error = statusError(z->sliced(2), path, &valid);
            if (l == "F")
                entry->content = error ? Result<QByteArray>(*error) : Result<QByteArray>(bytes);
            else
                entry->entries = error ? Result<QStringList>(*error) : Result<QStringList>(names);
        } else {
            return false;
        }
        if (!valid)
            return false;
    }
}

} // namespace

QByteArray SshBatch::script()
{
    return QByteArray(s_script);
}

QString SshBatch::remoteCommand()
{
    // env sets the C locale before sh starts (bytes, not characters, for ${#x}; English
    // errno texts); exec spares the login shell's process.
    return u"exec env LC_ALL=C sh -s"_s;
}

Result<void> SshBatch::checkPath(const QString &path)
{
    const QByteArray bytes = QFile::encodeName(path);
    if (bytes.isEmpty() || bytes.contains('\0'))
        return Error{ErrorCode::InvalidArgument, path + u": path cannot be sent to the remote host"_s};
    return {};
}

Result<QByteArray> SshBatch::standardInput(const QList<Request> &requests)
{
    QByteArray in = script();
    in += "set --";
    for (const Request &r : requests) {
        if (Result<void> ok = checkPath(r.path); !ok)
            return ok.error();
        QByteArray quoted = QFile::encodeName(r.path);
        quoted.replace('\'', "'\\''");
        in += r.withContents ? (r.linksOnly ? " l '" : r.text ? " t '" : " c '") : r.text ? " q '" : " p '";
        in += quoted;
        in += '\'';
    }
    // One line: sh runs main only once it has read all of it, and nothing after it.
    in += "\nmain \"$@\" </dev/null; exit 0\n";
    return in;
}

QList<QList<SshBatch::Request>> SshBatch::split(const QList<Request> &requests, int maxRequests,
                                                qsizetype maxPathBytes)
{
    QList<QList<Request>> batches;
    QList<Request> current;
    qsizetype bytes = 0;
    for (const Request &r : requests) {
        const qsizetype size = QFile::encodeName(r.path).size() + 5;
        if (!current.isEmpty() && (current.size() >= maxRequests || bytes + size > maxPathBytes)) {
            batches.append(current);
            current.clear();
            bytes = 0;
        }
        current.append(r);
        bytes += size;
    }
    if (!current.isEmpty())
        batches.append(current);
    return batches;
}

std::optional<Result<QByteArray>> SshBatch::contentOf(const Entry &entry, const QString &path)
{
    if (entry.content)
        return *entry.content;
    if (entry.stat && !entry.stat->has_value())
        return Result<QByteArray>(entry.stat->error());
    if (entry.stat && entry.stat->value().isDir())
        return Result<QByteArray>(errnoError("EISDIR", path));
    return std::nullopt;
}

Result<QString> SshBatch::linkOf(const Entry &entry, const QString &path)
{
    if (entry.link)
        return *entry.link;
    if (entry.stat && !entry.stat->has_value())
        return entry.stat->error();
    return errnoError("EINVAL", path);   // readlink(2) on a non-link
}

Result<QStringList> SshBatch::entriesOf(const Entry &entry, const QString &path)
{
    if (entry.entries)
        return *entry.entries;
    if (entry.stat && !entry.stat->has_value())
        return entry.stat->error();
    return errnoError("ENOTDIR", path);
}

Error SshBatch::errnoError(const QByteArray &errnoName, const QString &path)
{
    // The host-facts helper's refusal (core/remote/hostfactsprotocol.h): no errno of its own.
    if (errnoName == "EDSDENIED")
        return Error{ErrorCode::PermissionDenied, path + u": not served by the host-facts helper"_s};
    return hostFsErrnoError(errnoFromName(errnoName), path);
}

QHash<QString, SshBatch::Entry> SshBatch::parse(const QByteArray &output, const QList<Request> &requests,
                                                QStringList *problems)
{
    QHash<QString, Entry> result;
    auto problem = [problems](const QString &what) {
        if (problems)
            problems->append(what);
    };
    Reader reader(output);
    if (!reader.start()) {
        if (!requests.isEmpty())
            problem(u"no batch output"_s);
        return result;
    }
    for (int index = 0;; ++index) {
        const std::optional<QByteArrayView> header = reader.line();
        if (!header) {
            if (index < requests.size())
                problem(u"output ends after %1 of %2 records"_s.arg(index).arg(requests.size()));
            return result;
        }
        if (header->startsWith("DSB1 END ")) {
            if (index != requests.size() || header->sliced(9) != QByteArrayView(QByteArray::number(index)))
                problem(u"batch ended after %1 of %2 records"_s.arg(index).arg(requests.size()));
            return result;
        }
        // Records come in order, numbered from 0: anything else is not this script's output.
        const QByteArray expected = "P " + QByteArray::number(index);
        if (index >= requests.size() || *header != QByteArrayView(expected)) {
            const QByteArray shown = header->first(qMin<qsizetype>(header->size(), 40)).toByteArray();
            problem(u"unexpected line at record %1: "_s.arg(index)
                    + QString::fromLatin1(shown.toPercentEncoding(" ")));
            return result;
        }
        const QString path = requests.at(index).path;
        Entry entry;
        QHash<QString, Entry> nested;
        bool good = readSections(reader, path, &entry);
        // Entries come only for what was asked with its contents (found by fuzz_ssh_batch).
        while (good && requests.at(index).withContents && reader.peekLine() && reader.peekLine()->startsWith("N ")) {
            QByteArray name;
            if (!reader.blob(reader.line()->sliced(2), &name) || name.isEmpty() || name.contains('/')) {
                good = false;
                break;
            }
            const QString child = joinPath(path, QFile::decodeName(name));
            Entry childEntry;
            good = readSections(reader, child, &childEntry);
            if (good)
                nested.insert(child, childEntry);
        }
        const std::optional<QByteArrayView> end = good ? reader.line() : std::nullopt;
        if (!end || *end != "E") {
            problem(path + u": incomplete record"_s);
            return result;
        }
        result.insert(path, entry);
        for (auto it = nested.cbegin(); it != nested.cend(); ++it)
            result.insert(it.key(), it.value());
    }
}

} // namespace dockscope::core
