<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Native: %1</source>
        <translation>Natif : %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Conseil : %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>TokenScope report</source>
        <translation>Rapport TokenScope</translation>
    </message>
    <message>
        <source>Platform: %1 (%2)</source>
        <translation>Plateforme : %1 (%2)</translation>
    </message>
    <message>
        <source>Process user: %1 (%2)</source>
        <translation>Utilisateur du processus : %1 (%2)</translation>
    </message>
    <message>
        <source>Worker thread user: %1 (%2), impersonating: %3</source>
        <translation>Utilisateur du thread de travail : %1 (%2), emprunt d&apos;identité : %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Logged on: %1</source>
        <translation>Session ouverte : %1</translation>
    </message>
    <message>
        <source>Readiness: %1</source>
        <translation>État de préparation : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>A PAM module of service &apos;%1&apos; refused this step; see %2.</source>
        <translation>Un module PAM du service « %1 » a refusé cette étape ; voir %2.</translation>
    </message>
    <message>
        <source>A capability can be enabled only if it is held.</source>
        <translation>Une capacité ne peut être activée que si elle est détenue.</translation>
    </message>
    <message>
        <source>A capability newer than this build of TokenScope.</source>
        <translation>Une capacité plus récente que cette version de TokenScope.</translation>
    </message>
    <message>
        <source>A module named in %1 could not be loaded; check the module paths (and that the service file exists).</source>
        <translation>Un module cité dans %1 n&apos;a pas pu être chargé ; vérifiez les chemins des modules (et que le fichier du service existe).</translation>
    </message>
    <message>
        <source>As network: pam_authenticate and pam_acct_mgmt. Windows also keeps the cleartext password for onward network access; Linux PAM keeps nothing after logon.</source>
        <translation>Comme network : pam_authenticate et pam_acct_mgmt. Windows conserve en plus le mot de passe en clair pour les accès réseau ultérieurs ; PAM sous Linux ne conserve rien après l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>Bind sockets to ports below 1024.</source>
        <translation>Lier des sockets aux ports inférieurs à 1024.</translation>
    </message>
    <message>
        <source>Block system suspend.</source>
        <translation>Empêcher la mise en veille du système.</translation>
    </message>
    <message>
        <source>Broadcast and listen to multicast (unused by the kernel).</source>
        <translation>Diffuser et écouter le multicast (non utilisé par le noyau).</translation>
    </message>
    <message>
        <source>Bypass checks that require the caller to own the file.</source>
        <translation>Contourner les vérifications qui exigent que l&apos;appelant soit propriétaire du fichier.</translation>
    </message>
    <message>
        <source>Bypass file read permission checks and directory read and search checks.</source>
        <translation>Contourner les vérifications de lecture des fichiers et de lecture et parcours des répertoires.</translation>
    </message>
    <message>
        <source>Bypass file read, write and execute permission checks.</source>
        <translation>Contourner les vérifications des autorisations de lecture, d&apos;écriture et d&apos;exécution des fichiers.</translation>
    </message>
    <message>
        <source>Bypass permission checks on System V IPC objects.</source>
        <translation>Contourner les vérifications d&apos;autorisation sur les objets IPC System V.</translation>
    </message>
    <message>
        <source>Change group ids and the supplementary group list.</source>
        <translation>Modifier les identifiants de groupe et la liste des groupes supplémentaires.</translation>
    </message>
    <message>
        <source>Change the owner and group of any file.</source>
        <translation>Modifier le propriétaire et le groupe de n&apos;importe quel fichier.</translation>
    </message>
    <message>
        <source>Change user ids (the Linux analogue of impersonation).</source>
        <translation>Modifier les identifiants d&apos;utilisateur (l&apos;équivalent Linux de l&apos;emprunt d&apos;identité).</translation>
    </message>
    <message>
        <source>Check the user name and the password (and the domain). PAM does not say which was wrong, so the tool does not either.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe (ainsi que le domaine). PAM n&apos;indique pas lequel était erroné, l&apos;outil non plus.</translation>
    </message>
    <message>
        <source>Checkpoint and restore processes (set PIDs, read maps).</source>
        <translation>Créer des points de reprise de processus et les restaurer (définir des PID, lire les mappages).</translation>
    </message>
    <message>
        <source>Configure auditing and set the login uid.</source>
        <translation>Configurer l&apos;audit et définir l&apos;uid de connexion.</translation>
    </message>
    <message>
        <source>Configure mandatory access control (Smack).</source>
        <translation>Configurer le contrôle d&apos;accès obligatoire (Smack).</translation>
    </message>
    <message>
        <source>Configure network interfaces, routing and firewalls.</source>
        <translation>Configurer les interfaces réseau, le routage et les pare-feu.</translation>
    </message>
    <message>
        <source>Configure terminals (vhangup).</source>
        <translation>Configurer les terminaux (vhangup).</translation>
    </message>
    <message>
        <source>Create device files with mknod.</source>
        <translation>Créer des fichiers de périphérique avec mknod.</translation>
    </message>
    <message>
        <source>Drop capabilities from the bounding set and grant inheritable ones.</source>
        <translation>Retirer des capacités de l&apos;ensemble limite et accorder des capacités héritables.</translation>
    </message>
    <message>
        <source>ERROR_ACCESS_DENIED: the token lacks the access right. Check the object&apos;s DACL for this user and the access mask asked for (a token opened without TOKEN_ADJUST_PRIVILEGES cannot adjust privileges; an Identification-level impersonation token cannot open anything).</source>
        <translation>ERROR_ACCESS_DENIED : le jeton ne dispose pas du droit d&apos;accès. Vérifiez la DACL de l&apos;objet pour cet utilisateur et le masque d&apos;accès demandé (un jeton ouvert sans TOKEN_ADJUST_PRIVILEGES ne peut pas ajuster les privilèges ; un jeton d&apos;emprunt d&apos;identité de niveau Identification ne peut rien ouvrir).</translation>
    </message>
    <message>
        <source>ERROR_ACCOUNT_DISABLED: the account is disabled. An administrator must enable it.</source>
        <translation>ERROR_ACCOUNT_DISABLED : le compte est désactivé. Un administrateur doit l&apos;activer.</translation>
    </message>
    <message>
        <source>ERROR_ACCOUNT_EXPIRED: the account has expired. An administrator must extend its expiry date.</source>
        <translation>ERROR_ACCOUNT_EXPIRED : le compte a expiré. Un administrateur doit prolonger sa date d&apos;expiration.</translation>
    </message>
    <message>
        <source>ERROR_ACCOUNT_LOCKED_OUT: too many wrong passwords locked the account. Wait for the lockout to expire or ask an administrator to unlock it, and find what keeps using the old password.</source>
        <translation>ERROR_ACCOUNT_LOCKED_OUT : trop de mots de passe erronés ont verrouillé le compte. Attendez la fin du verrouillage ou demandez à un administrateur de le déverrouiller, et trouvez ce qui utilise encore l&apos;ancien mot de passe.</translation>
    </message>
    <message>
        <source>ERROR_ACCOUNT_RESTRICTION: an account restriction applies, typically a blank password used for a network logon, or allowed workstations or hours. Set a password or relax the restriction.</source>
        <translation>ERROR_ACCOUNT_RESTRICTION : une restriction de compte s&apos;applique, en général un mot de passe vide utilisé pour une ouverture de session réseau, ou des stations de travail ou horaires autorisés. Définissez un mot de passe ou assouplissez la restriction.</translation>
    </message>
    <message>
        <source>ERROR_BAD_IMPERSONATION_LEVEL: the token&apos;s impersonation level is too low (Identification or Anonymous). Without SeImpersonatePrivilege ImpersonateLoggedOnUser quietly gives an Identification-level token: grant &apos;Impersonate a client after authentication&apos; or duplicate the token with SecurityImpersonation.</source>
        <translation>ERROR_BAD_IMPERSONATION_LEVEL : le niveau d&apos;emprunt d&apos;identité du jeton est trop bas (Identification ou Anonyme). Sans SeImpersonatePrivilege, ImpersonateLoggedOnUser donne discrètement un jeton de niveau Identification : accordez « Emprunter l&apos;identité d&apos;un client après l&apos;authentification » ou dupliquez le jeton avec SecurityImpersonation.</translation>
    </message>
    <message>
        <source>ERROR_INVALID_ACCOUNT_NAME: the user name is malformed. Use &apos;user&apos; with a separate domain, &apos;DOMAIN\user&apos; or &apos;user@domain.example&apos;, without surrounding spaces.</source>
        <translation>ERROR_INVALID_ACCOUNT_NAME : le nom d&apos;utilisateur est mal formé. Utilisez « user » avec un domaine séparé, « DOMAIN\user » ou « user@domain.example », sans espaces autour.</translation>
    </message>
    <message>
        <source>ERROR_INVALID_HANDLE: the handle is closed, of the wrong type or a placeholder (Wine&apos;s LogonUserW returns a fake token handle). Check the call that produced it.</source>
        <translation>ERROR_INVALID_HANDLE : le handle est fermé, d&apos;un mauvais type ou factice (LogonUserW de Wine renvoie un faux handle de jeton). Vérifiez l&apos;appel qui l&apos;a produit.</translation>
    </message>
    <message>
        <source>ERROR_INVALID_LOGON_HOURS: the account may not log on at this time of day. Check its logon hours in Active Directory.</source>
        <translation>ERROR_INVALID_LOGON_HOURS : le compte ne peut pas ouvrir de session à cette heure. Vérifiez ses horaires d&apos;ouverture de session dans Active Directory.</translation>
    </message>
    <message>
        <source>ERROR_INVALID_PARAMETER: check the logon type and provider pair (LOGON32_LOGON_NEW_CREDENTIALS needs LOGON32_PROVIDER_WINNT50) and the flags passed.</source>
        <translation>ERROR_INVALID_PARAMETER : vérifiez la paire type d&apos;ouverture de session et fournisseur (LOGON32_LOGON_NEW_CREDENTIALS nécessite LOGON32_PROVIDER_WINNT50) et les indicateurs passés.</translation>
    </message>
    <message>
        <source>ERROR_INVALID_WORKSTATION: the account may not log on from this computer. Add it to the account&apos;s &apos;Log On To&apos; list.</source>
        <translation>ERROR_INVALID_WORKSTATION : le compte ne peut pas ouvrir de session depuis cet ordinateur. Ajoutez-le à la liste « Se connecter à » du compte.</translation>
    </message>
    <message>
        <source>ERROR_LOGON_FAILURE: the user name or password is wrong (Windows does not say which, on purpose). Check the domain (&apos;.&apos; for a local account), keyboard layout and Caps Lock; repeated failures can lock the account out.</source>
        <translation>ERROR_LOGON_FAILURE : le nom d&apos;utilisateur ou le mot de passe est erroné (Windows ne dit pas lequel, volontairement). Vérifiez le domaine (« . » pour un compte local), la disposition du clavier et la touche Verr. Maj ; des échecs répétés peuvent verrouiller le compte.</translation>
    </message>
    <message>
        <source>ERROR_LOGON_TYPE_NOT_GRANTED: the password was right, but the account lacks the logon right for this logon type (interactive: SeInteractiveLogonRight, network: SeNetworkLogonRight, batch: SeBatchLogonRight, service: SeServiceLogonRight, remote interactive: SeRemoteInteractiveLogonRight) or holds the matching SeDeny... right. Grant it in User Rights Assignment, or choose another logon type.</source>
        <translation>ERROR_LOGON_TYPE_NOT_GRANTED : le mot de passe était correct, mais le compte ne dispose pas du droit d&apos;ouverture de session pour ce type (interactif : SeInteractiveLogonRight, réseau : SeNetworkLogonRight, traitement par lots : SeBatchLogonRight, service : SeServiceLogonRight, interactif à distance : SeRemoteInteractiveLogonRight) ou détient le droit SeDeny... correspondant. Accordez-le dans Attribution des droits utilisateur, ou choisissez un autre type d&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>ERROR_NETLOGON_NOT_STARTED: the Netlogon service is not running; start it or log on with a local account.</source>
        <translation>ERROR_NETLOGON_NOT_STARTED : le service Netlogon n&apos;est pas démarré ; démarrez-le ou ouvrez une session avec un compte local.</translation>
    </message>
    <message>
        <source>ERROR_NONE_MAPPED: the name or SID does not map to an account here. Check the spelling and that the domain is reachable.</source>
        <translation>ERROR_NONE_MAPPED : le nom ou le SID ne correspond à aucun compte ici. Vérifiez l&apos;orthographe et que le domaine est joignable.</translation>
    </message>
    <message>
        <source>ERROR_NOT_ALL_ASSIGNED: AdjustTokenPrivileges returned TRUE but did not enable every privilege: the token does not hold it. Grant the right in Local Security Policy (User Rights Assignment), then log off and on again, or run elevated.</source>
        <translation>ERROR_NOT_ALL_ASSIGNED : AdjustTokenPrivileges a renvoyé TRUE mais n&apos;a pas activé tous les privilèges : le jeton ne le détient pas. Accordez le droit dans la Stratégie de sécurité locale (Attribution des droits utilisateur), puis fermez et rouvrez la session, ou exécutez en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>ERROR_NO_LOGON_SERVERS: no domain controller answered. Check network access to the domain, DNS, and the domain name; a local account needs the computer name or &apos;.&apos; as the domain.</source>
        <translation>ERROR_NO_LOGON_SERVERS : aucun contrôleur de domaine n&apos;a répondu. Vérifiez l&apos;accès réseau au domaine, le DNS et le nom de domaine ; un compte local nécessite le nom de l&apos;ordinateur ou « . » comme domaine.</translation>
    </message>
    <message>
        <source>ERROR_NO_SUCH_LOGON_SESSION: the logon session ended (the user logged off or the token was closed). Log on again.</source>
        <translation>ERROR_NO_SUCH_LOGON_SESSION : la session d&apos;ouverture a pris fin (l&apos;utilisateur a fermé sa session ou le jeton a été fermé). Ouvrez à nouveau une session.</translation>
    </message>
    <message>
        <source>ERROR_NO_SUCH_PRIVILEGE: the privilege name is misspelled or unknown to this system (names are like SeImpersonatePrivilege; logon rights such as SeBatchLogonRight are not privileges).</source>
        <translation>ERROR_NO_SUCH_PRIVILEGE : le nom du privilège est mal orthographié ou inconnu de ce système (les noms sont du type SeImpersonatePrivilege ; les droits d&apos;ouverture de session comme SeBatchLogonRight ne sont pas des privilèges).</translation>
    </message>
    <message>
        <source>ERROR_NO_SUCH_USER: the account does not exist in that domain. Check the spelling and which domain (or &apos;.&apos; for the local machine) is asked.</source>
        <translation>ERROR_NO_SUCH_USER : le compte n&apos;existe pas dans ce domaine. Vérifiez l&apos;orthographe et le domaine interrogé (ou « . » pour l&apos;ordinateur local).</translation>
    </message>
    <message>
        <source>ERROR_NO_TOKEN: the thread is not impersonating, so it has no thread token. Open the process token instead, or impersonate first.</source>
        <translation>ERROR_NO_TOKEN : le thread n&apos;emprunte pas d&apos;identité, il n&apos;a donc pas de jeton de thread. Ouvrez plutôt le jeton du processus, ou empruntez d&apos;abord une identité.</translation>
    </message>
    <message>
        <source>ERROR_PASSWORD_EXPIRED: the password has expired. Change it (interactively or with an administrator), then try again.</source>
        <translation>ERROR_PASSWORD_EXPIRED : le mot de passe a expiré. Modifiez-le (de manière interactive ou par un administrateur), puis réessayez.</translation>
    </message>
    <message>
        <source>ERROR_PASSWORD_MUST_CHANGE: the password must be changed before the first logon. Change it interactively, then try again.</source>
        <translation>ERROR_PASSWORD_MUST_CHANGE : le mot de passe doit être modifié avant la première ouverture de session. Modifiez-le de manière interactive, puis réessayez.</translation>
    </message>
    <message>
        <source>ERROR_PRIVILEGE_NOT_HELD: the caller lacks a privilege the call needs (for example SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege to start a process as another user, SeTcbPrivilege only on Windows 2000 for LogonUser). Grant it in User Rights Assignment, log on again, and enable it in the token.</source>
        <translation>ERROR_PRIVILEGE_NOT_HELD : l&apos;appelant ne dispose pas d&apos;un privilège nécessaire à l&apos;appel (par exemple SeAssignPrimaryTokenPrivilege et SeIncreaseQuotaPrivilege pour démarrer un processus en tant qu&apos;un autre utilisateur, SeTcbPrivilege uniquement sous Windows 2000 pour LogonUser). Accordez-le dans Attribution des droits utilisateur, ouvrez à nouveau une session et activez-le dans le jeton.</translation>
    </message>
    <message>
        <source>Give a user name without control characters or &apos;:&apos;.</source>
        <translation>Donnez un nom d&apos;utilisateur sans caractères de contrôle ni « : ».</translation>
    </message>
    <message>
        <source>Give the program&apos;s full path.</source>
        <translation>Donnez le chemin complet du programme.</translation>
    </message>
    <message>
        <source>Keep set-user-ID and set-group-ID bits when a file is modified.</source>
        <translation>Conserver les bits set-user-ID et set-group-ID lors de la modification d&apos;un fichier.</translation>
    </message>
    <message>
        <source>Load BPF programs and create BPF maps.</source>
        <translation>Charger des programmes BPF et créer des tables BPF.</translation>
    </message>
    <message>
        <source>Load and unload kernel modules.</source>
        <translation>Charger et décharger des modules du noyau.</translation>
    </message>
    <message>
        <source>Lock memory (mlock) and allocate huge pages.</source>
        <translation>Verrouiller la mémoire (mlock) et allouer des pages géantes.</translation>
    </message>
    <message>
        <source>Log on again before impersonating.</source>
        <translation>Ouvrez à nouveau une session avant d&apos;emprunter l&apos;identité.</translation>
    </message>
    <message>
        <source>Log on again.</source>
        <translation>Ouvrez à nouveau une session.</translation>
    </message>
    <message>
        <source>Log on first.</source>
        <translation>Ouvrez d&apos;abord une session.</translation>
    </message>
    <message>
        <source>Name a file of /etc/pam.d, such as login.</source>
        <translation>Indiquez un fichier de /etc/pam.d, par exemple login.</translation>
    </message>
    <message>
        <source>Name the program to run.</source>
        <translation>Indiquez le programme à exécuter.</translation>
    </message>
    <message>
        <source>Not supported on this platform: Windows clones the caller&apos;s token and uses the new credentials only for outbound network access, without checking them; Linux has no per-thread store of outbound credentials (use kinit or mount credentials instead).</source>
        <translation>Non pris en charge sur cette plateforme : Windows clone le jeton de l&apos;appelant et n&apos;utilise les nouvelles informations d&apos;identification que pour l&apos;accès réseau sortant, sans les vérifier ; Linux n&apos;a pas de stockage par thread d&apos;informations d&apos;identification sortantes (utilisez plutôt kinit ou des informations d&apos;identification de montage).</translation>
    </message>
    <message>
        <source>Not supported on this platform: it selects the NTLM package of Windows; PAM has no provider choice (use default with another --service).</source>
        <translation>Non pris en charge sur cette plateforme : il sélectionne le package NTLM de Windows ; PAM n&apos;offre pas de choix de fournisseur (utilisez default avec un autre --service).</translation>
    </message>
    <message>
        <source>Not supported on this platform: it selects the Negotiate package of Windows; PAM has no provider choice (use default with another --service, e.g. one using pam_sss or pam_krb5).</source>
        <translation>Non pris en charge sur cette plateforme : il sélectionne le package Negotiate de Windows ; PAM n&apos;offre pas de choix de fournisseur (utilisez default avec un autre --service, par exemple un service utilisant pam_sss ou pam_krb5).</translation>
    </message>
    <message>
        <source>Not supported on this platform: it selects the Windows NT 3.5 authentication package; PAM has no provider choice (use default with another --service).</source>
        <translation>Non pris en charge sur cette plateforme : il sélectionne le package d&apos;authentification de Windows NT 3.5 ; PAM n&apos;offre pas de choix de fournisseur (utilisez default avec un autre --service).</translation>
    </message>
    <message>
        <source>Not supported on this platform: virtual accounts are a Windows service-account feature with no Linux counterpart.</source>
        <translation>Non pris en charge sur cette plateforme : les comptes virtuels sont une fonctionnalité de compte de service de Windows sans équivalent sous Linux.</translation>
    </message>
    <message>
        <source>Nothing to log off.</source>
        <translation>Aucune session à fermer.</translation>
    </message>
    <message>
        <source>Override mandatory access control (Smack).</source>
        <translation>Passer outre le contrôle d&apos;accès obligatoire (Smack).</translation>
    </message>
    <message>
        <source>Override resource limits and quotas.</source>
        <translation>Passer outre les limites de ressources et les quotas.</translation>
    </message>
    <message>
        <source>PAM takes the password as a C string, so it would check only the part before the NUL byte: give the password without it.</source>
        <translation>PAM prend le mot de passe comme une chaîne C et ne vérifierait donc que la partie avant l&apos;octet NUL : donnez le mot de passe sans celui-ci.</translation>
    </message>
    <message>
        <source>Password aging is disabled for this account by a PAM module.</source>
        <translation>Le vieillissement du mot de passe est désactivé pour ce compte par un module PAM.</translation>
    </message>
    <message>
        <source>Perform a wide range of administration: mount, namespaces, keyrings and more.</source>
        <translation>Effectuer un large éventail de tâches d&apos;administration : montage, espaces de noms, trousseaux de clés, etc.</translation>
    </message>
    <message>
        <source>Perform raw I/O port operations and access /dev/mem.</source>
        <translation>Effectuer des opérations d&apos;E/S brutes sur les ports et accéder à /dev/mem.</translation>
    </message>
    <message>
        <source>Raise process priority and set other processes&apos; scheduling.</source>
        <translation>Augmenter la priorité des processus et définir l&apos;ordonnancement d&apos;autres processus.</translation>
    </message>
    <message>
        <source>Read the audit log through a multicast netlink socket.</source>
        <translation>Lire le journal d&apos;audit par un socket netlink multicast.</translation>
    </message>
    <message>
        <source>Reboot the system and load a new kernel.</source>
        <translation>Redémarrer le système et charger un nouveau noyau.</translation>
    </message>
    <message>
        <source>Revert on the thread that impersonated.</source>
        <translation>Rétablissez l&apos;identité sur le thread qui l&apos;a empruntée.</translation>
    </message>
    <message>
        <source>Revert the thread first (RevertToSelf; revertToSelf() in core), then impersonate.</source>
        <translation>Rétablissez d&apos;abord l&apos;identité du thread (RevertToSelf ; revertToSelf() dans core), puis empruntez l&apos;identité.</translation>
    </message>
    <message>
        <source>Revert to self before logging on again.</source>
        <translation>Rétablissez votre propre identité avant d&apos;ouvrir une nouvelle session.</translation>
    </message>
    <message>
        <source>Revert to self first.</source>
        <translation>Rétablissez d&apos;abord votre propre identité.</translation>
    </message>
    <message>
        <source>Run TokenScope as root, or grant the capabilities to the binary with `setcap cap_setuid,cap_setgid+p tokenscope-cli`.</source>
        <translation>Exécutez TokenScope en tant que root, ou accordez les capacités au binaire avec `setcap cap_setuid,cap_setgid+p tokenscope-cli`.</translation>
    </message>
    <message>
        <source>See the system log (journalctl, /var/log/auth.log) for the PAM module that failed.</source>
        <translation>Consultez le journal système (journalctl, /var/log/auth.log) pour le module PAM en échec.</translation>
    </message>
    <message>
        <source>Send signals to processes of other users.</source>
        <translation>Envoyer des signaux aux processus d&apos;autres utilisateurs.</translation>
    </message>
    <message>
        <source>Set alarms that wake the system.</source>
        <translation>Définir des alarmes qui réveillent le système.</translation>
    </message>
    <message>
        <source>Set file capabilities.</source>
        <translation>Définir les capacités des fichiers.</translation>
    </message>
    <message>
        <source>Set the immutable and append-only file attributes.</source>
        <translation>Définir les attributs de fichier immuable et ajout seul.</translation>
    </message>
    <message>
        <source>Set the system clock.</source>
        <translation>Régler l&apos;horloge système.</translation>
    </message>
    <message>
        <source>Start the program from a thread that is not impersonating (revert first).</source>
        <translation>Démarrez le programme depuis un thread qui n&apos;emprunte pas d&apos;identité (rétablissez d&apos;abord l&apos;identité).</translation>
    </message>
    <message>
        <source>Starting a program as another user needs CAP_SETUID and CAP_SETGID: run as root.</source>
        <translation>Démarrer un programme en tant qu&apos;un autre utilisateur nécessite CAP_SETUID et CAP_SETGID : exécutez en tant que root.</translation>
    </message>
    <message>
        <source>Switch process accounting on and off.</source>
        <translation>Activer et désactiver la comptabilité des processus.</translation>
    </message>
    <message>
        <source>Take leases on files the caller does not own.</source>
        <translation>Prendre des baux sur des fichiers dont l&apos;appelant n&apos;est pas propriétaire.</translation>
    </message>
    <message>
        <source>The PAM configuration of service &apos;%1&apos; (%2) failed; the system log (journalctl, /var/log/auth.log) names the module.</source>
        <translation>La configuration PAM du service « %1 » (%2) a échoué ; le journal système (journalctl, /var/log/auth.log) indique le module.</translation>
    </message>
    <message>
        <source>The PAM stack asked something other than the password (a one-time code, a new password): TokenScope answers only the password prompt. Use another service (--service).</source>
        <translation>La pile PAM a demandé autre chose que le mot de passe (un code à usage unique, un nouveau mot de passe) : TokenScope ne répond qu&apos;à la demande de mot de passe. Utilisez un autre service (--service).</translation>
    </message>
    <message>
        <source>The account has expired: an administrator can extend it with `chage -E -1 %1` (see `chage -l %2`).</source>
        <translation>Le compte a expiré : un administrateur peut le prolonger avec `chage -E -1 %1` (voir `chage -l %2`).</translation>
    </message>
    <message>
        <source>The authentication service could not be reached or read (directory server down, missing passdb, unreadable shadow file).</source>
        <translation>Le service d&apos;authentification n&apos;a pas pu être joint ou lu (serveur d&apos;annuaire arrêté, passdb manquante, fichier shadow illisible).</translation>
    </message>
    <message>
        <source>The configured PAM service (default &apos;login&apos;, a file in /etc/pam.d) decides how the password is checked.</source>
        <translation>Le service PAM configuré (par défaut « login », un fichier de /etc/pam.d) décide de la vérification du mot de passe.</translation>
    </message>
    <message>
        <source>The file system is mounted read-only.</source>
        <translation>Le système de fichiers est monté en lecture seule.</translation>
    </message>
    <message>
        <source>The identity lacks the permission on the path or on a folder above it (check with `namei -l PATH`, the mode bits and ACLs `getfacl`).</source>
        <translation>L&apos;identité n&apos;a pas l&apos;autorisation sur le chemin ou sur un dossier parent (vérifiez avec `namei -l PATH`, les bits de mode et les ACL avec `getfacl`).</translation>
    </message>
    <message>
        <source>The password has expired: change it with `passwd %1`.</source>
        <translation>Le mot de passe a expiré : modifiez-le avec `passwd %1`.</translation>
    </message>
    <message>
        <source>The password must be changed before the account can log on: log on once interactively (`su - %1`) or have an administrator run `passwd %2`.</source>
        <translation>Le mot de passe doit être modifié avant que le compte puisse ouvrir une session : ouvrez une session interactive une fois (`su - %1`) ou faites exécuter `passwd %2` par un administrateur.</translation>
    </message>
    <message>
        <source>The password was accepted but the account checks of service &apos;%1&apos; refused &apos;%2&apos; (expired, locked or not allowed here); see the module messages and `chage -l %3`.</source>
        <translation>Le mot de passe a été accepté, mais les vérifications de compte du service « %1 » ont refusé « %2 » (expiré, verrouillé ou non autorisé ici) ; voir les messages des modules et `chage -l %3`.</translation>
    </message>
    <message>
        <source>The password was right but &apos;%1&apos; may not log on through service &apos;%2&apos; (pam_access, pam_nologin, pam_time or similar in %3); the Windows counterpart is the missing %4.</source>
        <translation>Le mot de passe était correct, mais « %1 » ne peut pas ouvrir de session par le service « %2 » (pam_access, pam_nologin, pam_time ou équivalent dans %3) ; l&apos;équivalent Windows est l&apos;absence de %4.</translation>
    </message>
    <message>
        <source>The password was right but a session could not be opened (see the session lines of %1). The network logon type (--type network) runs no session.</source>
        <translation>Le mot de passe était correct, mais aucune session n&apos;a pu être ouverte (voir les lignes session de %1). Le type d&apos;ouverture de session network (--type network) n&apos;ouvre pas de session.</translation>
    </message>
    <message>
        <source>The password was right but the credentials could not be set (pam_setcred). The network logon type (--type network) does not set credentials.</source>
        <translation>Le mot de passe était correct, mais les informations d&apos;identification n&apos;ont pas pu être définies (pam_setcred). Le type d&apos;ouverture de session network (--type network) ne définit pas d&apos;informations d&apos;identification.</translation>
    </message>
    <message>
        <source>The path is not a directory: list needs one.</source>
        <translation>Le chemin n&apos;est pas un répertoire : le listage en nécessite un.</translation>
    </message>
    <message>
        <source>The path, or a folder on the way, does not exist.</source>
        <translation>Le chemin, ou un dossier intermédiaire, n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The system ran out of memory; try again.</source>
        <translation>Le système manque de mémoire ; réessayez.</translation>
    </message>
    <message>
        <source>The user may not execute the program or a folder above it.</source>
        <translation>L&apos;utilisateur ne peut pas exécuter le programme ou traverser un dossier parent.</translation>
    </message>
    <message>
        <source>This logon ran on a worker thread: session modules such as pam_loginuid write /proc/self/loginuid, which the kernel accepts only from the process&apos;s main thread (tokenscope-cli logs on from its main thread).</source>
        <translation>Cette ouverture de session s&apos;est faite sur un thread de travail : des modules de session comme pam_loginuid écrivent /proc/self/loginuid, ce que le noyau n&apos;accepte que du thread principal du processus (tokenscope-cli ouvre la session depuis son thread principal).</translation>
    </message>
    <message>
        <source>This thread can impersonate: it holds CAP_SETGID and CAP_SETUID.</source>
        <translation>Ce thread peut emprunter une identité : il détient CAP_SETGID et CAP_SETUID.</translation>
    </message>
    <message>
        <source>TokenScope is not running as root: pam_unix can then check only the caller&apos;s own password (through unix_chkpwd), so any other account fails like a wrong password. Run it as root (sudo) to check another account.</source>
        <translation>TokenScope ne s&apos;exécute pas en tant que root : pam_unix ne peut alors vérifier que le mot de passe de l&apos;appelant lui-même (par unix_chkpwd), donc tout autre compte échoue comme avec un mot de passe erroné. Exécutez-le en tant que root (sudo) pour vérifier un autre compte.</translation>
    </message>
    <message>
        <source>TokenScope passed PAM an item it rejected; please report this.</source>
        <translation>TokenScope a transmis à PAM un élément que celui-ci a rejeté ; veuillez le signaler.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked out (pam_faillock/pam_tally2). Wait for the lock to expire or reset it with `faillock --user %1 --reset`.</source>
        <translation>Trop de tentatives échouées : le compte est verrouillé (pam_faillock/pam_tally2). Attendez la fin du verrouillage ou réinitialisez-le avec `faillock --user %1 --reset`.</translation>
    </message>
    <message>
        <source>Trace and inspect any process (ptrace, process_vm_readv).</source>
        <translation>Tracer et inspecter n&apos;importe quel processus (ptrace, process_vm_readv).</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Type a path to probe.</source>
        <translation>Saisissez un chemin à tester.</translation>
    </message>
    <message>
        <source>Use a name such as CAP_SETUID or a number; `tokenscope-cli privileges --all` lists them.</source>
        <translation>Utilisez un nom comme CAP_SETUID ou un numéro ; `tokenscope-cli privileges --all` les énumère.</translation>
    </message>
    <message>
        <source>Use another logon type; `interactive` and `network` check a password on Linux.</source>
        <translation>Utilisez un autre type d&apos;ouverture de session ; `interactive` et `network` vérifient un mot de passe sous Linux.</translation>
    </message>
    <message>
        <source>Use chroot and change mount namespaces with setns.</source>
        <translation>Utiliser chroot et changer d&apos;espace de noms de montage avec setns.</translation>
    </message>
    <message>
        <source>Use performance monitoring (perf_event_open) beyond the defaults.</source>
        <translation>Utiliser la surveillance des performances (perf_event_open) au-delà des valeurs par défaut.</translation>
    </message>
    <message>
        <source>Use privileged syslog operations and read kernel addresses.</source>
        <translation>Utiliser les opérations syslog privilégiées et lire les adresses du noyau.</translation>
    </message>
    <message>
        <source>Use raw and packet sockets.</source>
        <translation>Utiliser des sockets bruts et des sockets de paquets.</translation>
    </message>
    <message>
        <source>Use the default provider; choose the PAM service with --service.</source>
        <translation>Utilisez le fournisseur par défaut ; choisissez le service PAM avec --service.</translation>
    </message>
    <message>
        <source>Write records to the kernel audit log.</source>
        <translation>Écrire des enregistrements dans le journal d&apos;audit du noyau.</translation>
    </message>
    <message>
        <source>cancel a program running as the user</source>
        <translation>annuler un programme exécuté en tant qu&apos;utilisateur</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>full (uid switch)</source>
        <translation>complet (changement d&apos;uid)</translation>
    </message>
    <message>
        <source>impersonate</source>
        <translation>emprunt d&apos;identité</translation>
    </message>
    <message>
        <source>list</source>
        <translation>listage</translation>
    </message>
    <message>
        <source>open a logon session</source>
        <translation>ouvrir une session</translation>
    </message>
    <message>
        <source>pam_authenticate and pam_acct_mgmt only: the password and the account are checked, no credentials are set and no session is opened, like a network server.</source>
        <translation>pam_authenticate et pam_acct_mgmt uniquement : le mot de passe et le compte sont vérifiés, aucune information d&apos;identification n&apos;est définie et aucune session n&apos;est ouverte, comme un serveur réseau.</translation>
    </message>
    <message>
        <source>pam_authenticate, pam_acct_mgmt and pam_setcred(PAM_ESTABLISH_CRED), no session, like a daemon switching to its account.</source>
        <translation>pam_authenticate, pam_acct_mgmt et pam_setcred(PAM_ESTABLISH_CRED), sans session, comme un démon qui passe à son compte.</translation>
    </message>
    <message>
        <source>pam_authenticate, pam_acct_mgmt and pam_setcred(PAM_REINITIALIZE_CRED), no new session, like a screen locker.</source>
        <translation>pam_authenticate, pam_acct_mgmt et pam_setcred(PAM_REINITIALIZE_CRED), sans nouvelle session, comme un verrouilleur d&apos;écran.</translation>
    </message>
    <message>
        <source>pam_authenticate, pam_acct_mgmt, pam_setcred and pam_open_session, like cron running a job.</source>
        <translation>pam_authenticate, pam_acct_mgmt, pam_setcred et pam_open_session, comme cron qui exécute une tâche.</translation>
    </message>
    <message>
        <source>pam_authenticate, pam_acct_mgmt, pam_setcred(PAM_ESTABLISH_CRED) and pam_open_session, like login(1); logoff closes the session and deletes the credentials.</source>
        <translation>pam_authenticate, pam_acct_mgmt, pam_setcred(PAM_ESTABLISH_CRED) et pam_open_session, comme login(1) ; la fermeture de session ferme la session et supprime les informations d&apos;identification.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>run as user</source>
        <translation>exécution en tant qu&apos;utilisateur</translation>
    </message>
    <message>
        <source>verify other users&apos; passwords</source>
        <translation>vérification des mots de passe d&apos;autres utilisateurs</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message numerus="yes">
        <source>This thread cannot impersonate: %1 is not held (not in the permitted set).</source>
        <translation>
            <numerusform>Ce thread ne peut pas emprunter d&apos;identité : %1 n&apos;est pas détenue (absente de l&apos;ensemble permis).</numerusform>
            <numerusform>Ce thread ne peut pas emprunter d&apos;identité : %1 ne sont pas détenues (absentes de l&apos;ensemble permis).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is held but not enabled; TokenScope enables it for the switch.</source>
        <translation>%1 est détenue mais pas activée ; TokenScope l&apos;active pour le changement.</translation>
    </message>
    <message>
        <source>Create a token object</source>
        <translation>Créer un objet-jeton</translation>
    </message>
    <message>
        <source>Replace a process level token</source>
        <translation>Remplacer un jeton de niveau processus</translation>
    </message>
    <message>
        <source>Lock pages in memory</source>
        <translation>Verrouiller des pages en mémoire</translation>
    </message>
    <message>
        <source>Adjust memory quotas for a process</source>
        <translation>Ajuster les quotas de mémoire pour un processus</translation>
    </message>
    <message>
        <source>Add workstations to domain</source>
        <translation>Ajouter des stations de travail au domaine</translation>
    </message>
    <message>
        <source>Act as part of the operating system</source>
        <translation>Agir en tant que partie du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Manage auditing and security log</source>
        <translation>Gérer le journal d&apos;audit et de sécurité</translation>
    </message>
    <message>
        <source>Take ownership of files or other objects</source>
        <translation>Prendre possession de fichiers ou d&apos;autres objets</translation>
    </message>
    <message>
        <source>Load and unload device drivers</source>
        <translation>Charger et décharger les pilotes de périphériques</translation>
    </message>
    <message>
        <source>Profile system performance</source>
        <translation>Performance système du profil</translation>
    </message>
    <message>
        <source>Change the system time</source>
        <translation>Modifier l&apos;heure système</translation>
    </message>
    <message>
        <source>Profile single process</source>
        <translation>Processus unique du profil</translation>
    </message>
    <message>
        <source>Increase scheduling priority</source>
        <translation>Augmenter la priorité de planification</translation>
    </message>
    <message>
        <source>Create a pagefile</source>
        <translation>Créer un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>Create permanent shared objects</source>
        <translation>Créer des objets partagés permanents</translation>
    </message>
    <message>
        <source>Back up files and directories</source>
        <translation>Sauvegarder les fichiers et les répertoires</translation>
    </message>
    <message>
        <source>Restore files and directories</source>
        <translation>Restaurer les fichiers et les répertoires</translation>
    </message>
    <message>
        <source>Shut down the system</source>
        <translation>Arrêter le système</translation>
    </message>
    <message>
        <source>Debug programs</source>
        <translation>Déboguer les programmes</translation>
    </message>
    <message>
        <source>Generate security audits</source>
        <translation>Générer des audits de sécurité</translation>
    </message>
    <message>
        <source>Modify firmware environment values</source>
        <translation>Modifier les valeurs de l&apos;environnement du microprogramme</translation>
    </message>
    <message>
        <source>Bypass traverse checking</source>
        <translation>Contourner la vérification de parcours</translation>
    </message>
    <message>
        <source>Force shutdown from a remote system</source>
        <translation>Forcer l&apos;arrêt à partir d&apos;un système distant</translation>
    </message>
    <message>
        <source>Remove computer from docking station</source>
        <translation>Retirer l&apos;ordinateur de la station d&apos;accueil</translation>
    </message>
    <message>
        <source>Synchronize directory service data</source>
        <translation>Synchroniser les données du service d&apos;annuaire</translation>
    </message>
    <message>
        <source>Enable computer and user accounts to be trusted for delegation</source>
        <translation>Permettre à l&apos;ordinateur et aux comptes d&apos;utilisateurs d&apos;être approuvés pour la délégation</translation>
    </message>
    <message>
        <source>Perform volume maintenance tasks</source>
        <translation>Effectuer les tâches de maintenance de volume</translation>
    </message>
    <message>
        <source>Impersonate a client after authentication</source>
        <translation>Emprunter l&apos;identité d&apos;un client après l&apos;authentification</translation>
    </message>
    <message>
        <source>Create global objects</source>
        <translation>Créer des objets globaux</translation>
    </message>
    <message>
        <source>Access Credential Manager as a trusted caller</source>
        <translation>Accéder au gestionnaire d&apos;informations d&apos;identification en tant qu&apos;appelant approuvé</translation>
    </message>
    <message>
        <source>Modify an object label</source>
        <translation>Modifier l&apos;étiquette d&apos;un objet</translation>
    </message>
    <message>
        <source>Increase a process working set</source>
        <translation>Augmenter une plage de travail de processus</translation>
    </message>
    <message>
        <source>Change the time zone</source>
        <translation>Changer le fuseau horaire</translation>
    </message>
    <message>
        <source>Create symbolic links</source>
        <translation>Créer des liens symboliques</translation>
    </message>
    <message>
        <source>Obtain an impersonation token for another user in the same session</source>
        <translation>Obtenir un jeton d&apos;emprunt d&apos;identité pour un autre utilisateur de la même session</translation>
    </message>
    <message>
        <source>run as user (CreateProcessAsUserW)</source>
        <translation>exécution en tant qu&apos;utilisateur (CreateProcessAsUserW)</translation>
    </message>
    <message>
        <source>LogonUser on Windows 2000 only (historical)</source>
        <translation>LogonUser sous Windows 2000 uniquement (historique)</translation>
    </message>
    <message>
        <source>A user at the keyboard: a primary token with the interactive logon right (SeInteractiveLogonRight); credentials are cached for outbound access.</source>
        <translation>Un utilisateur au clavier : un jeton principal avec le droit d&apos;ouverture de session interactive (SeInteractiveLogonRight) ; les informations d&apos;identification sont mises en cache pour l&apos;accès sortant.</translation>
    </message>
    <message>
        <source>A server checking a password: the fastest logon, an impersonation-ready token without cached credentials, so it cannot reach other machines as the user (SeNetworkLogonRight).</source>
        <translation>Un serveur qui vérifie un mot de passe : l&apos;ouverture de session la plus rapide, un jeton prêt pour l&apos;emprunt d&apos;identité sans informations d&apos;identification en cache, qui ne peut donc pas atteindre d&apos;autres ordinateurs en tant qu&apos;utilisateur (SeNetworkLogonRight).</translation>
    </message>
    <message>
        <source>A scheduled job running for the user without interaction (SeBatchLogonRight).</source>
        <translation>Une tâche planifiée exécutée pour l&apos;utilisateur sans interaction (SeBatchLogonRight).</translation>
    </message>
    <message>
        <source>A service account (SeServiceLogonRight).</source>
        <translation>Un compte de service (SeServiceLogonRight).</translation>
    </message>
    <message>
        <source>The password check of a workstation unlock, as the logon UI makes it.</source>
        <translation>La vérification du mot de passe lors du déverrouillage d&apos;une station de travail, telle que la fait l&apos;interface d&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>As network, but the logon keeps the password so the server can reach other machines as the user (SeNetworkLogonRight).</source>
        <translation>Comme network, mais l&apos;ouverture de session conserve le mot de passe pour que le serveur puisse atteindre d&apos;autres ordinateurs en tant qu&apos;utilisateur (SeNetworkLogonRight).</translation>
    </message>
    <message>
        <source>Only with LOGON32_PROVIDER_WINNT50. A copy of the caller&apos;s token whose new credentials serve outbound network access only; the password is not checked and the local identity stays the caller&apos;s (GetUserName shows the caller).</source>
        <translation>Uniquement avec LOGON32_PROVIDER_WINNT50. Une copie du jeton de l&apos;appelant dont les nouvelles informations d&apos;identification ne servent qu&apos;à l&apos;accès réseau sortant ; le mot de passe n&apos;est pas vérifié et l&apos;identité locale reste celle de l&apos;appelant (GetUserName affiche l&apos;appelant).</translation>
    </message>
    <message>
        <source>The system&apos;s standard provider: Negotiate (Kerberos, else NTLM).</source>
        <translation>Le fournisseur standard du système : Negotiate (Kerberos, sinon NTLM).</translation>
    </message>
    <message>
        <source>The Windows NT 3.5 provider, kept for compatibility.</source>
        <translation>Le fournisseur de Windows NT 3.5, conservé pour la compatibilité.</translation>
    </message>
    <message>
        <source>The NTLM provider.</source>
        <translation>Le fournisseur NTLM.</translation>
    </message>
    <message>
        <source>The Negotiate provider; the only one LOGON32_LOGON_NEW_CREDENTIALS works with.</source>
        <translation>Le fournisseur Negotiate ; le seul avec lequel LOGON32_LOGON_NEW_CREDENTIALS fonctionne.</translation>
    </message>
    <message>
        <source>Virtual accounts (service accounts such as NT SERVICE\name).</source>
        <translation>Comptes virtuels (comptes de service comme NT SERVICE\name).</translation>
    </message>
    <message>
        <source>This thread can impersonate: it holds SeImpersonatePrivilege, so ImpersonateLoggedOnUser gives it an Impersonation-level token of the user.</source>
        <translation>Ce thread peut emprunter une identité : il détient SeImpersonatePrivilege, donc ImpersonateLoggedOnUser lui donne un jeton de l&apos;utilisateur de niveau Emprunt d&apos;identité.</translation>
    </message>
    <message>
        <source>SeImpersonatePrivilege is held but disabled; TokenScope enables it before impersonating.</source>
        <translation>SeImpersonatePrivilege est détenu mais désactivé ; TokenScope l&apos;active avant d&apos;emprunter l&apos;identité.</translation>
    </message>
    <message>
        <source>This thread cannot fully impersonate another user: SeImpersonatePrivilege is not held. ImpersonateLoggedOnUser still succeeds, but Windows then gives the thread only an Identification-level token: it can tell who the user is and open nothing as the user (impersonating one&apos;s own account works without it). Run TokenScope elevated or as a service account, which hold the privilege.</source>
        <translation>Ce thread ne peut pas pleinement emprunter l&apos;identité d&apos;un autre utilisateur : SeImpersonatePrivilege n&apos;est pas détenu. ImpersonateLoggedOnUser réussit quand même, mais Windows ne donne alors au thread qu&apos;un jeton de niveau Identification : il peut savoir qui est l&apos;utilisateur mais ne peut rien ouvrir en tant qu&apos;utilisateur (emprunter l&apos;identité de son propre compte fonctionne sans ce privilège). Exécutez TokenScope en tant qu&apos;administrateur ou sous un compte de service, qui détiennent le privilège.</translation>
    </message>
    <message>
        <source>Can start a process as the user with CreateProcessAsUserW: SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege are held.</source>
        <translation>Peut démarrer un processus en tant qu&apos;utilisateur avec CreateProcessAsUserW : SeAssignPrimaryTokenPrivilege et SeIncreaseQuotaPrivilege sont détenus.</translation>
    </message>
    <message>
        <source>Starting a process as the user with CreateProcessAsUserW needs SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege, which this token lacks; CreateProcessWithLogonW needs neither.</source>
        <translation>Démarrer un processus en tant qu&apos;utilisateur avec CreateProcessAsUserW nécessite SeAssignPrimaryTokenPrivilege et SeIncreaseQuotaPrivilege, dont ce jeton ne dispose pas ; CreateProcessWithLogonW n&apos;a besoin d&apos;aucun des deux.</translation>
    </message>
    <message>
        <source>SeTcbPrivilege is not needed to log users on: only Windows 2000&apos;s LogonUser required it; since Windows XP any account may call LogonUser.</source>
        <translation>SeTcbPrivilege n&apos;est pas nécessaire pour ouvrir une session d&apos;utilisateur : seul LogonUser de Windows 2000 l&apos;exigeait ; depuis Windows XP, tout compte peut appeler LogonUser.</translation>
    </message>
    <message>
        <source>The thread impersonates: these are the privileges of its impersonation token.</source>
        <translation>Le thread emprunte une identité : voici les privilèges de son jeton d&apos;emprunt d&apos;identité.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Logon, impersonation and privilege diagnostics</source>
        <translation>Diagnostic de l&apos;ouverture de session, de l&apos;emprunt d&apos;identité et des privilèges</translation>
    </message>
    <message>
        <source>PAM service for the default provider.</source>
        <translation>Service PAM du fournisseur par défaut.</translation>
    </message>
    <message>
        <source>Open the constants browser only.</source>
        <translation>Ouvrir uniquement le navigateur de constantes.</translation>
    </message>
    <message>
        <source>Open the process browser only.</source>
        <translation>Ouvrir uniquement le navigateur de processus.</translation>
    </message>
    <message>
        <source>Compare two saved reports only.</source>
        <translation>Comparer seulement deux rapports enregistrés.</translation>
    </message>
    <message>
        <source>With --compare: the two reports, left and right.</source>
        <translation>Avec --compare : les deux rapports, à gauche et à droite.</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Activity entry</source>
        <translation>Entrée d&apos;activité</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::AsUserPanel</name>
    <message>
        <source>Type a command to run as the user.</source>
        <translation>Saisissez une commande à exécuter en tant qu&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Path to probe</source>
        <translation>Chemin à tester</translation>
    </message>
    <message>
        <source>/path/to/file or folder</source>
        <translation>/chemin/du/fichier ou dossier</translation>
    </message>
    <message>
        <source>&amp;Probe access</source>
        <translation>Tester l&apos;a&amp;ccès</translation>
    </message>
    <message>
        <source>Try to open the path for read, write, execute and list on the worker thread</source>
        <translation>Tenter d&apos;ouvrir le chemin en lecture, écriture, exécution et listage sur le thread de travail</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Access probe results</source>
        <translation>Résultats du test d&apos;accès</translation>
    </message>
    <message>
        <source>Command to run as the user</source>
        <translation>Commande à exécuter en tant qu&apos;utilisateur</translation>
    </message>
    <message>
        <source>Ru&amp;n as user</source>
        <translation>E&amp;xécuter en tant qu&apos;utilisateur</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>Ch&amp;emin :</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Comma&amp;nde :</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>En tant que %1</translation>
    </message>
    <message>
        <source>Access probe and run-as</source>
        <translation>Test d&apos;accès et exécution en tant que</translation>
    </message>
    <message>
        <source>The last results were the impersonated user&apos;s and were cleared.</source>
        <translation>Les derniers résultats étaient ceux de l&apos;utilisateur emprunté et ont été effacés.</translation>
    </message>
    <message>
        <source>Log on first: the program runs with the logon&apos;s token</source>
        <translation>Ouvrez d&apos;abord une session : le programme s&apos;exécute avec le jeton de la session</translation>
    </message>
    <message>
        <source>Revert to self first: the program is started from the worker thread&apos;s own identity, which then switches to the user</source>
        <translation>Rétablissez d&apos;abord votre propre identité : le programme est lancé depuis l&apos;identité propre du thread de travail, qui passe ensuite à l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Run the command as the logged-on user, in a session of its own</source>
        <translation>Exécuter la commande en tant qu&apos;utilisateur connecté, dans sa propre session</translation>
    </message>
    <message>
        <source>%1 as %2 (impersonated)</source>
        <translation>%1 en tant que %2 (identité empruntée)</translation>
    </message>
    <message>
        <source>%1 as %2 (the worker thread, not impersonating)</source>
        <translation>%1 en tant que %2 (le thread de travail, sans emprunt d&apos;identité)</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>%1 (the explanation says %2, the real attempt %3)</source>
        <translation>%1 (l&apos;explication dit %2, la tentative réelle %3)</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ConstantListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ConstantTreeModel</name>
    <message>
        <source>(no family)</source>
        <translation>(sans famille)</translation>
    </message>
    <message numerus="yes">
        <source>%n constant(s)</source>
        <translation>
            <numerusform>%n constante</numerusform>
            <numerusform>%n constantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Header / family / name</source>
        <translation>En-tête / famille / nom</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ConstantsBrowser</name>
    <message>
        <source>TokenScope — Constants browser</source>
        <translation>TokenScope — Navigateur de constantes</translation>
    </message>
    <message>
        <source>Search constants</source>
        <translation>Rechercher des constantes</translation>
    </message>
    <message>
        <source>Name, glob (LOGON32_*) or value (1326, 0x52E, -5)</source>
        <translation>Nom, motif (LOGON32_*) ou valeur (1326, 0x52E, -5)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Constants by header and family</source>
        <translation>Constantes par en-tête et famille</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Constant details</source>
        <translation>Détails de la constante</translation>
    </message>
    <message>
        <source>Copy as:</source>
        <translation>Copier en :</translation>
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
        <translation>Copier en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n constant(s)</source>
        <translation>
            <numerusform>%n constante</numerusform>
            <numerusform>%n constantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matches — refine the query</source>
        <translation>
            <numerusform>%1 sur %n résultat — affinez la recherche</numerusform>
            <numerusform>%1 sur %n résultats — affinez la recherche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No constant selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune constante sélectionnée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Décimal</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binaire</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>C type</source>
        <translation>Type C</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Conseil :</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Indicateurs :</translation>
    </message>
    <message>
        <source>Family %1:</source>
        <translation>Famille %1 :</translation>
    </message>
    <message>
        <source>All constants named %1…</source>
        <translation>Toutes les constantes nommées %1…</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>pywin32</source>
        <translation>pywin32</translation>
    </message>
    <message>
        <source>no module defines it</source>
        <translation>aucun module ne la définit</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Signification :</translation>
    </message>
    <message>
        <source>TokenScope</source>
        <translation>TokenScope</translation>
    </message>
    <message>
        <source>System text:</source>
        <translation>Texte du système :</translation>
    </message>
    <message>
        <source>FormatMessageW, as recorded under Wine</source>
        <translation>FormatMessageW, tel qu&apos;enregistré sous Wine</translation>
    </message>
    <message>
        <source>severity %1, facility %2, code %3</source>
        <translation>gravité %1, facility %2, code %3</translation>
    </message>
    <message>
        <source>1 (failure)</source>
        <translation>1 (échec)</translation>
    </message>
    <message>
        <source>0 (success)</source>
        <translation>0 (succès)</translation>
    </message>
    <message>
        <source>the Win32 error inside: %1 (%2)</source>
        <translation>l&apos;erreur Win32 contenue : %1 (%2)</translation>
    </message>
    <message>
        <source>HRESULT:</source>
        <translation>HRESULT :</translation>
    </message>
    <message>
        <source>not defined by any pywin32 module</source>
        <translation>définie par aucun module pywin32</translation>
    </message>
    <message>
        <source>Event 4625 Sub Status:</source>
        <translation>Événement 4625, sous-statut :</translation>
    </message>
    <message>
        <source>Event 4625 Sub Status</source>
        <translation>Événement 4625, sous-statut</translation>
    </message>
    <message>
        <source>The Sub Status of an &apos;An account failed to log on&apos; event whose Status is this NTSTATUS</source>
        <translation>Le sous-statut d’un événement « Échec d’ouverture de session d’un compte » dont le statut est ce NTSTATUS</translation>
    </message>
    <message>
        <source>Logon Type:</source>
        <translation>Type d’ouverture de session :</translation>
    </message>
    <message>
        <source>Event 4625 Logon Type</source>
        <translation>Événement 4625, type d’ouverture de session</translation>
    </message>
    <message>
        <source>Win32 error:</source>
        <translation>Erreur Win32 :</translation>
    </message>
    <message>
        <source>RtlNtStatusToDosError, as recorded under Wine</source>
        <translation>RtlNtStatusToDosError, enregistré sous Wine</translation>
    </message>
    <message numerus="yes">
        <source>… %n in all</source>
        <translation>
            <numerusform>… %n en tout</numerusform>
            <numerusform>… %n en tout</numerusform>
        </translation>
    </message>
    <message>
        <source>NTSTATUS values Windows reports as this error:</source>
        <translation>Valeurs NTSTATUS que Windows signale comme cette erreur :</translation>
    </message>
    <message>
        <source>Event 4625:</source>
        <translation>Événement 4625 :</translation>
    </message>
    <message>
        <source>the Logon Type is a number (2 interactive, 3 network, 10 remote interactive)</source>
        <translation>le type d’ouverture de session est un nombre (2 interactif, 3 réseau, 10 interactif à distance)</translation>
    </message>
    <message>
        <source>The caller saw %1.</source>
        <translation>L’appelant a reçu %1.</translation>
    </message>
    <message>
        <source>The Sub Status %1 is Win32 error %2.</source>
        <translation>Le sous-statut %1 est l’erreur Win32 %2.</translation>
    </message>
    <message>
        <source>Logon right: %1</source>
        <translation>Droit d’ouverture de session : %1</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>À essayer : %1</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Property id</source>
        <translation>Identifiant de propriété</translation>
    </message>
    <message>
        <source>Written as:</source>
        <translation>Écrit ainsi :</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::IdentityPanel</name>
    <message>
        <source>Effective user</source>
        <translation>Utilisateur effectif</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Groups of the worker thread</source>
        <translation>Groupes du thread de travail</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Worker thread</source>
        <translation>Thread de travail</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Identity of the process and of the impersonating worker thread</source>
        <translation>Identité du processus et du thread de travail qui emprunte l&apos;identité</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Groups of the worker thread, with their attributes</source>
        <translation>Groupes du thread de travail, avec leurs attributs</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
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
        <translation>Privilèges</translation>
    </message>
    <message>
        <source>by design: the window&apos;s thread dropped its privileges at start, the worker thread keeps those it needs</source>
        <translation>voulu : le thread de la fenêtre a abandonné ses privilèges au démarrage, le thread de travail garde ceux dont il a besoin</translation>
    </message>
    <message>
        <source>Impersonating</source>
        <translation>Emprunt d&apos;identité</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>oui, %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>différent</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::LogonPanel</name>
    <message>
        <source>Log on</source>
        <translation>Ouverture de session</translation>
    </message>
    <message>
        <source>Chec&amp;k account</source>
        <translation>Diagno&amp;stic du compte</translation>
    </message>
    <message>
        <source>Without the password: is the account disabled, locked out or expired, and does it hold the logon right for the chosen logon type?</source>
        <translation>Sans le mot de passe : le compte est-il désactivé, verrouillé ou expiré, et a-t-il le droit d&apos;ouverture de session pour le type choisi ?</translation>
    </message>
    <message>
        <source>Without the password: is the account locked or expired, must its password change, is its shell a nologin shell, and what does the PAM service&apos;s account phase say?</source>
        <translation>Sans le mot de passe : le compte est-il verrouillé ou expiré, le mot de passe doit-il changer, le shell est-il un shell nologin, et que dit la phase de compte du service PAM ?</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>empty or . for a local account</source>
        <translation>vide ou . pour un compte local</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Logon type</source>
        <translation>Type d&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Logon provider</source>
        <translation>Fournisseur d&apos;ouverture de session</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Logon t&amp;ype:</source>
        <translation>T&amp;ype d&apos;ouverture de session :</translation>
    </message>
    <message>
        <source>Pr&amp;ovider:</source>
        <translation>Fourn&amp;isseur :</translation>
    </message>
    <message>
        <source>&amp;Log on</source>
        <translation>Ouv&amp;rir une session</translation>
    </message>
    <message>
        <source>&amp;Impersonate</source>
        <translation>Em&amp;prunter l&apos;identité</translation>
    </message>
    <message>
        <source>&amp;Revert to self</source>
        <translation>Réta&amp;blir sa propre identité</translation>
    </message>
    <message>
        <source>Lo&amp;g off</source>
        <translation>Fermer &amp;la session</translation>
    </message>
    <message>
        <source>Close the token&apos;s handle: the logon session ends with its last token</source>
        <translation>Fermer le handle du jeton : la session d&apos;ouverture se termine avec son dernier jeton</translation>
    </message>
    <message>
        <source>Close the token: end the PAM session and release the logon</source>
        <translation>Fermer le jeton : terminer la session PAM et libérer l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Type a user name to check.</source>
        <translation>Saisissez un nom d&apos;utilisateur à vérifier.</translation>
    </message>
    <message>
        <source>Show in constants browser</source>
        <translation>Afficher dans le navigateur de constantes</translation>
    </message>
    <message>
        <source>Not supported on this platform: %1</source>
        <translation>Non pris en charge sur cette plateforme : %1</translation>
    </message>
    <message>
        <source>(not in the constants database)</source>
        <translation>(absent de la base de constantes)</translation>
    </message>
    <message>
        <source>The worker thread already impersonates %1, not through TokenScope. Use Revert to self first.</source>
        <translation>Le thread de travail emprunte déjà l&apos;identité de %1, sans passer par TokenScope. Utilisez d&apos;abord « Rétablir sa propre identité ».</translation>
    </message>
    <message>
        <source>No logon token.</source>
        <translation>Aucun jeton d&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>the worker thread impersonates it</source>
        <translation>le thread de travail emprunte cette identité</translation>
    </message>
    <message>
        <source>not impersonating</source>
        <translation>pas d&apos;emprunt d&apos;identité</translation>
    </message>
    <message>
        <source>Token: %1 (%2), %3 with %4; %5</source>
        <translation>Jeton : %1 (%2), %3 avec %4 ; %5</translation>
    </message>
    <message>
        <source>the logon broker, process %1, holds the PAM session</source>
        <translation>le broker d&apos;ouverture de session, processus %1, détient la session PAM</translation>
    </message>
    <message>
        <source>this process holds the logon</source>
        <translation>ce processus détient l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Token: %1 (uid %2, gid %3), %4; PAM steps: %5; %6; %7</source>
        <translation>Jeton : %1 (uid %2, gid %3), %4 ; étapes PAM : %5 ; %6 ; %7</translation>
    </message>
    <message>
        <source>Logged on as %1.</source>
        <translation>Session ouverte en tant que %1.</translation>
    </message>
    <message>
        <source>Log on as %1 cancelled.</source>
        <translation>Ouverture de session en tant que %1 annulée.</translation>
    </message>
    <message>
        <source>Log on as %1 failed: %2 (%3) — %4</source>
        <translation>Échec de l&apos;ouverture de session en tant que %1 : %2 (%3) — %4</translation>
    </message>
    <message>
        <source>%1 can log on (%2).</source>
        <translation>%1 peut ouvrir une session (%2).</translation>
    </message>
    <message>
        <source>%1 cannot log on (%2):</source>
        <translation>%1 ne peut pas ouvrir de session (%2) :</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::MainWindow</name>
    <message>
        <source>%1 (no name)</source>
        <translation>%1 (sans nom)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <comment>privileges</comment>
        <translation>
            <numerusform>%n détenu</numerusform>
            <numerusform>%n détenus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <comment>privileges</comment>
        <translation>
            <numerusform>%n activé</numerusform>
            <numerusform>%n activés</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenScope</source>
        <translation>TokenScope</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Co&amp;pier le rapport</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Constants browser…</source>
        <translation>&amp;Navigateur de constantes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About TokenScope</source>
        <translation>À propos de TokenScope</translation>
    </message>
    <message>
        <source>TokenScope shows who a process and its threads are, which privileges they hold, and whether they can log on and impersonate.</source>
        <translation>TokenScope montre qui sont un processus et ses threads, quels privilèges ils détiennent et s&apos;ils peuvent ouvrir une session et emprunter une identité.</translation>
    </message>
    <message>
        <source>&amp;About TokenScope</source>
        <translation>&amp;À propos de TokenScope</translation>
    </message>
    <message>
        <source>Type a user name to log on.</source>
        <translation>Saisissez un nom d&apos;utilisateur pour ouvrir une session.</translation>
    </message>
    <message>
        <source>Logging on as %1…</source>
        <translation>Ouverture de session en tant que %1…</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Non détenu</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>The report is on the clipboard (Markdown).</source>
        <translation>Le rapport est dans le Presse-papiers (Markdown).</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Cancelling: a logon in progress is ended, any other result is discarded.</source>
        <translation>Annulation : une ouverture de session en cours est interrompue, tout autre résultat est ignoré.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Core dumps are off and the process is not dumpable. Dropped for good: %1. The worker thread keeps %2 to impersonate, run programs as the user and end them when they overrun; the window&apos;s thread keeps none. PAM&apos;s logons and sessions run in the logon broker, which keeps only what PAM needs; Check account asks PAM&apos;s account phase on the worker thread.</source>
        <translation>Les vidages mémoire sont désactivés et le processus ne peut pas être vidé. Supprimés définitivement : %1. Le thread de travail conserve %2 pour emprunter une identité, exécuter des programmes en tant que l&apos;utilisateur et les arrêter s&apos;ils dépassent leur délai ; le thread de la fenêtre n&apos;en conserve aucun. Les ouvertures et les sessions PAM s&apos;exécutent dans le broker d&apos;ouverture de session, qui ne conserve que ce dont PAM a besoin ; le diagnostic du compte interroge la phase de compte de PAM sur le thread de travail.</translation>
    </message>
    <message>
        <source>Crash dialogs are off, so no crash dump is offered. Privileges are left as they are: on Windows they belong to the process token, which every thread shares; the privilege panel shows and changes them.</source>
        <translation>Les boîtes de dialogue de plantage sont désactivées : aucun vidage n&apos;est proposé. Les privilèges restent tels quels : sous Windows, ils appartiennent au jeton du processus, partagé par tous les threads ; le panneau des privilèges les affiche et les modifie.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>&amp;Processes…</source>
        <translation>&amp;Processus…</translation>
    </message>
    <message>
        <source>Compare &amp;reports…</source>
        <translation>Comparer des &amp;rapports…</translation>
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
        <translation>Privilèges du thread de travail</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Privilège</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Ensembles</translation>
    </message>
    <message>
        <source>Needed for</source>
        <translation>Nécessaire pour</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>Désacti&amp;ver</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>logon (in the logon broker: PAM reads /etc/shadow)</source>
        <translation>ouverture de session (dans le broker d&apos;ouverture de session : PAM lit /etc/shadow)</translation>
    </message>
    <message>
        <source>logon and logoff (in the logon broker: PAM writes audit records)</source>
        <translation>ouverture et fermeture de session (dans le broker d&apos;ouverture de session : PAM écrit des enregistrements d&apos;audit)</translation>
    </message>
    <message>
        <source>logon session (in the logon broker: pam_loginuid sets the login uid)</source>
        <translation>session (dans le broker d&apos;ouverture de session : pam_loginuid définit l&apos;uid de connexion)</translation>
    </message>
    <message>
        <source>logon session (in the logon broker: pam_limits sets resource limits)</source>
        <translation>session (dans le broker d&apos;ouverture de session : pam_limits définit les limites de ressources)</translation>
    </message>
    <message>
        <source>logon session (in the logon broker: PAM&apos;s setcred and open_session work on the user&apos;s files)</source>
        <translation>session (dans le broker d&apos;ouverture de session : setcred et open_session de PAM agissent sur les fichiers de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>The privileges of the worker thread could not be read.</source>
        <translation>Les privilèges du thread de travail n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>p permitted, e effective, i inheritable, b bounding, a ambient</source>
        <translation>p permis (permitted), e effectif (effective), i héritable (inheritable), b limite (bounding), a ambiant (ambient)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Impersonation needs this today. %1</source>
        <translation>L&apos;emprunt d&apos;identité en a besoin aujourd&apos;hui. %1</translation>
    </message>
    <message>
        <source>Ready to impersonate</source>
        <translation>Prêt pour l&apos;emprunt d&apos;identité</translation>
    </message>
    <message>
        <source>Not ready to impersonate</source>
        <translation>Pas prêt pour l&apos;emprunt d&apos;identité</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ProcessBrowser</name>
    <message>
        <source>TokenScope — Processes</source>
        <translation>TokenScope — Processus</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>Pid, name or user</source>
        <translation>PID, nom ou utilisateur</translation>
    </message>
    <message>
        <source>Filter processes</source>
        <translation>Filtrer les processus</translation>
    </message>
    <message>
        <source>Refresh every 2 s</source>
        <translation>Actualiser toutes les 2 s</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Impersonating</source>
        <translation>Emprunt d&apos;identité</translation>
    </message>
    <message>
        <source>Threads whose credentials differ from their process&apos;s (Windows: threads with their own token)</source>
        <translation>Threads dont les identifiants diffèrent de ceux de leur processus (Windows : threads ayant leur propre jeton)</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>The process and its threads</source>
        <translation>Le processus et ses threads</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privilèges</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Token of the chosen process or thread</source>
        <translation>Jeton du processus ou du thread choisi</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Groups of the chosen process or thread</source>
        <translation>Groupes du processus ou du thread choisi</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Privilège</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Ensembles</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Privileges of the chosen process or thread</source>
        <translation>Privilèges du processus ou du thread choisi</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n processes</source>
        <translation>
            <numerusform>%1 sur %n processus</numerusform>
            <numerusform>%1 sur %n processus</numerusform>
        </translation>
    </message>
    <message>
        <source>The processes could not be listed: %1</source>
        <translation>Impossible de lister les processus : %1</translation>
    </message>
    <message>
        <source>ended, not yet reaped by its parent</source>
        <translation>terminé, pas encore récupéré par son parent</translation>
    </message>
    <message>
        <source>a kernel thread</source>
        <translation>un thread du noyau</translation>
    </message>
    <message>
        <source>Process %1 (%2), parent %3</source>
        <translation>Processus %1 (%2), parent %3</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Partly read:</source>
        <translation>Lu en partie :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>oui, %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>Processus %1</translation>
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
        <translation>non : il agit comme son processus</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>p permitted, e effective, i inheritable, b bounding, a ambient</source>
        <translation>p permis (permitted), e effectif (effective), i héritable (inheritable), b limite (bounding), a ambiant (ambient)</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>&amp;Compare with this</source>
        <translation>&amp;Comparer avec celui-ci</translation>
    </message>
    <message>
        <source>Keep the shown process or thread as the left side; then choose another to see what differs</source>
        <translation>Garder le processus ou le thread affiché comme côté gauche, puis en choisir un autre pour voir ce qui diffère</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Differences between the two tokens</source>
        <translation>Différences entre les deux jetons</translation>
    </message>
    <message>
        <source>Choose a process or thread and press Compare with this, then choose another: what differs is shown here. A thread is compared with its process until then.</source>
        <translation>Choisissez un processus ou un thread, cliquez sur « Comparer avec celui-ci », puis choisissez-en un autre : les différences s&apos;affichent ici. D&apos;ici là, un thread est comparé à son processus.</translation>
    </message>
    <message>
        <source>Left: %1
Right: %2</source>
        <translation>Gauche : %1
Droite : %2</translation>
    </message>
    <message>
        <source>Identical.</source>
        <translation>Identiques.</translation>
    </message>
    <message numerus="yes">
        <source>%n differences: </source>
        <translation>
            <numerusform>%n différence : </numerusform>
            <numerusform>%n différences : </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 ajoutés, %2 supprimés, %3 modifiés</translation>
    </message>
    <message>
        <source>Compare with a saved report</source>
        <translation>Comparer avec un rapport enregistré</translation>
    </message>
    <message>
        <source>TokenScope reports (*.json);;All files (*)</source>
        <translation>Rapports TokenScope (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the process&apos;s token</source>
        <translation>Enregistrer le jeton du processus</translation>
    </message>
    <message>
        <source>TokenScope reports (*.json)</source>
        <translation>Rapports TokenScope (*.json)</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>&amp;Ouvrir un rapport…</translation>
    </message>
    <message>
        <source>Compare a report saved before (Save…, or tokenscope-cli whoami --json or privileges --json) with the shown process or thread</source>
        <translation>Comparer un rapport enregistré auparavant (Enregistrer…, ou tokenscope-cli whoami --json ou privileges --json) avec le processus ou le thread affiché</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the shown process&apos;s token, with its threads and privileges, as JSON: to compare later here, or with tokenscope-cli diff</source>
        <translation>Enregistrer le jeton du processus affiché, avec ses threads et ses privilèges, en JSON : pour le comparer plus tard ici ou avec tokenscope-cli diff</translation>
    </message>
    <message>
        <source>No process is shown: choose one in the list first.</source>
        <translation>Aucun processus n’est affiché : choisissez-en d’abord un dans la liste.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ReportComparison</name>
    <message>
        <source>TokenScope — Compare reports</source>
        <translation>TokenScope — Comparer des rapports</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>À &amp;gauche :</translation>
    </message>
    <message>
        <source>R&amp;ight:</source>
        <translation>À &amp;droite :</translation>
    </message>
    <message>
        <source>A report saved as JSON</source>
        <translation>Un rapport enregistré en JSON</translation>
    </message>
    <message>
        <source>Left report</source>
        <translation>Rapport de gauche</translation>
    </message>
    <message>
        <source>Right report</source>
        <translation>Rapport de droite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Échanger</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Differences between the two reports</source>
        <translation>Différences entre les deux rapports</translation>
    </message>
    <message>
        <source>Choose a saved report</source>
        <translation>Choisir un rapport enregistré</translation>
    </message>
    <message>
        <source>TokenScope reports (*.json);;All files (*)</source>
        <translation>Rapports TokenScope (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose two reports: saved by the process browser&apos;s Save…, or by tokenscope-cli whoami --json (with or without --pid) or privileges --json.</source>
        <translation>Choisissez deux rapports : enregistrés par « Enregistrer… » du navigateur de processus, ou par tokenscope-cli whoami --json (avec ou sans --pid) ou privileges --json.</translation>
    </message>
    <message>
        <source>The two reports have nothing in common to compare: one holds only an identity, the other only privileges.</source>
        <translation>Les deux rapports n’ont rien de commun à comparer : l’un ne contient qu’une identité, l’autre que des privilèges.</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::SessionController</name>
    <message>
        <source>The logon broker (process %1) did not answer within %2 s and was ended; the PAM session may not have been closed cleanly.</source>
        <translation>Le broker d&apos;ouverture de session (processus %1) n&apos;a pas répondu dans les %2 s et a été arrêté ; la session PAM n&apos;a peut-être pas été fermée proprement.</translation>
    </message>
    <message>
        <source>The session worker is still busy; TokenScope quits without waiting for it.</source>
        <translation>Le thread de travail de la session est encore occupé ; TokenScope se ferme sans l&apos;attendre.</translation>
    </message>
    <message>
        <source>The session worker was still busy after %1 s; a logon or logoff it waits for is ended at once.</source>
        <translation>Le thread de travail de la session était encore occupé après %1 s ; l&apos;ouverture ou la fermeture de session qu&apos;il attend est arrêtée immédiatement.</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::SessionWorker</name>
    <message>
        <source>Log on</source>
        <translation>Ouverture de session</translation>
    </message>
    <message>
        <source>Cancelled: the logon succeeded and was logged off at once.</source>
        <translation>Annulé : l&apos;ouverture de session a réussi et la session a été fermée aussitôt.</translation>
    </message>
    <message>
        <source>Cancelled: the logon had failed anyway.</source>
        <translation>Annulé : l&apos;ouverture de session avait de toute façon échoué.</translation>
    </message>
    <message>
        <source>Logged on as %1 (uid %2, gid %3), %4.</source>
        <translation>Session ouverte en tant que %1 (uid %2, gid %3), %4.</translation>
    </message>
    <message>
        <source>Impersonate</source>
        <translation>Emprunt d&apos;identité</translation>
    </message>
    <message>
        <source>The worker thread now runs as %1 (GetUserName: %2).</source>
        <translation>Le thread de travail s&apos;exécute maintenant en tant que %1 (GetUserName : %2).</translation>
    </message>
    <message>
        <source>Revert to self</source>
        <translation>Rétablir sa propre identité</translation>
    </message>
    <message>
        <source>The worker thread is itself again.</source>
        <translation>Le thread de travail a retrouvé sa propre identité.</translation>
    </message>
    <message>
        <source>The worker thread has the process&apos;s identity.</source>
        <translation>Le thread de travail a l&apos;identité du processus.</translation>
    </message>
    <message>
        <source>Log off</source>
        <translation>Fermeture de session</translation>
    </message>
    <message>
        <source>Logged off; the token is closed.</source>
        <translation>Session fermée ; le jeton est fermé.</translation>
    </message>
    <message>
        <source>Access probe</source>
        <translation>Test d&apos;accès</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>%1 as %2: %3</source>
        <translation>%1 en tant que %2 : %3</translation>
    </message>
    <message>
        <source>Run as user</source>
        <translation>Exécuter en tant qu&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 s&apos;est terminé avec le code %2</translation>
    </message>
    <message>
        <source>%1 ended by signal %2</source>
        <translation>%1 a été arrêté par le signal %2</translation>
    </message>
    <message>
        <source> (killed after 30 s)</source>
        <translation> (tué après 30 s)</translation>
    </message>
    <message>
        <source>Enable privilege</source>
        <translation>Activer le privilège</translation>
    </message>
    <message>
        <source>Disable privilege</source>
        <translation>Désactiver le privilège</translation>
    </message>
    <message>
        <source>%1 is now %2 on the worker thread (it was %3).</source>
        <translation>%1 est maintenant %2 sur le thread de travail (il était %3).</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Drop privileges</source>
        <translation>Supprimer des privilèges</translation>
    </message>
    <message>
        <source>Cancelled: the logon broker was ended before PAM answered.</source>
        <translation>Annulé : le broker d&apos;ouverture de session a été arrêté avant la réponse de PAM.</translation>
    </message>
    <message>
        <source>Logged on as %1 (uid %2, gid %3), %4; the logon broker, process %5, holds the PAM session.</source>
        <translation>Session ouverte en tant que %1 (uid %2, gid %3), %4 ; le broker d&apos;ouverture de session, processus %5, détient la session PAM.</translation>
    </message>
    <message>
        <source>Logon broker</source>
        <translation>Broker d&apos;ouverture de session</translation>
    </message>
    <message>
        <source>The logon broker (pid %1) ended: killed by signal %2; the logon session is closed.</source>
        <translation>Le broker d&apos;ouverture de session (pid %1) s&apos;est arrêté : tué par le signal %2 ; la session est fermée.</translation>
    </message>
    <message>
        <source>The logon broker (pid %1) ended: exited with status %2; the logon session is closed.</source>
        <translation>Le broker d&apos;ouverture de session (pid %1) s&apos;est arrêté : sorti avec le statut %2 ; la session est fermée.</translation>
    </message>
    <message>
        <source>The worker thread could not revert to itself.</source>
        <translation>Le thread de travail n&apos;a pas pu retrouver sa propre identité.</translation>
    </message>
    <message>
        <source>Logged on as %1 (%2), %3 with %4.</source>
        <translation>Session ouverte en tant que %1 (%2), %3 avec %4.</translation>
    </message>
    <message>
        <source>Account check</source>
        <translation>Diagnostic du compte</translation>
    </message>
    <message>
        <source>%1 can log on (%2): nothing in the account refuses it.</source>
        <translation>%1 peut ouvrir une session (%2) : rien dans le compte ne s&apos;y oppose.</translation>
    </message>
    <message>
        <source>%1 cannot log on (%2): %3</source>
        <translation>%1 ne peut pas ouvrir de session (%2) : %3</translation>
    </message>
</context>
</TS>
