// SPDX-License-Identifier: GPL-3.0-or-later
// §4 Container images and build file.
#include "core/audit/checkcontext.h"
#include "core/audit/checktables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

QString imageName(const ImageInspect &i)
{
    return i.repoTags.isEmpty() ? i.id.left(19) : i.repoTags.first();
}

/// A manual check about images in general (one result, `once`): nothing to read.
void judgeManualNote(const CheckContext &, const CheckTarget &, CheckResult &r)
{
    r.status = CheckStatus::Note;
    r.source = EvidenceSource::None;
    addEvidence(r, u"manual"_s, u"needs a human review or an external feed; not decidable from the host"_s);
}

const QList<ImageHistoryEntry> *historyOf(const CheckContext &c, const ImageInspect &image)
{
    auto it = c.input().imageHistory.constFind(image.id);
    return it == c.input().imageHistory.cend() ? nullptr : &it.value();
}

void judgeUser(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    const QString user = f.inspect.config.user;
    addEvidence(r, u"Config.User"_s, user.isEmpty() ? u"\"\" (root)"_s : user);
    std::optional<qint64> uid;
    if (f.identity.containerUid.isKnown()) {
        uid = *f.identity.containerUid.value;
    } else if (f.identity.uid.isKnown() && !c.daemonRemapsUsers()) {
        uid = *f.identity.uid.value;    // no remapping: the host uid is the container uid
    }
    if (uid) {
        r.source = EvidenceSource::Proc;
        addEvidence(r, u"/proc/%1/status Uid (in the container)"_s.arg(f.pid), QString::number(*uid));
        if (f.identity.uid.isKnown())
            addEvidence(r, u"/proc/%1/status Uid (on the host)"_s.arg(f.pid), QString::number(*f.identity.uid.value));
        r.status = *uid == 0 ? CheckStatus::Warn : CheckStatus::Pass;
        return;
    }
    r.source = EvidenceSource::Api;
    const QString u = user.section(u':', 0, 0);
    r.status = (u.isEmpty() || u == u"root"_s || u == u"0"_s) ? CheckStatus::Warn : CheckStatus::Pass;
}

void judgeHistory(const CheckContext &c, const CheckTarget &t, CheckResult &r, bool add)
{
    const ImageInspect &image = *t.image;
    const QList<ImageHistoryEntry> *history = historyOf(c, image);
    r.source = EvidenceSource::Api;
    if (!history) {
        r.status = CheckStatus::Note;
        addEvidence(r, u"/images/%1/history"_s.arg(imageName(image)), u"not collected"_s);
        return;
    }
    static const QRegularExpression update(u"\\b(apt-get|apt|yum|dnf|apk|zypper)\\s+(-\\S+\\s+)*(update|upgrade)\\b"_s);
    static const QRegularExpression install(u"\\b(install|add)\\b"_s);
    QStringList hits;
    for (const ImageHistoryEntry &e : *history) {
        if (add) {
            // The base layer "ADD file:<digest> in /" is how every base image is made.
            if (e.createdBy.contains(u"ADD "_s) && !e.createdBy.contains(u"ADD file:"_s))
                hits << e.createdBy;
        } else if (update.match(e.createdBy).hasMatch() && !install.match(e.createdBy).hasMatch()) {
            hits << e.createdBy;
        }
    }
    addEvidence(r, u"/images/%1/history"_s.arg(imageName(image)),
                hits.isEmpty() ? u"%1 layers, none matches"_s.arg(history->size()) : hits.join(u" | "_s));
    r.status = hits.isEmpty() ? CheckStatus::Info : CheckStatus::Warn;
}

void judgeContentTrust(const CheckContext &, const CheckTarget &, CheckResult &r)
{
    const QString v = qEnvironmentVariable("DOCKER_CONTENT_TRUST");
    r.source = EvidenceSource::None;
    addEvidence(r, u"DOCKER_CONTENT_TRUST (this client's environment)"_s, v.isEmpty() ? u"unset"_s : v);
    r.status = v == u"1"_s ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeImageHealthcheck(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/images/%1/json Config.Healthcheck"_s.arg(imageName(*t.image)), t.image->hasHealthcheck ? u"set"_s : u"none"_s);
    r.status = t.image->hasHealthcheck ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeUpdateAlone(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    judgeHistory(c, t, r, false);
}

void judgeAddInstructions(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    judgeHistory(c, t, r, true);
}

void judgeImageSecrets(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    static const QRegularExpression secret(u"(PASS|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    const QJsonArray env = t.image->raw.value(u"Config"_s).toObject().value(u"Env"_s).toArray();
    for (const auto &v : env) {
        const QString name = v.toString().section(u'=', 0, 0);
        if (secret.match(name).hasMatch())
            names << name;     // the name only: never copy a secret into a report
    }
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/images/%1/json Config.Env"_s.arg(imageName(*t.image)),
                names.isEmpty() ? u"no variable named like a secret"_s : names.join(u", "_s));
    r.status = names.isEmpty() ? CheckStatus::Note : CheckStatus::Warn;
}

const CheckDefinition s_imageCheckDefs[] = {
    {.id = "4.1", .section = "4",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that a user for the container has been created"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A process running as root in the container is one kernel bug away from root on the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Create a user in the image (USER in the Dockerfile) or run with --user."),
     .scope = CheckScope::Container, .severity = Severity::Medium,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--user 1000:1000",
     .judge = &judgeUser,
     .doc = {.source = "proc (fallback: api)",
             .reads = "uid inside the container (uid_map), else host uid when not remapped; else "
                      "Config.User",
             .verdict = "the uid(s); warn for 0"}},
    {.id = "4.2", .section = "4",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that containers use only trusted base images"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A base image from an unknown source may contain anything."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Use base images from trusted, verified publishers; review their Dockerfiles."),
     .scope = CheckScope::Image, .severity = Severity::Medium, .manual = true, .once = true,
     .remedyKind = RemedyKind::Prose,
     .judge = &judgeManualNote,
     .doc = {.source = "none", .reads = "manual", .verdict = "note"}},
    {.id = "4.3", .section = "4",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that unnecessary packages are not installed in the container"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Every package is more code that can be vulnerable."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Install only what the service needs; prefer minimal base images."),
     .scope = CheckScope::Image, .severity = Severity::Low, .manual = true, .once = true,
     .remedyKind = RemedyKind::Prose,
     .judge = &judgeManualNote,
     .doc = {.source = "none", .reads = "manual", .verdict = "note"}},
    {.id = "4.4", .section = "4",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure images are scanned and rebuilt to include security patches"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Unpatched images keep known vulnerabilities."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Scan images with a vulnerability scanner and rebuild them regularly."),
     .scope = CheckScope::Image, .severity = Severity::Medium, .manual = true, .once = true,
     .remedyKind = RemedyKind::Prose,
     .judge = &judgeManualNote,
     .doc = {.source = "none", .reads = "needs a CVE scanner", .verdict = "note"}},
    {.id = "4.5", .section = "4",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure Content trust for Docker is Enabled"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "With content trust the client pulls only signed images."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Set DOCKER_CONTENT_TRUST=1 in the environment of docker clients."),
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command, .remedyCode = "export DOCKER_CONTENT_TRUST=1",
     .judge = &judgeContentTrust,
     .doc = {.source = "client environment",
             .reads = "DOCKER_CONTENT_TRUST of this process",
             .verdict = "the value"}},
    {.id = "4.6", .section = "4",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that HEALTHCHECK instructions have been added to container images"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A health check lets the daemon notice a broken or hijacked service."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Add a HEALTHCHECK instruction to the Dockerfile."),
     .scope = CheckScope::Image, .severity = Severity::Low,
     .remedyKind = RemedyKind::Prose,
     .remedyCode = "HEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1",
     .judge = &judgeImageHealthcheck,
     .doc = {.source = "api",
             .reads = "image inspect Config.Healthcheck (per image)",
             .verdict = "set / none"}},
    {.id = "4.7", .section = "4",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure update instructions are not used alone in the Dockerfile"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A cached 'update' layer alone leaves later builds with stale package lists."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Combine update and install in one RUN instruction."),
     .scope = CheckScope::Image, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::Prose, .remedyCode = "RUN apt-get update && apt-get install -y PKG",
     .judge = &judgeUpdateAlone,
     .doc = {.source = "api",
             .reads = "`/images/{id}/history` CreatedBy: an update without install in the same "
                      "layer",
             .verdict = "the matching layers; info when none (manual)"}},
    {.id = "4.8", .section = "4",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure setuid and setgid permissions are removed"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "setuid and setgid binaries are the usual way to raise privileges inside a container."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Remove setuid/setgid bits in the Dockerfile."),
     .scope = CheckScope::Image, .severity = Severity::Medium, .manual = true, .once = true,
     .remedyKind = RemedyKind::Prose,
     .remedyCode = "RUN find / -perm /6000 -type f -exec chmod a-s {} \\; || true",
     .judge = &judgeManualNote,
     .doc = {.source = "none", .reads = "image file-system scan not done", .verdict = "note"}},
    {.id = "4.9", .section = "4",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that COPY is used instead of ADD in Dockerfiles"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "ADD fetches URLs and unpacks archives, which can bring in unexpected content."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Use COPY unless ADD's extra behaviour is needed."),
     .scope = CheckScope::Image, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::Prose, .remedyCode = "COPY src /dst",
     .judge = &judgeAddInstructions,
     .doc = {.source = "api",
             .reads = "`/images/{id}/history` ADD layers, except the base `ADD file:… in /`",
             .verdict = "the ADD layers"}},
    {.id = "4.10", .section = "4",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure secrets are not stored in Dockerfiles"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Secrets in an image are readable by everyone who can pull it."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Pass secrets at run time (secrets, mounted files), never in the image."),
     .scope = CheckScope::Image, .severity = Severity::High, .manual = true,
     .remedyKind = RemedyKind::Prose, .remedyCode = "docker run --env-file /secure/env …",
     .judge = &judgeImageSecrets,
     .doc = {.source = "api",
             .reads = "image Config.Env names that look like secrets (values never copied)",
             .verdict = "the variable names"}},
    {.id = "4.11", .section = "4",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure only verified packages are installed"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Packages without signature verification may be tampered with."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Verify package signatures in the Dockerfile."),
     .scope = CheckScope::Image, .severity = Severity::Low, .manual = true, .once = true,
     .remedyKind = RemedyKind::Prose,
     .judge = &judgeManualNote,
     .doc = {.source = "none", .reads = "manual", .verdict = "note"}},
    {.id = "4.12", .section = "4",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure all signed artifacts are validated"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Unvalidated artifacts may be tampered with."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Validate signatures of artifacts before use."),
     .scope = CheckScope::Image, .severity = Severity::Low, .manual = true, .once = true,
     .remedyKind = RemedyKind::Prose,
     .judge = &judgeManualNote,
     .doc = {.source = "none", .reads = "manual", .verdict = "note"}},
};

} // namespace

std::span<const CheckDefinition> imageCheckDefinitions()
{
    return s_imageCheckDefs;
}

} // namespace dockscope::core
