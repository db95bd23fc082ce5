// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Linux capabilities: names (libcap), Docker's default set, normalisation of the verbatim
// CapAdd/CapDrop values, the bounding set a declaration implies, and what each dangerous
// capability lets root in a container do to the host.

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dockscope::core {

enum class CapabilityDanger {
    None,       ///< harmless in a container, or not worth a note
    Low,        ///< useful to an attacker only together with something else
    Medium,     ///< lets root inside bypass a protection of files or processes
    High,       ///< affects the host or its network directly
    Critical,   ///< amounts to root on the host (module loading, mount, raw devices, …)
};

/// Dockscope's one definition of a dangerous capability, used by the checklist
/// (DS-DANGEROUS-CAPS), the Capabilities tab, the container list's badges and the reports.
enum class CapabilityRisk {
    None,
    /// Danger Medium: lets root inside bypass a protection of files, users or the network
    /// without reaching the host by itself. Four are in Docker's default set (DAC_OVERRIDE,
    /// SETUID, NET_RAW, MKNOD: "default, risky"): the CIS benchmark (5.4) and Docker's
    /// documentation advise dropping what is not needed, but they are not escapes.
    Risky,
    /// Danger High or Critical: a known way out to the host's kernel, devices, network, time or
    /// other processes. None is in Docker's default set, so holding one means it was added
    /// (or the container is privileged).
    Dangerous,
};

struct CapabilityInfo
{
    int number = -1;
    const char *name = nullptr;     ///< "CAP_SYS_ADMIN"
    CapabilityDanger danger = CapabilityDanger::None;
    /// Untranslated source text in context "Facts" (QT_TRANSLATE_NOOP); translate at display
    /// time with QCoreApplication::translate("Facts", note). nullptr when there is no note.
    const char *note = nullptr;
};

/// Capability helpers. Stateless: every function is safe in worker threads.
class Capabilities
{
public:
    /// Docker's default set: 14 capabilities, mask 0x00000000a80425fb.
    static constexpr quint64 dockerDefault = 0x00000000a80425fbULL;
    /// The highest capability number libcap and this table know (CAP_CHECKPOINT_RESTORE).
    static constexpr int knownLastCap = 40;

    /// "CAP_SYS_ADMIN" for 21, via libcap's cap_to_name; "CAP_41" for a number libcap lacks.
    static QString name(int number);
    /// The number of "CAP_SYS_ADMIN", "sys_admin", "cap_sys_admin"; -1 if unknown.
    static int number(const QString &name);
    /// Names of the bits set in mask, lowest first. Bits above lastCap (if >= 0) are kept: the
    /// kernel would never set them, so they are shown rather than hidden.
    static QStringList names(quint64 mask);
    /// Mask from names (normalised or not); unknown names are ignored and listed in *unknown.
    static quint64 mask(const QStringList &names, QStringList *unknown = nullptr);

    /// All capabilities of a kernel whose /proc/sys/kernel/cap_last_cap is lastCap.
    static quint64 allMask(int lastCap);
    /// /proc/sys/kernel/cap_last_cap: "40\n".
    static Result<int> parseLastCap(const QByteArray &text);

    /// "sys_admin" / "CAP_SYS_ADMIN" / "Cap_Sys_Admin" -> "CAP_SYS_ADMIN"; "all" -> "ALL".
    /// Whitespace is trimmed; anything else is upper-cased and given the CAP_ prefix.
    static QString normalise(const QString &capability);
    static QStringList normalise(const QStringList &capabilities);

    /// The bounding set a declaration implies, as dockerd (oci.TweakCapabilities) computes it:
    /// privileged -> all; CapAdd ALL -> all minus CapDrop; CapDrop ALL -> only CapAdd;
    /// otherwise default minus CapDrop plus CapAdd. "All" means the running kernel's caps up to
    /// lastCap (older daemons know fewer: dockerd 20.10 stops at 37).
    static quint64 expectedBounding(bool privileged, const QStringList &capAdd,
                                    const QStringList &capDrop, int lastCap);

    /// The note and danger level of a capability; a CapabilityInfo with danger None and no
    /// note for capabilities that need none.
    static CapabilityInfo info(int number);
    static CapabilityInfo info(const QString &name);
    /// Every capability with a note, in number order.
    static QList<CapabilityInfo> notable();

    /// The risk class of a capability (from its danger level; see CapabilityRisk).
    static CapabilityRisk risk(int number);
    /// Whether the capability is in Docker's default set.
    static bool isDefault(int number);
    /// Every Dangerous capability (none of them is in Docker's default set).
    static quint64 dangerousMask();
    /// Every Risky capability in Docker's default set: CAP_DAC_OVERRIDE, CAP_SETUID,
    /// CAP_NET_RAW, CAP_MKNOD.
    static quint64 defaultRiskyMask();
    /// Every Risky capability outside Docker's default set (added, risky).
    static quint64 addedRiskyMask();
    /// Untranslated label in context "Facts" (QT_TRANSLATE_NOOP): "dangerous",
    /// "default, risky", "added, risky"; nullptr for CapabilityRisk::None.
    static const char *riskLabel(int number);
};

} // namespace dockscope::core
