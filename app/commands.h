// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditor.h"
#include "core/audit/checkresult.h"
#include "core/docker/endpoint.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace dockscope::app {

class Session;

/// What every subcommand gets: its arguments and the global options seen before it.
struct CommandContext
{
    QString program;                    ///< argv[0]
    QStringList arguments;              ///< the command and what follows it: {"list", "--all"}
    core::EndpointOptions endpointOptions;  ///< -H/--host, --context before the command
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    bool colour = false;                ///< stdout is a terminal and NO_COLOR is not set
    bool elevate = false;               ///< --elevate: the host-facts helper through polkit
};

int runList(CommandContext &context);
int runInspect(CommandContext &context);
int runAudit(CommandContext &context);
int runReport(CommandContext &context);

/// -H/--host, --context, --tls…, --lang: accepted before the command and after it.
void addGlobalOptions(QCommandLineParser &parser);
/// The endpoint options among the global options that `parser` saw (others are left as they are).
void readEndpointOptions(const QCommandLineParser &parser, core::EndpointOptions &options);

/// Parses context.arguments with `parser` (which already has the command's options). Returns
/// an exit code to stop with (0 after --help, 2 after a usage error, printed), or nullopt to
/// go on; global options given after the command update context.endpointOptions.
std::optional<int> parseCommand(QCommandLineParser &parser, CommandContext &context);

/// Prints a usage error (and the hint to --help) and returns 2.
int usageError(CommandContext &context, const QString &message);

/// --fail-on of audit and report: the lowest status that makes the exit code 1.
enum class FailOn { Warn, Fail, Never };
std::optional<FailOn> parseFailOn(const QString &value);
/// 1 when a result reaches `failOn`, else 0.
int auditExitCode(const core::AuditSummary &summary, FailOn failOn);
/// --container values: repeated flags and comma-separated lists.
QStringList containerNames(const QStringList &values);

/// The options audit and report share. containerHelp says what --container limits.
QCommandLineOption containerOption(const QString &containerHelp);
QCommandLineOption failOnOption();
/// --fail-on's value; nullopt after printing the usage error (exit with ExitUsage).
std::optional<FailOn> failOnValue(const QCommandLineParser &parser, const QCommandLineOption &failOn,
                                  CommandContext &context);
/// The session's audit of the --container containers (all without any). On failure prints why
/// ("No such container" is a usage error), sets *exitCode and returns nullopt.
std::optional<core::AuditReport> auditForCommand(Session &session, const QStringList &containerValues,
                                                 CommandContext &context, int *exitCode);

/// Resolves the endpoint and connects. nullptr after printing the reason; *exitCode says how
/// to exit then.
std::unique_ptr<Session> openSession(CommandContext &context, int *exitCode);

} // namespace dockscope::app
