<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Native: %1</source>
        <translation>Nativ: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>TokenScope report</source>
        <translation>TokenScope-Bericht</translation>
    </message>
    <message>
        <source>Platform: %1 (%2)</source>
        <translation>Plattform: %1 (%2)</translation>
    </message>
    <message>
        <source>Process user: %1 (%2)</source>
        <translation>Benutzer des Prozesses: %1 (%2)</translation>
    </message>
    <message>
        <source>Worker thread user: %1 (%2), impersonating: %3</source>
        <translation>Benutzer des Arbeitsthreads: %1 (%2), Identitätswechsel: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Logged on: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <source>Readiness: %1</source>
        <translation>Bereitschaft: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>A PAM module of service &apos;%1&apos; refused this step; see %2.</source>
        <translation>Ein PAM-Modul des Dienstes „%1“ hat diesen Schritt abgelehnt; siehe %2.</translation>
    </message>
    <message>
        <source>A capability can be enabled only if it is held.</source>
        <translation>Eine Capability kann nur aktiviert werden, wenn sie vorhanden ist.</translation>
    </message>
    <message>
        <source>A capability newer than this build of TokenScope.</source>
        <translation>Eine Capability, die neuer ist als dieser Build von TokenScope.</translation>
    </message>
    <message>
        <source>A module named in %1 could not be loaded; check the module paths (and that the service file exists).</source>
        <translation>Ein in %1 genanntes Modul konnte nicht geladen werden; prüfen Sie die Modulpfade (und ob die Dienstdatei existiert).</translation>
    </message>
    <message>
        <source>As network: pam_authenticate and pam_acct_mgmt. Windows also keeps the cleartext password for onward network access; Linux PAM keeps nothing after logon.</source>
        <translation>Wie „network“: pam_authenticate und pam_acct_mgmt. Windows behält zusätzlich das Klartextkennwort für weitere Netzwerkzugriffe; Linux-PAM behält nach der Anmeldung nichts.</translation>
    </message>
    <message>
        <source>Bind sockets to ports below 1024.</source>
        <translation>Sockets an Ports unter 1024 binden.</translation>
    </message>
    <message>
        <source>Block system suspend.</source>
        <translation>Den Systemruhezustand verhindern.</translation>
    </message>
    <message>
        <source>Broadcast and listen to multicast (unused by the kernel).</source>
        <translation>Broadcasts senden und Multicast empfangen (vom Kernel nicht verwendet).</translation>
    </message>
    <message>
        <source>Bypass checks that require the caller to own the file.</source>
        <translation>Prüfungen umgehen, die verlangen, dass der Aufrufer Besitzer der Datei ist.</translation>
    </message>
    <message>
        <source>Bypass file read permission checks and directory read and search checks.</source>
        <translation>Leseberechtigungsprüfungen für Dateien sowie Lese- und Suchprüfungen für Verzeichnisse umgehen.</translation>
    </message>
    <message>
        <source>Bypass file read, write and execute permission checks.</source>
        <translation>Lese-, Schreib- und Ausführungsberechtigungsprüfungen für Dateien umgehen.</translation>
    </message>
    <message>
        <source>Bypass permission checks on System V IPC objects.</source>
        <translation>Berechtigungsprüfungen für System-V-IPC-Objekte umgehen.</translation>
    </message>
    <message>
        <source>Change group ids and the supplementary group list.</source>
        <translation>Gruppen-IDs und die Liste der zusätzlichen Gruppen ändern.</translation>
    </message>
    <message>
        <source>Change the owner and group of any file.</source>
        <translation>Besitzer und Gruppe jeder Datei ändern.</translation>
    </message>
    <message>
        <source>Change user ids (the Linux analogue of impersonation).</source>
        <translation>Benutzer-IDs ändern (das Linux-Gegenstück zum Identitätswechsel).</translation>
    </message>
    <message>
        <source>Check the user name and the password (and the domain). PAM does not say which was wrong, so the tool does not either.</source>
        <translation>Prüfen Sie Benutzername und Kennwort (und die Domäne). PAM sagt nicht, was falsch war, daher auch dieses Tool nicht.</translation>
    </message>
    <message>
        <source>Checkpoint and restore processes (set PIDs, read maps).</source>
        <translation>Prozesse sichern und wiederherstellen (PIDs setzen, Speicherzuordnungen lesen).</translation>
    </message>
    <message>
        <source>Configure auditing and set the login uid.</source>
        <translation>Die Überwachung konfigurieren und die Login-UID setzen.</translation>
    </message>
    <message>
        <source>Configure mandatory access control (Smack).</source>
        <translation>Die verbindliche Zugriffssteuerung konfigurieren (Smack).</translation>
    </message>
    <message>
        <source>Configure network interfaces, routing and firewalls.</source>
        <translation>Netzwerkschnittstellen, Routing und Firewalls konfigurieren.</translation>
    </message>
    <message>
        <source>Configure terminals (vhangup).</source>
        <translation>Terminals konfigurieren (vhangup).</translation>
    </message>
    <message>
        <source>Create device files with mknod.</source>
        <translation>Gerätedateien mit mknod erstellen.</translation>
    </message>
    <message>
        <source>Drop capabilities from the bounding set and grant inheritable ones.</source>
        <translation>Capabilities aus der Begrenzungsmenge entfernen und vererbbare gewähren.</translation>
    </message>
    <message>
        <source>ERROR_ACCESS_DENIED: the token lacks the access right. Check the object&apos;s DACL for this user and the access mask asked for (a token opened without TOKEN_ADJUST_PRIVILEGES cannot adjust privileges; an Identification-level impersonation token cannot open anything).</source>
        <translation>ERROR_ACCESS_DENIED: Dem Token fehlt das Zugriffsrecht. Prüfen Sie die DACL des Objekts für diesen Benutzer und die angeforderte Zugriffsmaske (ein ohne TOKEN_ADJUST_PRIVILEGES geöffnetes Token kann keine Privilegien anpassen; ein Identitätswechseltoken der Ebene „Identifikation“ kann nichts öffnen).</translation>
    </message>
    <message>
        <source>ERROR_ACCOUNT_DISABLED: the account is disabled. An administrator must enable it.</source>
        <translation>ERROR_ACCOUNT_DISABLED: Das Konto ist deaktiviert. Ein Administrator muss es aktivieren.</translation>
    </message>
    <message>
        <source>ERROR_ACCOUNT_EXPIRED: the account has expired. An administrator must extend its expiry date.</source>
        <translation>ERROR_ACCOUNT_EXPIRED: Das Konto ist abgelaufen. Ein Administrator muss sein Ablaufdatum verlängern.</translation>
    </message>
    <message>
        <source>ERROR_ACCOUNT_LOCKED_OUT: too many wrong passwords locked the account. Wait for the lockout to expire or ask an administrator to unlock it, and find what keeps using the old password.</source>
        <translation>ERROR_ACCOUNT_LOCKED_OUT: Zu viele falsche Kennwörter haben das Konto gesperrt. Warten Sie, bis die Sperre abläuft, oder lassen Sie es von einem Administrator entsperren, und finden Sie heraus, was weiterhin das alte Kennwort verwendet.</translation>
    </message>
    <message>
        <source>ERROR_ACCOUNT_RESTRICTION: an account restriction applies, typically a blank password used for a network logon, or allowed workstations or hours. Set a password or relax the restriction.</source>
        <translation>ERROR_ACCOUNT_RESTRICTION: Eine Kontoeinschränkung greift, typischerweise ein leeres Kennwort bei einer Netzwerkanmeldung oder zulässige Arbeitsstationen oder Zeiten. Legen Sie ein Kennwort fest oder lockern Sie die Einschränkung.</translation>
    </message>
    <message>
        <source>ERROR_BAD_IMPERSONATION_LEVEL: the token&apos;s impersonation level is too low (Identification or Anonymous). Without SeImpersonatePrivilege ImpersonateLoggedOnUser quietly gives an Identification-level token: grant &apos;Impersonate a client after authentication&apos; or duplicate the token with SecurityImpersonation.</source>
        <translation>ERROR_BAD_IMPERSONATION_LEVEL: Die Identitätswechselebene des Tokens ist zu niedrig (Identifikation oder Anonym). Ohne SeImpersonatePrivilege liefert ImpersonateLoggedOnUser stillschweigend ein Token der Ebene „Identifikation“: Gewähren Sie „Annehmen der Clientidentität nach Authentifizierung“ oder duplizieren Sie das Token mit SecurityImpersonation.</translation>
    </message>
    <message>
        <source>ERROR_INVALID_ACCOUNT_NAME: the user name is malformed. Use &apos;user&apos; with a separate domain, &apos;DOMAIN\user&apos; or &apos;user@domain.example&apos;, without surrounding spaces.</source>
        <translation>ERROR_INVALID_ACCOUNT_NAME: Der Benutzername ist ungültig. Verwenden Sie „user“ mit separater Domäne, „DOMAIN\user“ oder „user@domain.example“, ohne umgebende Leerzeichen.</translation>
    </message>
    <message>
        <source>ERROR_INVALID_HANDLE: the handle is closed, of the wrong type or a placeholder (Wine&apos;s LogonUserW returns a fake token handle). Check the call that produced it.</source>
        <translation>ERROR_INVALID_HANDLE: Das Handle ist geschlossen, vom falschen Typ oder ein Platzhalter (LogonUserW von Wine liefert ein falsches Tokenhandle). Prüfen Sie den Aufruf, der es erzeugt hat.</translation>
    </message>
    <message>
        <source>ERROR_INVALID_LOGON_HOURS: the account may not log on at this time of day. Check its logon hours in Active Directory.</source>
        <translation>ERROR_INVALID_LOGON_HOURS: Das Konto darf sich zu dieser Tageszeit nicht anmelden. Prüfen Sie seine Anmeldezeiten in Active Directory.</translation>
    </message>
    <message>
        <source>ERROR_INVALID_PARAMETER: check the logon type and provider pair (LOGON32_LOGON_NEW_CREDENTIALS needs LOGON32_PROVIDER_WINNT50) and the flags passed.</source>
        <translation>ERROR_INVALID_PARAMETER: Prüfen Sie die Kombination aus Anmeldetyp und Anbieter (LOGON32_LOGON_NEW_CREDENTIALS benötigt LOGON32_PROVIDER_WINNT50) und die übergebenen Flags.</translation>
    </message>
    <message>
        <source>ERROR_INVALID_WORKSTATION: the account may not log on from this computer. Add it to the account&apos;s &apos;Log On To&apos; list.</source>
        <translation>ERROR_INVALID_WORKSTATION: Das Konto darf sich von diesem Computer aus nicht anmelden. Fügen Sie ihn der Liste „Anmelden an“ des Kontos hinzu.</translation>
    </message>
    <message>
        <source>ERROR_LOGON_FAILURE: the user name or password is wrong (Windows does not say which, on purpose). Check the domain (&apos;.&apos; for a local account), keyboard layout and Caps Lock; repeated failures can lock the account out.</source>
        <translation>ERROR_LOGON_FAILURE: Benutzername oder Kennwort ist falsch (Windows sagt absichtlich nicht, welches). Prüfen Sie die Domäne („.“ für ein lokales Konto), das Tastaturlayout und die Feststelltaste; wiederholte Fehlversuche können das Konto sperren.</translation>
    </message>
    <message>
        <source>ERROR_LOGON_TYPE_NOT_GRANTED: the password was right, but the account lacks the logon right for this logon type (interactive: SeInteractiveLogonRight, network: SeNetworkLogonRight, batch: SeBatchLogonRight, service: SeServiceLogonRight, remote interactive: SeRemoteInteractiveLogonRight) or holds the matching SeDeny... right. Grant it in User Rights Assignment, or choose another logon type.</source>
        <translation>ERROR_LOGON_TYPE_NOT_GRANTED: Das Kennwort war richtig, aber dem Konto fehlt das Anmelderecht für diesen Anmeldetyp (interaktiv: SeInteractiveLogonRight, Netzwerk: SeNetworkLogonRight, Batch: SeBatchLogonRight, Dienst: SeServiceLogonRight, Remote interaktiv: SeRemoteInteractiveLogonRight) oder es besitzt das entsprechende SeDeny...-Recht. Gewähren Sie es unter „Zuweisen von Benutzerrechten“ oder wählen Sie einen anderen Anmeldetyp.</translation>
    </message>
    <message>
        <source>ERROR_NETLOGON_NOT_STARTED: the Netlogon service is not running; start it or log on with a local account.</source>
        <translation>ERROR_NETLOGON_NOT_STARTED: Der Netlogon-Dienst läuft nicht; starten Sie ihn oder melden Sie sich mit einem lokalen Konto an.</translation>
    </message>
    <message>
        <source>ERROR_NONE_MAPPED: the name or SID does not map to an account here. Check the spelling and that the domain is reachable.</source>
        <translation>ERROR_NONE_MAPPED: Der Name oder die SID lässt sich hier keinem Konto zuordnen. Prüfen Sie die Schreibweise und ob die Domäne erreichbar ist.</translation>
    </message>
    <message>
        <source>ERROR_NOT_ALL_ASSIGNED: AdjustTokenPrivileges returned TRUE but did not enable every privilege: the token does not hold it. Grant the right in Local Security Policy (User Rights Assignment), then log off and on again, or run elevated.</source>
        <translation>ERROR_NOT_ALL_ASSIGNED: AdjustTokenPrivileges hat TRUE zurückgegeben, aber nicht jedes Privileg aktiviert: Das Token besitzt es nicht. Gewähren Sie das Recht in der lokalen Sicherheitsrichtlinie (Zuweisen von Benutzerrechten), melden Sie sich ab und wieder an, oder führen Sie das Programm mit erhöhten Rechten aus.</translation>
    </message>
    <message>
        <source>ERROR_NO_LOGON_SERVERS: no domain controller answered. Check network access to the domain, DNS, and the domain name; a local account needs the computer name or &apos;.&apos; as the domain.</source>
        <translation>ERROR_NO_LOGON_SERVERS: Kein Domänencontroller hat geantwortet. Prüfen Sie den Netzwerkzugriff auf die Domäne, DNS und den Domänennamen; ein lokales Konto benötigt den Computernamen oder „.“ als Domäne.</translation>
    </message>
    <message>
        <source>ERROR_NO_SUCH_LOGON_SESSION: the logon session ended (the user logged off or the token was closed). Log on again.</source>
        <translation>ERROR_NO_SUCH_LOGON_SESSION: Die Anmeldesitzung wurde beendet (der Benutzer hat sich abgemeldet oder das Token wurde geschlossen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>ERROR_NO_SUCH_PRIVILEGE: the privilege name is misspelled or unknown to this system (names are like SeImpersonatePrivilege; logon rights such as SeBatchLogonRight are not privileges).</source>
        <translation>ERROR_NO_SUCH_PRIVILEGE: Der Privilegname ist falsch geschrieben oder diesem System unbekannt (Namen lauten etwa SeImpersonatePrivilege; Anmelderechte wie SeBatchLogonRight sind keine Privilegien).</translation>
    </message>
    <message>
        <source>ERROR_NO_SUCH_USER: the account does not exist in that domain. Check the spelling and which domain (or &apos;.&apos; for the local machine) is asked.</source>
        <translation>ERROR_NO_SUCH_USER: Das Konto existiert in dieser Domäne nicht. Prüfen Sie die Schreibweise und welche Domäne (oder „.“ für den lokalen Computer) angefragt wird.</translation>
    </message>
    <message>
        <source>ERROR_NO_TOKEN: the thread is not impersonating, so it has no thread token. Open the process token instead, or impersonate first.</source>
        <translation>ERROR_NO_TOKEN: Der Thread führt keinen Identitätswechsel aus und hat daher kein Threadtoken. Öffnen Sie stattdessen das Prozesstoken oder führen Sie zuerst einen Identitätswechsel aus.</translation>
    </message>
    <message>
        <source>ERROR_PASSWORD_EXPIRED: the password has expired. Change it (interactively or with an administrator), then try again.</source>
        <translation>ERROR_PASSWORD_EXPIRED: Das Kennwort ist abgelaufen. Ändern Sie es (interaktiv oder durch einen Administrator) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>ERROR_PASSWORD_MUST_CHANGE: the password must be changed before the first logon. Change it interactively, then try again.</source>
        <translation>ERROR_PASSWORD_MUST_CHANGE: Das Kennwort muss vor der ersten Anmeldung geändert werden. Ändern Sie es interaktiv und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>ERROR_PRIVILEGE_NOT_HELD: the caller lacks a privilege the call needs (for example SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege to start a process as another user, SeTcbPrivilege only on Windows 2000 for LogonUser). Grant it in User Rights Assignment, log on again, and enable it in the token.</source>
        <translation>ERROR_PRIVILEGE_NOT_HELD: Dem Aufrufer fehlt ein Privileg, das der Aufruf benötigt (zum Beispiel SeAssignPrimaryTokenPrivilege und SeIncreaseQuotaPrivilege, um einen Prozess als anderer Benutzer zu starten, SeTcbPrivilege nur unter Windows 2000 für LogonUser). Gewähren Sie es unter „Zuweisen von Benutzerrechten“, melden Sie sich erneut an und aktivieren Sie es im Token.</translation>
    </message>
    <message>
        <source>Give a user name without control characters or &apos;:&apos;.</source>
        <translation>Geben Sie einen Benutzernamen ohne Steuerzeichen und ohne „:“ an.</translation>
    </message>
    <message>
        <source>Give the program&apos;s full path.</source>
        <translation>Geben Sie den vollständigen Pfad des Programms an.</translation>
    </message>
    <message>
        <source>Keep set-user-ID and set-group-ID bits when a file is modified.</source>
        <translation>Set-User-ID- und Set-Group-ID-Bits beim Ändern einer Datei beibehalten.</translation>
    </message>
    <message>
        <source>Load BPF programs and create BPF maps.</source>
        <translation>BPF-Programme laden und BPF-Maps erstellen.</translation>
    </message>
    <message>
        <source>Load and unload kernel modules.</source>
        <translation>Kernelmodule laden und entladen.</translation>
    </message>
    <message>
        <source>Lock memory (mlock) and allocate huge pages.</source>
        <translation>Speicher sperren (mlock) und große Seiten zuweisen.</translation>
    </message>
    <message>
        <source>Log on again before impersonating.</source>
        <translation>Melden Sie sich vor dem Identitätswechsel erneut an.</translation>
    </message>
    <message>
        <source>Log on again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Log on first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Name a file of /etc/pam.d, such as login.</source>
        <translation>Nennen Sie eine Datei aus /etc/pam.d, etwa login.</translation>
    </message>
    <message>
        <source>Name the program to run.</source>
        <translation>Nennen Sie das auszuführende Programm.</translation>
    </message>
    <message>
        <source>Not supported on this platform: Windows clones the caller&apos;s token and uses the new credentials only for outbound network access, without checking them; Linux has no per-thread store of outbound credentials (use kinit or mount credentials instead).</source>
        <translation>Auf dieser Plattform nicht unterstützt: Windows klont das Token des Aufrufers und verwendet die neuen Anmeldeinformationen nur für ausgehende Netzwerkzugriffe, ohne sie zu prüfen; Linux hat keinen threadbezogenen Speicher für ausgehende Anmeldeinformationen (verwenden Sie stattdessen kinit oder Mount-Anmeldeinformationen).</translation>
    </message>
    <message>
        <source>Not supported on this platform: it selects the NTLM package of Windows; PAM has no provider choice (use default with another --service).</source>
        <translation>Auf dieser Plattform nicht unterstützt: Es wählt das NTLM-Paket von Windows; PAM bietet keine Anbieterauswahl (verwenden Sie default mit einem anderen --service).</translation>
    </message>
    <message>
        <source>Not supported on this platform: it selects the Negotiate package of Windows; PAM has no provider choice (use default with another --service, e.g. one using pam_sss or pam_krb5).</source>
        <translation>Auf dieser Plattform nicht unterstützt: Es wählt das Negotiate-Paket von Windows; PAM bietet keine Anbieterauswahl (verwenden Sie default mit einem anderen --service, z. B. einem mit pam_sss oder pam_krb5).</translation>
    </message>
    <message>
        <source>Not supported on this platform: it selects the Windows NT 3.5 authentication package; PAM has no provider choice (use default with another --service).</source>
        <translation>Auf dieser Plattform nicht unterstützt: Es wählt das Authentifizierungspaket von Windows NT 3.5; PAM bietet keine Anbieterauswahl (verwenden Sie default mit einem anderen --service).</translation>
    </message>
    <message>
        <source>Not supported on this platform: virtual accounts are a Windows service-account feature with no Linux counterpart.</source>
        <translation>Auf dieser Plattform nicht unterstützt: Virtuelle Konten sind eine Dienstkontofunktion von Windows ohne Linux-Gegenstück.</translation>
    </message>
    <message>
        <source>Nothing to log off.</source>
        <translation>Nichts abzumelden.</translation>
    </message>
    <message>
        <source>Override mandatory access control (Smack).</source>
        <translation>Die verbindliche Zugriffssteuerung außer Kraft setzen (Smack).</translation>
    </message>
    <message>
        <source>Override resource limits and quotas.</source>
        <translation>Ressourcengrenzen und Kontingente außer Kraft setzen.</translation>
    </message>
    <message>
        <source>PAM takes the password as a C string, so it would check only the part before the NUL byte: give the password without it.</source>
        <translation>PAM übernimmt das Kennwort als C-Zeichenfolge und würde daher nur den Teil vor dem NUL-Byte prüfen: Geben Sie das Kennwort ohne dieses an.</translation>
    </message>
    <message>
        <source>Password aging is disabled for this account by a PAM module.</source>
        <translation>Die Kennwortalterung ist für dieses Konto durch ein PAM-Modul deaktiviert.</translation>
    </message>
    <message>
        <source>Perform a wide range of administration: mount, namespaces, keyrings and more.</source>
        <translation>Vielfältige Verwaltungsaufgaben ausführen: Einhängen, Namespaces, Schlüsselringe und mehr.</translation>
    </message>
    <message>
        <source>Perform raw I/O port operations and access /dev/mem.</source>
        <translation>Direkte E/A-Portoperationen ausführen und auf /dev/mem zugreifen.</translation>
    </message>
    <message>
        <source>Raise process priority and set other processes&apos; scheduling.</source>
        <translation>Die Prozesspriorität erhöhen und die Zeitplanung anderer Prozesse festlegen.</translation>
    </message>
    <message>
        <source>Read the audit log through a multicast netlink socket.</source>
        <translation>Das Überwachungsprotokoll über einen Multicast-Netlink-Socket lesen.</translation>
    </message>
    <message>
        <source>Reboot the system and load a new kernel.</source>
        <translation>Das System neu starten und einen neuen Kernel laden.</translation>
    </message>
    <message>
        <source>Revert on the thread that impersonated.</source>
        <translation>Kehren Sie auf dem Thread zurück, der den Identitätswechsel ausgeführt hat.</translation>
    </message>
    <message>
        <source>Revert the thread first (RevertToSelf; revertToSelf() in core), then impersonate.</source>
        <translation>Setzen Sie den Thread zuerst zurück (RevertToSelf; revertToSelf() in core) und führen Sie dann den Identitätswechsel aus.</translation>
    </message>
    <message>
        <source>Revert to self before logging on again.</source>
        <translation>Kehren Sie vor einer erneuten Anmeldung zur eigenen Identität zurück.</translation>
    </message>
    <message>
        <source>Revert to self first.</source>
        <translation>Kehren Sie zuerst zur eigenen Identität zurück.</translation>
    </message>
    <message>
        <source>Run TokenScope as root, or grant the capabilities to the binary with `setcap cap_setuid,cap_setgid+p tokenscope-cli`.</source>
        <translation>Führen Sie TokenScope als root aus oder gewähren Sie der Programmdatei die Capabilities mit `setcap cap_setuid,cap_setgid+p tokenscope-cli`.</translation>
    </message>
    <message>
        <source>See the system log (journalctl, /var/log/auth.log) for the PAM module that failed.</source>
        <translation>Das fehlgeschlagene PAM-Modul finden Sie im Systemprotokoll (journalctl, /var/log/auth.log).</translation>
    </message>
    <message>
        <source>Send signals to processes of other users.</source>
        <translation>Signale an Prozesse anderer Benutzer senden.</translation>
    </message>
    <message>
        <source>Set alarms that wake the system.</source>
        <translation>Wecker setzen, die das System aufwecken.</translation>
    </message>
    <message>
        <source>Set file capabilities.</source>
        <translation>Datei-Capabilities setzen.</translation>
    </message>
    <message>
        <source>Set the immutable and append-only file attributes.</source>
        <translation>Die Dateiattribute „unveränderlich“ und „nur anhängen“ setzen.</translation>
    </message>
    <message>
        <source>Set the system clock.</source>
        <translation>Die Systemuhr stellen.</translation>
    </message>
    <message>
        <source>Start the program from a thread that is not impersonating (revert first).</source>
        <translation>Starten Sie das Programm von einem Thread ohne Identitätswechsel (kehren Sie zuerst zurück).</translation>
    </message>
    <message>
        <source>Starting a program as another user needs CAP_SETUID and CAP_SETGID: run as root.</source>
        <translation>Ein Programm als anderer Benutzer zu starten erfordert CAP_SETUID und CAP_SETGID: Führen Sie es als root aus.</translation>
    </message>
    <message>
        <source>Switch process accounting on and off.</source>
        <translation>Die Prozessabrechnung ein- und ausschalten.</translation>
    </message>
    <message>
        <source>Take leases on files the caller does not own.</source>
        <translation>Leases auf Dateien setzen, die dem Aufrufer nicht gehören.</translation>
    </message>
    <message>
        <source>The PAM configuration of service &apos;%1&apos; (%2) failed; the system log (journalctl, /var/log/auth.log) names the module.</source>
        <translation>Die PAM-Konfiguration des Dienstes „%1“ (%2) ist fehlgeschlagen; das Systemprotokoll (journalctl, /var/log/auth.log) nennt das Modul.</translation>
    </message>
    <message>
        <source>The PAM stack asked something other than the password (a one-time code, a new password): TokenScope answers only the password prompt. Use another service (--service).</source>
        <translation>Der PAM-Stapel hat etwas anderes als das Kennwort abgefragt (einen Einmalcode, ein neues Kennwort): TokenScope beantwortet nur die Kennwortabfrage. Verwenden Sie einen anderen Dienst (--service).</translation>
    </message>
    <message>
        <source>The account has expired: an administrator can extend it with `chage -E -1 %1` (see `chage -l %2`).</source>
        <translation>Das Konto ist abgelaufen: Ein Administrator kann es mit `chage -E -1 %1` verlängern (siehe `chage -l %2`).</translation>
    </message>
    <message>
        <source>The authentication service could not be reached or read (directory server down, missing passdb, unreadable shadow file).</source>
        <translation>Der Authentifizierungsdienst war nicht erreichbar oder nicht lesbar (Verzeichnisserver ausgefallen, passdb fehlt, Shadow-Datei nicht lesbar).</translation>
    </message>
    <message>
        <source>The configured PAM service (default &apos;login&apos;, a file in /etc/pam.d) decides how the password is checked.</source>
        <translation>Der konfigurierte PAM-Dienst (Standard „login“, eine Datei in /etc/pam.d) entscheidet, wie das Kennwort geprüft wird.</translation>
    </message>
    <message>
        <source>The file system is mounted read-only.</source>
        <translation>Das Dateisystem ist schreibgeschützt eingehängt.</translation>
    </message>
    <message>
        <source>The identity lacks the permission on the path or on a folder above it (check with `namei -l PATH`, the mode bits and ACLs `getfacl`).</source>
        <translation>Der Identität fehlt die Berechtigung für den Pfad oder einen übergeordneten Ordner (prüfen Sie mit `namei -l PATH`, die Modusbits und die ACLs mit `getfacl`).</translation>
    </message>
    <message>
        <source>The password has expired: change it with `passwd %1`.</source>
        <translation>Das Kennwort ist abgelaufen: Ändern Sie es mit `passwd %1`.</translation>
    </message>
    <message>
        <source>The password must be changed before the account can log on: log on once interactively (`su - %1`) or have an administrator run `passwd %2`.</source>
        <translation>Das Kennwort muss geändert werden, bevor sich das Konto anmelden kann: Melden Sie sich einmal interaktiv an (`su - %1`) oder lassen Sie einen Administrator `passwd %2` ausführen.</translation>
    </message>
    <message>
        <source>The password was accepted but the account checks of service &apos;%1&apos; refused &apos;%2&apos; (expired, locked or not allowed here); see the module messages and `chage -l %3`.</source>
        <translation>Das Kennwort wurde akzeptiert, aber die Kontoprüfungen des Dienstes „%1“ haben „%2“ abgelehnt (abgelaufen, gesperrt oder hier nicht zulässig); siehe die Modulmeldungen und `chage -l %3`.</translation>
    </message>
    <message>
        <source>The password was right but &apos;%1&apos; may not log on through service &apos;%2&apos; (pam_access, pam_nologin, pam_time or similar in %3); the Windows counterpart is the missing %4.</source>
        <translation>Das Kennwort war richtig, aber „%1“ darf sich nicht über den Dienst „%2“ anmelden (pam_access, pam_nologin, pam_time o. Ä. in %3); das Windows-Gegenstück ist das fehlende %4.</translation>
    </message>
    <message>
        <source>The password was right but a session could not be opened (see the session lines of %1). The network logon type (--type network) runs no session.</source>
        <translation>Das Kennwort war richtig, aber es konnte keine Sitzung geöffnet werden (siehe die session-Zeilen von %1). Der Anmeldetyp „network“ (--type network) öffnet keine Sitzung.</translation>
    </message>
    <message>
        <source>The password was right but the credentials could not be set (pam_setcred). The network logon type (--type network) does not set credentials.</source>
        <translation>Das Kennwort war richtig, aber die Anmeldeinformationen konnten nicht gesetzt werden (pam_setcred). Der Anmeldetyp „network“ (--type network) setzt keine Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>The path is not a directory: list needs one.</source>
        <translation>Der Pfad ist kein Verzeichnis: Auflisten erfordert eines.</translation>
    </message>
    <message>
        <source>The path, or a folder on the way, does not exist.</source>
        <translation>Der Pfad oder ein Ordner auf dem Weg existiert nicht.</translation>
    </message>
    <message>
        <source>The system ran out of memory; try again.</source>
        <translation>Dem System ist der Speicher ausgegangen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The user may not execute the program or a folder above it.</source>
        <translation>Der Benutzer darf das Programm oder einen übergeordneten Ordner nicht ausführen.</translation>
    </message>
    <message>
        <source>This logon ran on a worker thread: session modules such as pam_loginuid write /proc/self/loginuid, which the kernel accepts only from the process&apos;s main thread (tokenscope-cli logs on from its main thread).</source>
        <translation>Diese Anmeldung lief auf einem Arbeitsthread: Sitzungsmodule wie pam_loginuid schreiben /proc/self/loginuid, was der Kernel nur vom Hauptthread des Prozesses akzeptiert (tokenscope-cli meldet sich von seinem Hauptthread an).</translation>
    </message>
    <message>
        <source>This thread can impersonate: it holds CAP_SETGID and CAP_SETUID.</source>
        <translation>Dieser Thread kann einen Identitätswechsel ausführen: Er besitzt CAP_SETGID und CAP_SETUID.</translation>
    </message>
    <message>
        <source>TokenScope is not running as root: pam_unix can then check only the caller&apos;s own password (through unix_chkpwd), so any other account fails like a wrong password. Run it as root (sudo) to check another account.</source>
        <translation>TokenScope läuft nicht als root: pam_unix kann dann nur das eigene Kennwort des Aufrufers prüfen (über unix_chkpwd), daher scheitert jedes andere Konto wie bei einem falschen Kennwort. Führen Sie es als root (sudo) aus, um ein anderes Konto zu prüfen.</translation>
    </message>
    <message>
        <source>TokenScope passed PAM an item it rejected; please report this.</source>
        <translation>TokenScope hat PAM ein Element übergeben, das PAM abgelehnt hat; bitte melden Sie dies.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked out (pam_faillock/pam_tally2). Wait for the lock to expire or reset it with `faillock --user %1 --reset`.</source>
        <translation>Zu viele Fehlversuche: Das Konto ist gesperrt (pam_faillock/pam_tally2). Warten Sie, bis die Sperre abläuft, oder setzen Sie sie mit `faillock --user %1 --reset` zurück.</translation>
    </message>
    <message>
        <source>Trace and inspect any process (ptrace, process_vm_readv).</source>
        <translation>Jeden Prozess verfolgen und untersuchen (ptrace, process_vm_readv).</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Type a path to probe.</source>
        <translation>Geben Sie einen zu prüfenden Pfad ein.</translation>
    </message>
    <message>
        <source>Use a name such as CAP_SETUID or a number; `tokenscope-cli privileges --all` lists them.</source>
        <translation>Verwenden Sie einen Namen wie CAP_SETUID oder eine Zahl; `tokenscope-cli privileges --all` listet sie auf.</translation>
    </message>
    <message>
        <source>Use another logon type; `interactive` and `network` check a password on Linux.</source>
        <translation>Verwenden Sie einen anderen Anmeldetyp; `interactive` und `network` prüfen unter Linux ein Kennwort.</translation>
    </message>
    <message>
        <source>Use chroot and change mount namespaces with setns.</source>
        <translation>chroot verwenden und Mount-Namespaces mit setns wechseln.</translation>
    </message>
    <message>
        <source>Use performance monitoring (perf_event_open) beyond the defaults.</source>
        <translation>Leistungsüberwachung (perf_event_open) über die Standardwerte hinaus nutzen.</translation>
    </message>
    <message>
        <source>Use privileged syslog operations and read kernel addresses.</source>
        <translation>Privilegierte syslog-Operationen verwenden und Kerneladressen lesen.</translation>
    </message>
    <message>
        <source>Use raw and packet sockets.</source>
        <translation>Raw- und Paketsockets verwenden.</translation>
    </message>
    <message>
        <source>Use the default provider; choose the PAM service with --service.</source>
        <translation>Verwenden Sie den Standardanbieter; wählen Sie den PAM-Dienst mit --service.</translation>
    </message>
    <message>
        <source>Write records to the kernel audit log.</source>
        <translation>Einträge in das Überwachungsprotokoll des Kernels schreiben.</translation>
    </message>
    <message>
        <source>cancel a program running as the user</source>
        <translation>ein als Benutzer laufendes Programm abbrechen</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>full (uid switch)</source>
        <translation>vollständig (UID-Wechsel)</translation>
    </message>
    <message>
        <source>impersonate</source>
        <translation>Identitätswechsel</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>open a logon session</source>
        <translation>eine Anmeldesitzung öffnen</translation>
    </message>
    <message>
        <source>pam_authenticate and pam_acct_mgmt only: the password and the account are checked, no credentials are set and no session is opened, like a network server.</source>
        <translation>Nur pam_authenticate und pam_acct_mgmt: Kennwort und Konto werden geprüft, es werden keine Anmeldeinformationen gesetzt und keine Sitzung geöffnet, wie bei einem Netzwerkserver.</translation>
    </message>
    <message>
        <source>pam_authenticate, pam_acct_mgmt and pam_setcred(PAM_ESTABLISH_CRED), no session, like a daemon switching to its account.</source>
        <translation>pam_authenticate, pam_acct_mgmt und pam_setcred(PAM_ESTABLISH_CRED), keine Sitzung, wie ein Daemon, der zu seinem Konto wechselt.</translation>
    </message>
    <message>
        <source>pam_authenticate, pam_acct_mgmt and pam_setcred(PAM_REINITIALIZE_CRED), no new session, like a screen locker.</source>
        <translation>pam_authenticate, pam_acct_mgmt und pam_setcred(PAM_REINITIALIZE_CRED), keine neue Sitzung, wie eine Bildschirmsperre.</translation>
    </message>
    <message>
        <source>pam_authenticate, pam_acct_mgmt, pam_setcred and pam_open_session, like cron running a job.</source>
        <translation>pam_authenticate, pam_acct_mgmt, pam_setcred und pam_open_session, wie cron beim Ausführen eines Auftrags.</translation>
    </message>
    <message>
        <source>pam_authenticate, pam_acct_mgmt, pam_setcred(PAM_ESTABLISH_CRED) and pam_open_session, like login(1); logoff closes the session and deletes the credentials.</source>
        <translation>pam_authenticate, pam_acct_mgmt, pam_setcred(PAM_ESTABLISH_CRED) und pam_open_session, wie login(1); die Abmeldung schließt die Sitzung und löscht die Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>run as user</source>
        <translation>als Benutzer ausführen</translation>
    </message>
    <message>
        <source>verify other users&apos; passwords</source>
        <translation>Kennwörter anderer Benutzer prüfen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>This thread cannot impersonate: %1 is not held (not in the permitted set).</source>
        <translation>
            <numerusform>Dieser Thread kann keinen Identitätswechsel ausführen: %1 ist nicht vorhanden (nicht in der zulässigen Menge).</numerusform>
            <numerusform>Dieser Thread kann keinen Identitätswechsel ausführen: %1 sind nicht vorhanden (nicht in der zulässigen Menge).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is held but not enabled; TokenScope enables it for the switch.</source>
        <translation>%1 ist vorhanden, aber nicht aktiviert; TokenScope aktiviert es für den Wechsel.</translation>
    </message>
    <message>
        <source>Create a token object</source>
        <translation>Erstellen eines Tokenobjekts</translation>
    </message>
    <message>
        <source>Replace a process level token</source>
        <translation>Ersetzen eines Tokens auf Prozessebene</translation>
    </message>
    <message>
        <source>Lock pages in memory</source>
        <translation>Sperren von Seiten im Speicher</translation>
    </message>
    <message>
        <source>Adjust memory quotas for a process</source>
        <translation>Anpassen von Speicherkontingenten für einen Prozess</translation>
    </message>
    <message>
        <source>Add workstations to domain</source>
        <translation>Hinzufügen von Arbeitsstationen zur Domäne</translation>
    </message>
    <message>
        <source>Act as part of the operating system</source>
        <translation>Einsetzen als Teil des Betriebssystems</translation>
    </message>
    <message>
        <source>Manage auditing and security log</source>
        <translation>Verwalten von Überwachungs- und Sicherheitsprotokollen</translation>
    </message>
    <message>
        <source>Take ownership of files or other objects</source>
        <translation>Übernehmen des Besitzes von Dateien und Objekten</translation>
    </message>
    <message>
        <source>Load and unload device drivers</source>
        <translation>Laden und Entfernen von Gerätetreibern</translation>
    </message>
    <message>
        <source>Profile system performance</source>
        <translation>Erstellen eines Profils der Systemleistung</translation>
    </message>
    <message>
        <source>Change the system time</source>
        <translation>Ändern der Systemzeit</translation>
    </message>
    <message>
        <source>Profile single process</source>
        <translation>Erstellen eines Profils für einen Einzelprozess</translation>
    </message>
    <message>
        <source>Increase scheduling priority</source>
        <translation>Anheben der Zeitplanungspriorität</translation>
    </message>
    <message>
        <source>Create a pagefile</source>
        <translation>Erstellen einer Auslagerungsdatei</translation>
    </message>
    <message>
        <source>Create permanent shared objects</source>
        <translation>Erstellen von dauerhaft freigegebenen Objekten</translation>
    </message>
    <message>
        <source>Back up files and directories</source>
        <translation>Sichern von Dateien und Verzeichnissen</translation>
    </message>
    <message>
        <source>Restore files and directories</source>
        <translation>Wiederherstellen von Dateien und Verzeichnissen</translation>
    </message>
    <message>
        <source>Shut down the system</source>
        <translation>Herunterfahren des Systems</translation>
    </message>
    <message>
        <source>Debug programs</source>
        <translation>Debuggen von Programmen</translation>
    </message>
    <message>
        <source>Generate security audits</source>
        <translation>Generieren von Sicherheitsüberwachungen</translation>
    </message>
    <message>
        <source>Modify firmware environment values</source>
        <translation>Verändern der Firmwareumgebungsvariablen</translation>
    </message>
    <message>
        <source>Bypass traverse checking</source>
        <translation>Umgehen der durchsuchenden Überprüfung</translation>
    </message>
    <message>
        <source>Force shutdown from a remote system</source>
        <translation>Erzwingen des Herunterfahrens von einem Remotesystem aus</translation>
    </message>
    <message>
        <source>Remove computer from docking station</source>
        <translation>Entfernen des Computers von der Dockingstation</translation>
    </message>
    <message>
        <source>Synchronize directory service data</source>
        <translation>Synchronisieren von Verzeichnisdienstdaten</translation>
    </message>
    <message>
        <source>Enable computer and user accounts to be trusted for delegation</source>
        <translation>Ermöglichen, dass Computer- und Benutzerkonten für Delegierungszwecke vertraut wird</translation>
    </message>
    <message>
        <source>Perform volume maintenance tasks</source>
        <translation>Durchführen von Volumewartungsaufgaben</translation>
    </message>
    <message>
        <source>Impersonate a client after authentication</source>
        <translation>Annehmen der Clientidentität nach Authentifizierung</translation>
    </message>
    <message>
        <source>Create global objects</source>
        <translation>Erstellen globaler Objekte</translation>
    </message>
    <message>
        <source>Access Credential Manager as a trusted caller</source>
        <translation>Zugriff auf Anmeldeinformations-Manager als ein vertrauenswürdiger Aufrufer</translation>
    </message>
    <message>
        <source>Modify an object label</source>
        <translation>Ändern einer Objektbezeichnung</translation>
    </message>
    <message>
        <source>Increase a process working set</source>
        <translation>Arbeitssatz eines Prozesses vergrößern</translation>
    </message>
    <message>
        <source>Change the time zone</source>
        <translation>Ändern der Zeitzone</translation>
    </message>
    <message>
        <source>Create symbolic links</source>
        <translation>Erstellen symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>Obtain an impersonation token for another user in the same session</source>
        <translation>Abrufen eines Identitätswechseltokens für einen anderen Benutzer in der gleichen Sitzung</translation>
    </message>
    <message>
        <source>run as user (CreateProcessAsUserW)</source>
        <translation>als Benutzer ausführen (CreateProcessAsUserW)</translation>
    </message>
    <message>
        <source>LogonUser on Windows 2000 only (historical)</source>
        <translation>LogonUser nur unter Windows 2000 (historisch)</translation>
    </message>
    <message>
        <source>A user at the keyboard: a primary token with the interactive logon right (SeInteractiveLogonRight); credentials are cached for outbound access.</source>
        <translation>Ein Benutzer an der Tastatur: ein primäres Token mit dem Recht auf interaktive Anmeldung (SeInteractiveLogonRight); die Anmeldeinformationen werden für ausgehende Zugriffe zwischengespeichert.</translation>
    </message>
    <message>
        <source>A server checking a password: the fastest logon, an impersonation-ready token without cached credentials, so it cannot reach other machines as the user (SeNetworkLogonRight).</source>
        <translation>Ein Server, der ein Kennwort prüft: die schnellste Anmeldung, ein für den Identitätswechsel bereites Token ohne zwischengespeicherte Anmeldeinformationen, das daher andere Computer nicht als der Benutzer erreichen kann (SeNetworkLogonRight).</translation>
    </message>
    <message>
        <source>A scheduled job running for the user without interaction (SeBatchLogonRight).</source>
        <translation>Ein geplanter Auftrag, der ohne Interaktion für den Benutzer läuft (SeBatchLogonRight).</translation>
    </message>
    <message>
        <source>A service account (SeServiceLogonRight).</source>
        <translation>Ein Dienstkonto (SeServiceLogonRight).</translation>
    </message>
    <message>
        <source>The password check of a workstation unlock, as the logon UI makes it.</source>
        <translation>Die Kennwortprüfung beim Entsperren einer Arbeitsstation, wie sie die Anmeldeoberfläche durchführt.</translation>
    </message>
    <message>
        <source>As network, but the logon keeps the password so the server can reach other machines as the user (SeNetworkLogonRight).</source>
        <translation>Wie „network“, aber die Anmeldung behält das Kennwort, damit der Server andere Computer als der Benutzer erreichen kann (SeNetworkLogonRight).</translation>
    </message>
    <message>
        <source>Only with LOGON32_PROVIDER_WINNT50. A copy of the caller&apos;s token whose new credentials serve outbound network access only; the password is not checked and the local identity stays the caller&apos;s (GetUserName shows the caller).</source>
        <translation>Nur mit LOGON32_PROVIDER_WINNT50. Eine Kopie des Tokens des Aufrufers, deren neue Anmeldeinformationen nur ausgehenden Netzwerkzugriffen dienen; das Kennwort wird nicht geprüft, und die lokale Identität bleibt die des Aufrufers (GetUserName zeigt den Aufrufer).</translation>
    </message>
    <message>
        <source>The system&apos;s standard provider: Negotiate (Kerberos, else NTLM).</source>
        <translation>Der Standardanbieter des Systems: Negotiate (Kerberos, sonst NTLM).</translation>
    </message>
    <message>
        <source>The Windows NT 3.5 provider, kept for compatibility.</source>
        <translation>Der Anbieter von Windows NT 3.5, aus Kompatibilitätsgründen beibehalten.</translation>
    </message>
    <message>
        <source>The NTLM provider.</source>
        <translation>Der NTLM-Anbieter.</translation>
    </message>
    <message>
        <source>The Negotiate provider; the only one LOGON32_LOGON_NEW_CREDENTIALS works with.</source>
        <translation>Der Negotiate-Anbieter; der einzige, mit dem LOGON32_LOGON_NEW_CREDENTIALS funktioniert.</translation>
    </message>
    <message>
        <source>Virtual accounts (service accounts such as NT SERVICE\name).</source>
        <translation>Virtuelle Konten (Dienstkonten wie NT SERVICE\name).</translation>
    </message>
    <message>
        <source>This thread can impersonate: it holds SeImpersonatePrivilege, so ImpersonateLoggedOnUser gives it an Impersonation-level token of the user.</source>
        <translation>Dieser Thread kann einen Identitätswechsel ausführen: Er besitzt SeImpersonatePrivilege, daher liefert ihm ImpersonateLoggedOnUser ein Token des Benutzers auf der Ebene „Identitätswechsel“.</translation>
    </message>
    <message>
        <source>SeImpersonatePrivilege is held but disabled; TokenScope enables it before impersonating.</source>
        <translation>SeImpersonatePrivilege ist vorhanden, aber deaktiviert; TokenScope aktiviert es vor dem Identitätswechsel.</translation>
    </message>
    <message>
        <source>This thread cannot fully impersonate another user: SeImpersonatePrivilege is not held. ImpersonateLoggedOnUser still succeeds, but Windows then gives the thread only an Identification-level token: it can tell who the user is and open nothing as the user (impersonating one&apos;s own account works without it). Run TokenScope elevated or as a service account, which hold the privilege.</source>
        <translation>Dieser Thread kann keinen vollständigen Identitätswechsel zu einem anderen Benutzer ausführen: SeImpersonatePrivilege ist nicht vorhanden. ImpersonateLoggedOnUser gelingt trotzdem, aber Windows gibt dem Thread dann nur ein Token der Ebene „Identifikation“: Er kann feststellen, wer der Benutzer ist, aber nichts als dieser Benutzer öffnen (ein Identitätswechsel zum eigenen Konto funktioniert ohne das Privileg). Führen Sie TokenScope mit erhöhten Rechten oder als Dienstkonto aus, die das Privileg besitzen.</translation>
    </message>
    <message>
        <source>Can start a process as the user with CreateProcessAsUserW: SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege are held.</source>
        <translation>Kann mit CreateProcessAsUserW einen Prozess als der Benutzer starten: SeAssignPrimaryTokenPrivilege und SeIncreaseQuotaPrivilege sind vorhanden.</translation>
    </message>
    <message>
        <source>Starting a process as the user with CreateProcessAsUserW needs SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege, which this token lacks; CreateProcessWithLogonW needs neither.</source>
        <translation>Einen Prozess mit CreateProcessAsUserW als der Benutzer zu starten erfordert SeAssignPrimaryTokenPrivilege und SeIncreaseQuotaPrivilege, die diesem Token fehlen; CreateProcessWithLogonW benötigt keines von beiden.</translation>
    </message>
    <message>
        <source>SeTcbPrivilege is not needed to log users on: only Windows 2000&apos;s LogonUser required it; since Windows XP any account may call LogonUser.</source>
        <translation>SeTcbPrivilege wird zum Anmelden von Benutzern nicht benötigt: Nur LogonUser unter Windows 2000 verlangte es; seit Windows XP darf jedes Konto LogonUser aufrufen.</translation>
    </message>
    <message>
        <source>The thread impersonates: these are the privileges of its impersonation token.</source>
        <translation>Der Thread führt einen Identitätswechsel aus: Dies sind die Privilegien seines Identitätswechseltokens.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Logon, impersonation and privilege diagnostics</source>
        <translation>Diagnose von Anmeldung, Identitätswechsel und Privilegien</translation>
    </message>
    <message>
        <source>PAM service for the default provider.</source>
        <translation>PAM-Dienst für den Standardanbieter.</translation>
    </message>
    <message>
        <source>Open the constants browser only.</source>
        <translation>Nur den Konstantenbrowser öffnen.</translation>
    </message>
    <message>
        <source>Open the process browser only.</source>
        <translation>Nur den Prozessbrowser öffnen.</translation>
    </message>
    <message>
        <source>Compare two saved reports only.</source>
        <translation>Nur zwei gespeicherte Berichte vergleichen.</translation>
    </message>
    <message>
        <source>With --compare: the two reports, left and right.</source>
        <translation>Mit --compare: die beiden Berichte, links und rechts.</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Activity entry</source>
        <translation>Aktivitätseintrag</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::AsUserPanel</name>
    <message>
        <source>Type a command to run as the user.</source>
        <translation>Geben Sie einen Befehl ein, der als Benutzer ausgeführt werden soll.</translation>
    </message>
    <message>
        <source>Path to probe</source>
        <translation>Zu prüfender Pfad</translation>
    </message>
    <message>
        <source>/path/to/file or folder</source>
        <translation>/Pfad/zur/Datei oder zum Ordner</translation>
    </message>
    <message>
        <source>&amp;Probe access</source>
        <translation>Zugriff &amp;prüfen</translation>
    </message>
    <message>
        <source>Try to open the path for read, write, execute and list on the worker thread</source>
        <translation>Auf dem Arbeitsthread versuchen, den Pfad zum Lesen, Schreiben, Ausführen und Auflisten zu öffnen</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Access probe results</source>
        <translation>Ergebnisse der Zugriffsprüfung</translation>
    </message>
    <message>
        <source>Command to run as the user</source>
        <translation>Als Benutzer auszuführender Befehl</translation>
    </message>
    <message>
        <source>Ru&amp;n as user</source>
        <translation>Al&amp;s Benutzer ausführen</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>P&amp;fad:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>Als %1</translation>
    </message>
    <message>
        <source>Access probe and run-as</source>
        <translation>Zugriffsprüfung und Ausführen als</translation>
    </message>
    <message>
        <source>The last results were the impersonated user&apos;s and were cleared.</source>
        <translation>Die letzten Ergebnisse gehörten zum angenommenen Benutzer und wurden gelöscht.</translation>
    </message>
    <message>
        <source>Log on first: the program runs with the logon&apos;s token</source>
        <translation>Zuerst anmelden: Das Programm läuft mit dem Token der Anmeldung</translation>
    </message>
    <message>
        <source>Revert to self first: the program is started from the worker thread&apos;s own identity, which then switches to the user</source>
        <translation>Zuerst zur eigenen Identität zurückkehren: Das Programm wird aus der eigenen Identität des Arbeitsthreads gestartet, die dann zum Benutzer wechselt</translation>
    </message>
    <message>
        <source>Run the command as the logged-on user, in a session of its own</source>
        <translation>Den Befehl als angemeldeter Benutzer in einer eigenen Sitzung ausführen</translation>
    </message>
    <message>
        <source>%1 as %2 (impersonated)</source>
        <translation>%1 als %2 (angenommene Identität)</translation>
    </message>
    <message>
        <source>%1 as %2 (the worker thread, not impersonating)</source>
        <translation>%1 als %2 (der Arbeitsthread, ohne Identitätswechsel)</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>%1 (the explanation says %2, the real attempt %3)</source>
        <translation>%1 (laut Erklärung %2, der echte Versuch %3)</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ConstantListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ConstantTreeModel</name>
    <message>
        <source>(no family)</source>
        <translation>(keine Familie)</translation>
    </message>
    <message numerus="yes">
        <source>%n constant(s)</source>
        <translation>
            <numerusform>%n Konstante</numerusform>
            <numerusform>%n Konstanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Header / family / name</source>
        <translation>Header / Familie / Name</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ConstantsBrowser</name>
    <message>
        <source>TokenScope — Constants browser</source>
        <translation>TokenScope – Konstantenbrowser</translation>
    </message>
    <message>
        <source>Search constants</source>
        <translation>Konstanten suchen</translation>
    </message>
    <message>
        <source>Name, glob (LOGON32_*) or value (1326, 0x52E, -5)</source>
        <translation>Name, Muster (LOGON32_*) oder Wert (1326, 0x52E, -5)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Constants by header and family</source>
        <translation>Konstanten nach Header und Familie</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Constant details</source>
        <translation>Details der Konstante</translation>
    </message>
    <message>
        <source>Copy as:</source>
        <translation>Kopieren als:</translation>
    </message>
    <message>
        <source>&amp;C/C++</source>
        <translation>&amp;C/C++</translation>
    </message>
    <message>
        <source>&amp;Python</source>
        <translation>&amp;Python</translation>
    </message>
    <message>
        <source>C&amp;#</source>
        <translation>C&amp;#</translation>
    </message>
    <message>
        <source>Copy as %1</source>
        <translation>Als %1 kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n constant(s)</source>
        <translation>
            <numerusform>%n Konstante</numerusform>
            <numerusform>%n Konstanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matches — refine the query</source>
        <translation>
            <numerusform>%1 von %n Treffer – verfeinern Sie die Suche</numerusform>
            <numerusform>%1 von %n Treffern – verfeinern Sie die Suche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No constant selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Konstante ausgewählt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Dezimal</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Zeichenfolge</translation>
    </message>
    <message>
        <source>C type</source>
        <translation>C-Typ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <source>Family %1:</source>
        <translation>Familie %1:</translation>
    </message>
    <message>
        <source>All constants named %1…</source>
        <translation>Alle Konstanten namens %1…</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>pywin32</source>
        <translation>pywin32</translation>
    </message>
    <message>
        <source>no module defines it</source>
        <translation>kein Modul definiert ihn</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>TokenScope</source>
        <translation>TokenScope</translation>
    </message>
    <message>
        <source>System text:</source>
        <translation>Text des Systems:</translation>
    </message>
    <message>
        <source>FormatMessageW, as recorded under Wine</source>
        <translation>FormatMessageW, unter Wine aufgezeichnet</translation>
    </message>
    <message>
        <source>severity %1, facility %2, code %3</source>
        <translation>Schweregrad %1, Facility %2, Code %3</translation>
    </message>
    <message>
        <source>1 (failure)</source>
        <translation>1 (Fehler)</translation>
    </message>
    <message>
        <source>0 (success)</source>
        <translation>0 (Erfolg)</translation>
    </message>
    <message>
        <source>the Win32 error inside: %1 (%2)</source>
        <translation>der enthaltene Win32-Fehler: %1 (%2)</translation>
    </message>
    <message>
        <source>HRESULT:</source>
        <translation>HRESULT:</translation>
    </message>
    <message>
        <source>not defined by any pywin32 module</source>
        <translation>von keinem pywin32-Modul definiert</translation>
    </message>
    <message>
        <source>Event 4625 Sub Status:</source>
        <translation>Ereignis 4625, Unterstatus:</translation>
    </message>
    <message>
        <source>Event 4625 Sub Status</source>
        <translation>Ereignis 4625, Unterstatus</translation>
    </message>
    <message>
        <source>The Sub Status of an &apos;An account failed to log on&apos; event whose Status is this NTSTATUS</source>
        <translation>Der Unterstatus eines Ereignisses „Fehler beim Anmelden eines Kontos“, dessen Status dieser NTSTATUS ist</translation>
    </message>
    <message>
        <source>Logon Type:</source>
        <translation>Anmeldetyp:</translation>
    </message>
    <message>
        <source>Event 4625 Logon Type</source>
        <translation>Ereignis 4625, Anmeldetyp</translation>
    </message>
    <message>
        <source>Win32 error:</source>
        <translation>Win32-Fehler:</translation>
    </message>
    <message>
        <source>RtlNtStatusToDosError, as recorded under Wine</source>
        <translation>RtlNtStatusToDosError, unter Wine aufgezeichnet</translation>
    </message>
    <message numerus="yes">
        <source>… %n in all</source>
        <translation>
            <numerusform>… insgesamt %n</numerusform>
            <numerusform>… insgesamt %n</numerusform>
        </translation>
    </message>
    <message>
        <source>NTSTATUS values Windows reports as this error:</source>
        <translation>NTSTATUS-Werte, die Windows als diesen Fehler meldet:</translation>
    </message>
    <message>
        <source>Event 4625:</source>
        <translation>Ereignis 4625:</translation>
    </message>
    <message>
        <source>the Logon Type is a number (2 interactive, 3 network, 10 remote interactive)</source>
        <translation>der Anmeldetyp ist eine Zahl (2 interaktiv, 3 Netzwerk, 10 Remote interaktiv)</translation>
    </message>
    <message>
        <source>The caller saw %1.</source>
        <translation>Der Aufrufer erhielt %1.</translation>
    </message>
    <message>
        <source>The Sub Status %1 is Win32 error %2.</source>
        <translation>Der Unterstatus %1 ist der Win32-Fehler %2.</translation>
    </message>
    <message>
        <source>Logon right: %1</source>
        <translation>Anmelderecht: %1</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Versuchen Sie: %1</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Property id</source>
        <translation>Eigenschafts-ID</translation>
    </message>
    <message>
        <source>Written as:</source>
        <translation>Geschrieben als:</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::IdentityPanel</name>
    <message>
        <source>Effective user</source>
        <translation>Effektiver Benutzer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Groups of the worker thread</source>
        <translation>Gruppen des Arbeitsthreads</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Worker thread</source>
        <translation>Arbeitsthread</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Identity of the process and of the impersonating worker thread</source>
        <translation>Identität des Prozesses und des Arbeitsthreads, der den Identitätswechsel ausführt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Groups of the worker thread, with their attributes</source>
        <translation>Gruppen des Arbeitsthreads mit ihren Attributen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>uid r/e/s/fs</source>
        <translation>UID r/e/s/fs</translation>
    </message>
    <message>
        <source>gid r/e/s/fs</source>
        <translation>GID r/e/s/fs</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privilegien</translation>
    </message>
    <message>
        <source>by design: the window&apos;s thread dropped its privileges at start, the worker thread keeps those it needs</source>
        <translation>beabsichtigt: Der Thread des Fensters hat seine Privilegien beim Start abgelegt, der Arbeitsthread behält die nötigen</translation>
    </message>
    <message>
        <source>Impersonating</source>
        <translation>Identitätswechsel</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>ja, %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::LogonPanel</name>
    <message>
        <source>Log on</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Chec&amp;k account</source>
        <translation>Ko&amp;nto prüfen</translation>
    </message>
    <message>
        <source>Without the password: is the account disabled, locked out or expired, and does it hold the logon right for the chosen logon type?</source>
        <translation>Ohne Kennwort: Ist das Konto deaktiviert, gesperrt oder abgelaufen, und hat es das Anmelderecht für den gewählten Anmeldetyp?</translation>
    </message>
    <message>
        <source>Without the password: is the account locked or expired, must its password change, is its shell a nologin shell, and what does the PAM service&apos;s account phase say?</source>
        <translation>Ohne Kennwort: Ist das Konto gesperrt oder abgelaufen, muss das Kennwort geändert werden, ist die Shell eine nologin-Shell, und was sagt die Kontophase des PAM-Dienstes?</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>empty or . for a local account</source>
        <translation>leer oder . für ein lokales Konto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Logon type</source>
        <translation>Anmeldetyp</translation>
    </message>
    <message>
        <source>Logon provider</source>
        <translation>Anmeldeanbieter</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>D&amp;omäne:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Logon t&amp;ype:</source>
        <translation>Anmelde&amp;typ:</translation>
    </message>
    <message>
        <source>Pr&amp;ovider:</source>
        <translation>Anbiete&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Log on</source>
        <translation>Anme&amp;lden</translation>
    </message>
    <message>
        <source>&amp;Impersonate</source>
        <translation>Identität &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Revert to self</source>
        <translation>&amp;Zur eigenen Identität zurückkehren</translation>
    </message>
    <message>
        <source>Lo&amp;g off</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Close the token&apos;s handle: the logon session ends with its last token</source>
        <translation>Das Handle des Tokens schließen: die Anmeldesitzung endet mit ihrem letzten Token</translation>
    </message>
    <message>
        <source>Close the token: end the PAM session and release the logon</source>
        <translation>Token schließen: PAM-Sitzung beenden und Anmeldung freigeben</translation>
    </message>
    <message>
        <source>Type a user name to check.</source>
        <translation>Geben Sie einen Benutzernamen zum Prüfen ein.</translation>
    </message>
    <message>
        <source>Show in constants browser</source>
        <translation>Im Konstantenbrowser anzeigen</translation>
    </message>
    <message>
        <source>Not supported on this platform: %1</source>
        <translation>Auf dieser Plattform nicht unterstützt: %1</translation>
    </message>
    <message>
        <source>(not in the constants database)</source>
        <translation>(nicht in der Konstantendatenbank)</translation>
    </message>
    <message>
        <source>The worker thread already impersonates %1, not through TokenScope. Use Revert to self first.</source>
        <translation>Der Arbeitsthread hat bereits einen Identitätswechsel zu %1 ausgeführt, nicht durch TokenScope. Verwenden Sie zuerst „Zur eigenen Identität zurückkehren“.</translation>
    </message>
    <message>
        <source>No logon token.</source>
        <translation>Kein Anmeldetoken.</translation>
    </message>
    <message>
        <source>the worker thread impersonates it</source>
        <translation>der Arbeitsthread führt einen Identitätswechsel zu diesem Benutzer aus</translation>
    </message>
    <message>
        <source>not impersonating</source>
        <translation>kein Identitätswechsel</translation>
    </message>
    <message>
        <source>Token: %1 (%2), %3 with %4; %5</source>
        <translation>Token: %1 (%2), %3 mit %4; %5</translation>
    </message>
    <message>
        <source>the logon broker, process %1, holds the PAM session</source>
        <translation>der Anmeldebroker, Prozess %1, hält die PAM-Sitzung</translation>
    </message>
    <message>
        <source>this process holds the logon</source>
        <translation>dieser Prozess hält die Anmeldung</translation>
    </message>
    <message>
        <source>Token: %1 (uid %2, gid %3), %4; PAM steps: %5; %6; %7</source>
        <translation>Token: %1 (UID %2, GID %3), %4; PAM-Schritte: %5; %6; %7</translation>
    </message>
    <message>
        <source>Logged on as %1.</source>
        <translation>Als %1 angemeldet.</translation>
    </message>
    <message>
        <source>Log on as %1 cancelled.</source>
        <translation>Anmeldung als %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Log on as %1 failed: %2 (%3) — %4</source>
        <translation>Anmeldung als %1 fehlgeschlagen: %2 (%3) — %4</translation>
    </message>
    <message>
        <source>%1 can log on (%2).</source>
        <translation>%1 kann sich anmelden (%2).</translation>
    </message>
    <message>
        <source>%1 cannot log on (%2):</source>
        <translation>%1 kann sich nicht anmelden (%2):</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::MainWindow</name>
    <message>
        <source>%1 (no name)</source>
        <translation>%1 (kein Name)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <comment>privileges</comment>
        <translation>
            <numerusform>%n vorhanden</numerusform>
            <numerusform>%n vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <comment>privileges</comment>
        <translation>
            <numerusform>%n aktiviert</numerusform>
            <numerusform>%n aktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenScope</source>
        <translation>TokenScope</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht k&amp;opieren</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Constants browser…</source>
        <translation>&amp;Konstantenbrowser…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About TokenScope</source>
        <translation>Über TokenScope</translation>
    </message>
    <message>
        <source>TokenScope shows who a process and its threads are, which privileges they hold, and whether they can log on and impersonate.</source>
        <translation>TokenScope zeigt, wer ein Prozess und seine Threads sind, welche Privilegien sie besitzen und ob sie Anmeldungen und Identitätswechsel durchführen können.</translation>
    </message>
    <message>
        <source>&amp;About TokenScope</source>
        <translation>&amp;Über TokenScope</translation>
    </message>
    <message>
        <source>Type a user name to log on.</source>
        <translation>Geben Sie zum Anmelden einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Logging on as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>The report is on the clipboard (Markdown).</source>
        <translation>Der Bericht liegt in der Zwischenablage (Markdown).</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Cancelling: a logon in progress is ended, any other result is discarded.</source>
        <translation>Abbruch: Eine laufende Anmeldung wird beendet, jedes andere Ergebnis wird verworfen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Core dumps are off and the process is not dumpable. Dropped for good: %1. The worker thread keeps %2 to impersonate, run programs as the user and end them when they overrun; the window&apos;s thread keeps none. PAM&apos;s logons and sessions run in the logon broker, which keeps only what PAM needs; Check account asks PAM&apos;s account phase on the worker thread.</source>
        <translation>Speicherabbilder sind ausgeschaltet, und der Prozess kann nicht ausgelesen werden. Endgültig entfernt: %1. Der Arbeitsthread behält %2, um Identitätswechsel auszuführen, Programme als der Benutzer zu starten und sie bei Zeitüberschreitung zu beenden; der Thread des Fensters behält keine. Anmeldungen und Sitzungen von PAM laufen im Anmeldebroker, der nur behält, was PAM benötigt; „Konto prüfen“ fragt die Kontophase von PAM im Arbeitsthread ab.</translation>
    </message>
    <message>
        <source>Crash dialogs are off, so no crash dump is offered. Privileges are left as they are: on Windows they belong to the process token, which every thread shares; the privilege panel shows and changes them.</source>
        <translation>Absturzdialoge sind aus, daher wird kein Absturzabbild angeboten. Die Berechtigungen bleiben, wie sie sind: Unter Windows gehören sie zum Prozesstoken, das alle Threads teilen; die Berechtigungsansicht zeigt und ändert sie.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>&amp;Processes…</source>
        <translation>&amp;Prozesse…</translation>
    </message>
    <message>
        <source>Compare &amp;reports…</source>
        <translation>Be&amp;richte vergleichen…</translation>
    </message>
    <message>
        <source>TokenScope %1</source>
        <translation>TokenScope %1</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::PrivilegePanel</name>
    <message>
        <source>Privileges of the worker thread</source>
        <translation>Privilegien des Arbeitsthreads</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Privileg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Mengen</translation>
    </message>
    <message>
        <source>Needed for</source>
        <translation>Benötigt für</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>Deakt&amp;ivieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>logon (in the logon broker: PAM reads /etc/shadow)</source>
        <translation>Anmeldung (im Anmeldebroker: PAM liest /etc/shadow)</translation>
    </message>
    <message>
        <source>logon and logoff (in the logon broker: PAM writes audit records)</source>
        <translation>Anmeldung und Abmeldung (im Anmeldebroker: PAM schreibt Überwachungseinträge)</translation>
    </message>
    <message>
        <source>logon session (in the logon broker: pam_loginuid sets the login uid)</source>
        <translation>Anmeldesitzung (im Anmeldebroker: pam_loginuid setzt die Login-UID)</translation>
    </message>
    <message>
        <source>logon session (in the logon broker: pam_limits sets resource limits)</source>
        <translation>Anmeldesitzung (im Anmeldebroker: pam_limits setzt Ressourcengrenzen)</translation>
    </message>
    <message>
        <source>logon session (in the logon broker: PAM&apos;s setcred and open_session work on the user&apos;s files)</source>
        <translation>Anmeldesitzung (im Anmeldebroker: setcred und open_session von PAM bearbeiten Dateien des Benutzers)</translation>
    </message>
    <message>
        <source>The privileges of the worker thread could not be read.</source>
        <translation>Die Privilegien des Arbeitsthreads konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>p permitted, e effective, i inheritable, b bounding, a ambient</source>
        <translation>p zulässig (permitted), e effektiv (effective), i vererbbar (inheritable), b Begrenzung (bounding), a Umgebung (ambient)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Impersonation needs this today. %1</source>
        <translation>Der Identitätswechsel benötigt dies heute. %1</translation>
    </message>
    <message>
        <source>Ready to impersonate</source>
        <translation>Bereit zum Identitätswechsel</translation>
    </message>
    <message>
        <source>Not ready to impersonate</source>
        <translation>Nicht bereit zum Identitätswechsel</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ProcessBrowser</name>
    <message>
        <source>TokenScope — Processes</source>
        <translation>TokenScope — Prozesse</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Pid, name or user</source>
        <translation>PID, Name oder Benutzer</translation>
    </message>
    <message>
        <source>Filter processes</source>
        <translation>Prozesse filtern</translation>
    </message>
    <message>
        <source>Refresh every 2 s</source>
        <translation>Alle 2 s aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Impersonating</source>
        <translation>Identitätswechsel</translation>
    </message>
    <message>
        <source>Threads whose credentials differ from their process&apos;s (Windows: threads with their own token)</source>
        <translation>Threads, deren Anmeldeinformationen sich von denen ihres Prozesses unterscheiden (Windows: Threads mit eigenem Token)</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>The process and its threads</source>
        <translation>Der Prozess und seine Threads</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privilegien</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Token of the chosen process or thread</source>
        <translation>Token des gewählten Prozesses oder Threads</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Groups of the chosen process or thread</source>
        <translation>Gruppen des gewählten Prozesses oder Threads</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Privileg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Mengen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Privileges of the chosen process or thread</source>
        <translation>Privilegien des gewählten Prozesses oder Threads</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n processes</source>
        <translation>
            <numerusform>%1 von %n Prozess</numerusform>
            <numerusform>%1 von %n Prozessen</numerusform>
        </translation>
    </message>
    <message>
        <source>The processes could not be listed: %1</source>
        <translation>Die Prozesse konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>ended, not yet reaped by its parent</source>
        <translation>beendet, vom Elternprozess noch nicht abgeholt</translation>
    </message>
    <message>
        <source>a kernel thread</source>
        <translation>ein Kernel-Thread</translation>
    </message>
    <message>
        <source>Process %1 (%2), parent %3</source>
        <translation>Prozess %1 (%2), Elternprozess %3</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Partly read:</source>
        <translation>Teilweise gelesen:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>ja, %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>Thread %1</source>
        <translation>Thread %1</translation>
    </message>
    <message>
        <source>uid r/e/s/fs</source>
        <translation>UID r/e/s/fs</translation>
    </message>
    <message>
        <source>gid r/e/s/fs</source>
        <translation>GID r/e/s/fs</translation>
    </message>
    <message>
        <source>no: it acts as its process</source>
        <translation>nein: er handelt als sein Prozess</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>p permitted, e effective, i inheritable, b bounding, a ambient</source>
        <translation>p zulässig (permitted), e effektiv (effective), i vererbbar (inheritable), b Begrenzung (bounding), a Umgebung (ambient)</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>&amp;Compare with this</source>
        <translation>&amp;Hiermit vergleichen</translation>
    </message>
    <message>
        <source>Keep the shown process or thread as the left side; then choose another to see what differs</source>
        <translation>Den angezeigten Prozess oder Thread als linke Seite behalten; dann einen anderen wählen, um die Unterschiede zu sehen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Differences between the two tokens</source>
        <translation>Unterschiede zwischen den beiden Token</translation>
    </message>
    <message>
        <source>Choose a process or thread and press Compare with this, then choose another: what differs is shown here. A thread is compared with its process until then.</source>
        <translation>Wählen Sie einen Prozess oder Thread, drücken Sie „Hiermit vergleichen“ und wählen Sie dann einen anderen: Die Unterschiede werden hier angezeigt. Bis dahin wird ein Thread mit seinem Prozess verglichen.</translation>
    </message>
    <message>
        <source>Left: %1
Right: %2</source>
        <translation>Links: %1
Rechts: %2</translation>
    </message>
    <message>
        <source>Identical.</source>
        <translation>Identisch.</translation>
    </message>
    <message numerus="yes">
        <source>%n differences: </source>
        <translation>
            <numerusform>%n Unterschied: </numerusform>
            <numerusform>%n Unterschiede: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert</translation>
    </message>
    <message>
        <source>Compare with a saved report</source>
        <translation>Mit einem gespeicherten Bericht vergleichen</translation>
    </message>
    <message>
        <source>TokenScope reports (*.json);;All files (*)</source>
        <translation>TokenScope-Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the process&apos;s token</source>
        <translation>Token des Prozesses speichern</translation>
    </message>
    <message>
        <source>TokenScope reports (*.json)</source>
        <translation>TokenScope-Berichte (*.json)</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>&amp;Bericht öffnen…</translation>
    </message>
    <message>
        <source>Compare a report saved before (Save…, or tokenscope-cli whoami --json or privileges --json) with the shown process or thread</source>
        <translation>Einen früher gespeicherten Bericht (Speichern…, oder tokenscope-cli whoami --json oder privileges --json) mit dem angezeigten Prozess oder Thread vergleichen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the shown process&apos;s token, with its threads and privileges, as JSON: to compare later here, or with tokenscope-cli diff</source>
        <translation>Den Token des angezeigten Prozesses mit seinen Threads und Privilegien als JSON speichern: zum späteren Vergleich hier oder mit tokenscope-cli diff</translation>
    </message>
    <message>
        <source>No process is shown: choose one in the list first.</source>
        <translation>Es wird kein Prozess angezeigt: Wählen Sie zuerst einen in der Liste.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ReportComparison</name>
    <message>
        <source>TokenScope — Compare reports</source>
        <translation>TokenScope — Berichte vergleichen</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>R&amp;ight:</source>
        <translation>&amp;Rechts:</translation>
    </message>
    <message>
        <source>A report saved as JSON</source>
        <translation>Ein als JSON gespeicherter Bericht</translation>
    </message>
    <message>
        <source>Left report</source>
        <translation>Linker Bericht</translation>
    </message>
    <message>
        <source>Right report</source>
        <translation>Rechter Bericht</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Differences between the two reports</source>
        <translation>Unterschiede zwischen den beiden Berichten</translation>
    </message>
    <message>
        <source>Choose a saved report</source>
        <translation>Einen gespeicherten Bericht wählen</translation>
    </message>
    <message>
        <source>TokenScope reports (*.json);;All files (*)</source>
        <translation>TokenScope-Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose two reports: saved by the process browser&apos;s Save…, or by tokenscope-cli whoami --json (with or without --pid) or privileges --json.</source>
        <translation>Wählen Sie zwei Berichte: gespeichert mit „Speichern…“ im Prozessbrowser oder mit tokenscope-cli whoami --json (mit oder ohne --pid) oder privileges --json.</translation>
    </message>
    <message>
        <source>The two reports have nothing in common to compare: one holds only an identity, the other only privileges.</source>
        <translation>Die beiden Berichte haben nichts gemeinsam, das sich vergleichen ließe: Der eine enthält nur eine Identität, der andere nur Privilegien.</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::SessionController</name>
    <message>
        <source>The logon broker (process %1) did not answer within %2 s and was ended; the PAM session may not have been closed cleanly.</source>
        <translation>Der Anmeldebroker (Prozess %1) hat nicht innerhalb von %2 s geantwortet und wurde beendet; die PAM-Sitzung wurde möglicherweise nicht sauber geschlossen.</translation>
    </message>
    <message>
        <source>The session worker is still busy; TokenScope quits without waiting for it.</source>
        <translation>Der Arbeitsthread der Sitzung ist noch beschäftigt; TokenScope wird beendet, ohne auf ihn zu warten.</translation>
    </message>
    <message>
        <source>The session worker was still busy after %1 s; a logon or logoff it waits for is ended at once.</source>
        <translation>Der Arbeitsthread der Sitzung war nach %1 s noch beschäftigt; eine Anmeldung oder Abmeldung, auf die er wartet, wird sofort beendet.</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::SessionWorker</name>
    <message>
        <source>Log on</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancelled: the logon succeeded and was logged off at once.</source>
        <translation>Abgebrochen: Die Anmeldung war erfolgreich und wurde sofort wieder abgemeldet.</translation>
    </message>
    <message>
        <source>Cancelled: the logon had failed anyway.</source>
        <translation>Abgebrochen: Die Anmeldung war ohnehin fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Logged on as %1 (uid %2, gid %3), %4.</source>
        <translation>Angemeldet als %1 (UID %2, GID %3), %4.</translation>
    </message>
    <message>
        <source>Impersonate</source>
        <translation>Identitätswechsel</translation>
    </message>
    <message>
        <source>The worker thread now runs as %1 (GetUserName: %2).</source>
        <translation>Der Arbeitsthread läuft jetzt als %1 (GetUserName: %2).</translation>
    </message>
    <message>
        <source>Revert to self</source>
        <translation>Zur eigenen Identität zurückkehren</translation>
    </message>
    <message>
        <source>The worker thread is itself again.</source>
        <translation>Der Arbeitsthread hat wieder seine eigene Identität.</translation>
    </message>
    <message>
        <source>The worker thread has the process&apos;s identity.</source>
        <translation>Der Arbeitsthread hat die Identität des Prozesses.</translation>
    </message>
    <message>
        <source>Log off</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Logged off; the token is closed.</source>
        <translation>Abgemeldet; das Token ist geschlossen.</translation>
    </message>
    <message>
        <source>Access probe</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>%1 as %2: %3</source>
        <translation>%1 als %2: %3</translation>
    </message>
    <message>
        <source>Run as user</source>
        <translation>Als Benutzer ausführen</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 wurde mit Status %2 beendet</translation>
    </message>
    <message>
        <source>%1 ended by signal %2</source>
        <translation>%1 wurde durch Signal %2 beendet</translation>
    </message>
    <message>
        <source> (killed after 30 s)</source>
        <translation> (nach 30 s abgebrochen)</translation>
    </message>
    <message>
        <source>Enable privilege</source>
        <translation>Privileg aktivieren</translation>
    </message>
    <message>
        <source>Disable privilege</source>
        <translation>Privileg deaktivieren</translation>
    </message>
    <message>
        <source>%1 is now %2 on the worker thread (it was %3).</source>
        <translation>%1 ist auf dem Arbeitsthread jetzt %2 (vorher %3).</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Drop privileges</source>
        <translation>Privilegien entfernen</translation>
    </message>
    <message>
        <source>Cancelled: the logon broker was ended before PAM answered.</source>
        <translation>Abgebrochen: Der Anmeldebroker wurde beendet, bevor PAM antwortete.</translation>
    </message>
    <message>
        <source>Logged on as %1 (uid %2, gid %3), %4; the logon broker, process %5, holds the PAM session.</source>
        <translation>Angemeldet als %1 (UID %2, GID %3), %4; der Anmeldebroker, Prozess %5, hält die PAM-Sitzung.</translation>
    </message>
    <message>
        <source>Logon broker</source>
        <translation>Anmeldebroker</translation>
    </message>
    <message>
        <source>The logon broker (pid %1) ended: killed by signal %2; the logon session is closed.</source>
        <translation>Der Anmeldebroker (PID %1) wurde durch Signal %2 beendet; die Anmeldesitzung ist geschlossen.</translation>
    </message>
    <message>
        <source>The logon broker (pid %1) ended: exited with status %2; the logon session is closed.</source>
        <translation>Der Anmeldebroker (PID %1) hat sich mit Status %2 beendet; die Anmeldesitzung ist geschlossen.</translation>
    </message>
    <message>
        <source>The worker thread could not revert to itself.</source>
        <translation>Der Arbeitsthread konnte nicht zu seiner eigenen Identität zurückkehren.</translation>
    </message>
    <message>
        <source>Logged on as %1 (%2), %3 with %4.</source>
        <translation>Angemeldet als %1 (%2), %3 mit %4.</translation>
    </message>
    <message>
        <source>Account check</source>
        <translation>Kontoprüfung</translation>
    </message>
    <message>
        <source>%1 can log on (%2): nothing in the account refuses it.</source>
        <translation>%1 kann sich anmelden (%2): nichts im Konto verhindert es.</translation>
    </message>
    <message>
        <source>%1 cannot log on (%2): %3</source>
        <translation>%1 kann sich nicht anmelden (%2): %3</translation>
    </message>
</context>
</TS>
