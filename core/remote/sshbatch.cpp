// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/sshbatch.h"

#include "core/facts/hostfs.h"

#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

// Read-only by construction: stat, readlink, cat, ls and a glob; no redirection to files.
// Contents only of files up to 1 MiB (sm): /proc and /sys files report size 0, /etc files are
// small, and a stat of /usr/bin/dockerd must not copy the binary over ssh. sm judges the size
// that the st just before it read (one stat per file, not two: forks are what a batch costs).
// fd 3 is the real stdout so that a command's stdout goes out while its stderr is captured.
constexpr auto s_script = R"SH(export LC_ALL=C
t=$1; shift
exec 3>&1
en() { case $1 in
*"Permission denied"*) echo EACCES;; *"Operation not permitted"*) echo EPERM;;
*"No such file or directory"*) echo ENOENT;; *"Not a directory"*) echo ENOTDIR;;
*"No such process"*) echo ESRCH;; *"Invalid argument"*) echo EINVAL;;
*"Is a directory"*) echo EISDIR;; *) echo EIO;; esac; }
one() { printf %s "$1" | tr '\n' ' '; }
z() { if [ "$1" = 0 ]; then printf '\n%s Z OK\n' "$t"; else printf '\n%s Z ERR %s %s\n' "$t" "$(en "$2")" "$(one "$2")"; fi; }
st() { if s=$(stat -L -c '%f %u %g %s %d %i' -- "$1" 2>&1); then printf '%s S OK %s\n' "$t" "$s"
r=${s#* }; r=${r#* }; r=${r#* }; sz=${r%% *}; else sz=-1; printf '%s S ERR %s %s\n' "$t" "$(en "$s")" "$(one "$s")"; fi; }
rf() { printf '%s F\n' "$t"; e=$(cat -- "$1" 2>&1 >&3); z $? "$e"; }
sm() { [ "$sz" -ge 0 ] && [ "$sz" -le 1048576 ]; }
ld() { printf '%s D\n' "$t"; e=$(ls -A -- "$1" 2>&1 >/dev/null); r=$?
if [ $r = 0 ]; then for f in "$1"/* "$1"/.[!.]* "$1"/..?*; do
[ -e "$f" ] || [ -L "$f" ] || continue; printf '%s\0' "${f##*/}"; done; fi; z $r "$e"; }
i=0
while [ $# -ge 2 ]; do
m=$1; p=$2; shift 2
printf '%s P %s\n' "$t" "$i"
st "$p"
if [ -L "$p" ]; then printf '%s L\n' "$t"; e=$(readlink -v -- "$p" 2>&1 >&3); z $? "$e"; fi
if [ -f "$p" ]; then sm "$p" && rf "$p"
elif [ -d "$p" ]; then ld "$p"
if [ "$m" = c ]; then for f in "$p"/*; do [ -f "$f" ] || [ -L "$f" ] || continue
printf '%s N\n%s' "$t" "${f##*/}"; z 0; st "$f"
if [ -L "$f" ]; then printf '%s L\n' "$t"; e=$(readlink -v -- "$f" 2>&1 >&3); z $? "$e"; fi
if [ -f "$f" ] && sm "$f"; then rf "$f"; fi; done; fi
fi
printf '%s E\n' "$t"
i=$((i+1))
done
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

/// A cursor over the output; all positions are byte offsets.
class Reader
{
public:
    Reader(const QByteArray &data, const QByteArray &token)
        : m_data(data), m_prefix(QByteArray(token + ' ')), m_payloadEnd(QByteArray('\n' + token + " Z "))
    {}

    bool atEnd() const { return m_pos >= m_data.size(); }

    /// Skips to the next line that starts with "<token> P " (resynchronisation).
    bool seekRecord()
    {
        const QByteArray marker = m_prefix + "P ";
        for (;;) {
            if (m_pos + marker.size() <= m_data.size() && m_data.mid(m_pos, marker.size()) == marker
                && (m_pos == 0 || m_data.at(m_pos - 1) == '\n'))
                return true;
            const qsizetype next = m_data.indexOf(QByteArray('\n' + marker), m_pos);
            if (next < 0) {
                m_pos = m_data.size();
                return false;
            }
            m_pos = next + 1;
        }
    }

    /// Reads one control line "<token> TAG rest"; false when the next bytes are not one.
    bool controlLine(QByteArray *tag, QByteArray *rest)
    {
        if (m_data.mid(m_pos, m_prefix.size()) != m_prefix)
            return false;
        const qsizetype eol = m_data.indexOf('\n', m_pos);
        if (eol < 0)
            return false;
        const QByteArray line = m_data.mid(m_pos + m_prefix.size(), eol - m_pos - m_prefix.size());
        const qsizetype space = line.indexOf(' ');
        *tag = space < 0 ? line : line.left(space);
        *rest = space < 0 ? QByteArray() : line.mid(space + 1);
        m_pos = eol + 1;
        return true;
    }

    /// Reads a payload up to "\n<token> Z " and the status after it.
    bool payload(QByteArray *bytes, QByteArray *status)
    {
        const qsizetype end = m_data.indexOf(m_payloadEnd, m_pos);
        if (end < 0)
            return false;
        const qsizetype eol = m_data.indexOf('\n', end + m_payloadEnd.size());
        if (eol < 0)
            return false;
        *bytes = m_data.mid(m_pos, end - m_pos);
        *status = m_data.mid(end + m_payloadEnd.size(), eol - end - m_payloadEnd.size());
        m_pos = eol + 1;
        return true;
    }

    /// Peeks at the next control line's tag without consuming it.
    QByteArray peekTag() const
    {
        if (m_data.mid(m_pos, m_prefix.size()) != m_prefix)
            return {};
        const qsizetype from = m_pos + m_prefix.size();
        qsizetype stop = from;
        while (stop < m_data.size() && m_data.at(stop) != ' ' && m_data.at(stop) != '\n')
            ++stop;
        return m_data.mid(from, stop - from);
    }

private:
    const QByteArray &m_data;
    QByteArray m_prefix;
    QByteArray m_payloadEnd;
    qsizetype m_pos = 0;
};

/// "ERR EACCES message" → the error, or nullopt for "OK".
std::optional<Error> statusError(const QByteArray &status, const QString &path, bool *valid)
{
    *valid = true;
    if (status == "OK")
        return std::nullopt;
    if (!status.startsWith("ERR ")) {
        *valid = false;
        return std::nullopt;
    }
    const QByteArray name = status.mid(4).split(' ').value(0);
    if (name.isEmpty()) {
        *valid = false;
        return std::nullopt;
    }
    return SshBatch::errnoError(name, path);
}

Result<FileStat> parseStat(const QByteArray &rest, const QString &path, bool *valid)
{
    *valid = true;
    if (rest.startsWith("ERR ")) {
        bool ok = true;
        std::optional<Error> e = statusError(rest, path, &ok);
        *valid = ok && e.has_value();
        return e.value_or(Error{ErrorCode::ParseError, path});
    }
    const QList<QByteArray> f = rest.split(' ');
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

/// Reads the sections that describe one path (S, L, F, D) until the next N or E.
bool readSections(Reader &reader, const QString &path, SshBatch::Entry *entry)
{
    for (;;) {
        const QByteArray next = reader.peekTag();
        if (next == "N" || next == "E")
            return true;
        // Anything else (a new record's "P", garbage) is left for resynchronisation.
        if (next != "S" && next != "L" && next != "F" && next != "D")
            return false;
        QByteArray tag;
        QByteArray rest;
        if (!reader.controlLine(&tag, &rest))
            return false;
        bool valid = true;
        if (tag == "S") {
            if (entry->stat)
                return false;
            entry->stat = parseStat(rest, path, &valid);
            if (!valid)
                return false;
            continue;
        }
        if (tag != "L" && tag != "F" && tag != "D")
            return false;
        QByteArray bytes;
        QByteArray status;
        if (!reader.payload(&bytes, &status))
            return false;
        const std::optional<Error> error = statusError(status, path, &valid);
        if (!valid)
            return false;
        if (tag == "L") {
            if (bytes.endsWith('\n'))
                bytes.chop(1);
            entry->link = error ? Result<QString>(*error) : Result<QString>(QFile::decodeName(bytes));
        } else if (tag == "F") {
            entry->content = error ? Result<QByteArray>(*error) : Result<QByteArray>(bytes);
        } else {
            QStringList names;
            if (!error) {
                for (const QByteArray &name : bytes.split('\0')) {
                    if (!name.isEmpty())
                        names.append(QFile::decodeName(name));
                }
                names.sort();
            }
            entry->entries = error ? Result<QStringList>(*error) : Result<QStringList>(names);
        }
    }
}

} // namespace

QString SshBatch::script()
{
    return QString::fromLatin1(s_script);
}

QStringList SshBatch::remoteArgv(const QByteArray &token, const QList<Request> &requests)
{
    QStringList argv{u"sh"_s, u"-c"_s, script(), u"sh"_s, QString::fromLatin1(token)};
    for (const Request &r : requests)
        argv << (r.withContents ? u"c"_s : u"p"_s) << r.path;
    return argv;
}

QByteArray SshBatch::newToken()
{
    QByteArray raw(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return "DS" + raw.toHex();
}

Error SshBatch::errnoError(const QByteArray &errnoName, const QString &path)
{
    return hostFsErrnoError(errnoFromName(errnoName), path);
}

QHash<QString, SshBatch::Entry> SshBatch::parse(const QByteArray &output, const QByteArray &token,
                                                const QList<Request> &requests, QStringList *problems)
{
    QHash<QString, Entry> result;
    auto problem = [problems](const QString &what) {
        if (problems)
            problems->append(what);
    };
    Reader reader(output, token);
    while (reader.seekRecord()) {
        QByteArray tag;
        QByteArray rest;
        if (!reader.controlLine(&tag, &rest)) {
            problem(u"truncated record header"_s);
            break;
        }
        bool ok = false;
        const int index = rest.toInt(&ok);
        if (!ok || index < 0 || index >= requests.size()) {
            problem(u"record with bad index: "_s + QString::fromLatin1(rest.left(40)));
            continue;
        }
        const QString path = requests.at(index).path;
        Entry entry;
        QHash<QString, Entry> nested;
        bool good = readSections(reader, path, &entry);
        while (good && reader.peekTag() == "N") {
            QByteArray nameBytes;
            QByteArray status;
            if (!reader.controlLine(&tag, &rest) || !reader.payload(&nameBytes, &status) || status != "OK"
                || nameBytes.isEmpty() || nameBytes.contains('/')) {
                good = false;
                break;
            }
            const QString child = joinPath(path, QFile::decodeName(nameBytes));
            Entry childEntry;
            good = readSections(reader, child, &childEntry);
            if (good)
                nested.insert(child, childEntry);
        }
        if (!good || !reader.controlLine(&tag, &rest) || tag != "E" || !entry.stat) {
            problem(path + u": incomplete record"_s);
            continue;
        }
        result.insert(path, entry);
        for (auto it = nested.cbegin(); it != nested.cend(); ++it)
            result.insert(it.key(), it.value());
    }
    return result;
}

} // namespace dockscope::core
