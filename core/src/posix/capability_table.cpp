#include "posix/capability_table.hpp"

namespace tokenscope::posix {

namespace need {
constexpr std::string_view kImpersonate = "impersonate";
constexpr std::string_view kRunAs = "run as user";
constexpr std::string_view kLogonOthers = "verify other users' passwords";
constexpr std::string_view kLogonSession = "open a logon session";
constexpr std::string_view kCancel = "cancel a program running as the user";
}  // namespace need

const std::vector<CapabilityInfo>& capabilityTable() {
    static const std::vector<CapabilityInfo> table{
        {0, "CAP_CHOWN", "Change the owner and group of any file.", {}},
        {1, "CAP_DAC_OVERRIDE", "Bypass file read, write and execute permission checks.",
         {need::kLogonOthers}},
        {2, "CAP_DAC_READ_SEARCH",
         "Bypass file read permission checks and directory read and search checks.",
         {need::kLogonOthers}},
        {3, "CAP_FOWNER", "Bypass checks that require the caller to own the file.", {}},
        {4, "CAP_FSETID", "Keep set-user-ID and set-group-ID bits when a file is modified.", {}},
        {5, "CAP_KILL", "Send signals to processes of other users.", {need::kCancel}},
        {6, "CAP_SETGID", "Change group ids and the supplementary group list.",
         {need::kImpersonate, need::kRunAs}},
        {7, "CAP_SETUID", "Change user ids (the Linux analogue of impersonation).",
         {need::kImpersonate, need::kRunAs}},
        // Run as user only lowers the inheritable and ambient sets, which needs no capability.
        {8, "CAP_SETPCAP", "Drop capabilities from the bounding set and grant inheritable ones.", {}},
        {9, "CAP_LINUX_IMMUTABLE", "Set the immutable and append-only file attributes.", {}},
        {10, "CAP_NET_BIND_SERVICE", "Bind sockets to ports below 1024.", {}},
        {11, "CAP_NET_BROADCAST", "Broadcast and listen to multicast (unused by the kernel).", {}},
        {12, "CAP_NET_ADMIN", "Configure network interfaces, routing and firewalls.", {}},
        {13, "CAP_NET_RAW", "Use raw and packet sockets.", {}},
        {14, "CAP_IPC_LOCK", "Lock memory (mlock) and allocate huge pages.", {}},
        {15, "CAP_IPC_OWNER", "Bypass permission checks on System V IPC objects.", {}},
        {16, "CAP_SYS_MODULE", "Load and unload kernel modules.", {}},
        {17, "CAP_SYS_RAWIO", "Perform raw I/O port operations and access /dev/mem.", {}},
        {18, "CAP_SYS_CHROOT", "Use chroot and change mount namespaces with setns.", {}},
        {19, "CAP_SYS_PTRACE", "Trace and inspect any process (ptrace, process_vm_readv).", {}},
        {20, "CAP_SYS_PACCT", "Switch process accounting on and off.", {}},
        // Not for a logon session on a stock login stack (the logon broker opens one without it);
        // only pam_namespace, which Debian leaves commented out, would need it.
        {21, "CAP_SYS_ADMIN",
         "Perform a wide range of administration: mount, namespaces, keyrings and more.", {}},
        {22, "CAP_SYS_BOOT", "Reboot the system and load a new kernel.", {}},
        {23, "CAP_SYS_NICE", "Raise process priority and set other processes' scheduling.", {}},
        {24, "CAP_SYS_RESOURCE", "Override resource limits and quotas.", {need::kLogonSession}},
        {25, "CAP_SYS_TIME", "Set the system clock.", {}},
        {26, "CAP_SYS_TTY_CONFIG", "Configure terminals (vhangup).", {}},
        {27, "CAP_MKNOD", "Create device files with mknod.", {}},
        {28, "CAP_LEASE", "Take leases on files the caller does not own.", {}},
        {29, "CAP_AUDIT_WRITE", "Write records to the kernel audit log.", {need::kLogonSession}},
        {30, "CAP_AUDIT_CONTROL", "Configure auditing and set the login uid.", {need::kLogonSession}},
        {31, "CAP_SETFCAP", "Set file capabilities.", {}},
        {32, "CAP_MAC_OVERRIDE", "Override mandatory access control (Smack).", {}},
        {33, "CAP_MAC_ADMIN", "Configure mandatory access control (Smack).", {}},
        {34, "CAP_SYSLOG", "Use privileged syslog operations and read kernel addresses.", {}},
        {35, "CAP_WAKE_ALARM", "Set alarms that wake the system.", {}},
        {36, "CAP_BLOCK_SUSPEND", "Block system suspend.", {}},
        {37, "CAP_AUDIT_READ", "Read the audit log through a multicast netlink socket.", {}},
        {38, "CAP_PERFMON", "Use performance monitoring (perf_event_open) beyond the defaults.", {}},
        {39, "CAP_BPF", "Load BPF programs and create BPF maps.", {}},
        {40, "CAP_CHECKPOINT_RESTORE", "Checkpoint and restore processes (set PIDs, read maps).", {}},
    };
    return table;
}

const CapabilityInfo* capabilityInfo(std::uint32_t value) noexcept {
    const auto& table = capabilityTable();
    return value < table.size() ? &table[value] : nullptr;
}

}  // namespace tokenscope::posix
