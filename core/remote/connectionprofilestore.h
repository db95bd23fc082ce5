// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/remote/connectionprofile.h"

#include <QList>
#include <QProcessEnvironment>

class QSettings;

namespace dockscope::core {

/// Saved connection profiles in QSettings (group "connections/<id>/…"), plus the user's docker
/// contexts read from <docker config dir>/contexts/meta (read-only; never written).
class ConnectionProfileStore
{
public:
    /// The settings object is not owned and must outlive the store.
    explicit ConnectionProfileStore(QSettings *settings);

    /// The saved profiles, ordered by name.
    QList<ConnectionProfile> savedProfiles() const;
    /// Inserts or replaces the profile with this id (a new UUID is set when id is empty);
    /// returns the id. Context profiles are read-only: InvalidArgument.
    Result<QString> save(ConnectionProfile profile);
    bool remove(const QString &id);

    /// "Local" (the docker CLI's resolution), the saved profiles, then the docker contexts.
    QList<ConnectionProfile> allProfiles(const QProcessEnvironment &env) const;

    /// The docker contexts under $DOCKER_CONFIG (or ~/.docker)/contexts/meta/*/meta.json,
    /// except "default". Read-only profiles with id "context:<name>".
    static QList<ConnectionProfile> dockerContexts(const QProcessEnvironment &env);

private:
    QSettings *m_settings;
};

} // namespace dockscope::core
