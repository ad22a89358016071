
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'userctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'userctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'userctl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (mode 0600) or migrate it, and create the first admin')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Create a database of realistic sample data, then print its statistics')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, show, edit and manage user accounts')
            [CompletionResult]::new('import-csv', 'import-csv', [CompletionResultType]::ParameterValue, 'Import users from a CSV file, all or nothing')
            [CompletionResult]::new('export-csv', 'export-csv', [CompletionResultType]::ParameterValue, 'Export users as CSV (the columns import-csv reads)')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'List and revoke login sessions')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'List, create and revoke API keys')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'List, create, change and delete roles')
            [CompletionResult]::new('permission', 'permission', [CompletionResultType]::ParameterValue, 'The permission names the application knows')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Groups of accounts that share permissions and resource grants')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Resources (TYPE:ID) granted to accounts and groups; check access')
            [CompletionResult]::new('attr', 'attr', [CompletionResultType]::ParameterValue, 'Attributes kept per account (timezone, budgets …)')
            [CompletionResult]::new('owned', 'owned', [CompletionResultType]::ParameterValue, 'The application''s per-account tables: what an account owns, and what happens to it when the account leaves')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Counts of users by status and role, sessions, 2FA, recent sign-ups')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read and verify the audit log')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Break-glass recovery when every admin is locked out (needs only file access)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change the settings kept in the database')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Check, back up and migrate the database file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;init' {
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Username of the first admin')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email of the first admin')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name of the first admin')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (keep it mode 0600)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Generate a strong random password and print it once')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;demo' {
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'How many sample users')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the sample data (the same seed makes the same people)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every field of one account, its permissions, sessions, keys and recent audit events')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an account''s username, email, name or must-change-password flag')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Change an account''s role (guarded: the last admin cannot be demoted)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate an account: it cannot log in, its sessions are revoked (guarded)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate an account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account permanently, with its sessions, keys and invitations (guarded; asks first, and answering no exits 1)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a new password; revokes the account''s sessions unless --keep-sessions')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'End accounts'' locks after failed logins and reset their counts of failures')
            [CompletionResult]::new('reset-2fa', 'reset-2fa', [CompletionResultType]::ParameterValue, 'Clear an account''s second factor; they enrol again at next login')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'Make new recovery codes for accounts'' second factor: ten each, printed once (only their hashes are stored); a new set replaces the old one')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password like a login: exit 0 if right and the account may log in, else 6 (also when there is no such account, or it is locked); a wrong one counts as a failed login')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Issue a new invitation token to an invited account; earlier ones stop working')
            [CompletionResult]::new('reset-link', 'reset-link', [CompletionResultType]::ParameterValue, 'Issue one-time password-reset links: a token per account, printed once (only its hash is stored); earlier unused links of the account stop working')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give accounts permissions beyond their role (known names only): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Take permissions from accounts whatever their role or groups give (guarded): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move the data one account owns in the application''s registered tables to another (all or nothing; see `owned list`)')
            [CompletionResult]::new('export-data', 'export-data', [CompletionResultType]::ParameterValue, 'Write everything kept about accounts to a file, one JSON document per account and line (mode 0600): the right of access')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase an account''s personal data (the right to erasure): the row is scrubbed to erased-ID, its registered data moved or deleted, and its names redacted from the audit log, which still verifies (guarded; asks first)')
            [CompletionResult]::new('reset-permissions', 'reset-permissions', [CompletionResultType]::ParameterValue, 'Remove an account''s grants and denials: back to its role''s defaults (guarded)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set attribute values of an account (see `attr list`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove attribute values of an account (it falls back to the default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;user;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (unique, case-insensitive)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role of the new account')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (keep it mode 0600)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'The account may not log in after this: a date (2027-03-31), a UTC time, a duration from now (90d) or never')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Generate a strong random password and print it once')
            [CompletionResult]::new('--must-change-password', '--must-change-password', [CompletionResultType]::ParameterName, 'Make them choose a new password at first login')
            [CompletionResult]::new('--invite', '--invite', [CompletionResultType]::ParameterName, 'Create the account as invited, without a password, and print a one-time invitation token')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Create the account inactive')
            [CompletionResult]::new('--if-missing', '--if-missing', [CompletionResultType]::ParameterName, 'Succeed without changing anything when this user already exists (for scripts)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A service account: no password and no interactive login, API keys only; never counted as an admin')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the rows')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows (on a terminal 50 are shown unless --limit or --all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching row, also on a terminal')
            [CompletionResult]::new('--counts', '--counts', [CompletionResultType]::ParameterName, 'Add columns with each account''s number of groups and resource grants')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;edit' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'New username (one USER only)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email ("" removes it; one USER only)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--must-change-password', '--must-change-password', [CompletionResultType]::ParameterName, 'Whether they must choose a new password at next login')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Adopt the accounts for this import source (`import-csv --mode sync --source SOURCE` then manages them), or release them to be managed by hand ("none")')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'The account may not log in after this: a date (2027-03-31), a UTC time, a duration from now (90d) or never (guarded when it is in the past)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Make it a service account (true: password removed, API keys only; guarded) or a person again (false)')
            [CompletionResult]::new('--currently-managed-by', '--currently-managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;role' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to run then, from that instant on it is no longer read as access')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;deactivate' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept with the account and in the audit log)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;activate' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;delete' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--transfer-to', '--transfer-to', [CompletionResultType]::ParameterName, 'Hand the accounts'' registered `transfer` data to this account first, in the same transaction (without it, such data refuses the deletion)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;passwd' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (keep it mode 0600)')
            [CompletionResult]::new('--hash-file', '--hash-file', [CompletionResultType]::ParameterName, 'Set a password hash from another system read from the first line of FILE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Generate a strong random password and print it once')
            [CompletionResult]::new('--keep-sessions', '--keep-sessions', [CompletionResultType]::ParameterName, 'Keep the account''s sessions (by default they are revoked)')
            [CompletionResult]::new('--must-change-password', '--must-change-password', [CompletionResultType]::ParameterName, 'Make them choose a new password at next login')
            [CompletionResult]::new('--hash-stdin', '--hash-stdin', [CompletionResultType]::ParameterName, 'Set a password hash from another system (argon2, bcrypt, Django, Werkzeug, passlib, crypt(3), …) read from the first line of standard input')
            [CompletionResult]::new('--allow-weak-hashes', '--allow-weak-hashes', [CompletionResultType]::ParameterName, 'With --hash-stdin or --hash-file: accept a hash of a broken scheme (md5, sha1, {SHA}, …); the account must then change its password at next login')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;unlock' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;reset-2fa' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;recovery-codes' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Make a new set of ten codes per account and print them once (required: the codes in use are never shown again)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;verify' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;invite' {
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the invitation stops working: a span (7d, 48h) or a date (default: the setting invitation.lifetime_hours)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;reset-link' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the link stops working: a span (1h, 30m) or a date')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;grant' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A permission (repeat for several); the arguments are then all accounts')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'A permission (repeat for several); the arguments are then all accounts')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to run then, from that instant on it is no longer read as access')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;deny' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A permission (repeat for several); the arguments are then all accounts')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'A permission (repeat for several); the arguments are then all accounts')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;transfer' {
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Only these labels (several allowed; default: every registered label)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;export-data' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The file to write (created with mode 0600, never through a symlink; it appears complete or not at all)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The file to write (created with mode 0600, never through a symlink; it appears complete or not at all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing --output file (by writing beside it and renaming)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;erase' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--transfer-to', '--transfer-to', [CompletionResultType]::ParameterName, 'Hand the accounts'' registered `transfer` data to this account (without it, such data refuses the erasure)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;reset-permissions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;unset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every field of one account, its permissions, sessions, keys and recent audit events')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an account''s username, email, name or must-change-password flag')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Change an account''s role (guarded: the last admin cannot be demoted)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate an account: it cannot log in, its sessions are revoked (guarded)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate an account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account permanently, with its sessions, keys and invitations (guarded; asks first, and answering no exits 1)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a new password; revokes the account''s sessions unless --keep-sessions')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'End accounts'' locks after failed logins and reset their counts of failures')
            [CompletionResult]::new('reset-2fa', 'reset-2fa', [CompletionResultType]::ParameterValue, 'Clear an account''s second factor; they enrol again at next login')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'Make new recovery codes for accounts'' second factor: ten each, printed once (only their hashes are stored); a new set replaces the old one')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password like a login: exit 0 if right and the account may log in, else 6 (also when there is no such account, or it is locked); a wrong one counts as a failed login')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Issue a new invitation token to an invited account; earlier ones stop working')
            [CompletionResult]::new('reset-link', 'reset-link', [CompletionResultType]::ParameterValue, 'Issue one-time password-reset links: a token per account, printed once (only its hash is stored); earlier unused links of the account stop working')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give accounts permissions beyond their role (known names only): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Take permissions from accounts whatever their role or groups give (guarded): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move the data one account owns in the application''s registered tables to another (all or nothing; see `owned list`)')
            [CompletionResult]::new('export-data', 'export-data', [CompletionResultType]::ParameterValue, 'Write everything kept about accounts to a file, one JSON document per account and line (mode 0600): the right of access')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase an account''s personal data (the right to erasure): the row is scrubbed to erased-ID, its registered data moved or deleted, and its names redacted from the audit log, which still verifies (guarded; asks first)')
            [CompletionResult]::new('reset-permissions', 'reset-permissions', [CompletionResultType]::ParameterValue, 'Remove an account''s grants and denials: back to its role''s defaults (guarded)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set attribute values of an account (see `attr list`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove attribute values of an account (it falls back to the default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;user;help;add' {
            break
        }
        'userctl;user;help;list' {
            break
        }
        'userctl;user;help;show' {
            break
        }
        'userctl;user;help;edit' {
            break
        }
        'userctl;user;help;role' {
            break
        }
        'userctl;user;help;deactivate' {
            break
        }
        'userctl;user;help;activate' {
            break
        }
        'userctl;user;help;delete' {
            break
        }
        'userctl;user;help;passwd' {
            break
        }
        'userctl;user;help;unlock' {
            break
        }
        'userctl;user;help;reset-2fa' {
            break
        }
        'userctl;user;help;recovery-codes' {
            break
        }
        'userctl;user;help;verify' {
            break
        }
        'userctl;user;help;invite' {
            break
        }
        'userctl;user;help;reset-link' {
            break
        }
        'userctl;user;help;grant' {
            break
        }
        'userctl;user;help;deny' {
            break
        }
        'userctl;user;help;transfer' {
            break
        }
        'userctl;user;help;export-data' {
            break
        }
        'userctl;user;help;erase' {
            break
        }
        'userctl;user;help;reset-permissions' {
            break
        }
        'userctl;user;help;set' {
            break
        }
        'userctl;user;help;unset' {
            break
        }
        'userctl;user;help;help' {
            break
        }
        'userctl;import-csv' {
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'create: only create (an existing user is an invalid row); upsert: create and update; sync: upsert, then deactivate the active accounts managed by this --source that are absent from the file')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The name of this feed: accounts it creates are managed by it, and --mode sync only ever deactivates accounts of the same source')
            [CompletionResult]::new('--max-deactivate', '--max-deactivate', [CompletionResultType]::ParameterName, 'Sync: refuse (exit 7, nothing written) to deactivate more than N accounts, or P% of the source''s active accounts (default: setting import.max_deactivate, 10%)')
            [CompletionResult]::new('--max-changes', '--max-changes', [CompletionResultType]::ParameterName, 'Refuse (exit 7, nothing written) to create + update + deactivate more than N accounts, or P% of the source''s active accounts')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read the file''s column HEADER as a userctl column, e.g. --map ''Email Address [Required]=email'' (repeatable; HEADER is case-insensitive)')
            [CompletionResult]::new('--map-file', '--map-file', [CompletionResultType]::ParameterName, 'Read --map lines (HEADER=column) from FILE; blank lines and # comments skipped')
            [CompletionResult]::new('--ignore-column', '--ignore-column', [CompletionResultType]::ParameterName, 'Ignore the file''s column HEADER (repeatable)')
            [CompletionResult]::new('--username-from', '--username-from', [CompletionResultType]::ParameterName, 'Derive the username from the email''s local part (lower-cased)')
            [CompletionResult]::new('--status-map', '--status-map', [CompletionResultType]::ParameterName, 'Read the status cell VALUE as active, inactive or invited (repeatable, case-insensitive), e.g. --status-map ''PROVISIONED=invited''')
            [CompletionResult]::new('--role-map', '--role-map', [CompletionResultType]::ParameterName, 'Read the role cell VALUE as ROLE (repeatable, case-insensitive)')
            [CompletionResult]::new('--skip-lines', '--skip-lines', [CompletionResultType]::ParameterName, 'Skip N lines before the header (a preamble such as "version:v1.0")')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding, a WHATWG label: windows-1252, iso-8859-15, utf-16le … (default UTF-8; a UTF-8 or UTF-16 byte order mark is detected)')
            [CompletionResult]::new('--default-role', '--default-role', [CompletionResultType]::ParameterName, 'The role of new users whose row has no role')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The field separator (one ASCII character; \t for tab)')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Write the rejected rows, with a reason column, to this CSV file (mode 0600, never through a symlink)')
            [CompletionResult]::new('--passwords-out', '--passwords-out', [CompletionResultType]::ParameterName, 'Give new users without a password a generated one (they must change it at first login) and write username,password to this file (mode 0600). Without it such users are created as invited')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--adopt', '--adopt', [CompletionResultType]::ParameterName, 'Also make the existing accounts the file names that no source manages managed by --source (so a later sync may deactivate them). Never the accounts made by init or recover, nor service accounts. Without it the import only updates their fields')
            [CompletionResult]::new('--reset-passwords', '--reset-passwords', [CompletionResultType]::ParameterName, 'Replace the passwords of existing accounts with the file''s (each audited as a reset; their sessions end). Without it, file passwords are initial passwords only')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the valid rows even if some are invalid (exit 7 still reports them)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing --rejects file (by writing beside it and renaming)')
            [CompletionResult]::new('--allow-weak-hashes', '--allow-weak-hashes', [CompletionResultType]::ParameterName, 'Accept password_hash values of broken schemes (md5, sha1, {SHA}, …); their accounts must change their password at next login')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;export-csv' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file (created with mode 0600, never through a symlink; it appears complete or not at all) instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file (created with mode 0600, never through a symlink; it appears complete or not at all) instead of standard output')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing --output file (by writing beside it and renaming)')
            [CompletionResult]::new('--with-password-hashes', '--with-password-hashes', [CompletionResultType]::ParameterName, 'Also export the password_hash column (the stored hashes, in whatever format each was imported: treat the file as a secret). Off by default')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;session' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List login sessions (unexpired ones unless --all)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke sessions by id, all of one user''s (--user), or all (--all)')
            [CompletionResult]::new('impersonate', 'impersonate', [CompletionResultType]::ParameterValue, 'Open a short session as another account, for support: its token is printed once; the session is marked with who opened it and why, and audited at start and at revoke (needs the setting impersonation.enabled and the permission users.impersonate)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;session;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s sessions (username or email)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include expired sessions')
            [CompletionResult]::new('--impersonated', '--impersonated', [CompletionResultType]::ParameterName, 'Only sessions opened by `session impersonate`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;session;revoke' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Revoke every session of these users (usernames or emails; asks for confirmation)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Revoke every session of every user: everybody logs in again (asks for confirmation)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;session;impersonate' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept with the session and in the audit log)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the session lasts: a span (15m, 1h) or an end date or timestamp; at most impersonation.max_minutes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;session;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List login sessions (unexpired ones unless --all)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke sessions by id, all of one user''s (--user), or all (--all)')
            [CompletionResult]::new('impersonate', 'impersonate', [CompletionResultType]::ParameterValue, 'Open a short session as another account, for support: its token is printed once; the session is marked with who opened it and why, and audited at start and at revoke (needs the setting impersonation.enabled and the permission users.impersonate)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;session;help;list' {
            break
        }
        'userctl;session;help;revoke' {
            break
        }
        'userctl;session;help;impersonate' {
            break
        }
        'userctl;session;help;help' {
            break
        }
        'userctl;key' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API keys (of one user with --user)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key for a user and print it once')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key (asks for confirmation)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an API key: it stops working until resumed (not revoked)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a suspended API key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;key;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s keys (username or email)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;key;create' {
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'What the key is for, e.g. "backup script"')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the key stops working: after DURATION (90d, 12w) or at DATE (2027-01-31)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;key;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;key;suspend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;key;resume' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;key;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API keys (of one user with --user)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key for a user and print it once')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key (asks for confirmation)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an API key: it stops working until resumed (not revoked)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a suspended API key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;key;help;list' {
            break
        }
        'userctl;key;help;create' {
            break
        }
        'userctl;key;help;revoke' {
            break
        }
        'userctl;key;help;suspend' {
            break
        }
        'userctl;key;help;resume' {
            break
        }
        'userctl;key;help;help' {
            break
        }
        'userctl;role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their permissions and how many accounts hold them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one role')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Add permissions to a role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove permissions from a role (guarded: the last admin keeps users.manage)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role no account holds (asks for confirmation)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;role;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;role;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;role;create' {
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Permissions of the role, e.g. --permission users.view audit.view (or repeat the flag)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the role is for')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;role;grant' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;role;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;role;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;role;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their permissions and how many accounts hold them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one role')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Add permissions to a role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove permissions from a role (guarded: the last admin keeps users.manage)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role no account holds (asks for confirmation)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;role;help;list' {
            break
        }
        'userctl;role;help;show' {
            break
        }
        'userctl;role;help;create' {
            break
        }
        'userctl;role;help;grant' {
            break
        }
        'userctl;role;help;revoke' {
            break
        }
        'userctl;role;help;delete' {
            break
        }
        'userctl;role;help;help' {
            break
        }
        'userctl;permission' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the known permission names and how many roles, groups and accounts use each')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a permission name the application checks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a custom permission name nothing uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;permission;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;permission;add' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the permission allows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;permission;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;permission;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the known permission names and how many roles, groups and accounts use each')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a permission name the application checks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a custom permission name nothing uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;permission;help;list' {
            break
        }
        'userctl;permission;help;add' {
            break
        }
        'userctl;permission;help;remove' {
            break
        }
        'userctl;permission;help;help' {
            break
        }
        'userctl;group' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups with their permissions, member and grant counts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group: permissions, members, resource grants')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group with its memberships and grants (asks; guarded)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add accounts to a group: several USERs, --from FILE, or --all-matching with filters')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove accounts from a group (guarded): several USERs, --from FILE, or --all-matching with filters')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a group permissions (known names only)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take permissions from a group (guarded)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;group;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the group is for')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;group;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;group;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;group;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;group;add' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to run then, from that instant on it is no longer read as access')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;group;remove' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose username, name or email contains TEXT (case-insensitive)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'Only accounts managed by this import source ("none": accounts managed by hand)')
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Refuse, changing nothing, when more than N accounts are selected (exit 7)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all-matching', '--all-matching', [CompletionResultType]::ParameterName, 'Act on every account the filters select (at least one filter; see --dry-run)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Only accounts that never logged in, held a session or used an API key')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accounts past their expiry date')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accounts locked now after too many failed logins')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;group;grant' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;group;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;group;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups with their permissions, member and grant counts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group: permissions, members, resource grants')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group with its memberships and grants (asks; guarded)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add accounts to a group: several USERs, --from FILE, or --all-matching with filters')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove accounts from a group (guarded): several USERs, --from FILE, or --all-matching with filters')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a group permissions (known names only)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take permissions from a group (guarded)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;group;help;create' {
            break
        }
        'userctl;group;help;list' {
            break
        }
        'userctl;group;help;show' {
            break
        }
        'userctl;group;help;delete' {
            break
        }
        'userctl;group;help;add' {
            break
        }
        'userctl;group;help;remove' {
            break
        }
        'userctl;group;help;grant' {
            break
        }
        'userctl;group;help;revoke' {
            break
        }
        'userctl;group;help;help' {
            break
        }
        'userctl;access' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a resource to an account or @group at a level')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove a resource grant from an account or @group')
            [CompletionResult]::new('mode', 'mode', [CompletionResultType]::ParameterValue, 'How an account reaches a type: full (everything), allow (only granted), deny (all but listed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants and modes, of everyone or of one account or @group')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Whether an account may open a resource: exit 0 allowed, 6 not')
            [CompletionResult]::new('rls', 'rls', [CompletionResultType]::ParameterValue, 'Row-level security from grants on an application table (PostgreSQL)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;access;grant' {
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Access level')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to run then, from that instant on it is no longer read as access')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;access;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;access;mode' {
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'The level of what the mode reaches (full and deny)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;access;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this resource type')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;access;check' {
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'The level asked for')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;access;rls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Policies on TABLE: a session that has set `userctl.account` sees the rows `access check` allows (read for SELECT, write for changes) and the rows it owns. PostgreSQL only (SQLite: exit 2); the table''s owner and superusers are not subject to policies, so the application connects as another role')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Drop userctl''s policies on TABLE (row-level security goes off unless the application has policies of its own there)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tables userctl''s policies protect')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;access;rls;enable' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The resource type its rows are (as in `access grant USER TYPE:ID`)')
            [CompletionResult]::new('--id-column', '--id-column', [CompletionResultType]::ParameterName, 'The column holding each row''s resource id')
            [CompletionResult]::new('--owner-column', '--owner-column', [CompletionResultType]::ParameterName, 'A column referencing the account that owns the row: it sees and changes it whatever the grants')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;access;rls;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;access;rls;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;access;rls;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Policies on TABLE: a session that has set `userctl.account` sees the rows `access check` allows (read for SELECT, write for changes) and the rows it owns. PostgreSQL only (SQLite: exit 2); the table''s owner and superusers are not subject to policies, so the application connects as another role')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Drop userctl''s policies on TABLE (row-level security goes off unless the application has policies of its own there)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tables userctl''s policies protect')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;access;rls;help;enable' {
            break
        }
        'userctl;access;rls;help;disable' {
            break
        }
        'userctl;access;rls;help;list' {
            break
        }
        'userctl;access;rls;help;help' {
            break
        }
        'userctl;access;help' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a resource to an account or @group at a level')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove a resource grant from an account or @group')
            [CompletionResult]::new('mode', 'mode', [CompletionResultType]::ParameterValue, 'How an account reaches a type: full (everything), allow (only granted), deny (all but listed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants and modes, of everyone or of one account or @group')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Whether an account may open a resource: exit 0 allowed, 6 not')
            [CompletionResult]::new('rls', 'rls', [CompletionResultType]::ParameterValue, 'Row-level security from grants on an application table (PostgreSQL)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;access;help;grant' {
            break
        }
        'userctl;access;help;revoke' {
            break
        }
        'userctl;access;help;mode' {
            break
        }
        'userctl;access;help;list' {
            break
        }
        'userctl;access;help;check' {
            break
        }
        'userctl;access;help;rls' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Policies on TABLE: a session that has set `userctl.account` sees the rows `access check` allows (read for SELECT, write for changes) and the rows it owns. PostgreSQL only (SQLite: exit 2); the table''s owner and superusers are not subject to policies, so the application connects as another role')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Drop userctl''s policies on TABLE (row-level security goes off unless the application has policies of its own there)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tables userctl''s policies protect')
            break
        }
        'userctl;access;help;rls;enable' {
            break
        }
        'userctl;access;help;rls;disable' {
            break
        }
        'userctl;access;help;rls;list' {
            break
        }
        'userctl;access;help;help' {
            break
        }
        'userctl;attr' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('define', 'define', [CompletionResultType]::ParameterValue, 'Define an attribute: its type and default')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the attributes with their types, defaults and how many accounts set them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an attribute and every account''s value of it (asks)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;attr;define' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'text, int, bool, timezone (IANA name), time (HH:MM) or enum:A,B,…')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'The value of accounts that have none of their own')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;attr;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;attr;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;attr;help' {
            [CompletionResult]::new('define', 'define', [CompletionResultType]::ParameterValue, 'Define an attribute: its type and default')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the attributes with their types, defaults and how many accounts set them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an attribute and every account''s value of it (asks)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;attr;help;define' {
            break
        }
        'userctl;attr;help;list' {
            break
        }
        'userctl;attr;help;remove' {
            break
        }
        'userctl;attr;help;help' {
            break
        }
        'userctl;owned' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a column of the application''s that references users(id): its rows belong to an account, and are counted, moved, exported and erased with it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered columns, their departure rules, and any that no longer hold')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop tracking a label (the application''s rows are left as they are)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;owned;add' {
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'The name counts and messages use ("personas: 12"): a-z, 0-9, ''.'', ''_'', ''-''')
            [CompletionResult]::new('--on-departure', '--on-departure', [CompletionResultType]::ParameterName, 'What happens to an account''s rows when it is deleted or erased')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;owned;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;owned;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;owned;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a column of the application''s that references users(id): its rows belong to an account, and are counted, moved, exported and erased with it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered columns, their departure rules, and any that no longer hold')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop tracking a label (the application''s rows are left as they are)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;owned;help;add' {
            break
        }
        'userctl;owned;help;list' {
            break
        }
        'userctl;owned;help;remove' {
            break
        }
        'userctl;owned;help;help' {
            break
        }
        'userctl;stats' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit log''s hash chain: exit 0 intact, 9 tampered (naming the first bad entry)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;audit;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only entries about this account (username)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only entries by this actor: `os:LOGIN`, `user:NAME`, or a bare name matching either')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (`user.add`), or a family of them (`user`, `recover`)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries since a date (2026-11-01), a UTC timestamp (2026-11-01T08:00:00Z) or an age (30m, 12h, 7d, 2w)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N entries (on a terminal 50 are shown unless --limit or --all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching entry, also on a terminal')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;audit;verify' {
            [CompletionResult]::new('--expect-head', '--expect-head', [CompletionResultType]::ParameterName, 'A chain head printed by an earlier `audit verify` and kept elsewhere: the log must still contain it, else newest entries were removed (exit 9)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit log''s hash chain: exit 0 intact, 9 tampered (naming the first bad entry)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;audit;help;list' {
            break
        }
        'userctl;audit;help;verify' {
            break
        }
        'userctl;audit;help;help' {
            break
        }
        'userctl;recover' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Reset this account: new password (changed at next login), reactivate, clear 2FA, revoke sessions; it gets the admin role if its role cannot manage users')
            [CompletionResult]::new('--promote', '--promote', [CompletionResultType]::ParameterName, 'Make this existing account an active admin (role admin, status active)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create a new active admin with this username (needs --email)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email of the admin created with --create')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (keep it mode 0600)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'With --user: instead of a new password, issue a one-time password-reset link (valid for an hour, printed once); the account keeps its password')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Generate a strong random password and print it once')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show every setting, its value and its default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting (validated, audited)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;config;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;config;get' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;config;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show every setting, its value and its default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting (validated, audited)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;config;help;list' {
            break
        }
        'userctl;config;help;get' {
            break
        }
        'userctl;config;help;set' {
            break
        }
        'userctl;config;help;help' {
            break
        }
        'userctl;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check integrity, foreign keys, schema version, the active-admin invariant, the audit chain and file permissions: exit 0 healthy, 9 not')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database through SQLite''s online backup API (safe while the application writes)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database into an empty one on either engine: a new SQLite file or an empty PostgreSQL database (ids, sequences and the audit chain as they are)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (back up first)')
            [CompletionResult]::new('guard', 'guard', [CompletionResultType]::ParameterValue, 'The last-manager guard inside a PostgreSQL database: refuse, at commit, any transaction (the application''s too) that leaves no active manager')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;db;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;db;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;db;copy' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The target: a SQLite file that does not exist yet (created mode 0600), or an empty PostgreSQL database as a URL or a key=value string. A password in it is refused: put it in ~/.pgpass or PGPASSFILE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;db;migrate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;db;guard' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install (or repair) the guard''s triggers; nothing changes when it is installed. PostgreSQL only (SQLite has no trigger deferred to commit: exit 2); run as the role that owns userctl''s tables')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the guard''s triggers and functions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;db;guard;install' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;db;guard;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;db;guard;help' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install (or repair) the guard''s triggers; nothing changes when it is installed. PostgreSQL only (SQLite has no trigger deferred to commit: exit 2); run as the role that owns userctl''s tables')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the guard''s triggers and functions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;db;guard;help;install' {
            break
        }
        'userctl;db;guard;help;remove' {
            break
        }
        'userctl;db;guard;help;help' {
            break
        }
        'userctl;db;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check integrity, foreign keys, schema version, the active-admin invariant, the audit chain and file permissions: exit 0 healthy, 9 not')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database through SQLite''s online backup API (safe while the application writes)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database into an empty one on either engine: a new SQLite file or an empty PostgreSQL database (ids, sequences and the audit chain as they are)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (back up first)')
            [CompletionResult]::new('guard', 'guard', [CompletionResultType]::ParameterValue, 'The last-manager guard inside a PostgreSQL database: refuse, at commit, any transaction (the application''s too) that leaves no active manager')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;db;help;check' {
            break
        }
        'userctl;db;help;backup' {
            break
        }
        'userctl;db;help;copy' {
            break
        }
        'userctl;db;help;migrate' {
            break
        }
        'userctl;db;help;guard' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install (or repair) the guard''s triggers; nothing changes when it is installed. PostgreSQL only (SQLite has no trigger deferred to commit: exit 2); run as the role that owns userctl''s tables')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the guard''s triggers and functions')
            break
        }
        'userctl;db;help;guard;install' {
            break
        }
        'userctl;db;help;guard;remove' {
            break
        }
        'userctl;db;help;help' {
            break
        }
        'userctl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output of commands that print records')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for a database locked by another writer')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or informational lines; errors still go to stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would change, but write nothing')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables show every cell in full instead of fitting the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'userctl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (mode 0600) or migrate it, and create the first admin')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Create a database of realistic sample data, then print its statistics')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, show, edit and manage user accounts')
            [CompletionResult]::new('import-csv', 'import-csv', [CompletionResultType]::ParameterValue, 'Import users from a CSV file, all or nothing')
            [CompletionResult]::new('export-csv', 'export-csv', [CompletionResultType]::ParameterValue, 'Export users as CSV (the columns import-csv reads)')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'List and revoke login sessions')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'List, create and revoke API keys')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'List, create, change and delete roles')
            [CompletionResult]::new('permission', 'permission', [CompletionResultType]::ParameterValue, 'The permission names the application knows')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Groups of accounts that share permissions and resource grants')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Resources (TYPE:ID) granted to accounts and groups; check access')
            [CompletionResult]::new('attr', 'attr', [CompletionResultType]::ParameterValue, 'Attributes kept per account (timezone, budgets …)')
            [CompletionResult]::new('owned', 'owned', [CompletionResultType]::ParameterValue, 'The application''s per-account tables: what an account owns, and what happens to it when the account leaves')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Counts of users by status and role, sessions, 2FA, recent sign-ups')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read and verify the audit log')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Break-glass recovery when every admin is locked out (needs only file access)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change the settings kept in the database')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Check, back up and migrate the database file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'userctl;help;init' {
            break
        }
        'userctl;help;demo' {
            break
        }
        'userctl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every field of one account, its permissions, sessions, keys and recent audit events')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an account''s username, email, name or must-change-password flag')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Change an account''s role (guarded: the last admin cannot be demoted)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate an account: it cannot log in, its sessions are revoked (guarded)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate an account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account permanently, with its sessions, keys and invitations (guarded; asks first, and answering no exits 1)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a new password; revokes the account''s sessions unless --keep-sessions')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'End accounts'' locks after failed logins and reset their counts of failures')
            [CompletionResult]::new('reset-2fa', 'reset-2fa', [CompletionResultType]::ParameterValue, 'Clear an account''s second factor; they enrol again at next login')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'Make new recovery codes for accounts'' second factor: ten each, printed once (only their hashes are stored); a new set replaces the old one')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password like a login: exit 0 if right and the account may log in, else 6 (also when there is no such account, or it is locked); a wrong one counts as a failed login')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Issue a new invitation token to an invited account; earlier ones stop working')
            [CompletionResult]::new('reset-link', 'reset-link', [CompletionResultType]::ParameterValue, 'Issue one-time password-reset links: a token per account, printed once (only its hash is stored); earlier unused links of the account stop working')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give accounts permissions beyond their role (known names only): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Take permissions from accounts whatever their role or groups give (guarded): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move the data one account owns in the application''s registered tables to another (all or nothing; see `owned list`)')
            [CompletionResult]::new('export-data', 'export-data', [CompletionResultType]::ParameterValue, 'Write everything kept about accounts to a file, one JSON document per account and line (mode 0600): the right of access')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase an account''s personal data (the right to erasure): the row is scrubbed to erased-ID, its registered data moved or deleted, and its names redacted from the audit log, which still verifies (guarded; asks first)')
            [CompletionResult]::new('reset-permissions', 'reset-permissions', [CompletionResultType]::ParameterValue, 'Remove an account''s grants and denials: back to its role''s defaults (guarded)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set attribute values of an account (see `attr list`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove attribute values of an account (it falls back to the default)')
            break
        }
        'userctl;help;user;add' {
            break
        }
        'userctl;help;user;list' {
            break
        }
        'userctl;help;user;show' {
            break
        }
        'userctl;help;user;edit' {
            break
        }
        'userctl;help;user;role' {
            break
        }
        'userctl;help;user;deactivate' {
            break
        }
        'userctl;help;user;activate' {
            break
        }
        'userctl;help;user;delete' {
            break
        }
        'userctl;help;user;passwd' {
            break
        }
        'userctl;help;user;unlock' {
            break
        }
        'userctl;help;user;reset-2fa' {
            break
        }
        'userctl;help;user;recovery-codes' {
            break
        }
        'userctl;help;user;verify' {
            break
        }
        'userctl;help;user;invite' {
            break
        }
        'userctl;help;user;reset-link' {
            break
        }
        'userctl;help;user;grant' {
            break
        }
        'userctl;help;user;deny' {
            break
        }
        'userctl;help;user;transfer' {
            break
        }
        'userctl;help;user;export-data' {
            break
        }
        'userctl;help;user;erase' {
            break
        }
        'userctl;help;user;reset-permissions' {
            break
        }
        'userctl;help;user;set' {
            break
        }
        'userctl;help;user;unset' {
            break
        }
        'userctl;help;import-csv' {
            break
        }
        'userctl;help;export-csv' {
            break
        }
        'userctl;help;session' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List login sessions (unexpired ones unless --all)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke sessions by id, all of one user''s (--user), or all (--all)')
            [CompletionResult]::new('impersonate', 'impersonate', [CompletionResultType]::ParameterValue, 'Open a short session as another account, for support: its token is printed once; the session is marked with who opened it and why, and audited at start and at revoke (needs the setting impersonation.enabled and the permission users.impersonate)')
            break
        }
        'userctl;help;session;list' {
            break
        }
        'userctl;help;session;revoke' {
            break
        }
        'userctl;help;session;impersonate' {
            break
        }
        'userctl;help;key' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API keys (of one user with --user)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key for a user and print it once')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key (asks for confirmation)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an API key: it stops working until resumed (not revoked)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a suspended API key')
            break
        }
        'userctl;help;key;list' {
            break
        }
        'userctl;help;key;create' {
            break
        }
        'userctl;help;key;revoke' {
            break
        }
        'userctl;help;key;suspend' {
            break
        }
        'userctl;help;key;resume' {
            break
        }
        'userctl;help;role' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their permissions and how many accounts hold them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one role')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Add permissions to a role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove permissions from a role (guarded: the last admin keeps users.manage)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role no account holds (asks for confirmation)')
            break
        }
        'userctl;help;role;list' {
            break
        }
        'userctl;help;role;show' {
            break
        }
        'userctl;help;role;create' {
            break
        }
        'userctl;help;role;grant' {
            break
        }
        'userctl;help;role;revoke' {
            break
        }
        'userctl;help;role;delete' {
            break
        }
        'userctl;help;permission' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the known permission names and how many roles, groups and accounts use each')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a permission name the application checks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a custom permission name nothing uses')
            break
        }
        'userctl;help;permission;list' {
            break
        }
        'userctl;help;permission;add' {
            break
        }
        'userctl;help;permission;remove' {
            break
        }
        'userctl;help;group' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups with their permissions, member and grant counts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group: permissions, members, resource grants')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group with its memberships and grants (asks; guarded)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add accounts to a group: several USERs, --from FILE, or --all-matching with filters')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove accounts from a group (guarded): several USERs, --from FILE, or --all-matching with filters')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a group permissions (known names only)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take permissions from a group (guarded)')
            break
        }
        'userctl;help;group;create' {
            break
        }
        'userctl;help;group;list' {
            break
        }
        'userctl;help;group;show' {
            break
        }
        'userctl;help;group;delete' {
            break
        }
        'userctl;help;group;add' {
            break
        }
        'userctl;help;group;remove' {
            break
        }
        'userctl;help;group;grant' {
            break
        }
        'userctl;help;group;revoke' {
            break
        }
        'userctl;help;access' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a resource to an account or @group at a level')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove a resource grant from an account or @group')
            [CompletionResult]::new('mode', 'mode', [CompletionResultType]::ParameterValue, 'How an account reaches a type: full (everything), allow (only granted), deny (all but listed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants and modes, of everyone or of one account or @group')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Whether an account may open a resource: exit 0 allowed, 6 not')
            [CompletionResult]::new('rls', 'rls', [CompletionResultType]::ParameterValue, 'Row-level security from grants on an application table (PostgreSQL)')
            break
        }
        'userctl;help;access;grant' {
            break
        }
        'userctl;help;access;revoke' {
            break
        }
        'userctl;help;access;mode' {
            break
        }
        'userctl;help;access;list' {
            break
        }
        'userctl;help;access;check' {
            break
        }
        'userctl;help;access;rls' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Policies on TABLE: a session that has set `userctl.account` sees the rows `access check` allows (read for SELECT, write for changes) and the rows it owns. PostgreSQL only (SQLite: exit 2); the table''s owner and superusers are not subject to policies, so the application connects as another role')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Drop userctl''s policies on TABLE (row-level security goes off unless the application has policies of its own there)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tables userctl''s policies protect')
            break
        }
        'userctl;help;access;rls;enable' {
            break
        }
        'userctl;help;access;rls;disable' {
            break
        }
        'userctl;help;access;rls;list' {
            break
        }
        'userctl;help;attr' {
            [CompletionResult]::new('define', 'define', [CompletionResultType]::ParameterValue, 'Define an attribute: its type and default')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the attributes with their types, defaults and how many accounts set them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an attribute and every account''s value of it (asks)')
            break
        }
        'userctl;help;attr;define' {
            break
        }
        'userctl;help;attr;list' {
            break
        }
        'userctl;help;attr;remove' {
            break
        }
        'userctl;help;owned' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a column of the application''s that references users(id): its rows belong to an account, and are counted, moved, exported and erased with it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered columns, their departure rules, and any that no longer hold')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop tracking a label (the application''s rows are left as they are)')
            break
        }
        'userctl;help;owned;add' {
            break
        }
        'userctl;help;owned;list' {
            break
        }
        'userctl;help;owned;remove' {
            break
        }
        'userctl;help;stats' {
            break
        }
        'userctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit log''s hash chain: exit 0 intact, 9 tampered (naming the first bad entry)')
            break
        }
        'userctl;help;audit;list' {
            break
        }
        'userctl;help;audit;verify' {
            break
        }
        'userctl;help;recover' {
            break
        }
        'userctl;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show every setting, its value and its default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting (validated, audited)')
            break
        }
        'userctl;help;config;list' {
            break
        }
        'userctl;help;config;get' {
            break
        }
        'userctl;help;config;set' {
            break
        }
        'userctl;help;db' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check integrity, foreign keys, schema version, the active-admin invariant, the audit chain and file permissions: exit 0 healthy, 9 not')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database through SQLite''s online backup API (safe while the application writes)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database into an empty one on either engine: a new SQLite file or an empty PostgreSQL database (ids, sequences and the audit chain as they are)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (back up first)')
            [CompletionResult]::new('guard', 'guard', [CompletionResultType]::ParameterValue, 'The last-manager guard inside a PostgreSQL database: refuse, at commit, any transaction (the application''s too) that leaves no active manager')
            break
        }
        'userctl;help;db;check' {
            break
        }
        'userctl;help;db;backup' {
            break
        }
        'userctl;help;db;copy' {
            break
        }
        'userctl;help;db;migrate' {
            break
        }
        'userctl;help;db;guard' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install (or repair) the guard''s triggers; nothing changes when it is installed. PostgreSQL only (SQLite has no trigger deferred to commit: exit 2); run as the role that owns userctl''s tables')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the guard''s triggers and functions')
            break
        }
        'userctl;help;db;guard;install' {
            break
        }
        'userctl;help;db;guard;remove' {
            break
        }
        'userctl;help;completions' {
            break
        }
        'userctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
