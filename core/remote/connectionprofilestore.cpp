// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/connectionprofilestore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

constexpr auto s_group = "connections";

QString transportName(ConnectionProfile::SshTransport t)
{
    return t == ConnectionProfile::SshTransport::DialStdio ? u"dial-stdio"_s : u"forward"_s;
}

} // namespace

ConnectionProfileStore::ConnectionProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

QList<ConnectionProfile> ConnectionProfileStore::savedProfiles() const
{
    QList<ConnectionProfile> result;
    m_settings->beginGroup(QLatin1StringView(s_group));
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        const std::optional<ConnectionProfile::Kind> kind =
            ConnectionProfile::kindFromName(m_settings->value(u"kind"_s).toString());
        if (kind && *kind != ConnectionProfile::Kind::DockerContext) {
            ConnectionProfile p;
            p.id = id;
            p.kind = *kind;
            p.name = m_settings->value(u"name"_s).toString();
            p.url = m_settings->value(u"url"_s).toString();
            p.tls = m_settings->value(u"tls"_s, false).toBool();
            p.tlsVerify = m_settings->value(u"tlsVerify"_s, true).toBool();
            p.tlsCertPath = m_settings->value(u"tlsCertPath"_s).toString();
            p.tlsCaFile = m_settings->value(u"tlsCaFile"_s).toString();
            p.tlsCertFile = m_settings->value(u"tlsCertFile"_s).toString();
            p.tlsKeyFile = m_settings->value(u"tlsKeyFile"_s).toString();
            p.sshTransport = m_settings->value(u"sshTransport"_s).toString() == u"dial-stdio"_s
                                 ? ConnectionProfile::SshTransport::DialStdio
                                 : ConnectionProfile::SshTransport::Forward;
            p.sshConfigFile = m_settings->value(u"sshConfigFile"_s).toString();
            p.sshIdentityFile = m_settings->value(u"sshIdentityFile"_s).toString();
            p.sshKnownHostsFile = m_settings->value(u"sshKnownHostsFile"_s).toString();
            p.execProbes = m_settings->value(u"execProbes"_s, false).toBool();
            result.append(p);
        }
        m_settings->endGroup();
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

Result<QString> ConnectionProfileStore::save(ConnectionProfile p)
{
    if (p.readOnly())
        return Error{ErrorCode::InvalidArgument, u"docker contexts are read-only: "_s + p.contextName};
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (p.id.contains(u'/') || p.id.contains(u'\\'))
        return Error{ErrorCode::InvalidArgument, u"bad profile id: "_s + p.id};
    m_settings->beginGroup(QLatin1StringView(s_group));
    m_settings->remove(p.id);
    m_settings->beginGroup(p.id);
    m_settings->setValue(u"kind"_s, ConnectionProfile::kindName(p.kind));
    m_settings->setValue(u"name"_s, p.name);
    m_settings->setValue(u"url"_s, p.url);
    m_settings->setValue(u"tls"_s, p.tls);
    m_settings->setValue(u"tlsVerify"_s, p.tlsVerify);
    m_settings->setValue(u"tlsCertPath"_s, p.tlsCertPath);
    m_settings->setValue(u"tlsCaFile"_s, p.tlsCaFile);
    m_settings->setValue(u"tlsCertFile"_s, p.tlsCertFile);
    m_settings->setValue(u"tlsKeyFile"_s, p.tlsKeyFile);
    m_settings->setValue(u"sshTransport"_s, transportName(p.sshTransport));
    m_settings->setValue(u"sshConfigFile"_s, p.sshConfigFile);
    m_settings->setValue(u"sshIdentityFile"_s, p.sshIdentityFile);
    m_settings->setValue(u"sshKnownHostsFile"_s, p.sshKnownHostsFile);
    m_settings->setValue(u"execProbes"_s, p.execProbes);
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    return p.id;
}

bool ConnectionProfileStore::remove(const QString &id)
{
    if (id.isEmpty() || id.contains(u'/'))
        return false;
    m_settings->beginGroup(QLatin1StringView(s_group));
    const bool existed = m_settings->childGroups().contains(id);
    m_settings->remove(id);
    m_settings->endGroup();
    m_settings->sync();
    return existed;
}

QList<ConnectionProfile> ConnectionProfileStore::allProfiles(const QProcessEnvironment &env) const
{
    ConnectionProfile local;
    local.id = u"local"_s;
    local.kind = ConnectionProfile::Kind::Local;
    QList<ConnectionProfile> result{local};
    result += savedProfiles();
    result += dockerContexts(env);
    return result;
}

QList<ConnectionProfile> ConnectionProfileStore::dockerContexts(const QProcessEnvironment &env)
{
    QString configDir = env.value(u"DOCKER_CONFIG"_s);
    if (configDir.isEmpty()) {
        const QString home = env.value(u"HOME"_s, QDir::homePath());
        configDir = home + u"/.docker"_s;
    }
    QList<ConnectionProfile> result;
    QDirIterator it(configDir + u"/contexts/meta"_s, {u"meta.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object();
        const QString name = meta.value(u"Name"_s).toString();
        if (name.isEmpty() || name == u"default"_s)
            continue;
        ConnectionProfile p;
        p.id = u"context:"_s + name;
        p.name = name;
        p.kind = ConnectionProfile::Kind::DockerContext;
        p.contextName = name;
        p.url = meta.value(u"Endpoints"_s).toObject().value(u"docker"_s).toObject().value(u"Host"_s).toString();
        result.append(p);
    }
    std::sort(result.begin(), result.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name < b.name;
    });
    return result;
}

} // namespace dockscope::core
