// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace dockscope::test {

QString CliRun::describe() const
{
    return u"exit %1\n--- stdout:\n%2\n--- stderr:\n%3"_s.arg(exitCode).arg(out.left(4000), err.left(4000));
}

QString CliRunner::binary()
{
    return QStringLiteral(DOCKSCOPE_CLI_BINARY);
}

QProcessEnvironment CliRunner::cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &name : {u"DOCKER_HOST"_s, u"DOCKER_CONTEXT"_s, u"DOCKER_TLS_VERIFY"_s,
                             u"DOCKER_CERT_PATH"_s, u"LANGUAGE"_s, u"LC_MESSAGES"_s, u"NO_COLOR"_s})
        env.remove(name);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    // An empty docker config directory: no currentContext from the tester's ~/.docker.
    static const QString emptyConfig = [] {
        QString dir = QDir::tempPath() + u"/dockscope-tst-cli-empty-docker-config"_s;
        QDir().mkpath(dir);
        return dir;
    }();
    env.insert(u"DOCKER_CONFIG"_s, emptyConfig);
    return env;
}

CliRun CliRunner::run(const QStringList &arguments, const QProcessEnvironment &environment,
                      const QStringList &prefix, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QStringList argv = prefix;
    argv << binary() << arguments;
    process.start(argv.takeFirst(), argv);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = u"cannot start: "_s + process.errorString();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = u"timed out after %1 ms; stderr so far: "_s.arg(timeoutMs)
            + QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool CliRunner::hasChinese(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (c >= 0x4E00 && c <= 0x9FFF)
            return true;
    }
    return false;
}

QJsonDocument parseJson(const QString &text, QString *error)
{
    QJsonParseError e;
    QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        *error = e.errorString() + u" in:\n"_s + text.left(2000);
    return doc;
}

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const auto &v : array)
        list << v.toString();
    return list;
}

} // namespace dockscope::test
