// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the built `dockscope` binary (DOCKSCOPE_CLI_BINARY) with QProcess, in a clean environment:
// English (LC_ALL=C.UTF-8), no DOCKER_HOST/DOCKER_CONTEXT, an empty DOCKER_CONFIG, so that
// nothing from the machine running the tests leaks into the endpoint resolution.

#include <QJsonDocument>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dockscope::test {

struct CliRun
{
    int exitCode = -1;          ///< -1: crashed or timed out
    QString out;
    QString err;
    QString describe() const;   ///< for failure messages: exit code, stdout and stderr
};

class CliRunner
{
public:
    static QString binary();
    static QProcessEnvironment cleanEnvironment();
    /// `prefix` runs the binary through another program (runuser -u nobody --).
    static CliRun run(const QStringList &arguments,
                      const QProcessEnvironment &environment = cleanEnvironment(),
                      const QStringList &prefix = {}, int timeoutMs = 180000);
    /// Does the text contain CJK ideographs (a Chinese translation was applied)?
    static bool hasChinese(const QString &text);
};

/// `text` (a command's stdout) as JSON; on a syntax error, *error says where, with the text.
QJsonDocument parseJson(const QString &text, QString *error);

/// The strings of a JSON array (a list of capabilities, namespaces…); {} for anything else.
QStringList jsonStrings(const QJsonValue &value);

} // namespace dockscope::test
