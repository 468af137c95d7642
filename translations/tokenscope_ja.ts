<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Native: %1</source>
        <translation>ネイティブ: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>ヒント: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>TokenScope report</source>
        <translation>TokenScope レポート</translation>
    </message>
    <message>
        <source>Platform: %1 (%2)</source>
        <translation>プラットフォーム: %1 (%2)</translation>
    </message>
    <message>
        <source>Process user: %1 (%2)</source>
        <translation>プロセスのユーザー: %1 (%2)</translation>
    </message>
    <message>
        <source>Worker thread user: %1 (%2), impersonating: %3</source>
        <translation>ワーカー スレッドのユーザー: %1 (%2)、偽装: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Logged on: %1</source>
        <translation>ログオン: %1</translation>
    </message>
    <message>
        <source>Readiness: %1</source>
        <translation>準備状態: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>A PAM module of service &apos;%1&apos; refused this step; see %2.</source>
        <translation>サービス &apos;%1&apos; の PAM モジュールがこの手順を拒否しました。%2 を参照してください。</translation>
    </message>
    <message>
        <source>A capability can be enabled only if it is held.</source>
        <translation>ケーパビリティは、保持している場合にのみ有効にできます。</translation>
    </message>
    <message>
        <source>A capability newer than this build of TokenScope.</source>
        <translation>この TokenScope のビルドより新しいケーパビリティです。</translation>
    </message>
    <message>
        <source>A module named in %1 could not be loaded; check the module paths (and that the service file exists).</source>
        <translation>%1 に記載されたモジュールを読み込めませんでした。モジュールのパス (およびサービス ファイルが存在すること) を確認してください。</translation>
    </message>
    <message>
        <source>As network: pam_authenticate and pam_acct_mgmt. Windows also keeps the cleartext password for onward network access; Linux PAM keeps nothing after logon.</source>
        <translation>network と同様: pam_authenticate と pam_acct_mgmt。Windows は以後のネットワーク アクセス用にクリアテキストのパスワードも保持しますが、Linux の PAM はログオン後に何も保持しません。</translation>
    </message>
    <message>
        <source>Bind sockets to ports below 1024.</source>
        <translation>1024 未満のポートにソケットをバインドします。</translation>
    </message>
    <message>
        <source>Block system suspend.</source>
        <translation>システムのサスペンドを阻止します。</translation>
    </message>
    <message>
        <source>Broadcast and listen to multicast (unused by the kernel).</source>
        <translation>ブロードキャストを送信し、マルチキャストを受信します (カーネルでは未使用)。</translation>
    </message>
    <message>
        <source>Bypass checks that require the caller to own the file.</source>
        <translation>呼び出し元がファイルの所有者であることを求めるチェックをバイパスします。</translation>
    </message>
    <message>
        <source>Bypass file read permission checks and directory read and search checks.</source>
        <translation>ファイルの読み取りアクセス許可チェックと、ディレクトリの読み取りおよび検索チェックをバイパスします。</translation>
    </message>
    <message>
        <source>Bypass file read, write and execute permission checks.</source>
        <translation>ファイルの読み取り、書き込み、実行のアクセス許可チェックをバイパスします。</translation>
    </message>
    <message>
        <source>Bypass permission checks on System V IPC objects.</source>
        <translation>System V IPC オブジェクトのアクセス許可チェックをバイパスします。</translation>
    </message>
    <message>
        <source>Change group ids and the supplementary group list.</source>
        <translation>グループ ID と補助グループの一覧を変更します。</translation>
    </message>
    <message>
        <source>Change the owner and group of any file.</source>
        <translation>任意のファイルの所有者とグループを変更します。</translation>
    </message>
    <message>
        <source>Change user ids (the Linux analogue of impersonation).</source>
        <translation>ユーザー ID を変更します (Linux における偽装に相当)。</translation>
    </message>
    <message>
        <source>Check the user name and the password (and the domain). PAM does not say which was wrong, so the tool does not either.</source>
        <translation>ユーザー名とパスワード (およびドメイン) を確認してください。PAM はどちらが間違っていたかを示さないため、このツールも示しません。</translation>
    </message>
    <message>
        <source>Checkpoint and restore processes (set PIDs, read maps).</source>
        <translation>プロセスのチェックポイントと復元を行います (PID の設定、マップの読み取り)。</translation>
    </message>
    <message>
        <source>Configure auditing and set the login uid.</source>
        <translation>監査を構成し、ログイン uid を設定します。</translation>
    </message>
    <message>
        <source>Configure mandatory access control (Smack).</source>
        <translation>強制アクセス制御 (Smack) を構成します。</translation>
    </message>
    <message>
        <source>Configure network interfaces, routing and firewalls.</source>
        <translation>ネットワーク インターフェイス、ルーティング、ファイアウォールを構成します。</translation>
    </message>
    <message>
        <source>Configure terminals (vhangup).</source>
        <translation>端末を構成します (vhangup)。</translation>
    </message>
    <message>
        <source>Create device files with mknod.</source>
        <translation>mknod でデバイス ファイルを作成します。</translation>
    </message>
    <message>
        <source>Drop capabilities from the bounding set and grant inheritable ones.</source>
        <translation>バウンディング セットからケーパビリティを削除し、継承可能なケーパビリティを付与します。</translation>
    </message>
    <message>
        <source>ERROR_ACCESS_DENIED: the token lacks the access right. Check the object&apos;s DACL for this user and the access mask asked for (a token opened without TOKEN_ADJUST_PRIVILEGES cannot adjust privileges; an Identification-level impersonation token cannot open anything).</source>
        <translation>ERROR_ACCESS_DENIED: トークンにアクセス権がありません。このユーザーに対するオブジェクトの DACL と、要求したアクセス マスクを確認してください (TOKEN_ADJUST_PRIVILEGES なしで開いたトークンは特権を調整できず、識別レベルの偽装トークンは何も開けません)。</translation>
    </message>
    <message>
        <source>ERROR_ACCOUNT_DISABLED: the account is disabled. An administrator must enable it.</source>
        <translation>ERROR_ACCOUNT_DISABLED: アカウントが無効になっています。管理者が有効にする必要があります。</translation>
    </message>
    <message>
        <source>ERROR_ACCOUNT_EXPIRED: the account has expired. An administrator must extend its expiry date.</source>
        <translation>ERROR_ACCOUNT_EXPIRED: アカウントの有効期限が切れています。管理者が有効期限を延長する必要があります。</translation>
    </message>
    <message>
        <source>ERROR_ACCOUNT_LOCKED_OUT: too many wrong passwords locked the account. Wait for the lockout to expire or ask an administrator to unlock it, and find what keeps using the old password.</source>
        <translation>ERROR_ACCOUNT_LOCKED_OUT: 誤ったパスワードが多すぎたため、アカウントがロックアウトされました。ロックアウトが解除されるまで待つか管理者にロック解除を依頼し、古いパスワードを使い続けているものを見つけてください。</translation>
    </message>
    <message>
        <source>ERROR_ACCOUNT_RESTRICTION: an account restriction applies, typically a blank password used for a network logon, or allowed workstations or hours. Set a password or relax the restriction.</source>
        <translation>ERROR_ACCOUNT_RESTRICTION: アカウントの制限が適用されています。通常は、ネットワーク ログオンでの空のパスワード、または許可されたワークステーションや時間帯です。パスワードを設定するか、制限を緩和してください。</translation>
    </message>
    <message>
        <source>ERROR_BAD_IMPERSONATION_LEVEL: the token&apos;s impersonation level is too low (Identification or Anonymous). Without SeImpersonatePrivilege ImpersonateLoggedOnUser quietly gives an Identification-level token: grant &apos;Impersonate a client after authentication&apos; or duplicate the token with SecurityImpersonation.</source>
        <translation>ERROR_BAD_IMPERSONATION_LEVEL: トークンの偽装レベルが低すぎます (識別または匿名)。SeImpersonatePrivilege がないと、ImpersonateLoggedOnUser は警告なしに識別レベルのトークンを返します。[認証後にクライアントを偽装] を付与するか、SecurityImpersonation でトークンを複製してください。</translation>
    </message>
    <message>
        <source>ERROR_INVALID_ACCOUNT_NAME: the user name is malformed. Use &apos;user&apos; with a separate domain, &apos;DOMAIN\user&apos; or &apos;user@domain.example&apos;, without surrounding spaces.</source>
        <translation>ERROR_INVALID_ACCOUNT_NAME: ユーザー名の形式が正しくありません。&apos;user&apos; と別指定のドメイン、&apos;DOMAIN\user&apos;、または &apos;user@domain.example&apos; を、前後に空白を付けずに使用してください。</translation>
    </message>
    <message>
        <source>ERROR_INVALID_HANDLE: the handle is closed, of the wrong type or a placeholder (Wine&apos;s LogonUserW returns a fake token handle). Check the call that produced it.</source>
        <translation>ERROR_INVALID_HANDLE: ハンドルが閉じられているか、種類が誤っているか、プレースホルダーです (Wine の LogonUserW は偽のトークン ハンドルを返します)。ハンドルを生成した呼び出しを確認してください。</translation>
    </message>
    <message>
        <source>ERROR_INVALID_LOGON_HOURS: the account may not log on at this time of day. Check its logon hours in Active Directory.</source>
        <translation>ERROR_INVALID_LOGON_HOURS: このアカウントはこの時間帯にログオンできません。Active Directory でログオン時間を確認してください。</translation>
    </message>
    <message>
        <source>ERROR_INVALID_PARAMETER: check the logon type and provider pair (LOGON32_LOGON_NEW_CREDENTIALS needs LOGON32_PROVIDER_WINNT50) and the flags passed.</source>
        <translation>ERROR_INVALID_PARAMETER: ログオンの種類とプロバイダーの組み合わせ (LOGON32_LOGON_NEW_CREDENTIALS には LOGON32_PROVIDER_WINNT50 が必要) と、渡したフラグを確認してください。</translation>
    </message>
    <message>
        <source>ERROR_INVALID_WORKSTATION: the account may not log on from this computer. Add it to the account&apos;s &apos;Log On To&apos; list.</source>
        <translation>ERROR_INVALID_WORKSTATION: このアカウントはこのコンピューターからログオンできません。アカウントの [ログオン先] の一覧にこのコンピューターを追加してください。</translation>
    </message>
    <message>
        <source>ERROR_LOGON_FAILURE: the user name or password is wrong (Windows does not say which, on purpose). Check the domain (&apos;.&apos; for a local account), keyboard layout and Caps Lock; repeated failures can lock the account out.</source>
        <translation>ERROR_LOGON_FAILURE: ユーザー名またはパスワードが間違っています (Windows はどちらかを意図的に示しません)。ドメイン (ローカル アカウントの場合は &apos;.&apos;)、キーボード レイアウト、Caps Lock を確認してください。失敗を繰り返すとアカウントがロックアウトされることがあります。</translation>
    </message>
    <message>
        <source>ERROR_LOGON_TYPE_NOT_GRANTED: the password was right, but the account lacks the logon right for this logon type (interactive: SeInteractiveLogonRight, network: SeNetworkLogonRight, batch: SeBatchLogonRight, service: SeServiceLogonRight, remote interactive: SeRemoteInteractiveLogonRight) or holds the matching SeDeny... right. Grant it in User Rights Assignment, or choose another logon type.</source>
        <translation>ERROR_LOGON_TYPE_NOT_GRANTED: パスワードは正しいですが、アカウントにこのログオンの種類に対するログオン権利がないか (対話型: SeInteractiveLogonRight、ネットワーク: SeNetworkLogonRight、バッチ: SeBatchLogonRight、サービス: SeServiceLogonRight、リモート対話型: SeRemoteInteractiveLogonRight)、対応する SeDeny... 権利を保持しています。[ユーザー権利の割り当て] で付与するか、別のログオンの種類を選択してください。</translation>
    </message>
    <message>
        <source>ERROR_NETLOGON_NOT_STARTED: the Netlogon service is not running; start it or log on with a local account.</source>
        <translation>ERROR_NETLOGON_NOT_STARTED: Netlogon サービスが実行されていません。サービスを開始するか、ローカル アカウントでログオンしてください。</translation>
    </message>
    <message>
        <source>ERROR_NONE_MAPPED: the name or SID does not map to an account here. Check the spelling and that the domain is reachable.</source>
        <translation>ERROR_NONE_MAPPED: 名前または SID がここでアカウントに対応付けられません。綴りと、ドメインに到達できることを確認してください。</translation>
    </message>
    <message>
        <source>ERROR_NOT_ALL_ASSIGNED: AdjustTokenPrivileges returned TRUE but did not enable every privilege: the token does not hold it. Grant the right in Local Security Policy (User Rights Assignment), then log off and on again, or run elevated.</source>
        <translation>ERROR_NOT_ALL_ASSIGNED: AdjustTokenPrivileges は TRUE を返しましたが、すべての特権を有効にしたわけではありません。トークンがその特権を保持していません。ローカル セキュリティ ポリシー ([ユーザー権利の割り当て]) で権利を付与し、ログオフしてから再度ログオンするか、管理者として実行してください。</translation>
    </message>
    <message>
        <source>ERROR_NO_LOGON_SERVERS: no domain controller answered. Check network access to the domain, DNS, and the domain name; a local account needs the computer name or &apos;.&apos; as the domain.</source>
        <translation>ERROR_NO_LOGON_SERVERS: ドメイン コントローラーが応答しませんでした。ドメインへのネットワーク アクセス、DNS、ドメイン名を確認してください。ローカル アカウントではドメインとしてコンピューター名または &apos;.&apos; が必要です。</translation>
    </message>
    <message>
        <source>ERROR_NO_SUCH_LOGON_SESSION: the logon session ended (the user logged off or the token was closed). Log on again.</source>
        <translation>ERROR_NO_SUCH_LOGON_SESSION: ログオン セッションが終了しました (ユーザーがログオフしたか、トークンが閉じられました)。再度ログオンしてください。</translation>
    </message>
    <message>
        <source>ERROR_NO_SUCH_PRIVILEGE: the privilege name is misspelled or unknown to this system (names are like SeImpersonatePrivilege; logon rights such as SeBatchLogonRight are not privileges).</source>
        <translation>ERROR_NO_SUCH_PRIVILEGE: 特権名の綴りが誤っているか、このシステムで認識されません (名前は SeImpersonatePrivilege のような形式です。SeBatchLogonRight などのログオン権利は特権ではありません)。</translation>
    </message>
    <message>
        <source>ERROR_NO_SUCH_USER: the account does not exist in that domain. Check the spelling and which domain (or &apos;.&apos; for the local machine) is asked.</source>
        <translation>ERROR_NO_SUCH_USER: そのドメインにアカウントが存在しません。綴りと、問い合わせ先のドメイン (ローカル コンピューターの場合は &apos;.&apos;) を確認してください。</translation>
    </message>
    <message>
        <source>ERROR_NO_TOKEN: the thread is not impersonating, so it has no thread token. Open the process token instead, or impersonate first.</source>
        <translation>ERROR_NO_TOKEN: スレッドは偽装していないため、スレッド トークンがありません。代わりにプロセス トークンを開くか、先に偽装してください。</translation>
    </message>
    <message>
        <source>ERROR_PASSWORD_EXPIRED: the password has expired. Change it (interactively or with an administrator), then try again.</source>
        <translation>ERROR_PASSWORD_EXPIRED: パスワードの有効期限が切れています。(対話的に、または管理者に依頼して) 変更してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>ERROR_PASSWORD_MUST_CHANGE: the password must be changed before the first logon. Change it interactively, then try again.</source>
        <translation>ERROR_PASSWORD_MUST_CHANGE: 最初のログオンの前にパスワードを変更する必要があります。対話的に変更してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>ERROR_PRIVILEGE_NOT_HELD: the caller lacks a privilege the call needs (for example SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege to start a process as another user, SeTcbPrivilege only on Windows 2000 for LogonUser). Grant it in User Rights Assignment, log on again, and enable it in the token.</source>
        <translation>ERROR_PRIVILEGE_NOT_HELD: 呼び出し元に、この呼び出しに必要な特権がありません (たとえば、別のユーザーとしてプロセスを開始するには SeAssignPrimaryTokenPrivilege と SeIncreaseQuotaPrivilege、LogonUser の SeTcbPrivilege は Windows 2000 でのみ必要)。[ユーザー権利の割り当て] で付与し、再度ログオンして、トークンで有効にしてください。</translation>
    </message>
    <message>
        <source>Give a user name without control characters or &apos;:&apos;.</source>
        <translation>制御文字や &apos;:&apos; を含まないユーザー名を指定してください。</translation>
    </message>
    <message>
        <source>Give the program&apos;s full path.</source>
        <translation>プログラムの完全なパスを指定してください。</translation>
    </message>
    <message>
        <source>Keep set-user-ID and set-group-ID bits when a file is modified.</source>
        <translation>ファイルの変更時に set-user-ID ビットと set-group-ID ビットを保持します。</translation>
    </message>
    <message>
        <source>Load BPF programs and create BPF maps.</source>
        <translation>BPF プログラムを読み込み、BPF マップを作成します。</translation>
    </message>
    <message>
        <source>Load and unload kernel modules.</source>
        <translation>カーネル モジュールを読み込み、アンロードします。</translation>
    </message>
    <message>
        <source>Lock memory (mlock) and allocate huge pages.</source>
        <translation>メモリをロックし (mlock)、ラージ ページを割り当てます。</translation>
    </message>
    <message>
        <source>Log on again before impersonating.</source>
        <translation>偽装する前に再度ログオンしてください。</translation>
    </message>
    <message>
        <source>Log on again.</source>
        <translation>再度ログオンしてください。</translation>
    </message>
    <message>
        <source>Log on first.</source>
        <translation>先にログオンしてください。</translation>
    </message>
    <message>
        <source>Name a file of /etc/pam.d, such as login.</source>
        <translation>/etc/pam.d 内のファイル名 (login など) を指定してください。</translation>
    </message>
    <message>
        <source>Name the program to run.</source>
        <translation>実行するプログラムを指定してください。</translation>
    </message>
    <message>
        <source>Not supported on this platform: Windows clones the caller&apos;s token and uses the new credentials only for outbound network access, without checking them; Linux has no per-thread store of outbound credentials (use kinit or mount credentials instead).</source>
        <translation>このプラットフォームではサポートされていません: Windows は呼び出し元のトークンを複製し、新しい資格情報を検証せずに送信ネットワーク アクセスにのみ使用します。Linux にはスレッドごとの送信資格情報ストアがありません (代わりに kinit またはマウントの資格情報を使用してください)。</translation>
    </message>
    <message>
        <source>Not supported on this platform: it selects the NTLM package of Windows; PAM has no provider choice (use default with another --service).</source>
        <translation>このプラットフォームではサポートされていません: Windows の NTLM パッケージを選択します。PAM にはプロバイダーの選択がありません (default を別の --service と共に使用してください)。</translation>
    </message>
    <message>
        <source>Not supported on this platform: it selects the Negotiate package of Windows; PAM has no provider choice (use default with another --service, e.g. one using pam_sss or pam_krb5).</source>
        <translation>このプラットフォームではサポートされていません: Windows の Negotiate パッケージを選択します。PAM にはプロバイダーの選択がありません (default を別の --service (pam_sss や pam_krb5 を使用するものなど) と共に使用してください)。</translation>
    </message>
    <message>
        <source>Not supported on this platform: it selects the Windows NT 3.5 authentication package; PAM has no provider choice (use default with another --service).</source>
        <translation>このプラットフォームではサポートされていません: Windows NT 3.5 の認証パッケージを選択します。PAM にはプロバイダーの選択がありません (default を別の --service と共に使用してください)。</translation>
    </message>
    <message>
        <source>Not supported on this platform: virtual accounts are a Windows service-account feature with no Linux counterpart.</source>
        <translation>このプラットフォームではサポートされていません: 仮想アカウントは Windows のサービス アカウント機能であり、Linux には対応するものがありません。</translation>
    </message>
    <message>
        <source>Nothing to log off.</source>
        <translation>ログオフするものはありません。</translation>
    </message>
    <message>
        <source>Override mandatory access control (Smack).</source>
        <translation>強制アクセス制御 (Smack) をオーバーライドします。</translation>
    </message>
    <message>
        <source>Override resource limits and quotas.</source>
        <translation>リソース制限とクォータをオーバーライドします。</translation>
    </message>
    <message>
        <source>PAM takes the password as a C string, so it would check only the part before the NUL byte: give the password without it.</source>
        <translation>PAM はパスワードを C 文字列として受け取るため、NUL バイトより前の部分しか検証しません。NUL バイトを含まないパスワードを指定してください。</translation>
    </message>
    <message>
        <source>Password aging is disabled for this account by a PAM module.</source>
        <translation>このアカウントのパスワードの有効期限管理は PAM モジュールによって無効にされています。</translation>
    </message>
    <message>
        <source>Perform a wide range of administration: mount, namespaces, keyrings and more.</source>
        <translation>マウント、名前空間、キーリングなど、幅広い管理操作を実行します。</translation>
    </message>
    <message>
        <source>Perform raw I/O port operations and access /dev/mem.</source>
        <translation>生の I/O ポート操作を実行し、/dev/mem にアクセスします。</translation>
    </message>
    <message>
        <source>Raise process priority and set other processes&apos; scheduling.</source>
        <translation>プロセスの優先度を上げ、他のプロセスのスケジューリングを設定します。</translation>
    </message>
    <message>
        <source>Read the audit log through a multicast netlink socket.</source>
        <translation>マルチキャスト netlink ソケット経由で監査ログを読み取ります。</translation>
    </message>
    <message>
        <source>Reboot the system and load a new kernel.</source>
        <translation>システムを再起動し、新しいカーネルを読み込みます。</translation>
    </message>
    <message>
        <source>Revert on the thread that impersonated.</source>
        <translation>偽装したスレッドで元に戻してください。</translation>
    </message>
    <message>
        <source>Revert the thread first (RevertToSelf; revertToSelf() in core), then impersonate.</source>
        <translation>先にスレッドを元に戻してから (RevertToSelf。core では revertToSelf())、偽装してください。</translation>
    </message>
    <message>
        <source>Revert to self before logging on again.</source>
        <translation>再度ログオンする前に自身に戻してください。</translation>
    </message>
    <message>
        <source>Revert to self first.</source>
        <translation>先に自身に戻してください。</translation>
    </message>
    <message>
        <source>Run TokenScope as root, or grant the capabilities to the binary with `setcap cap_setuid,cap_setgid+p tokenscope-cli`.</source>
        <translation>TokenScope を root として実行するか、`setcap cap_setuid,cap_setgid+p tokenscope-cli` でバイナリにケーパビリティを付与してください。</translation>
    </message>
    <message>
        <source>See the system log (journalctl, /var/log/auth.log) for the PAM module that failed.</source>
        <translation>失敗した PAM モジュールについては、システム ログ (journalctl、/var/log/auth.log) を参照してください。</translation>
    </message>
    <message>
        <source>Send signals to processes of other users.</source>
        <translation>他のユーザーのプロセスにシグナルを送信します。</translation>
    </message>
    <message>
        <source>Set alarms that wake the system.</source>
        <translation>システムを復帰させるアラームを設定します。</translation>
    </message>
    <message>
        <source>Set file capabilities.</source>
        <translation>ファイル ケーパビリティを設定します。</translation>
    </message>
    <message>
        <source>Set the immutable and append-only file attributes.</source>
        <translation>変更不可属性と追記専用属性をファイルに設定します。</translation>
    </message>
    <message>
        <source>Set the system clock.</source>
        <translation>システム時計を設定します。</translation>
    </message>
    <message>
        <source>Start the program from a thread that is not impersonating (revert first).</source>
        <translation>偽装していないスレッドからプログラムを開始してください (先に元に戻してください)。</translation>
    </message>
    <message>
        <source>Starting a program as another user needs CAP_SETUID and CAP_SETGID: run as root.</source>
        <translation>別のユーザーとしてプログラムを開始するには CAP_SETUID と CAP_SETGID が必要です。root として実行してください。</translation>
    </message>
    <message>
        <source>Switch process accounting on and off.</source>
        <translation>プロセス アカウンティングのオンとオフを切り替えます。</translation>
    </message>
    <message>
        <source>Take leases on files the caller does not own.</source>
        <translation>呼び出し元が所有していないファイルのリースを取得します。</translation>
    </message>
    <message>
        <source>The PAM configuration of service &apos;%1&apos; (%2) failed; the system log (journalctl, /var/log/auth.log) names the module.</source>
        <translation>サービス &apos;%1&apos; の PAM 構成 (%2) が失敗しました。システム ログ (journalctl、/var/log/auth.log) にモジュール名が記録されています。</translation>
    </message>
    <message>
        <source>The PAM stack asked something other than the password (a one-time code, a new password): TokenScope answers only the password prompt. Use another service (--service).</source>
        <translation>PAM スタックがパスワード以外 (ワンタイム コード、新しいパスワード) を要求しました。TokenScope はパスワードの入力要求にのみ応答します。別のサービス (--service) を使用してください。</translation>
    </message>
    <message>
        <source>The account has expired: an administrator can extend it with `chage -E -1 %1` (see `chage -l %2`).</source>
        <translation>アカウントの有効期限が切れています。管理者が `chage -E -1 %1` で延長できます (`chage -l %2` を参照)。</translation>
    </message>
    <message>
        <source>The authentication service could not be reached or read (directory server down, missing passdb, unreadable shadow file).</source>
        <translation>認証サービスに到達できないか、読み取れませんでした (ディレクトリ サーバーの停止、passdb の欠落、shadow ファイルを読み取れないなど)。</translation>
    </message>
    <message>
        <source>The configured PAM service (default &apos;login&apos;, a file in /etc/pam.d) decides how the password is checked.</source>
        <translation>構成された PAM サービス (既定は &apos;login&apos;、/etc/pam.d 内のファイル) が、パスワードの検証方法を決定します。</translation>
    </message>
    <message>
        <source>The file system is mounted read-only.</source>
        <translation>ファイル システムは読み取り専用でマウントされています。</translation>
    </message>
    <message>
        <source>The identity lacks the permission on the path or on a folder above it (check with `namei -l PATH`, the mode bits and ACLs `getfacl`).</source>
        <translation>この ID には、パスまたはその上位フォルダーに対するアクセス許可がありません (`namei -l PATH`、モード ビット、ACL (`getfacl`) で確認してください)。</translation>
    </message>
    <message>
        <source>The password has expired: change it with `passwd %1`.</source>
        <translation>パスワードの有効期限が切れています。`passwd %1` で変更してください。</translation>
    </message>
    <message>
        <source>The password must be changed before the account can log on: log on once interactively (`su - %1`) or have an administrator run `passwd %2`.</source>
        <translation>アカウントがログオンするには、先にパスワードを変更する必要があります。一度対話的にログオンする (`su - %1`) か、管理者に `passwd %2` を実行してもらってください。</translation>
    </message>
    <message>
        <source>The password was accepted but the account checks of service &apos;%1&apos; refused &apos;%2&apos; (expired, locked or not allowed here); see the module messages and `chage -l %3`.</source>
        <translation>パスワードは受け入れられましたが、サービス &apos;%1&apos; のアカウント チェックが &apos;%2&apos; を拒否しました (期限切れ、ロック、またはここでは許可されていない)。モジュールのメッセージと `chage -l %3` を参照してください。</translation>
    </message>
    <message>
        <source>The password was right but &apos;%1&apos; may not log on through service &apos;%2&apos; (pam_access, pam_nologin, pam_time or similar in %3); the Windows counterpart is the missing %4.</source>
        <translation>パスワードは正しいですが、&apos;%1&apos; はサービス &apos;%2&apos; を介してログオンできません (%3 内の pam_access、pam_nologin、pam_time など)。Windows では %4 がないことに相当します。</translation>
    </message>
    <message>
        <source>The password was right but a session could not be opened (see the session lines of %1). The network logon type (--type network) runs no session.</source>
        <translation>パスワードは正しいですが、セッションを開けませんでした (%1 の session 行を参照)。ログオンの種類 network (--type network) はセッションを開きません。</translation>
    </message>
    <message>
        <source>The password was right but the credentials could not be set (pam_setcred). The network logon type (--type network) does not set credentials.</source>
        <translation>パスワードは正しいですが、資格情報を設定できませんでした (pam_setcred)。ログオンの種類 network (--type network) は資格情報を設定しません。</translation>
    </message>
    <message>
        <source>The path is not a directory: list needs one.</source>
        <translation>パスはディレクトリではありません。一覧表示にはディレクトリが必要です。</translation>
    </message>
    <message>
        <source>The path, or a folder on the way, does not exist.</source>
        <translation>パス、またはその途中のフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>The system ran out of memory; try again.</source>
        <translation>システムのメモリが不足しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The user may not execute the program or a folder above it.</source>
        <translation>ユーザーはプログラム、またはその上位フォルダーを実行できません。</translation>
    </message>
    <message>
        <source>This logon ran on a worker thread: session modules such as pam_loginuid write /proc/self/loginuid, which the kernel accepts only from the process&apos;s main thread (tokenscope-cli logs on from its main thread).</source>
        <translation>このログオンはワーカー スレッドで実行されました。pam_loginuid などのセッション モジュールは /proc/self/loginuid に書き込みますが、カーネルはプロセスのメイン スレッドからの書き込みしか受け付けません (tokenscope-cli はメイン スレッドからログオンします)。</translation>
    </message>
    <message>
        <source>This thread can impersonate: it holds CAP_SETGID and CAP_SETUID.</source>
        <translation>このスレッドは偽装できます: CAP_SETGID と CAP_SETUID を保持しています。</translation>
    </message>
    <message>
        <source>TokenScope is not running as root: pam_unix can then check only the caller&apos;s own password (through unix_chkpwd), so any other account fails like a wrong password. Run it as root (sudo) to check another account.</source>
        <translation>TokenScope は root として実行されていません。この場合 pam_unix は (unix_chkpwd を介して) 呼び出し元自身のパスワードしか検証できないため、他のアカウントはパスワードが間違っている場合と同様に失敗します。別のアカウントを検証するには root として (sudo で) 実行してください。</translation>
    </message>
    <message>
        <source>TokenScope passed PAM an item it rejected; please report this.</source>
        <translation>TokenScope が PAM に渡した項目が拒否されました。この問題を報告してください。</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked out (pam_faillock/pam_tally2). Wait for the lock to expire or reset it with `faillock --user %1 --reset`.</source>
        <translation>失敗した試行が多すぎます。アカウントはロックアウトされています (pam_faillock/pam_tally2)。ロックが解除されるまで待つか、`faillock --user %1 --reset` でリセットしてください。</translation>
    </message>
    <message>
        <source>Trace and inspect any process (ptrace, process_vm_readv).</source>
        <translation>任意のプロセスをトレースして調査します (ptrace、process_vm_readv)。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Type a path to probe.</source>
        <translation>確認するパスを入力してください。</translation>
    </message>
    <message>
        <source>Use a name such as CAP_SETUID or a number; `tokenscope-cli privileges --all` lists them.</source>
        <translation>CAP_SETUID のような名前か番号を使用してください。`tokenscope-cli privileges --all` で一覧を表示できます。</translation>
    </message>
    <message>
        <source>Use another logon type; `interactive` and `network` check a password on Linux.</source>
        <translation>別のログオンの種類を使用してください。Linux では `interactive` と `network` がパスワードを検証します。</translation>
    </message>
    <message>
        <source>Use chroot and change mount namespaces with setns.</source>
        <translation>chroot を使用し、setns でマウント名前空間を変更します。</translation>
    </message>
    <message>
        <source>Use performance monitoring (perf_event_open) beyond the defaults.</source>
        <translation>既定の範囲を超えてパフォーマンス監視 (perf_event_open) を使用します。</translation>
    </message>
    <message>
        <source>Use privileged syslog operations and read kernel addresses.</source>
        <translation>特権付きの syslog 操作を使用し、カーネル アドレスを読み取ります。</translation>
    </message>
    <message>
        <source>Use raw and packet sockets.</source>
        <translation>raw ソケットとパケット ソケットを使用します。</translation>
    </message>
    <message>
        <source>Use the default provider; choose the PAM service with --service.</source>
        <translation>既定のプロバイダーを使用し、--service で PAM サービスを選択してください。</translation>
    </message>
    <message>
        <source>Write records to the kernel audit log.</source>
        <translation>カーネルの監査ログにレコードを書き込みます。</translation>
    </message>
    <message>
        <source>cancel a program running as the user</source>
        <translation>ユーザーとして実行中のプログラムのキャンセル</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>full (uid switch)</source>
        <translation>完全 (uid の切り替え)</translation>
    </message>
    <message>
        <source>impersonate</source>
        <translation>偽装</translation>
    </message>
    <message>
        <source>list</source>
        <translation>一覧表示</translation>
    </message>
    <message>
        <source>open a logon session</source>
        <translation>ログオン セッションを開く</translation>
    </message>
    <message>
        <source>pam_authenticate and pam_acct_mgmt only: the password and the account are checked, no credentials are set and no session is opened, like a network server.</source>
        <translation>pam_authenticate と pam_acct_mgmt のみ: ネットワーク サーバーと同様に、パスワードとアカウントを検証し、資格情報の設定もセッションの開始も行いません。</translation>
    </message>
    <message>
        <source>pam_authenticate, pam_acct_mgmt and pam_setcred(PAM_ESTABLISH_CRED), no session, like a daemon switching to its account.</source>
        <translation>pam_authenticate、pam_acct_mgmt、pam_setcred(PAM_ESTABLISH_CRED)。セッションなし。自身のアカウントに切り替えるデーモンと同様です。</translation>
    </message>
    <message>
        <source>pam_authenticate, pam_acct_mgmt and pam_setcred(PAM_REINITIALIZE_CRED), no new session, like a screen locker.</source>
        <translation>pam_authenticate、pam_acct_mgmt、pam_setcred(PAM_REINITIALIZE_CRED)。新しいセッションなし。画面ロックと同様です。</translation>
    </message>
    <message>
        <source>pam_authenticate, pam_acct_mgmt, pam_setcred and pam_open_session, like cron running a job.</source>
        <translation>pam_authenticate、pam_acct_mgmt、pam_setcred、pam_open_session。ジョブを実行する cron と同様です。</translation>
    </message>
    <message>
        <source>pam_authenticate, pam_acct_mgmt, pam_setcred(PAM_ESTABLISH_CRED) and pam_open_session, like login(1); logoff closes the session and deletes the credentials.</source>
        <translation>pam_authenticate、pam_acct_mgmt、pam_setcred(PAM_ESTABLISH_CRED)、pam_open_session。login(1) と同様です。ログオフでセッションを閉じ、資格情報を削除します。</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>run as user</source>
        <translation>ユーザーとして実行</translation>
    </message>
    <message>
        <source>verify other users&apos; passwords</source>
        <translation>他のユーザーのパスワードの検証</translation>
    </message>
    <message>
        <source>write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message numerus="yes">
        <source>This thread cannot impersonate: %1 is not held (not in the permitted set).</source>
        <translation>
            <numerusform>このスレッドは偽装できません: %1 を保持していません (許可セットにありません)。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is held but not enabled; TokenScope enables it for the switch.</source>
        <translation>%1 は保持されていますが有効ではありません。TokenScope が切り替えのために有効にします。</translation>
    </message>
    <message>
        <source>Create a token object</source>
        <translation>トークン オブジェクトの作成</translation>
    </message>
    <message>
        <source>Replace a process level token</source>
        <translation>プロセス レベル トークンの置き換え</translation>
    </message>
    <message>
        <source>Lock pages in memory</source>
        <translation>メモリ内のページのロック</translation>
    </message>
    <message>
        <source>Adjust memory quotas for a process</source>
        <translation>プロセスのメモリ クォータの増加</translation>
    </message>
    <message>
        <source>Add workstations to domain</source>
        <translation>ドメインにワークステーションを追加</translation>
    </message>
    <message>
        <source>Act as part of the operating system</source>
        <translation>オペレーティング システムの一部として機能</translation>
    </message>
    <message>
        <source>Manage auditing and security log</source>
        <translation>監査とセキュリティ ログの管理</translation>
    </message>
    <message>
        <source>Take ownership of files or other objects</source>
        <translation>ファイルとその他のオブジェクトの所有権の取得</translation>
    </message>
    <message>
        <source>Load and unload device drivers</source>
        <translation>デバイス ドライバーのロードとアンロード</translation>
    </message>
    <message>
        <source>Profile system performance</source>
        <translation>システム パフォーマンスのプロファイル</translation>
    </message>
    <message>
        <source>Change the system time</source>
        <translation>システム時刻の変更</translation>
    </message>
    <message>
        <source>Profile single process</source>
        <translation>単一プロセスのプロファイル</translation>
    </message>
    <message>
        <source>Increase scheduling priority</source>
        <translation>スケジューリング優先順位の増加</translation>
    </message>
    <message>
        <source>Create a pagefile</source>
        <translation>ページ ファイルの作成</translation>
    </message>
    <message>
        <source>Create permanent shared objects</source>
        <translation>永続的共有オブジェクトの作成</translation>
    </message>
    <message>
        <source>Back up files and directories</source>
        <translation>ファイルとディレクトリのバックアップ</translation>
    </message>
    <message>
        <source>Restore files and directories</source>
        <translation>ファイルとディレクトリの復元</translation>
    </message>
    <message>
        <source>Shut down the system</source>
        <translation>システムのシャットダウン</translation>
    </message>
    <message>
        <source>Debug programs</source>
        <translation>プログラムのデバッグ</translation>
    </message>
    <message>
        <source>Generate security audits</source>
        <translation>セキュリティ監査の生成</translation>
    </message>
    <message>
        <source>Modify firmware environment values</source>
        <translation>ファームウェア環境値の修正</translation>
    </message>
    <message>
        <source>Bypass traverse checking</source>
        <translation>走査チェックのバイパス</translation>
    </message>
    <message>
        <source>Force shutdown from a remote system</source>
        <translation>リモート コンピューターからの強制シャットダウン</translation>
    </message>
    <message>
        <source>Remove computer from docking station</source>
        <translation>ドッキング ステーションからコンピューターを削除</translation>
    </message>
    <message>
        <source>Synchronize directory service data</source>
        <translation>ディレクトリ サービス データの同期化</translation>
    </message>
    <message>
        <source>Enable computer and user accounts to be trusted for delegation</source>
        <translation>コンピューターとユーザー アカウントに委任時の信頼を付与</translation>
    </message>
    <message>
        <source>Perform volume maintenance tasks</source>
        <translation>ボリュームの保守タスクを実行</translation>
    </message>
    <message>
        <source>Impersonate a client after authentication</source>
        <translation>認証後にクライアントを偽装</translation>
    </message>
    <message>
        <source>Create global objects</source>
        <translation>グローバル オブジェクトの作成</translation>
    </message>
    <message>
        <source>Access Credential Manager as a trusted caller</source>
        <translation>資格情報マネージャーに信頼された呼び出し側としてアクセス</translation>
    </message>
    <message>
        <source>Modify an object label</source>
        <translation>オブジェクト ラベルの変更</translation>
    </message>
    <message>
        <source>Increase a process working set</source>
        <translation>プロセス ワーキング セットの増加</translation>
    </message>
    <message>
        <source>Change the time zone</source>
        <translation>タイム ゾーンの変更</translation>
    </message>
    <message>
        <source>Create symbolic links</source>
        <translation>シンボリック リンクの作成</translation>
    </message>
    <message>
        <source>Obtain an impersonation token for another user in the same session</source>
        <translation>同じセッションで別のユーザーの偽装トークンを取得する</translation>
    </message>
    <message>
        <source>run as user (CreateProcessAsUserW)</source>
        <translation>ユーザーとして実行 (CreateProcessAsUserW)</translation>
    </message>
    <message>
        <source>LogonUser on Windows 2000 only (historical)</source>
        <translation>Windows 2000 でのみ LogonUser に必要 (過去の仕様)</translation>
    </message>
    <message>
        <source>A user at the keyboard: a primary token with the interactive logon right (SeInteractiveLogonRight); credentials are cached for outbound access.</source>
        <translation>キーボードの前のユーザー: 対話型ログオンの権利 (SeInteractiveLogonRight) を持つプライマリ トークン。資格情報は送信アクセス用にキャッシュされます。</translation>
    </message>
    <message>
        <source>A server checking a password: the fastest logon, an impersonation-ready token without cached credentials, so it cannot reach other machines as the user (SeNetworkLogonRight).</source>
        <translation>パスワードを検証するサーバー: 最も高速なログオンで、偽装にすぐ使えるトークンですが、資格情報はキャッシュされないため、ユーザーとして他のコンピューターにはアクセスできません (SeNetworkLogonRight)。</translation>
    </message>
    <message>
        <source>A scheduled job running for the user without interaction (SeBatchLogonRight).</source>
        <translation>ユーザーのために対話なしで実行されるスケジュールされたジョブ (SeBatchLogonRight)。</translation>
    </message>
    <message>
        <source>A service account (SeServiceLogonRight).</source>
        <translation>サービス アカウント (SeServiceLogonRight)。</translation>
    </message>
    <message>
        <source>The password check of a workstation unlock, as the logon UI makes it.</source>
        <translation>ログオン UI が行う、ワークステーションのロック解除時のパスワード検証。</translation>
    </message>
    <message>
        <source>As network, but the logon keeps the password so the server can reach other machines as the user (SeNetworkLogonRight).</source>
        <translation>network と同様ですが、サーバーがユーザーとして他のコンピューターにアクセスできるよう、ログオンがパスワードを保持します (SeNetworkLogonRight)。</translation>
    </message>
    <message>
        <source>Only with LOGON32_PROVIDER_WINNT50. A copy of the caller&apos;s token whose new credentials serve outbound network access only; the password is not checked and the local identity stays the caller&apos;s (GetUserName shows the caller).</source>
        <translation>LOGON32_PROVIDER_WINNT50 でのみ使用できます。呼び出し元のトークンのコピーで、新しい資格情報は送信ネットワーク アクセスにのみ使用されます。パスワードは検証されず、ローカルの ID は呼び出し元のままです (GetUserName は呼び出し元を示します)。</translation>
    </message>
    <message>
        <source>The system&apos;s standard provider: Negotiate (Kerberos, else NTLM).</source>
        <translation>システムの標準プロバイダー: Negotiate (Kerberos、使用できない場合は NTLM)。</translation>
    </message>
    <message>
        <source>The Windows NT 3.5 provider, kept for compatibility.</source>
        <translation>互換性のために残されている Windows NT 3.5 のプロバイダー。</translation>
    </message>
    <message>
        <source>The NTLM provider.</source>
        <translation>NTLM プロバイダー。</translation>
    </message>
    <message>
        <source>The Negotiate provider; the only one LOGON32_LOGON_NEW_CREDENTIALS works with.</source>
        <translation>Negotiate プロバイダー。LOGON32_LOGON_NEW_CREDENTIALS が使用できる唯一のプロバイダーです。</translation>
    </message>
    <message>
        <source>Virtual accounts (service accounts such as NT SERVICE\name).</source>
        <translation>仮想アカウント (NT SERVICE\name などのサービス アカウント)。</translation>
    </message>
    <message>
        <source>This thread can impersonate: it holds SeImpersonatePrivilege, so ImpersonateLoggedOnUser gives it an Impersonation-level token of the user.</source>
        <translation>このスレッドは偽装できます: SeImpersonatePrivilege を保持しているため、ImpersonateLoggedOnUser はユーザーの偽装レベルのトークンを与えます。</translation>
    </message>
    <message>
        <source>SeImpersonatePrivilege is held but disabled; TokenScope enables it before impersonating.</source>
        <translation>SeImpersonatePrivilege は保持されていますが無効です。TokenScope が偽装の前に有効にします。</translation>
    </message>
    <message>
        <source>This thread cannot fully impersonate another user: SeImpersonatePrivilege is not held. ImpersonateLoggedOnUser still succeeds, but Windows then gives the thread only an Identification-level token: it can tell who the user is and open nothing as the user (impersonating one&apos;s own account works without it). Run TokenScope elevated or as a service account, which hold the privilege.</source>
        <translation>このスレッドは別のユーザーを完全には偽装できません: SeImpersonatePrivilege を保持していません。ImpersonateLoggedOnUser は成功しますが、Windows はスレッドに識別レベルのトークンしか与えません。ユーザーが誰かはわかりますが、ユーザーとして何も開けません (自分自身のアカウントの偽装はこの特権なしで行えます)。この特権を持つ管理者として、またはサービス アカウントとして TokenScope を実行してください。</translation>
    </message>
    <message>
        <source>Can start a process as the user with CreateProcessAsUserW: SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege are held.</source>
        <translation>CreateProcessAsUserW でユーザーとしてプロセスを開始できます: SeAssignPrimaryTokenPrivilege と SeIncreaseQuotaPrivilege を保持しています。</translation>
    </message>
    <message>
        <source>Starting a process as the user with CreateProcessAsUserW needs SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege, which this token lacks; CreateProcessWithLogonW needs neither.</source>
        <translation>CreateProcessAsUserW でユーザーとしてプロセスを開始するには SeAssignPrimaryTokenPrivilege と SeIncreaseQuotaPrivilege が必要ですが、このトークンにはありません。CreateProcessWithLogonW にはどちらも不要です。</translation>
    </message>
    <message>
        <source>SeTcbPrivilege is not needed to log users on: only Windows 2000&apos;s LogonUser required it; since Windows XP any account may call LogonUser.</source>
        <translation>ユーザーのログオンに SeTcbPrivilege は不要です: これを必要としたのは Windows 2000 の LogonUser だけで、Windows XP 以降はどのアカウントでも LogonUser を呼び出せます。</translation>
    </message>
    <message>
        <source>The thread impersonates: these are the privileges of its impersonation token.</source>
        <translation>スレッドは偽装しています: これは偽装トークンの特権です。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Logon, impersonation and privilege diagnostics</source>
        <translation>ログオン、偽装、特権の診断</translation>
    </message>
    <message>
        <source>PAM service for the default provider.</source>
        <translation>既定のプロバイダーが使用する PAM サービス。</translation>
    </message>
    <message>
        <source>Open the constants browser only.</source>
        <translation>定数ブラウザーのみを開きます。</translation>
    </message>
    <message>
        <source>Open the process browser only.</source>
        <translation>プロセス ブラウザーだけを開く。</translation>
    </message>
    <message>
        <source>Compare two saved reports only.</source>
        <translation>保存した 2 つのレポートの比較だけを開きます。</translation>
    </message>
    <message>
        <source>With --compare: the two reports, left and right.</source>
        <translation>--compare と共に: 左右の 2 つのレポート。</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>アクティビティ ログ</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>レポートのコピー</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>レポートの保存…</translation>
    </message>
    <message>
        <source>Activity entry</source>
        <translation>アクティビティの項目</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::AsUserPanel</name>
    <message>
        <source>Type a command to run as the user.</source>
        <translation>ユーザーとして実行するコマンドを入力してください。</translation>
    </message>
    <message>
        <source>Path to probe</source>
        <translation>確認するパス</translation>
    </message>
    <message>
        <source>/path/to/file or folder</source>
        <translation>/パス/ファイル</translation>
    </message>
    <message>
        <source>&amp;Probe access</source>
        <translation>アクセスの確認(&amp;P)</translation>
    </message>
    <message>
        <source>Try to open the path for read, write, execute and list on the worker thread</source>
        <translation>ワーカー スレッドでパスを読み取り、書き込み、実行、一覧表示用に開いてみます</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Access probe results</source>
        <translation>アクセス確認の結果</translation>
    </message>
    <message>
        <source>Command to run as the user</source>
        <translation>ユーザーとして実行するコマンド</translation>
    </message>
    <message>
        <source>Ru&amp;n as user</source>
        <translation>ユーザーとして実行(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>パス(&amp;A):</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>コマンド(&amp;M):</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>%1 として</translation>
    </message>
    <message>
        <source>Access probe and run-as</source>
        <translation>アクセスの確認と別ユーザーでの実行</translation>
    </message>
    <message>
        <source>The last results were the impersonated user&apos;s and were cleared.</source>
        <translation>前回の結果は偽装したユーザーのものだったため消去しました。</translation>
    </message>
    <message>
        <source>Log on first: the program runs with the logon&apos;s token</source>
        <translation>先にログオンしてください: プログラムはログオンのトークンで実行されます</translation>
    </message>
    <message>
        <source>Revert to self first: the program is started from the worker thread&apos;s own identity, which then switches to the user</source>
        <translation>先に自身に戻してください: プログラムはワーカー スレッド自身の ID から起動され、その後ユーザーに切り替わります</translation>
    </message>
    <message>
        <source>Run the command as the logged-on user, in a session of its own</source>
        <translation>ログオンしたユーザーとして、専用のセッションでコマンドを実行します</translation>
    </message>
    <message>
        <source>%1 as %2 (impersonated)</source>
        <translation>%1 を %2 として (偽装中)</translation>
    </message>
    <message>
        <source>%1 as %2 (the worker thread, not impersonating)</source>
        <translation>%1 を %2 として (ワーカー スレッド、偽装なし)</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>%1 (the explanation says %2, the real attempt %3)</source>
        <translation>%1 (説明では %2、実際の試行では %3)</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ConstantListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>ファミリ</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ConstantTreeModel</name>
    <message>
        <source>(no family)</source>
        <translation>(ファミリなし)</translation>
    </message>
    <message numerus="yes">
        <source>%n constant(s)</source>
        <translation>
            <numerusform>%n 個の定数</numerusform>
        </translation>
    </message>
    <message>
        <source>Header / family / name</source>
        <translation>ヘッダー / ファミリ / 名前</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ConstantsBrowser</name>
    <message>
        <source>TokenScope — Constants browser</source>
        <translation>TokenScope — 定数ブラウザー</translation>
    </message>
    <message>
        <source>Search constants</source>
        <translation>定数の検索</translation>
    </message>
    <message>
        <source>Name, glob (LOGON32_*) or value (1326, 0x52E, -5)</source>
        <translation>名前、パターン (LOGON32_*)、または値 (1326、0x52E、-5)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Constants by header and family</source>
        <translation>ヘッダーとファミリ別の定数</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Constant details</source>
        <translation>定数の詳細</translation>
    </message>
    <message>
        <source>Copy as:</source>
        <translation>コピー形式:</translation>
    </message>
    <message>
        <source>&amp;C/C++</source>
        <translation>C/C++(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Python</source>
        <translation>Python(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;#</source>
        <translation>C#(&amp;#)</translation>
    </message>
    <message>
        <source>Copy as %1</source>
        <translation>%1 としてコピー</translation>
    </message>
    <message numerus="yes">
        <source>%n constant(s)</source>
        <translation>
            <numerusform>%n 個の定数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matches — refine the query</source>
        <translation>
            <numerusform>%n 件中 %1 件 — 検索条件を絞り込んでください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No constant selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;定数が選択されていません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>10 進</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>2 進</translation>
    </message>
    <message>
        <source>String</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>C type</source>
        <translation>C の型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>ファミリ</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>ヒント:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>フラグ:</translation>
    </message>
    <message>
        <source>Family %1:</source>
        <translation>ファミリ %1:</translation>
    </message>
    <message>
        <source>All constants named %1…</source>
        <translation>%1 に一致するすべての定数…</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>コピーしました: %1</translation>
    </message>
    <message>
        <source>pywin32</source>
        <translation>pywin32</translation>
    </message>
    <message>
        <source>no module defines it</source>
        <translation>定義しているモジュールはありません</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>意味:</translation>
    </message>
    <message>
        <source>TokenScope</source>
        <translation>TokenScope</translation>
    </message>
    <message>
        <source>System text:</source>
        <translation>システムのテキスト:</translation>
    </message>
    <message>
        <source>FormatMessageW, as recorded under Wine</source>
        <translation>FormatMessageW (Wine で記録)</translation>
    </message>
    <message>
        <source>severity %1, facility %2, code %3</source>
        <translation>重大度 %1、ファシリティ %2、コード %3</translation>
    </message>
    <message>
        <source>1 (failure)</source>
        <translation>1 (失敗)</translation>
    </message>
    <message>
        <source>0 (success)</source>
        <translation>0 (成功)</translation>
    </message>
    <message>
        <source>the Win32 error inside: %1 (%2)</source>
        <translation>内部の Win32 エラー: %1 (%2)</translation>
    </message>
    <message>
        <source>HRESULT:</source>
        <translation>HRESULT:</translation>
    </message>
    <message>
        <source>not defined by any pywin32 module</source>
        <translation>どの pywin32 モジュールにも定義されていません</translation>
    </message>
    <message>
        <source>Event 4625 Sub Status:</source>
        <translation>イベント 4625 のサブステータス:</translation>
    </message>
    <message>
        <source>Event 4625 Sub Status</source>
        <translation>イベント 4625 のサブステータス</translation>
    </message>
    <message>
        <source>The Sub Status of an &apos;An account failed to log on&apos; event whose Status is this NTSTATUS</source>
        <translation>状態がこの NTSTATUS である「アカウントがログオンに失敗しました」イベントのサブステータス</translation>
    </message>
    <message>
        <source>Logon Type:</source>
        <translation>ログオンの種類:</translation>
    </message>
    <message>
        <source>Event 4625 Logon Type</source>
        <translation>イベント 4625 のログオンの種類</translation>
    </message>
    <message>
        <source>Win32 error:</source>
        <translation>Win32 エラー:</translation>
    </message>
    <message>
        <source>RtlNtStatusToDosError, as recorded under Wine</source>
        <translation>RtlNtStatusToDosError、Wine 上で記録</translation>
    </message>
    <message numerus="yes">
        <source>… %n in all</source>
        <translation>
            <numerusform>… 全 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>NTSTATUS values Windows reports as this error:</source>
        <translation>Windows がこのエラーとして報告する NTSTATUS 値:</translation>
    </message>
    <message>
        <source>Event 4625:</source>
        <translation>イベント 4625:</translation>
    </message>
    <message>
        <source>the Logon Type is a number (2 interactive, 3 network, 10 remote interactive)</source>
        <translation>ログオンの種類は数値です (2 対話型、3 ネットワーク、10 リモート対話型)</translation>
    </message>
    <message>
        <source>The caller saw %1.</source>
        <translation>呼び出し元には %1 が返されました。</translation>
    </message>
    <message>
        <source>The Sub Status %1 is Win32 error %2.</source>
        <translation>サブステータス %1 は Win32 エラー %2 です。</translation>
    </message>
    <message>
        <source>Logon right: %1</source>
        <translation>ログオン権利: %1</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>試すこと: %1</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Property id</source>
        <translation>プロパティ ID</translation>
    </message>
    <message>
        <source>Written as:</source>
        <translation>各言語での書き方:</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::IdentityPanel</name>
    <message>
        <source>Effective user</source>
        <translation>実効ユーザー</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Groups of the worker thread</source>
        <translation>ワーカー スレッドのグループ</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Worker thread</source>
        <translation>ワーカー スレッド</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Identity of the process and of the impersonating worker thread</source>
        <translation>プロセスと偽装を行うワーカー スレッドの ID</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Groups of the worker thread, with their attributes</source>
        <translation>ワーカー スレッドのグループとその属性</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
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
        <translation>特権</translation>
    </message>
    <message>
        <source>by design: the window&apos;s thread dropped its privileges at start, the worker thread keeps those it needs</source>
        <translation>意図どおり: ウィンドウのスレッドは起動時に特権を破棄し、ワーカー スレッドは必要なものを保持します</translation>
    </message>
    <message>
        <source>Impersonating</source>
        <translation>偽装中</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>はい、%1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>異なる</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::LogonPanel</name>
    <message>
        <source>Log on</source>
        <translation>ログオン</translation>
    </message>
    <message>
        <source>Chec&amp;k account</source>
        <translation>アカウントの確認(&amp;K)</translation>
    </message>
    <message>
        <source>Without the password: is the account disabled, locked out or expired, and does it hold the logon right for the chosen logon type?</source>
        <translation>パスワードなしで確認します: アカウントは無効、ロックアウト、期限切れではないか、選んだログオンの種類のログオン権利を持っているか。</translation>
    </message>
    <message>
        <source>Without the password: is the account locked or expired, must its password change, is its shell a nologin shell, and what does the PAM service&apos;s account phase say?</source>
        <translation>パスワードなしで確認します: アカウントはロックまたは期限切れではないか、パスワードの変更が必要か、シェルが nologin シェルか、PAM サービスのアカウント段階は何と言うか。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>empty or . for a local account</source>
        <translation>ローカル アカウントの場合は空または .</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Logon type</source>
        <translation>ログオンの種類</translation>
    </message>
    <message>
        <source>Logon provider</source>
        <translation>ログオン プロバイダー</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Logon t&amp;ype:</source>
        <translation>ログオンの種類(&amp;Y):</translation>
    </message>
    <message>
        <source>Pr&amp;ovider:</source>
        <translation>プロバイダー(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Log on</source>
        <translation>ログオン(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Impersonate</source>
        <translation>偽装(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Revert to self</source>
        <translation>自身に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Lo&amp;g off</source>
        <translation>ログオフ(&amp;G)</translation>
    </message>
    <message>
        <source>Close the token&apos;s handle: the logon session ends with its last token</source>
        <translation>トークンのハンドルを閉じます。ログオン セッションは最後のトークンとともに終了します</translation>
    </message>
    <message>
        <source>Close the token: end the PAM session and release the logon</source>
        <translation>トークンを閉じる: PAM セッションを終了し、ログオンを解放します</translation>
    </message>
    <message>
        <source>Type a user name to check.</source>
        <translation>確認するユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Show in constants browser</source>
        <translation>定数ブラウザーで表示</translation>
    </message>
    <message>
        <source>Not supported on this platform: %1</source>
        <translation>このプラットフォームではサポートされていません: %1</translation>
    </message>
    <message>
        <source>(not in the constants database)</source>
        <translation>(定数データベースにありません)</translation>
    </message>
    <message>
        <source>The worker thread already impersonates %1, not through TokenScope. Use Revert to self first.</source>
        <translation>ワーカー スレッドは TokenScope 以外の方法で既に %1 を偽装しています。先に [自身に戻す] を使用してください。</translation>
    </message>
    <message>
        <source>No logon token.</source>
        <translation>ログオン トークンがありません。</translation>
    </message>
    <message>
        <source>the worker thread impersonates it</source>
        <translation>ワーカー スレッドがこのユーザーを偽装しています</translation>
    </message>
    <message>
        <source>not impersonating</source>
        <translation>偽装していません</translation>
    </message>
    <message>
        <source>Token: %1 (%2), %3 with %4; %5</source>
        <translation>トークン: %1 (%2)、%3 (%4)、%5</translation>
    </message>
    <message>
        <source>the logon broker, process %1, holds the PAM session</source>
        <translation>ログオン ブローカー (プロセス %1) が PAM セッションを保持しています</translation>
    </message>
    <message>
        <source>this process holds the logon</source>
        <translation>このプロセスがログオンを保持しています</translation>
    </message>
    <message>
        <source>Token: %1 (uid %2, gid %3), %4; PAM steps: %5; %6; %7</source>
        <translation>トークン: %1 (uid %2、gid %3)、%4; PAM の手順: %5; %6; %7</translation>
    </message>
    <message>
        <source>Logged on as %1.</source>
        <translation>%1 としてログオンしました。</translation>
    </message>
    <message>
        <source>Log on as %1 cancelled.</source>
        <translation>%1 としてのログオンを取り消しました。</translation>
    </message>
    <message>
        <source>Log on as %1 failed: %2 (%3) — %4</source>
        <translation>%1 としてのログオンに失敗しました: %2 (%3) — %4</translation>
    </message>
    <message>
        <source>%1 can log on (%2).</source>
        <translation>%1 はログオンできます (%2)。</translation>
    </message>
    <message>
        <source>%1 cannot log on (%2):</source>
        <translation>%1 はログオンできません (%2):</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::MainWindow</name>
    <message>
        <source>%1 (no name)</source>
        <translation>%1 (名前なし)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <comment>privileges</comment>
        <translation>
            <numerusform>保持 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <comment>privileges</comment>
        <translation>
            <numerusform>有効 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenScope</source>
        <translation>TokenScope</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>レポートのコピー(&amp;C)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>レポートの保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Constants browser…</source>
        <translation>定数ブラウザー(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About TokenScope</source>
        <translation>TokenScope のバージョン情報</translation>
    </message>
    <message>
        <source>TokenScope shows who a process and its threads are, which privileges they hold, and whether they can log on and impersonate.</source>
        <translation>TokenScope は、プロセスとそのスレッドが誰として動作しているか、どの特権を保持しているか、ログオンと偽装ができるかどうかを表示します。</translation>
    </message>
    <message>
        <source>&amp;About TokenScope</source>
        <translation>TokenScope のバージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>Type a user name to log on.</source>
        <translation>ログオンするユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Logging on as %1…</source>
        <translation>%1 としてログオンしています…</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>未保持</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>The report is on the clipboard (Markdown).</source>
        <translation>レポートをクリップボードにコピーしました (Markdown)。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Cancelling: a logon in progress is ended, any other result is discarded.</source>
        <translation>キャンセル中: 実行中のログオンは終了され、その他の結果は破棄されます。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Core dumps are off and the process is not dumpable. Dropped for good: %1. The worker thread keeps %2 to impersonate, run programs as the user and end them when they overrun; the window&apos;s thread keeps none. PAM&apos;s logons and sessions run in the logon broker, which keeps only what PAM needs; Check account asks PAM&apos;s account phase on the worker thread.</source>
        <translation>コア ダンプは無効で、プロセスはダンプできません。完全に削除: %1。ワーカー スレッドは、偽装、ユーザーとしてのプログラムの実行、時間超過したプログラムの終了のために %2 を保持します。ウィンドウのスレッドは何も保持しません。PAM のログオンとセッションはログオン ブローカーで実行され、ブローカーは PAM に必要なものだけを保持します。アカウントの確認は PAM のアカウント段階をワーカー スレッドで問い合わせます。</translation>
    </message>
    <message>
        <source>Crash dialogs are off, so no crash dump is offered. Privileges are left as they are: on Windows they belong to the process token, which every thread shares; the privilege panel shows and changes them.</source>
        <translation>クラッシュ ダイアログは無効なので、クラッシュ ダンプは提示されません。特権はそのままです。Windows では特権はすべてのスレッドが共有するプロセス トークンに属し、特権パネルで表示と変更ができます。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>&amp;Processes…</source>
        <translation>プロセス(&amp;P)…</translation>
    </message>
    <message>
        <source>Compare &amp;reports…</source>
        <translation>レポートの比較(&amp;R)…</translation>
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
        <translation>ワーカー スレッドの特権</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>特権</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>セット</translation>
    </message>
    <message>
        <source>Needed for</source>
        <translation>必要な操作</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>有効にする(&amp;E)</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>無効にする(&amp;S)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <source>logon (in the logon broker: PAM reads /etc/shadow)</source>
        <translation>ログオン (ログオン ブローカー内: PAM が /etc/shadow を読み取ります)</translation>
    </message>
    <message>
        <source>logon and logoff (in the logon broker: PAM writes audit records)</source>
        <translation>ログオンとログオフ (ログオン ブローカー内: PAM が監査レコードを書き込みます)</translation>
    </message>
    <message>
        <source>logon session (in the logon broker: pam_loginuid sets the login uid)</source>
        <translation>ログオン セッション (ログオン ブローカー内: pam_loginuid がログイン UID を設定します)</translation>
    </message>
    <message>
        <source>logon session (in the logon broker: pam_limits sets resource limits)</source>
        <translation>ログオン セッション (ログオン ブローカー内: pam_limits がリソース制限を設定します)</translation>
    </message>
    <message>
        <source>logon session (in the logon broker: PAM&apos;s setcred and open_session work on the user&apos;s files)</source>
        <translation>ログオン セッション (ログオン ブローカー内: PAM の setcred と open_session がユーザーのファイルを操作します)</translation>
    </message>
    <message>
        <source>The privileges of the worker thread could not be read.</source>
        <translation>ワーカー スレッドの特権を読み取れませんでした。</translation>
    </message>
    <message>
        <source>p permitted, e effective, i inheritable, b bounding, a ambient</source>
        <translation>p 許可 (permitted)、e 実効 (effective)、i 継承可能 (inheritable)、b バウンディング (bounding)、a アンビエント (ambient)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Impersonation needs this today. %1</source>
        <translation>現在の偽装にはこれが必要です。%1</translation>
    </message>
    <message>
        <source>Ready to impersonate</source>
        <translation>偽装の準備ができています</translation>
    </message>
    <message>
        <source>Not ready to impersonate</source>
        <translation>偽装の準備ができていません</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ProcessBrowser</name>
    <message>
        <source>TokenScope — Processes</source>
        <translation>TokenScope — プロセス</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <source>Pid, name or user</source>
        <translation>PID、名前またはユーザー</translation>
    </message>
    <message>
        <source>Filter processes</source>
        <translation>プロセスを絞り込む</translation>
    </message>
    <message>
        <source>Refresh every 2 s</source>
        <translation>2 秒ごとに更新</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>Impersonating</source>
        <translation>偽装中</translation>
    </message>
    <message>
        <source>Threads whose credentials differ from their process&apos;s (Windows: threads with their own token)</source>
        <translation>資格情報がプロセスと異なるスレッド (Windows: 独自のトークンを持つスレッド)</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>The process and its threads</source>
        <translation>プロセスとそのスレッド</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>特権</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Token of the chosen process or thread</source>
        <translation>選んだプロセスまたはスレッドのトークン</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Groups of the chosen process or thread</source>
        <translation>選んだプロセスまたはスレッドのグループ</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>特権</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>セット</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Privileges of the chosen process or thread</source>
        <translation>選んだプロセスまたはスレッドの特権</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n processes</source>
        <translation>
            <numerusform>%n 個中 %1 個のプロセス</numerusform>
        </translation>
    </message>
    <message>
        <source>The processes could not be listed: %1</source>
        <translation>プロセスを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>ended, not yet reaped by its parent</source>
        <translation>終了済み、親プロセスがまだ回収していない</translation>
    </message>
    <message>
        <source>a kernel thread</source>
        <translation>カーネル スレッド</translation>
    </message>
    <message>
        <source>Process %1 (%2), parent %3</source>
        <translation>プロセス %1 (%2)、親 %3</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Partly read:</source>
        <translation>一部のみ読み取り:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>はい、%1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>プロセス %1</translation>
    </message>
    <message>
        <source>Thread %1</source>
        <translation>スレッド %1</translation>
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
        <translation>いいえ: プロセスとして動作</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>コマンド ライン</translation>
    </message>
    <message>
        <source>p permitted, e effective, i inheritable, b bounding, a ambient</source>
        <translation>p 許可 (permitted)、e 実効 (effective)、i 継承可能 (inheritable)、b バウンディング (bounding)、a アンビエント (ambient)</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>相違点</translation>
    </message>
    <message>
        <source>&amp;Compare with this</source>
        <translation>これと比較(&amp;C)</translation>
    </message>
    <message>
        <source>Keep the shown process or thread as the left side; then choose another to see what differs</source>
        <translation>表示中のプロセスまたはスレッドを左側として保持し、別のものを選ぶと相違点が表示されます</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Differences between the two tokens</source>
        <translation>2 つのトークンの相違点</translation>
    </message>
    <message>
        <source>Choose a process or thread and press Compare with this, then choose another: what differs is shown here. A thread is compared with its process until then.</source>
        <translation>プロセスまたはスレッドを選んで [これと比較] を押し、別のものを選ぶと、ここに相違点が表示されます。それまではスレッドがそのプロセスと比較されます。</translation>
    </message>
    <message>
        <source>Left: %1
Right: %2</source>
        <translation>左: %1
右: %2</translation>
    </message>
    <message>
        <source>Identical.</source>
        <translation>同一です。</translation>
    </message>
    <message numerus="yes">
        <source>%n differences: </source>
        <translation>
            <numerusform>%n 件の相違点: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>追加 %1、削除 %2、変更 %3</translation>
    </message>
    <message>
        <source>Compare with a saved report</source>
        <translation>保存したレポートと比較</translation>
    </message>
    <message>
        <source>TokenScope reports (*.json);;All files (*)</source>
        <translation>TokenScope レポート (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save the process&apos;s token</source>
        <translation>プロセスのトークンを保存</translation>
    </message>
    <message>
        <source>TokenScope reports (*.json)</source>
        <translation>TokenScope レポート (*.json)</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>レポートを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Compare a report saved before (Save…, or tokenscope-cli whoami --json or privileges --json) with the shown process or thread</source>
        <translation>以前に保存したレポート ([保存…]、または tokenscope-cli whoami --json や privileges --json) を、表示中のプロセスまたはスレッドと比較します</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the shown process&apos;s token, with its threads and privileges, as JSON: to compare later here, or with tokenscope-cli diff</source>
        <translation>表示中のプロセスのトークンを、スレッドと特権を含めて JSON として保存します。後でここで、または tokenscope-cli diff で比較できます</translation>
    </message>
    <message>
        <source>No process is shown: choose one in the list first.</source>
        <translation>プロセスが表示されていません。まず一覧から選んでください。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ReportComparison</name>
    <message>
        <source>TokenScope — Compare reports</source>
        <translation>TokenScope — レポートの比較</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>左(&amp;L):</translation>
    </message>
    <message>
        <source>R&amp;ight:</source>
        <translation>右(&amp;I):</translation>
    </message>
    <message>
        <source>A report saved as JSON</source>
        <translation>JSON として保存したレポート</translation>
    </message>
    <message>
        <source>Left report</source>
        <translation>左のレポート</translation>
    </message>
    <message>
        <source>Right report</source>
        <translation>右のレポート</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>入れ替え(&amp;W)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Differences between the two reports</source>
        <translation>2 つのレポートの相違点</translation>
    </message>
    <message>
        <source>Choose a saved report</source>
        <translation>保存したレポートを選択</translation>
    </message>
    <message>
        <source>TokenScope reports (*.json);;All files (*)</source>
        <translation>TokenScope レポート (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose two reports: saved by the process browser&apos;s Save…, or by tokenscope-cli whoami --json (with or without --pid) or privileges --json.</source>
        <translation>2 つのレポートを選んでください。プロセス ブラウザーの [保存…]、または tokenscope-cli whoami --json (--pid の有無は問いません) や privileges --json で保存したものです。</translation>
    </message>
    <message>
        <source>The two reports have nothing in common to compare: one holds only an identity, the other only privileges.</source>
        <translation>2 つのレポートには比較できる共通部分がありません。一方には ID だけが、もう一方には特権だけが含まれています。</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>参照(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::SessionController</name>
    <message>
        <source>The logon broker (process %1) did not answer within %2 s and was ended; the PAM session may not have been closed cleanly.</source>
        <translation>ログオン ブローカー (プロセス %1) が %2 秒以内に応答しなかったため、終了させました。PAM セッションは正しく閉じられていない可能性があります。</translation>
    </message>
    <message>
        <source>The session worker is still busy; TokenScope quits without waiting for it.</source>
        <translation>セッションのワーカー スレッドはまだ処理中です。TokenScope はその終了を待たずに終了します。</translation>
    </message>
    <message>
        <source>The session worker was still busy after %1 s; a logon or logoff it waits for is ended at once.</source>
        <translation>セッションのワーカー スレッドは %1 秒後もまだ処理中でした。待機中のログオンまたはログオフは直ちに終了させます。</translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::SessionWorker</name>
    <message>
        <source>Log on</source>
        <translation>ログオン</translation>
    </message>
    <message>
        <source>Cancelled: the logon succeeded and was logged off at once.</source>
        <translation>キャンセル済み: ログオンは成功し、直ちにログオフされました。</translation>
    </message>
    <message>
        <source>Cancelled: the logon had failed anyway.</source>
        <translation>キャンセル済み: ログオンはいずれにしても失敗していました。</translation>
    </message>
    <message>
        <source>Logged on as %1 (uid %2, gid %3), %4.</source>
        <translation>%1 としてログオンしました (uid %2、gid %3)、%4。</translation>
    </message>
    <message>
        <source>Impersonate</source>
        <translation>偽装</translation>
    </message>
    <message>
        <source>The worker thread now runs as %1 (GetUserName: %2).</source>
        <translation>ワーカー スレッドは現在 %1 として実行されています (GetUserName: %2)。</translation>
    </message>
    <message>
        <source>Revert to self</source>
        <translation>自身に戻す</translation>
    </message>
    <message>
        <source>The worker thread is itself again.</source>
        <translation>ワーカー スレッドは自身の ID に戻りました。</translation>
    </message>
    <message>
        <source>The worker thread has the process&apos;s identity.</source>
        <translation>ワーカー スレッドはプロセスの ID を持っています。</translation>
    </message>
    <message>
        <source>Log off</source>
        <translation>ログオフ</translation>
    </message>
    <message>
        <source>Logged off; the token is closed.</source>
        <translation>ログオフしました。トークンは閉じられています。</translation>
    </message>
    <message>
        <source>Access probe</source>
        <translation>アクセスの確認</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>%1 as %2: %3</source>
        <translation>%2 としての %1: %3</translation>
    </message>
    <message>
        <source>Run as user</source>
        <translation>ユーザーとして実行</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 は状態 %2 で終了しました</translation>
    </message>
    <message>
        <source>%1 ended by signal %2</source>
        <translation>%1 はシグナル %2 で終了しました</translation>
    </message>
    <message>
        <source> (killed after 30 s)</source>
        <translation> (30 秒後に強制終了)</translation>
    </message>
    <message>
        <source>Enable privilege</source>
        <translation>特権を有効にする</translation>
    </message>
    <message>
        <source>Disable privilege</source>
        <translation>特権を無効にする</translation>
    </message>
    <message>
        <source>%1 is now %2 on the worker thread (it was %3).</source>
        <translation>ワーカー スレッドの %1 は現在 %2 です (以前は %3)。</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Drop privileges</source>
        <translation>特権の削除</translation>
    </message>
    <message>
        <source>Cancelled: the logon broker was ended before PAM answered.</source>
        <translation>キャンセル済み: PAM が応答する前にログオン ブローカーが終了されました。</translation>
    </message>
    <message>
        <source>Logged on as %1 (uid %2, gid %3), %4; the logon broker, process %5, holds the PAM session.</source>
        <translation>%1 としてログオンしました (uid %2、gid %3)、%4。ログオン ブローカー (プロセス %5) が PAM セッションを保持しています。</translation>
    </message>
    <message>
        <source>Logon broker</source>
        <translation>ログオン ブローカー</translation>
    </message>
    <message>
        <source>The logon broker (pid %1) ended: killed by signal %2; the logon session is closed.</source>
        <translation>ログオン ブローカー (PID %1) が終了しました: シグナル %2 で強制終了されました。ログオン セッションは閉じられました。</translation>
    </message>
    <message>
        <source>The logon broker (pid %1) ended: exited with status %2; the logon session is closed.</source>
        <translation>ログオン ブローカー (PID %1) が終了しました: 状態 %2 で終了しました。ログオン セッションは閉じられました。</translation>
    </message>
    <message>
        <source>The worker thread could not revert to itself.</source>
        <translation>ワーカー スレッドは自身の ID に戻れませんでした。</translation>
    </message>
    <message>
        <source>Logged on as %1 (%2), %3 with %4.</source>
        <translation>%1 (%2) としてログオンしました (%3、%4)。</translation>
    </message>
    <message>
        <source>Account check</source>
        <translation>アカウントの確認</translation>
    </message>
    <message>
        <source>%1 can log on (%2): nothing in the account refuses it.</source>
        <translation>%1 はログオンできます (%2): アカウントに拒否する理由はありません。</translation>
    </message>
    <message>
        <source>%1 cannot log on (%2): %3</source>
        <translation>%1 はログオンできません (%2): %3</translation>
    </message>
</context>
</TS>
