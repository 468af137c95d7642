#include "core_text.hpp"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <array>

namespace tokenscope::gui {
namespace {

// Every static English text of core (and the hints the session worker gives core's errors) that
// the GUI shows, exactly as core writes it. %1, %2, … stand for the parts core fills in (a user,
// a PAM service, a file), which are never translated. Keep in step with core: the GUI tests
// check that core's tables (capabilities, logon types and providers, error hints) are all here.
constexpr std::array kTexts{
    QT_TRANSLATE_NOOP("CoreText", "A PAM module of service '%1' refused this step; see %2."),
    QT_TRANSLATE_NOOP("CoreText", "A capability can be enabled only if it is held."),
    QT_TRANSLATE_NOOP("CoreText", "A capability newer than this build of TokenScope."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "A module named in %1 could not be loaded; check the module paths (and that the service "
        "file exists)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "As network: pam_authenticate and pam_acct_mgmt. Windows also keeps the cleartext "
                      "password for onward network access; Linux PAM keeps nothing after logon."),
    QT_TRANSLATE_NOOP("CoreText", "Bind sockets to ports below 1024."),
    QT_TRANSLATE_NOOP("CoreText", "Block system suspend."),
    QT_TRANSLATE_NOOP("CoreText", "Broadcast and listen to multicast (unused by the kernel)."),
    QT_TRANSLATE_NOOP("CoreText", "Bypass checks that require the caller to own the file."),
    QT_TRANSLATE_NOOP("CoreText", "Bypass file read permission checks and directory read and search checks."),
    QT_TRANSLATE_NOOP("CoreText", "Bypass file read, write and execute permission checks."),
    QT_TRANSLATE_NOOP("CoreText", "Bypass permission checks on System V IPC objects."),
    QT_TRANSLATE_NOOP("CoreText", "Change group ids and the supplementary group list."),
    QT_TRANSLATE_NOOP("CoreText", "Change the owner and group of any file."),
    QT_TRANSLATE_NOOP("CoreText", "Change user ids (the Linux analogue of impersonation)."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Check the user name and the password (and the domain). PAM does not say which was wrong, "
        "so the tool does not either."),
    QT_TRANSLATE_NOOP("CoreText", "Checkpoint and restore processes (set PIDs, read maps)."),
    QT_TRANSLATE_NOOP("CoreText", "Configure auditing and set the login uid."),
    QT_TRANSLATE_NOOP("CoreText", "Configure mandatory access control (Smack)."),
    QT_TRANSLATE_NOOP("CoreText", "Configure network interfaces, routing and firewalls."),
    QT_TRANSLATE_NOOP("CoreText", "Configure terminals (vhangup)."),
    QT_TRANSLATE_NOOP("CoreText", "Create device files with mknod."),
    QT_TRANSLATE_NOOP("CoreText", "Drop capabilities from the bounding set and grant inheritable ones."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_ACCESS_DENIED: the token lacks the access right. Check the object's DACL for this "
        "user and the access mask asked for (a token opened without TOKEN_ADJUST_PRIVILEGES "
        "cannot adjust privileges; an Identification-level impersonation token cannot open "
        "anything)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "ERROR_ACCOUNT_DISABLED: the account is disabled. An administrator must enable it."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_ACCOUNT_EXPIRED: the account has expired. An administrator must extend its expiry "
        "date."),
    QT_TRANSLATE_NOOP("CoreText",
                      "ERROR_ACCOUNT_LOCKED_OUT: too many wrong passwords locked the account. Wait for the "
                      "lockout to expire or ask an administrator to unlock it, and find what keeps using the "
                      "old password."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_ACCOUNT_RESTRICTION: an account restriction applies, typically a blank password "
        "used for a network logon, or allowed workstations or hours. Set a password or relax the "
        "restriction."),
    QT_TRANSLATE_NOOP("CoreText",
                      "ERROR_BAD_IMPERSONATION_LEVEL: the token's impersonation level is too low "
                      "(Identification or Anonymous). Without SeImpersonatePrivilege ImpersonateLoggedOnUser "
                      "quietly gives an Identification-level token: grant 'Impersonate a client after "
                      "authentication' or duplicate the token with SecurityImpersonation."),
    QT_TRANSLATE_NOOP("CoreText",
                      "ERROR_INVALID_ACCOUNT_NAME: the user name is malformed. Use 'user' with a separate "
                      "domain, 'DOMAIN\\user' or 'user@domain.example', without surrounding spaces."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_INVALID_HANDLE: the handle is closed, of the wrong type or a placeholder (Wine's "
        "LogonUserW returns a fake token handle). Check the call that produced it."),
    QT_TRANSLATE_NOOP("CoreText",
                      "ERROR_INVALID_LOGON_HOURS: the account may not log on at this time of day. Check its "
                      "logon hours in Active Directory."),
    QT_TRANSLATE_NOOP("CoreText",
                      "ERROR_INVALID_PARAMETER: check the logon type and provider pair "
                      "(LOGON32_LOGON_NEW_CREDENTIALS needs LOGON32_PROVIDER_WINNT50) and the flags passed."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_INVALID_WORKSTATION: the account may not log on from this computer. Add it to the "
        "account's 'Log On To' list."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_LOGON_FAILURE: the user name or password is wrong (Windows does not say which, on "
        "purpose). Check the domain ('.' for a local account), keyboard layout and Caps Lock; "
        "repeated failures can lock the account out."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_LOGON_TYPE_NOT_GRANTED: the password was right, but the account lacks the logon "
        "right for this logon type (interactive: SeInteractiveLogonRight, network: "
        "SeNetworkLogonRight, batch: SeBatchLogonRight, service: SeServiceLogonRight, remote "
        "interactive: SeRemoteInteractiveLogonRight) or holds the matching SeDeny... right. Grant "
        "it in User Rights Assignment, or choose another logon type."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_NETLOGON_NOT_STARTED: the Netlogon service is not running; start it or log on with "
        "a local account."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_NONE_MAPPED: the name or SID does not map to an account here. Check the spelling "
        "and that the domain is reachable."),
    QT_TRANSLATE_NOOP("CoreText",
                      "ERROR_NOT_ALL_ASSIGNED: AdjustTokenPrivileges returned TRUE but did not enable every "
                      "privilege: the token does not hold it. Grant the right in Local Security Policy (User "
                      "Rights Assignment), then log off and on again, or run elevated."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_NO_LOGON_SERVERS: no domain controller answered. Check network access to the "
        "domain, DNS, and the domain name; a local account needs the computer name or '.' as the "
        "domain."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_NO_SUCH_LOGON_SESSION: the logon session ended (the user logged off or the token "
        "was closed). Log on again."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_NO_SUCH_PRIVILEGE: the privilege name is misspelled or unknown to this system "
        "(names are like SeImpersonatePrivilege; logon rights such as SeBatchLogonRight are not "
        "privileges)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "ERROR_NO_SUCH_USER: the account does not exist in that domain. Check the spelling and "
                      "which domain (or '.' for the local machine) is asked."),
    QT_TRANSLATE_NOOP("CoreText",
                      "ERROR_NO_TOKEN: the thread is not impersonating, so it has no thread token. Open the "
                      "process token instead, or impersonate first."),
    QT_TRANSLATE_NOOP("CoreText",
                      "ERROR_PASSWORD_EXPIRED: the password has expired. Change it (interactively or with an "
                      "administrator), then try again."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_PASSWORD_MUST_CHANGE: the password must be changed before the first logon. Change "
        "it interactively, then try again."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "ERROR_PRIVILEGE_NOT_HELD: the caller lacks a privilege the call needs (for example "
        "SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege to start a process as another "
        "user, SeTcbPrivilege only on Windows 2000 for LogonUser). Grant it in User Rights "
        "Assignment, log on again, and enable it in the token."),
    QT_TRANSLATE_NOOP("CoreText", "Give a user name without control characters or ':'."),
    QT_TRANSLATE_NOOP("CoreText", "Give the program's full path."),
    QT_TRANSLATE_NOOP("CoreText", "Keep set-user-ID and set-group-ID bits when a file is modified."),
    QT_TRANSLATE_NOOP("CoreText", "Load BPF programs and create BPF maps."),
    QT_TRANSLATE_NOOP("CoreText", "Load and unload kernel modules."),
    QT_TRANSLATE_NOOP("CoreText", "Lock memory (mlock) and allocate huge pages."),
    QT_TRANSLATE_NOOP("CoreText", "Log on again before impersonating."),
    QT_TRANSLATE_NOOP("CoreText", "Log on again."),
    QT_TRANSLATE_NOOP("CoreText", "Log on first."),
    QT_TRANSLATE_NOOP("CoreText", "Name a file of /etc/pam.d, such as login."),
    QT_TRANSLATE_NOOP("CoreText", "Name the program to run."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Not supported on this platform: Windows clones the caller's token and uses the new "
                      "credentials only for outbound network access, without checking them; Linux has no "
                      "per-thread store of outbound credentials (use kinit or mount credentials instead)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Not supported on this platform: it selects the NTLM package of Windows; PAM has no "
                      "provider choice (use default with another --service)."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Not supported on this platform: it selects the Negotiate package of Windows; PAM has no "
        "provider choice (use default with another --service, e.g. one using pam_sss or "
        "pam_krb5)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Not supported on this platform: it selects the Windows NT 3.5 authentication package; "
                      "PAM has no provider choice (use default with another --service)."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Not supported on this platform: virtual accounts are a Windows service-account feature "
        "with no Linux counterpart."),
    QT_TRANSLATE_NOOP("CoreText", "Nothing to log off."),
    QT_TRANSLATE_NOOP("CoreText", "Override mandatory access control (Smack)."),
    QT_TRANSLATE_NOOP("CoreText", "Override resource limits and quotas."),
    QT_TRANSLATE_NOOP("CoreText",
                      "PAM takes the password as a C string, so it would check only the part before the NUL "
                      "byte: give the password without it."),
    QT_TRANSLATE_NOOP("CoreText", "Password aging is disabled for this account by a PAM module."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Perform a wide range of administration: mount, namespaces, keyrings and more."),
    QT_TRANSLATE_NOOP("CoreText", "Perform raw I/O port operations and access /dev/mem."),
    QT_TRANSLATE_NOOP("CoreText", "Raise process priority and set other processes' scheduling."),
    QT_TRANSLATE_NOOP("CoreText", "Read the audit log through a multicast netlink socket."),
    QT_TRANSLATE_NOOP("CoreText", "Reboot the system and load a new kernel."),
    QT_TRANSLATE_NOOP("CoreText", "Revert on the thread that impersonated."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Revert the thread first (RevertToSelf; revertToSelf() in core), then impersonate."),
    QT_TRANSLATE_NOOP("CoreText", "Revert to self before logging on again."),
    QT_TRANSLATE_NOOP("CoreText", "Revert to self first."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Run TokenScope as root, or grant the capabilities to the binary with `setcap "
                      "cap_setuid,cap_setgid+p tokenscope-cli`."),
    QT_TRANSLATE_NOOP("CoreText",
                      "See the system log (journalctl, /var/log/auth.log) for the PAM module that failed."),
    QT_TRANSLATE_NOOP("CoreText", "Send signals to processes of other users."),
    QT_TRANSLATE_NOOP("CoreText", "Set alarms that wake the system."),
    QT_TRANSLATE_NOOP("CoreText", "Set file capabilities."),
    QT_TRANSLATE_NOOP("CoreText", "Set the immutable and append-only file attributes."),
    QT_TRANSLATE_NOOP("CoreText", "Set the system clock."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Start the program from a thread that is not impersonating (revert first)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Starting a program as another user needs CAP_SETUID and CAP_SETGID: run as root."),
    QT_TRANSLATE_NOOP("CoreText", "Switch process accounting on and off."),
    QT_TRANSLATE_NOOP("CoreText", "Take leases on files the caller does not own."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The PAM configuration of service '%1' (%2) failed; the system log (journalctl, "
                      "/var/log/auth.log) names the module."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The PAM stack asked something other than the password (a one-time code, a new password): "
        "TokenScope answers only the password prompt. Use another service (--service)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The account has expired: an administrator can extend it with `chage -E -1 %1` (see "
                      "`chage -l %2`)."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The authentication service could not be reached or read (directory server down, missing "
        "passdb, unreadable shadow file)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The configured PAM service (default 'login', a file in /etc/pam.d) decides how the "
                      "password is checked."),
    QT_TRANSLATE_NOOP("CoreText", "The file system is mounted read-only."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The identity lacks the permission on the path or on a folder above it (check with `namei "
        "-l PATH`, the mode bits and ACLs `getfacl`)."),
    QT_TRANSLATE_NOOP("CoreText", "The password has expired: change it with `passwd %1`."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The password must be changed before the account can log on: log on once interactively "
                      "(`su - %1`) or have an administrator run `passwd %2`."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The password was accepted but the account checks of service '%1' refused '%2' (expired, "
        "locked or not allowed here); see the module messages and `chage -l %3`."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The password was right but '%1' may not log on through service '%2' (pam_access, "
                      "pam_nologin, pam_time or similar in %3); the Windows counterpart is the missing %4."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The password was right but a session could not be opened (see the session lines of %1). "
        "The network logon type (--type network) runs no session."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The password was right but the credentials could not be set (pam_setcred). The network "
        "logon type (--type network) does not set credentials."),
    QT_TRANSLATE_NOOP("CoreText", "The path is not a directory: list needs one."),
    QT_TRANSLATE_NOOP("CoreText", "The path, or a folder on the way, does not exist."),
    QT_TRANSLATE_NOOP("CoreText", "The system ran out of memory; try again."),
    QT_TRANSLATE_NOOP("CoreText", "The user may not execute the program or a folder above it."),
    QT_TRANSLATE_NOOP("CoreText",
                      "This logon ran on a worker thread: session modules such as pam_loginuid write "
                      "/proc/self/loginuid, which the kernel accepts only from the process's main thread "
                      "(tokenscope-cli logs on from its main thread)."),
    QT_TRANSLATE_NOOP("CoreText", "This thread can impersonate: it holds CAP_SETGID and CAP_SETUID."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "TokenScope is not running as root: pam_unix can then check only the caller's own "
        "password (through unix_chkpwd), so any other account fails like a wrong password. Run it "
        "as root (sudo) to check another account."),
    QT_TRANSLATE_NOOP("CoreText", "TokenScope passed PAM an item it rejected; please report this."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Too many failed attempts: the account is locked out (pam_faillock/pam_tally2). Wait for "
        "the lock to expire or reset it with `faillock --user %1 --reset`."),
    QT_TRANSLATE_NOOP("CoreText", "Trace and inspect any process (ptrace, process_vm_readv)."),
    QT_TRANSLATE_NOOP("CoreText", "Try again in a moment."),
    QT_TRANSLATE_NOOP("CoreText", "Type a path to probe."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Use a name such as CAP_SETUID or a number; `tokenscope-cli privileges --all` lists them."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Use another logon type; `interactive` and `network` check a password on Linux."),
    QT_TRANSLATE_NOOP("CoreText", "Use chroot and change mount namespaces with setns."),
    QT_TRANSLATE_NOOP("CoreText", "Use performance monitoring (perf_event_open) beyond the defaults."),
    QT_TRANSLATE_NOOP("CoreText", "Use privileged syslog operations and read kernel addresses."),
    QT_TRANSLATE_NOOP("CoreText", "Use raw and packet sockets."),
    QT_TRANSLATE_NOOP("CoreText", "Use the default provider; choose the PAM service with --service."),
    QT_TRANSLATE_NOOP("CoreText", "Write records to the kernel audit log."),
    QT_TRANSLATE_NOOP("CoreText", "cancel a program running as the user"),
    QT_TRANSLATE_NOOP("CoreText", "execute"),
    QT_TRANSLATE_NOOP("CoreText", "full (uid switch)"),
    QT_TRANSLATE_NOOP("CoreText", "impersonate"),
    QT_TRANSLATE_NOOP("CoreText", "list"),
    QT_TRANSLATE_NOOP("CoreText", "open a logon session"),
    QT_TRANSLATE_NOOP("CoreText",
                      "pam_authenticate and pam_acct_mgmt only: the password and the account are checked, no "
                      "credentials are set and no session is opened, like a network server."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "pam_authenticate, pam_acct_mgmt and pam_setcred(PAM_ESTABLISH_CRED), no session, like a "
        "daemon switching to its account."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "pam_authenticate, pam_acct_mgmt and pam_setcred(PAM_REINITIALIZE_CRED), no new session, "
        "like a screen locker."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "pam_authenticate, pam_acct_mgmt, pam_setcred and pam_open_session, like cron running a "
        "job."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "pam_authenticate, pam_acct_mgmt, pam_setcred(PAM_ESTABLISH_CRED) and pam_open_session, "
        "like login(1); logoff closes the session and deletes the credentials."),
    QT_TRANSLATE_NOOP("CoreText", "read"),
    QT_TRANSLATE_NOOP("CoreText", "run as user"),
    QT_TRANSLATE_NOOP("CoreText", "verify other users' passwords"),
    QT_TRANSLATE_NOOP("CoreText", "write"),
    // Windows: the privileges' display names as User Rights Assignment shows them, what needs
    // them, what each logon type and provider means there, and the readiness verdict and notes.
    QT_TRANSLATE_NOOP("CoreText", "Create a token object"),
    QT_TRANSLATE_NOOP("CoreText", "Replace a process level token"),
    QT_TRANSLATE_NOOP("CoreText", "Lock pages in memory"),
    QT_TRANSLATE_NOOP("CoreText", "Adjust memory quotas for a process"),
    QT_TRANSLATE_NOOP("CoreText", "Add workstations to domain"),
    QT_TRANSLATE_NOOP("CoreText", "Act as part of the operating system"),
    QT_TRANSLATE_NOOP("CoreText", "Manage auditing and security log"),
    QT_TRANSLATE_NOOP("CoreText", "Take ownership of files or other objects"),
    QT_TRANSLATE_NOOP("CoreText", "Load and unload device drivers"),
    QT_TRANSLATE_NOOP("CoreText", "Profile system performance"),
    QT_TRANSLATE_NOOP("CoreText", "Change the system time"),
    QT_TRANSLATE_NOOP("CoreText", "Profile single process"),
    QT_TRANSLATE_NOOP("CoreText", "Increase scheduling priority"),
    QT_TRANSLATE_NOOP("CoreText", "Create a pagefile"),
    QT_TRANSLATE_NOOP("CoreText", "Create permanent shared objects"),
    QT_TRANSLATE_NOOP("CoreText", "Back up files and directories"),
    QT_TRANSLATE_NOOP("CoreText", "Restore files and directories"),
    QT_TRANSLATE_NOOP("CoreText", "Shut down the system"),
    QT_TRANSLATE_NOOP("CoreText", "Debug programs"),
    QT_TRANSLATE_NOOP("CoreText", "Generate security audits"),
    QT_TRANSLATE_NOOP("CoreText", "Modify firmware environment values"),
    QT_TRANSLATE_NOOP("CoreText", "Bypass traverse checking"),
    QT_TRANSLATE_NOOP("CoreText", "Force shutdown from a remote system"),
    QT_TRANSLATE_NOOP("CoreText", "Remove computer from docking station"),
    QT_TRANSLATE_NOOP("CoreText", "Synchronize directory service data"),
    QT_TRANSLATE_NOOP("CoreText", "Enable computer and user accounts to be trusted for delegation"),
    QT_TRANSLATE_NOOP("CoreText", "Perform volume maintenance tasks"),
    QT_TRANSLATE_NOOP("CoreText", "Impersonate a client after authentication"),
    QT_TRANSLATE_NOOP("CoreText", "Create global objects"),
    QT_TRANSLATE_NOOP("CoreText", "Access Credential Manager as a trusted caller"),
    QT_TRANSLATE_NOOP("CoreText", "Modify an object label"),
    QT_TRANSLATE_NOOP("CoreText", "Increase a process working set"),
    QT_TRANSLATE_NOOP("CoreText", "Change the time zone"),
    QT_TRANSLATE_NOOP("CoreText", "Create symbolic links"),
    QT_TRANSLATE_NOOP("CoreText", "Obtain an impersonation token for another user in the same session"),
    QT_TRANSLATE_NOOP("CoreText", "run as user (CreateProcessAsUserW)"),
    QT_TRANSLATE_NOOP("CoreText", "LogonUser on Windows 2000 only (historical)"),
    QT_TRANSLATE_NOOP("CoreText",
                      "A user at the keyboard: a primary token with the interactive logon right "
                      "(SeInteractiveLogonRight); credentials are cached for outbound access."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "A server checking a password: the fastest logon, an impersonation-ready token without cached "
        "credentials, so it cannot reach other machines as the user (SeNetworkLogonRight)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "A scheduled job running for the user without interaction (SeBatchLogonRight)."),
    QT_TRANSLATE_NOOP("CoreText", "A service account (SeServiceLogonRight)."),
    QT_TRANSLATE_NOOP("CoreText", "The password check of a workstation unlock, as the logon UI makes it."),
    QT_TRANSLATE_NOOP("CoreText",
                      "As network, but the logon keeps the password so the server can reach other machines "
                      "as the user (SeNetworkLogonRight)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Only with LOGON32_PROVIDER_WINNT50. A copy of the caller's token whose new "
                      "credentials serve outbound network access only; the password is not checked and the "
                      "local identity stays the caller's (GetUserName shows the caller)."),
    QT_TRANSLATE_NOOP("CoreText", "The system's standard provider: Negotiate (Kerberos, else NTLM)."),
    QT_TRANSLATE_NOOP("CoreText", "The Windows NT 3.5 provider, kept for compatibility."),
    QT_TRANSLATE_NOOP("CoreText", "The NTLM provider."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The Negotiate provider; the only one LOGON32_LOGON_NEW_CREDENTIALS works with."),
    QT_TRANSLATE_NOOP("CoreText", "Virtual accounts (service accounts such as NT SERVICE\\name)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "This thread can impersonate: it holds SeImpersonatePrivilege, so "
                      "ImpersonateLoggedOnUser gives it an Impersonation-level token of the user."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "SeImpersonatePrivilege is held but disabled; TokenScope enables it before impersonating."),
    QT_TRANSLATE_NOOP("CoreText",
                      "This thread cannot fully impersonate another user: SeImpersonatePrivilege is not "
                      "held. ImpersonateLoggedOnUser still succeeds, but Windows then gives the thread only "
                      "an Identification-level token: it can tell who the user is and open nothing as the "
                      "user (impersonating one's own account works without it). Run TokenScope elevated or "
                      "as a service account, which hold the privilege."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Can start a process as the user with CreateProcessAsUserW: "
                      "SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege are held."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Starting a process as the user with CreateProcessAsUserW needs SeAssignPrimaryTokenPrivilege and "
        "SeIncreaseQuotaPrivilege, which this token lacks; CreateProcessWithLogonW needs neither."),
    QT_TRANSLATE_NOOP("CoreText",
                      "SeTcbPrivilege is not needed to log users on: only Windows 2000's LogonUser required "
                      "it; since Windows XP any account may call LogonUser."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The thread impersonates: these are the privileges of its impersonation token."),
};

constexpr const char* kContext = "CoreText";

QString fromUtf8(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString translated(const char* source) { return QCoreApplication::translate(kContext, source); }

// A listed text with placeholders, as a regular expression that captures what core filled in.
struct Pattern {
    const char* source;
    QRegularExpression expression;
};

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> list = [] {
        std::vector<Pattern> result;
        static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
        for (const char* source : kTexts) {
            const QString text = QString::fromUtf8(source);
            if (!text.contains(placeholder)) continue;
            QString expression = QRegularExpression::escape(text);
            // escape() turns "%1" into "\%1"; each becomes one lazy capture.
            expression.replace(QRegularExpression(QStringLiteral("\\\\?%[1-9]")), QStringLiteral("(.*?)"));
            result.push_back({source, QRegularExpression(QRegularExpression::anchoredPattern(expression))});
        }
        return result;
    }();
    return list;
}

const char* listedSource(const QString& text) {
    for (const char* source : kTexts)
        if (text == QString::fromUtf8(source)) return source;
    return nullptr;
}

// One text: exactly listed, or matching a listed pattern, or empty when neither.
QString lookUp(const QString& text) {
    if (const char* source = listedSource(text)) return translated(source);
    for (const auto& pattern : patterns()) {
        const auto match = pattern.expression.match(text);
        if (!match.hasMatch()) continue;
        QString result = translated(pattern.source);
        for (int i = 1; i <= match.lastCapturedIndex(); ++i) result = result.arg(match.captured(i));
        return result;
    }
    return {};
}

}  // namespace

bool coreTextListed(std::string_view english) { return listedSource(fromUtf8(english)) != nullptr; }

QString coreText(std::string_view english) {
    const QString text = fromUtf8(english);
    if (text.isEmpty()) return text;
    if (QString whole = lookUp(text); !whole.isEmpty()) return whole;
    // Core joins some hints from sentences ("… wrong. TokenScope is not running as root: …"): try
    // each split after a sentence's end, the longest known head first.
    for (qsizetype at = text.lastIndexOf(QStringLiteral(". ")); at > 0;
         at = text.lastIndexOf(QStringLiteral(". "), at - 1)) {
        const QString head = text.left(at + 1);
        const QString tail = text.mid(at + 2);
        const QString first = lookUp(head);
        if (first.isEmpty()) continue;
        return first + QLatin1Char(' ') + coreText(tail.toStdString());
    }
    return text;
}

QString privilegeVerdict(const PrivilegeReport& report) {
    const QString verdict = fromUtf8(report.verdict);
    if (listedSource(verdict) != nullptr) return coreText(report.verdict);
    // Linux's "cannot impersonate" verdict names what is missing: rebuild it here.
    if (!report.canImpersonate && !report.missingForImpersonation.empty() &&
        verdict.startsWith(QStringLiteral("This thread cannot impersonate: "))) {
        QStringList missing;
        for (const auto& name : report.missingForImpersonation) missing << fromUtf8(name);
        const int count = static_cast<int>(missing.size());
        const QString names = missing.join(QCoreApplication::translate("CoreText", " and "));
        const auto hint = verdict.indexOf(QStringLiteral("(not in the permitted set). "));
        const QString rest = hint < 0 ? QString() : verdict.mid(hint + 28);
        QString result =
            QCoreApplication::translate(
                "CoreText", "This thread cannot impersonate: %1 is not held (not in the permitted set).",
                nullptr, count)
                .arg(names);
        if (!rest.isEmpty()) result += QLatin1Char(' ') + coreText(rest.toStdString());
        return result;
    }
    return coreText(report.verdict);
}

QString privilegeNote(const PrivilegeReport& report, const std::string& note) {
    for (const auto& privilege : report.privileges) {
        if (note == privilege.name + " is held but not enabled; TokenScope enables it for the switch.")
            return QCoreApplication::translate(
                       "CoreText", "%1 is held but not enabled; TokenScope enables it for the switch.")
                .arg(fromUtf8(privilege.name));
    }
    return coreText(note);
}

}  // namespace tokenscope::gui
