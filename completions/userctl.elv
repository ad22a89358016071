
use builtin;
use str;

set edit:completion:arg-completer[userctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'userctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'userctl'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database (mode 0600) or migrate it, and create the first admin'
            cand demo 'Create a database of realistic sample data, then print its statistics'
            cand user 'Add, list, show, edit and manage user accounts'
            cand import-csv 'Import users from a CSV file, all or nothing'
            cand export-csv 'Export users as CSV (the columns import-csv reads)'
            cand session 'List and revoke login sessions'
            cand key 'List, create and revoke API keys'
            cand role 'List, create, change and delete roles'
            cand permission 'The permission names the application knows'
            cand group 'Groups of accounts that share permissions and resource grants'
            cand access 'Resources (TYPE:ID) granted to accounts and groups; check access'
            cand attr 'Attributes kept per account (timezone, budgets …)'
            cand owned 'The application''s per-account tables: what an account owns, and what happens to it when the account leaves'
            cand stats 'Counts of users by status and role, sessions, 2FA, recent sign-ups'
            cand audit 'Read and verify the audit log'
            cand recover 'Break-glass recovery when every admin is locked out (needs only file access)'
            cand config 'Read and change the settings kept in the database'
            cand db 'Check, back up and migrate the database file'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;init'= {
            cand --admin 'Username of the first admin'
            cand --email 'Email of the first admin'
            cand --name 'Display name of the first admin'
            cand --password-file 'Read the password from the first line of FILE (keep it mode 0600)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --generate-password 'Generate a strong random password and print it once'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;demo'= {
            cand --users 'How many sample users'
            cand --seed 'Seed of the sample data (the same seed makes the same people)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create an account'
            cand list 'List accounts (newest first)'
            cand show 'Show every field of one account, its permissions, sessions, keys and recent audit events'
            cand edit 'Change an account''s username, email, name or must-change-password flag'
            cand role 'Change an account''s role (guarded: the last admin cannot be demoted)'
            cand deactivate 'Deactivate an account: it cannot log in, its sessions are revoked (guarded)'
            cand activate 'Reactivate an account'
            cand delete 'Delete an account permanently, with its sessions, keys and invitations (guarded; asks first, and answering no exits 1)'
            cand passwd 'Set a new password; revokes the account''s sessions unless --keep-sessions'
            cand unlock 'End accounts'' locks after failed logins and reset their counts of failures'
            cand reset-2fa 'Clear an account''s second factor; they enrol again at next login'
            cand recovery-codes 'Make new recovery codes for accounts'' second factor: ten each, printed once (only their hashes are stored); a new set replaces the old one'
            cand verify 'Check a password like a login: exit 0 if right and the account may log in, else 6 (also when there is no such account, or it is locked); a wrong one counts as a failed login'
            cand invite 'Issue a new invitation token to an invited account; earlier ones stop working'
            cand reset-link 'Issue one-time password-reset links: a token per account, printed once (only its hash is stored); earlier unused links of the account stop working'
            cand grant 'Give accounts permissions beyond their role (known names only): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching'
            cand deny 'Take permissions from accounts whatever their role or groups give (guarded): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching'
            cand transfer 'Move the data one account owns in the application''s registered tables to another (all or nothing; see `owned list`)'
            cand export-data 'Write everything kept about accounts to a file, one JSON document per account and line (mode 0600): the right of access'
            cand erase 'Erase an account''s personal data (the right to erasure): the row is scrubbed to erased-ID, its registered data moved or deleted, and its names redacted from the audit log, which still verifies (guarded; asks first)'
            cand reset-permissions 'Remove an account''s grants and denials: back to its role''s defaults (guarded)'
            cand set 'Set attribute values of an account (see `attr list`)'
            cand unset 'Remove attribute values of an account (it falls back to the default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;user;add'= {
            cand --email 'Email address (unique, case-insensitive)'
            cand --name 'Display name'
            cand --role 'Role of the new account'
            cand --password-file 'Read the password from the first line of FILE (keep it mode 0600)'
            cand --expires 'The account may not log in after this: a date (2027-03-31), a UTC time, a duration from now (90d) or never'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --generate-password 'Generate a strong random password and print it once'
            cand --must-change-password 'Make them choose a new password at first login'
            cand --invite 'Create the account as invited, without a password, and print a one-time invitation token'
            cand --inactive 'Create the account inactive'
            cand --if-missing 'Succeed without changing anything when this user already exists (for scripts)'
            cand --service 'A service account: no password and no interactive login, API keys only; never counted as an admin'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;list'= {
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --sort 'Order of the rows'
            cand --limit 'At most N rows (on a terminal 50 are shown unless --limit or --all)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand --all 'Every matching row, also on a terminal'
            cand --counts 'Add columns with each account''s number of groups and resource grants'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;show'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;edit'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --username 'New username (one USER only)'
            cand --email 'New email ("" removes it; one USER only)'
            cand --name 'New display name'
            cand --must-change-password 'Whether they must choose a new password at next login'
            cand --managed-by 'Adopt the accounts for this import source (`import-csv --mode sync --source SOURCE` then manages them), or release them to be managed by hand ("none")'
            cand --expires 'The account may not log in after this: a date (2027-03-31), a UTC time, a duration from now (90d) or never (guarded when it is in the past)'
            cand --service 'Make it a service account (true: password removed, API keys only; guarded) or a person again (false)'
            cand --currently-managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;role'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --until 'End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to run then, from that instant on it is no longer read as access'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;deactivate'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --reason 'Why (kept with the account and in the audit log)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;activate'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;delete'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --transfer-to 'Hand the accounts'' registered `transfer` data to this account first, in the same transaction (without it, such data refuses the deletion)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;passwd'= {
            cand --password-file 'Read the password from the first line of FILE (keep it mode 0600)'
            cand --hash-file 'Set a password hash from another system read from the first line of FILE'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --generate-password 'Generate a strong random password and print it once'
            cand --keep-sessions 'Keep the account''s sessions (by default they are revoked)'
            cand --must-change-password 'Make them choose a new password at next login'
            cand --hash-stdin 'Set a password hash from another system (argon2, bcrypt, Django, Werkzeug, passlib, crypt(3), …) read from the first line of standard input'
            cand --allow-weak-hashes 'With --hash-stdin or --hash-file: accept a hash of a broken scheme (md5, sha1, {SHA}, …); the account must then change its password at next login'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;unlock'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;reset-2fa'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;recovery-codes'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand --generate 'Make a new set of ten codes per account and print them once (required: the codes in use are never shown again)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;verify'= {
            cand --password-file 'Read the password from the first line of FILE'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;invite'= {
            cand --expires 'When the invitation stops working: a span (7d, 48h) or a date (default: the setting invitation.lifetime_hours)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;reset-link'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --expires 'When the link stops working: a span (1h, 30m) or a date'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;grant'= {
            cand -p 'A permission (repeat for several); the arguments are then all accounts'
            cand --permission 'A permission (repeat for several); the arguments are then all accounts'
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --until 'End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to run then, from that instant on it is no longer read as access'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;deny'= {
            cand -p 'A permission (repeat for several); the arguments are then all accounts'
            cand --permission 'A permission (repeat for several); the arguments are then all accounts'
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;transfer'= {
            cand --only 'Only these labels (several allowed; default: every registered label)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;export-data'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand -o 'The file to write (created with mode 0600, never through a symlink; it appears complete or not at all)'
            cand --output 'The file to write (created with mode 0600, never through a symlink; it appears complete or not at all)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand --force 'Replace an existing --output file (by writing beside it and renaming)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;erase'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --transfer-to 'Hand the accounts'' registered `transfer` data to this account (without it, such data refuses the erasure)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;reset-permissions'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;set'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;unset'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;user;help'= {
            cand add 'Create an account'
            cand list 'List accounts (newest first)'
            cand show 'Show every field of one account, its permissions, sessions, keys and recent audit events'
            cand edit 'Change an account''s username, email, name or must-change-password flag'
            cand role 'Change an account''s role (guarded: the last admin cannot be demoted)'
            cand deactivate 'Deactivate an account: it cannot log in, its sessions are revoked (guarded)'
            cand activate 'Reactivate an account'
            cand delete 'Delete an account permanently, with its sessions, keys and invitations (guarded; asks first, and answering no exits 1)'
            cand passwd 'Set a new password; revokes the account''s sessions unless --keep-sessions'
            cand unlock 'End accounts'' locks after failed logins and reset their counts of failures'
            cand reset-2fa 'Clear an account''s second factor; they enrol again at next login'
            cand recovery-codes 'Make new recovery codes for accounts'' second factor: ten each, printed once (only their hashes are stored); a new set replaces the old one'
            cand verify 'Check a password like a login: exit 0 if right and the account may log in, else 6 (also when there is no such account, or it is locked); a wrong one counts as a failed login'
            cand invite 'Issue a new invitation token to an invited account; earlier ones stop working'
            cand reset-link 'Issue one-time password-reset links: a token per account, printed once (only its hash is stored); earlier unused links of the account stop working'
            cand grant 'Give accounts permissions beyond their role (known names only): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching'
            cand deny 'Take permissions from accounts whatever their role or groups give (guarded): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching'
            cand transfer 'Move the data one account owns in the application''s registered tables to another (all or nothing; see `owned list`)'
            cand export-data 'Write everything kept about accounts to a file, one JSON document per account and line (mode 0600): the right of access'
            cand erase 'Erase an account''s personal data (the right to erasure): the row is scrubbed to erased-ID, its registered data moved or deleted, and its names redacted from the audit log, which still verifies (guarded; asks first)'
            cand reset-permissions 'Remove an account''s grants and denials: back to its role''s defaults (guarded)'
            cand set 'Set attribute values of an account (see `attr list`)'
            cand unset 'Remove attribute values of an account (it falls back to the default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;user;help;add'= {
        }
        &'userctl;user;help;list'= {
        }
        &'userctl;user;help;show'= {
        }
        &'userctl;user;help;edit'= {
        }
        &'userctl;user;help;role'= {
        }
        &'userctl;user;help;deactivate'= {
        }
        &'userctl;user;help;activate'= {
        }
        &'userctl;user;help;delete'= {
        }
        &'userctl;user;help;passwd'= {
        }
        &'userctl;user;help;unlock'= {
        }
        &'userctl;user;help;reset-2fa'= {
        }
        &'userctl;user;help;recovery-codes'= {
        }
        &'userctl;user;help;verify'= {
        }
        &'userctl;user;help;invite'= {
        }
        &'userctl;user;help;reset-link'= {
        }
        &'userctl;user;help;grant'= {
        }
        &'userctl;user;help;deny'= {
        }
        &'userctl;user;help;transfer'= {
        }
        &'userctl;user;help;export-data'= {
        }
        &'userctl;user;help;erase'= {
        }
        &'userctl;user;help;reset-permissions'= {
        }
        &'userctl;user;help;set'= {
        }
        &'userctl;user;help;unset'= {
        }
        &'userctl;user;help;help'= {
        }
        &'userctl;import-csv'= {
            cand --mode 'create: only create (an existing user is an invalid row); upsert: create and update; sync: upsert, then deactivate the active accounts managed by this --source that are absent from the file'
            cand --source 'The name of this feed: accounts it creates are managed by it, and --mode sync only ever deactivates accounts of the same source'
            cand --max-deactivate 'Sync: refuse (exit 7, nothing written) to deactivate more than N accounts, or P% of the source''s active accounts (default: setting import.max_deactivate, 10%)'
            cand --max-changes 'Refuse (exit 7, nothing written) to create + update + deactivate more than N accounts, or P% of the source''s active accounts'
            cand --map 'Read the file''s column HEADER as a userctl column, e.g. --map ''Email Address [Required]=email'' (repeatable; HEADER is case-insensitive)'
            cand --map-file 'Read --map lines (HEADER=column) from FILE; blank lines and # comments skipped'
            cand --ignore-column 'Ignore the file''s column HEADER (repeatable)'
            cand --username-from 'Derive the username from the email''s local part (lower-cased)'
            cand --status-map 'Read the status cell VALUE as active, inactive or invited (repeatable, case-insensitive), e.g. --status-map ''PROVISIONED=invited'''
            cand --role-map 'Read the role cell VALUE as ROLE (repeatable, case-insensitive)'
            cand --skip-lines 'Skip N lines before the header (a preamble such as "version:v1.0")'
            cand --encoding 'The file''s encoding, a WHATWG label: windows-1252, iso-8859-15, utf-16le … (default UTF-8; a UTF-8 or UTF-16 byte order mark is detected)'
            cand --default-role 'The role of new users whose row has no role'
            cand --delimiter 'The field separator (one ASCII character; \t for tab)'
            cand --rejects 'Write the rejected rows, with a reason column, to this CSV file (mode 0600, never through a symlink)'
            cand --passwords-out 'Give new users without a password a generated one (they must change it at first login) and write username,password to this file (mode 0600). Without it such users are created as invited'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --adopt 'Also make the existing accounts the file names that no source manages managed by --source (so a later sync may deactivate them). Never the accounts made by init or recover, nor service accounts. Without it the import only updates their fields'
            cand --reset-passwords 'Replace the passwords of existing accounts with the file''s (each audited as a reset; their sessions end). Without it, file passwords are initial passwords only'
            cand --skip-invalid 'Import the valid rows even if some are invalid (exit 7 still reports them)'
            cand --force 'Replace an existing --rejects file (by writing beside it and renaming)'
            cand --allow-weak-hashes 'Accept password_hash values of broken schemes (md5, sha1, {SHA}, …); their accounts must change their password at next login'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;export-csv'= {
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand -o 'Write to this file (created with mode 0600, never through a symlink; it appears complete or not at all) instead of standard output'
            cand --output 'Write to this file (created with mode 0600, never through a symlink; it appears complete or not at all) instead of standard output'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand --force 'Replace an existing --output file (by writing beside it and renaming)'
            cand --with-password-hashes 'Also export the password_hash column (the stored hashes, in whatever format each was imported: treat the file as a secret). Off by default'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;session'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List login sessions (unexpired ones unless --all)'
            cand revoke 'Revoke sessions by id, all of one user''s (--user), or all (--all)'
            cand impersonate 'Open a short session as another account, for support: its token is printed once; the session is marked with who opened it and why, and audited at start and at revoke (needs the setting impersonation.enabled and the permission users.impersonate)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;session;list'= {
            cand --user 'Only this user''s sessions (username or email)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all 'Include expired sessions'
            cand --impersonated 'Only sessions opened by `session impersonate`'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;session;revoke'= {
            cand --user 'Revoke every session of these users (usernames or emails; asks for confirmation)'
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all 'Revoke every session of every user: everybody logs in again (asks for confirmation)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;session;impersonate'= {
            cand --reason 'Why (kept with the session and in the audit log)'
            cand --ttl 'How long the session lasts: a span (15m, 1h) or an end date or timestamp; at most impersonation.max_minutes'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;session;help'= {
            cand list 'List login sessions (unexpired ones unless --all)'
            cand revoke 'Revoke sessions by id, all of one user''s (--user), or all (--all)'
            cand impersonate 'Open a short session as another account, for support: its token is printed once; the session is marked with who opened it and why, and audited at start and at revoke (needs the setting impersonation.enabled and the permission users.impersonate)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;session;help;list'= {
        }
        &'userctl;session;help;revoke'= {
        }
        &'userctl;session;help;impersonate'= {
        }
        &'userctl;session;help;help'= {
        }
        &'userctl;key'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List API keys (of one user with --user)'
            cand create 'Create an API key for a user and print it once'
            cand revoke 'Revoke an API key (asks for confirmation)'
            cand suspend 'Suspend an API key: it stops working until resumed (not revoked)'
            cand resume 'Resume a suspended API key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;key;list'= {
            cand --user 'Only this user''s keys (username or email)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;key;create'= {
            cand --label 'What the key is for, e.g. "backup script"'
            cand --expires 'When the key stops working: after DURATION (90d, 12w) or at DATE (2027-01-31)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;key;revoke'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;key;suspend'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;key;resume'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;key;help'= {
            cand list 'List API keys (of one user with --user)'
            cand create 'Create an API key for a user and print it once'
            cand revoke 'Revoke an API key (asks for confirmation)'
            cand suspend 'Suspend an API key: it stops working until resumed (not revoked)'
            cand resume 'Resume a suspended API key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;key;help;list'= {
        }
        &'userctl;key;help;create'= {
        }
        &'userctl;key;help;revoke'= {
        }
        &'userctl;key;help;suspend'= {
        }
        &'userctl;key;help;resume'= {
        }
        &'userctl;key;help;help'= {
        }
        &'userctl;role'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List roles with their permissions and how many accounts hold them'
            cand show 'Show one role'
            cand create 'Create a custom role'
            cand grant 'Add permissions to a role'
            cand revoke 'Remove permissions from a role (guarded: the last admin keeps users.manage)'
            cand delete 'Delete a custom role no account holds (asks for confirmation)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;role;list'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;role;show'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;role;create'= {
            cand --permission 'Permissions of the role, e.g. --permission users.view audit.view (or repeat the flag)'
            cand --description 'What the role is for'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;role;grant'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;role;revoke'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;role;delete'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;role;help'= {
            cand list 'List roles with their permissions and how many accounts hold them'
            cand show 'Show one role'
            cand create 'Create a custom role'
            cand grant 'Add permissions to a role'
            cand revoke 'Remove permissions from a role (guarded: the last admin keeps users.manage)'
            cand delete 'Delete a custom role no account holds (asks for confirmation)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;role;help;list'= {
        }
        &'userctl;role;help;show'= {
        }
        &'userctl;role;help;create'= {
        }
        &'userctl;role;help;grant'= {
        }
        &'userctl;role;help;revoke'= {
        }
        &'userctl;role;help;delete'= {
        }
        &'userctl;role;help;help'= {
        }
        &'userctl;permission'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the known permission names and how many roles, groups and accounts use each'
            cand add 'Add a permission name the application checks'
            cand remove 'Remove a custom permission name nothing uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;permission;list'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;permission;add'= {
            cand --description 'What the permission allows'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;permission;remove'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;permission;help'= {
            cand list 'List the known permission names and how many roles, groups and accounts use each'
            cand add 'Add a permission name the application checks'
            cand remove 'Remove a custom permission name nothing uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;permission;help;list'= {
        }
        &'userctl;permission;help;add'= {
        }
        &'userctl;permission;help;remove'= {
        }
        &'userctl;permission;help;help'= {
        }
        &'userctl;group'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a group'
            cand list 'List groups with their permissions, member and grant counts'
            cand show 'Show a group: permissions, members, resource grants'
            cand delete 'Delete a group with its memberships and grants (asks; guarded)'
            cand add 'Add accounts to a group: several USERs, --from FILE, or --all-matching with filters'
            cand remove 'Remove accounts from a group (guarded): several USERs, --from FILE, or --all-matching with filters'
            cand grant 'Give a group permissions (known names only)'
            cand revoke 'Take permissions from a group (guarded)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;group;create'= {
            cand --description 'What the group is for'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;group;list'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;group;show'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;group;delete'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;group;add'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --until 'End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to run then, from that instant on it is no longer read as access'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;group;remove'= {
            cand --from 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped'
            cand --search 'Only accounts whose username, name or email contains TEXT (case-insensitive)'
            cand --role 'Only accounts with this role'
            cand --status 'Only accounts with this status'
            cand --group 'Only members of this group'
            cand --managed-by 'Only accounts managed by this import source ("none": accounts managed by hand)'
            cand --inactive-since 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation'
            cand --created-before 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)'
            cand --2fa 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)'
            cand --max 'Refuse, changing nothing, when more than N accounts are selected (exit 7)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all-matching 'Act on every account the filters select (at least one filter; see --dry-run)'
            cand --never-logged-in 'Only accounts that never logged in, held a session or used an API key'
            cand --expired 'Only accounts past their expiry date'
            cand --locked 'Only accounts locked now after too many failed logins'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;group;grant'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;group;revoke'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;group;help'= {
            cand create 'Create a group'
            cand list 'List groups with their permissions, member and grant counts'
            cand show 'Show a group: permissions, members, resource grants'
            cand delete 'Delete a group with its memberships and grants (asks; guarded)'
            cand add 'Add accounts to a group: several USERs, --from FILE, or --all-matching with filters'
            cand remove 'Remove accounts from a group (guarded): several USERs, --from FILE, or --all-matching with filters'
            cand grant 'Give a group permissions (known names only)'
            cand revoke 'Take permissions from a group (guarded)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;group;help;create'= {
        }
        &'userctl;group;help;list'= {
        }
        &'userctl;group;help;show'= {
        }
        &'userctl;group;help;delete'= {
        }
        &'userctl;group;help;add'= {
        }
        &'userctl;group;help;remove'= {
        }
        &'userctl;group;help;grant'= {
        }
        &'userctl;group;help;revoke'= {
        }
        &'userctl;group;help;help'= {
        }
        &'userctl;access'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand grant 'Grant a resource to an account or @group at a level'
            cand revoke 'Remove a resource grant from an account or @group'
            cand mode 'How an account reaches a type: full (everything), allow (only granted), deny (all but listed)'
            cand list 'List grants and modes, of everyone or of one account or @group'
            cand check 'Whether an account may open a resource: exit 0 allowed, 6 not'
            cand rls 'Row-level security from grants on an application table (PostgreSQL)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;access;grant'= {
            cand --level 'Access level'
            cand --until 'End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to run then, from that instant on it is no longer read as access'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;access;revoke'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;access;mode'= {
            cand --level 'The level of what the mode reaches (full and deny)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;access;list'= {
            cand --type 'Only this resource type'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;access;check'= {
            cand --level 'The level asked for'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;access;rls'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand enable 'Policies on TABLE: a session that has set `userctl.account` sees the rows `access check` allows (read for SELECT, write for changes) and the rows it owns. PostgreSQL only (SQLite: exit 2); the table''s owner and superusers are not subject to policies, so the application connects as another role'
            cand disable 'Drop userctl''s policies on TABLE (row-level security goes off unless the application has policies of its own there)'
            cand list 'The tables userctl''s policies protect'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;access;rls;enable'= {
            cand --type 'The resource type its rows are (as in `access grant USER TYPE:ID`)'
            cand --id-column 'The column holding each row''s resource id'
            cand --owner-column 'A column referencing the account that owns the row: it sees and changes it whatever the grants'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;access;rls;disable'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;access;rls;list'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;access;rls;help'= {
            cand enable 'Policies on TABLE: a session that has set `userctl.account` sees the rows `access check` allows (read for SELECT, write for changes) and the rows it owns. PostgreSQL only (SQLite: exit 2); the table''s owner and superusers are not subject to policies, so the application connects as another role'
            cand disable 'Drop userctl''s policies on TABLE (row-level security goes off unless the application has policies of its own there)'
            cand list 'The tables userctl''s policies protect'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;access;rls;help;enable'= {
        }
        &'userctl;access;rls;help;disable'= {
        }
        &'userctl;access;rls;help;list'= {
        }
        &'userctl;access;rls;help;help'= {
        }
        &'userctl;access;help'= {
            cand grant 'Grant a resource to an account or @group at a level'
            cand revoke 'Remove a resource grant from an account or @group'
            cand mode 'How an account reaches a type: full (everything), allow (only granted), deny (all but listed)'
            cand list 'List grants and modes, of everyone or of one account or @group'
            cand check 'Whether an account may open a resource: exit 0 allowed, 6 not'
            cand rls 'Row-level security from grants on an application table (PostgreSQL)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;access;help;grant'= {
        }
        &'userctl;access;help;revoke'= {
        }
        &'userctl;access;help;mode'= {
        }
        &'userctl;access;help;list'= {
        }
        &'userctl;access;help;check'= {
        }
        &'userctl;access;help;rls'= {
            cand enable 'Policies on TABLE: a session that has set `userctl.account` sees the rows `access check` allows (read for SELECT, write for changes) and the rows it owns. PostgreSQL only (SQLite: exit 2); the table''s owner and superusers are not subject to policies, so the application connects as another role'
            cand disable 'Drop userctl''s policies on TABLE (row-level security goes off unless the application has policies of its own there)'
            cand list 'The tables userctl''s policies protect'
        }
        &'userctl;access;help;rls;enable'= {
        }
        &'userctl;access;help;rls;disable'= {
        }
        &'userctl;access;help;rls;list'= {
        }
        &'userctl;access;help;help'= {
        }
        &'userctl;attr'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand define 'Define an attribute: its type and default'
            cand list 'List the attributes with their types, defaults and how many accounts set them'
            cand remove 'Remove an attribute and every account''s value of it (asks)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;attr;define'= {
            cand --type 'text, int, bool, timezone (IANA name), time (HH:MM) or enum:A,B,…'
            cand --default 'The value of accounts that have none of their own'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;attr;list'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;attr;remove'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;attr;help'= {
            cand define 'Define an attribute: its type and default'
            cand list 'List the attributes with their types, defaults and how many accounts set them'
            cand remove 'Remove an attribute and every account''s value of it (asks)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;attr;help;define'= {
        }
        &'userctl;attr;help;list'= {
        }
        &'userctl;attr;help;remove'= {
        }
        &'userctl;attr;help;help'= {
        }
        &'userctl;owned'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Register a column of the application''s that references users(id): its rows belong to an account, and are counted, moved, exported and erased with it'
            cand list 'List the registered columns, their departure rules, and any that no longer hold'
            cand remove 'Stop tracking a label (the application''s rows are left as they are)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;owned;add'= {
            cand --label 'The name counts and messages use ("personas: 12"): a-z, 0-9, ''.'', ''_'', ''-'''
            cand --on-departure 'What happens to an account''s rows when it is deleted or erased'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;owned;list'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;owned;remove'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;owned;help'= {
            cand add 'Register a column of the application''s that references users(id): its rows belong to an account, and are counted, moved, exported and erased with it'
            cand list 'List the registered columns, their departure rules, and any that no longer hold'
            cand remove 'Stop tracking a label (the application''s rows are left as they are)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;owned;help;add'= {
        }
        &'userctl;owned;help;list'= {
        }
        &'userctl;owned;help;remove'= {
        }
        &'userctl;owned;help;help'= {
        }
        &'userctl;stats'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;audit'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List audit entries, newest first'
            cand verify 'Check the audit log''s hash chain: exit 0 intact, 9 tampered (naming the first bad entry)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;audit;list'= {
            cand --user 'Only entries about this account (username)'
            cand --actor 'Only entries by this actor: `os:LOGIN`, `user:NAME`, or a bare name matching either'
            cand --action 'Only this action (`user.add`), or a family of them (`user`, `recover`)'
            cand --since 'Only entries since a date (2026-11-01), a UTC timestamp (2026-11-01T08:00:00Z) or an age (30m, 12h, 7d, 2w)'
            cand --limit 'At most N entries (on a terminal 50 are shown unless --limit or --all)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --all 'Every matching entry, also on a terminal'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;audit;verify'= {
            cand --expect-head 'A chain head printed by an earlier `audit verify` and kept elsewhere: the log must still contain it, else newest entries were removed (exit 9)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;audit;help'= {
            cand list 'List audit entries, newest first'
            cand verify 'Check the audit log''s hash chain: exit 0 intact, 9 tampered (naming the first bad entry)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;audit;help;list'= {
        }
        &'userctl;audit;help;verify'= {
        }
        &'userctl;audit;help;help'= {
        }
        &'userctl;recover'= {
            cand --user 'Reset this account: new password (changed at next login), reactivate, clear 2FA, revoke sessions; it gets the admin role if its role cannot manage users'
            cand --promote 'Make this existing account an active admin (role admin, status active)'
            cand --create 'Create a new active admin with this username (needs --email)'
            cand --email 'Email of the admin created with --create'
            cand --password-file 'Read the password from the first line of FILE (keep it mode 0600)'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --link 'With --user: instead of a new password, issue a one-time password-reset link (valid for an hour, printed once); the account keeps its password'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --generate-password 'Generate a strong random password and print it once'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;config'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Show every setting, its value and its default'
            cand get 'Show one setting'
            cand set 'Change one setting (validated, audited)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;config;list'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;config;get'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;config;set'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;config;help'= {
            cand list 'Show every setting, its value and its default'
            cand get 'Show one setting'
            cand set 'Change one setting (validated, audited)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;config;help;list'= {
        }
        &'userctl;config;help;get'= {
        }
        &'userctl;config;help;set'= {
        }
        &'userctl;config;help;help'= {
        }
        &'userctl;db'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Check integrity, foreign keys, schema version, the active-admin invariant, the audit chain and file permissions: exit 0 healthy, 9 not'
            cand backup 'Copy the database through SQLite''s online backup API (safe while the application writes)'
            cand copy 'Copy the whole database into an empty one on either engine: a new SQLite file or an empty PostgreSQL database (ids, sequences and the audit chain as they are)'
            cand migrate 'Apply pending schema migrations (back up first)'
            cand guard 'The last-manager guard inside a PostgreSQL database: refuse, at commit, any transaction (the application''s too) that leaves no active manager'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;db;check'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;db;backup'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand --force 'Replace FILE if it exists'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;db;copy'= {
            cand --to 'The target: a SQLite file that does not exist yet (created mode 0600), or an empty PostgreSQL database as a URL or a key=value string. A password in it is refused: put it in ~/.pgpass or PGPASSFILE'
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;db;migrate'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;db;guard'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand install 'Install (or repair) the guard''s triggers; nothing changes when it is installed. PostgreSQL only (SQLite has no trigger deferred to commit: exit 2); run as the role that owns userctl''s tables'
            cand remove 'Remove the guard''s triggers and functions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;db;guard;install'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;db;guard;remove'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;db;guard;help'= {
            cand install 'Install (or repair) the guard''s triggers; nothing changes when it is installed. PostgreSQL only (SQLite has no trigger deferred to commit: exit 2); run as the role that owns userctl''s tables'
            cand remove 'Remove the guard''s triggers and functions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;db;guard;help;install'= {
        }
        &'userctl;db;guard;help;remove'= {
        }
        &'userctl;db;guard;help;help'= {
        }
        &'userctl;db;help'= {
            cand check 'Check integrity, foreign keys, schema version, the active-admin invariant, the audit chain and file permissions: exit 0 healthy, 9 not'
            cand backup 'Copy the database through SQLite''s online backup API (safe while the application writes)'
            cand copy 'Copy the whole database into an empty one on either engine: a new SQLite file or an empty PostgreSQL database (ids, sequences and the audit chain as they are)'
            cand migrate 'Apply pending schema migrations (back up first)'
            cand guard 'The last-manager guard inside a PostgreSQL database: refuse, at commit, any transaction (the application''s too) that leaves no active manager'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;db;help;check'= {
        }
        &'userctl;db;help;backup'= {
        }
        &'userctl;db;help;copy'= {
        }
        &'userctl;db;help;migrate'= {
        }
        &'userctl;db;help;guard'= {
            cand install 'Install (or repair) the guard''s triggers; nothing changes when it is installed. PostgreSQL only (SQLite has no trigger deferred to commit: exit 2); run as the role that owns userctl''s tables'
            cand remove 'Remove the guard''s triggers and functions'
        }
        &'userctl;db;help;guard;install'= {
        }
        &'userctl;db;help;guard;remove'= {
        }
        &'userctl;db;help;help'= {
        }
        &'userctl;completions'= {
            cand --db 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]'
            cand --as 'Act as this application account: its role''s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable'
            cand --format 'Output of commands that print records'
            cand --wait 'Seconds to wait for a database locked by another writer'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured)'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand -q 'No progress bars or informational lines; errors still go to stderr'
            cand --quiet 'No progress bars or informational lines; errors still go to stderr'
            cand --dry-run 'Check everything and report what would change, but write nothing'
            cand --wide 'Tables show every cell in full instead of fitting the terminal''s width'
            cand --no-input 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'userctl;help'= {
            cand init 'Create the database (mode 0600) or migrate it, and create the first admin'
            cand demo 'Create a database of realistic sample data, then print its statistics'
            cand user 'Add, list, show, edit and manage user accounts'
            cand import-csv 'Import users from a CSV file, all or nothing'
            cand export-csv 'Export users as CSV (the columns import-csv reads)'
            cand session 'List and revoke login sessions'
            cand key 'List, create and revoke API keys'
            cand role 'List, create, change and delete roles'
            cand permission 'The permission names the application knows'
            cand group 'Groups of accounts that share permissions and resource grants'
            cand access 'Resources (TYPE:ID) granted to accounts and groups; check access'
            cand attr 'Attributes kept per account (timezone, budgets …)'
            cand owned 'The application''s per-account tables: what an account owns, and what happens to it when the account leaves'
            cand stats 'Counts of users by status and role, sessions, 2FA, recent sign-ups'
            cand audit 'Read and verify the audit log'
            cand recover 'Break-glass recovery when every admin is locked out (needs only file access)'
            cand config 'Read and change the settings kept in the database'
            cand db 'Check, back up and migrate the database file'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'userctl;help;init'= {
        }
        &'userctl;help;demo'= {
        }
        &'userctl;help;user'= {
            cand add 'Create an account'
            cand list 'List accounts (newest first)'
            cand show 'Show every field of one account, its permissions, sessions, keys and recent audit events'
            cand edit 'Change an account''s username, email, name or must-change-password flag'
            cand role 'Change an account''s role (guarded: the last admin cannot be demoted)'
            cand deactivate 'Deactivate an account: it cannot log in, its sessions are revoked (guarded)'
            cand activate 'Reactivate an account'
            cand delete 'Delete an account permanently, with its sessions, keys and invitations (guarded; asks first, and answering no exits 1)'
            cand passwd 'Set a new password; revokes the account''s sessions unless --keep-sessions'
            cand unlock 'End accounts'' locks after failed logins and reset their counts of failures'
            cand reset-2fa 'Clear an account''s second factor; they enrol again at next login'
            cand recovery-codes 'Make new recovery codes for accounts'' second factor: ten each, printed once (only their hashes are stored); a new set replaces the old one'
            cand verify 'Check a password like a login: exit 0 if right and the account may log in, else 6 (also when there is no such account, or it is locked); a wrong one counts as a failed login'
            cand invite 'Issue a new invitation token to an invited account; earlier ones stop working'
            cand reset-link 'Issue one-time password-reset links: a token per account, printed once (only its hash is stored); earlier unused links of the account stop working'
            cand grant 'Give accounts permissions beyond their role (known names only): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching'
            cand deny 'Take permissions from accounts whatever their role or groups give (guarded): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching'
            cand transfer 'Move the data one account owns in the application''s registered tables to another (all or nothing; see `owned list`)'
            cand export-data 'Write everything kept about accounts to a file, one JSON document per account and line (mode 0600): the right of access'
            cand erase 'Erase an account''s personal data (the right to erasure): the row is scrubbed to erased-ID, its registered data moved or deleted, and its names redacted from the audit log, which still verifies (guarded; asks first)'
            cand reset-permissions 'Remove an account''s grants and denials: back to its role''s defaults (guarded)'
            cand set 'Set attribute values of an account (see `attr list`)'
            cand unset 'Remove attribute values of an account (it falls back to the default)'
        }
        &'userctl;help;user;add'= {
        }
        &'userctl;help;user;list'= {
        }
        &'userctl;help;user;show'= {
        }
        &'userctl;help;user;edit'= {
        }
        &'userctl;help;user;role'= {
        }
        &'userctl;help;user;deactivate'= {
        }
        &'userctl;help;user;activate'= {
        }
        &'userctl;help;user;delete'= {
        }
        &'userctl;help;user;passwd'= {
        }
        &'userctl;help;user;unlock'= {
        }
        &'userctl;help;user;reset-2fa'= {
        }
        &'userctl;help;user;recovery-codes'= {
        }
        &'userctl;help;user;verify'= {
        }
        &'userctl;help;user;invite'= {
        }
        &'userctl;help;user;reset-link'= {
        }
        &'userctl;help;user;grant'= {
        }
        &'userctl;help;user;deny'= {
        }
        &'userctl;help;user;transfer'= {
        }
        &'userctl;help;user;export-data'= {
        }
        &'userctl;help;user;erase'= {
        }
        &'userctl;help;user;reset-permissions'= {
        }
        &'userctl;help;user;set'= {
        }
        &'userctl;help;user;unset'= {
        }
        &'userctl;help;import-csv'= {
        }
        &'userctl;help;export-csv'= {
        }
        &'userctl;help;session'= {
            cand list 'List login sessions (unexpired ones unless --all)'
            cand revoke 'Revoke sessions by id, all of one user''s (--user), or all (--all)'
            cand impersonate 'Open a short session as another account, for support: its token is printed once; the session is marked with who opened it and why, and audited at start and at revoke (needs the setting impersonation.enabled and the permission users.impersonate)'
        }
        &'userctl;help;session;list'= {
        }
        &'userctl;help;session;revoke'= {
        }
        &'userctl;help;session;impersonate'= {
        }
        &'userctl;help;key'= {
            cand list 'List API keys (of one user with --user)'
            cand create 'Create an API key for a user and print it once'
            cand revoke 'Revoke an API key (asks for confirmation)'
            cand suspend 'Suspend an API key: it stops working until resumed (not revoked)'
            cand resume 'Resume a suspended API key'
        }
        &'userctl;help;key;list'= {
        }
        &'userctl;help;key;create'= {
        }
        &'userctl;help;key;revoke'= {
        }
        &'userctl;help;key;suspend'= {
        }
        &'userctl;help;key;resume'= {
        }
        &'userctl;help;role'= {
            cand list 'List roles with their permissions and how many accounts hold them'
            cand show 'Show one role'
            cand create 'Create a custom role'
            cand grant 'Add permissions to a role'
            cand revoke 'Remove permissions from a role (guarded: the last admin keeps users.manage)'
            cand delete 'Delete a custom role no account holds (asks for confirmation)'
        }
        &'userctl;help;role;list'= {
        }
        &'userctl;help;role;show'= {
        }
        &'userctl;help;role;create'= {
        }
        &'userctl;help;role;grant'= {
        }
        &'userctl;help;role;revoke'= {
        }
        &'userctl;help;role;delete'= {
        }
        &'userctl;help;permission'= {
            cand list 'List the known permission names and how many roles, groups and accounts use each'
            cand add 'Add a permission name the application checks'
            cand remove 'Remove a custom permission name nothing uses'
        }
        &'userctl;help;permission;list'= {
        }
        &'userctl;help;permission;add'= {
        }
        &'userctl;help;permission;remove'= {
        }
        &'userctl;help;group'= {
            cand create 'Create a group'
            cand list 'List groups with their permissions, member and grant counts'
            cand show 'Show a group: permissions, members, resource grants'
            cand delete 'Delete a group with its memberships and grants (asks; guarded)'
            cand add 'Add accounts to a group: several USERs, --from FILE, or --all-matching with filters'
            cand remove 'Remove accounts from a group (guarded): several USERs, --from FILE, or --all-matching with filters'
            cand grant 'Give a group permissions (known names only)'
            cand revoke 'Take permissions from a group (guarded)'
        }
        &'userctl;help;group;create'= {
        }
        &'userctl;help;group;list'= {
        }
        &'userctl;help;group;show'= {
        }
        &'userctl;help;group;delete'= {
        }
        &'userctl;help;group;add'= {
        }
        &'userctl;help;group;remove'= {
        }
        &'userctl;help;group;grant'= {
        }
        &'userctl;help;group;revoke'= {
        }
        &'userctl;help;access'= {
            cand grant 'Grant a resource to an account or @group at a level'
            cand revoke 'Remove a resource grant from an account or @group'
            cand mode 'How an account reaches a type: full (everything), allow (only granted), deny (all but listed)'
            cand list 'List grants and modes, of everyone or of one account or @group'
            cand check 'Whether an account may open a resource: exit 0 allowed, 6 not'
            cand rls 'Row-level security from grants on an application table (PostgreSQL)'
        }
        &'userctl;help;access;grant'= {
        }
        &'userctl;help;access;revoke'= {
        }
        &'userctl;help;access;mode'= {
        }
        &'userctl;help;access;list'= {
        }
        &'userctl;help;access;check'= {
        }
        &'userctl;help;access;rls'= {
            cand enable 'Policies on TABLE: a session that has set `userctl.account` sees the rows `access check` allows (read for SELECT, write for changes) and the rows it owns. PostgreSQL only (SQLite: exit 2); the table''s owner and superusers are not subject to policies, so the application connects as another role'
            cand disable 'Drop userctl''s policies on TABLE (row-level security goes off unless the application has policies of its own there)'
            cand list 'The tables userctl''s policies protect'
        }
        &'userctl;help;access;rls;enable'= {
        }
        &'userctl;help;access;rls;disable'= {
        }
        &'userctl;help;access;rls;list'= {
        }
        &'userctl;help;attr'= {
            cand define 'Define an attribute: its type and default'
            cand list 'List the attributes with their types, defaults and how many accounts set them'
            cand remove 'Remove an attribute and every account''s value of it (asks)'
        }
        &'userctl;help;attr;define'= {
        }
        &'userctl;help;attr;list'= {
        }
        &'userctl;help;attr;remove'= {
        }
        &'userctl;help;owned'= {
            cand add 'Register a column of the application''s that references users(id): its rows belong to an account, and are counted, moved, exported and erased with it'
            cand list 'List the registered columns, their departure rules, and any that no longer hold'
            cand remove 'Stop tracking a label (the application''s rows are left as they are)'
        }
        &'userctl;help;owned;add'= {
        }
        &'userctl;help;owned;list'= {
        }
        &'userctl;help;owned;remove'= {
        }
        &'userctl;help;stats'= {
        }
        &'userctl;help;audit'= {
            cand list 'List audit entries, newest first'
            cand verify 'Check the audit log''s hash chain: exit 0 intact, 9 tampered (naming the first bad entry)'
        }
        &'userctl;help;audit;list'= {
        }
        &'userctl;help;audit;verify'= {
        }
        &'userctl;help;recover'= {
        }
        &'userctl;help;config'= {
            cand list 'Show every setting, its value and its default'
            cand get 'Show one setting'
            cand set 'Change one setting (validated, audited)'
        }
        &'userctl;help;config;list'= {
        }
        &'userctl;help;config;get'= {
        }
        &'userctl;help;config;set'= {
        }
        &'userctl;help;db'= {
            cand check 'Check integrity, foreign keys, schema version, the active-admin invariant, the audit chain and file permissions: exit 0 healthy, 9 not'
            cand backup 'Copy the database through SQLite''s online backup API (safe while the application writes)'
            cand copy 'Copy the whole database into an empty one on either engine: a new SQLite file or an empty PostgreSQL database (ids, sequences and the audit chain as they are)'
            cand migrate 'Apply pending schema migrations (back up first)'
            cand guard 'The last-manager guard inside a PostgreSQL database: refuse, at commit, any transaction (the application''s too) that leaves no active manager'
        }
        &'userctl;help;db;check'= {
        }
        &'userctl;help;db;backup'= {
        }
        &'userctl;help;db;copy'= {
        }
        &'userctl;help;db;migrate'= {
        }
        &'userctl;help;db;guard'= {
            cand install 'Install (or repair) the guard''s triggers; nothing changes when it is installed. PostgreSQL only (SQLite has no trigger deferred to commit: exit 2); run as the role that owns userctl''s tables'
            cand remove 'Remove the guard''s triggers and functions'
        }
        &'userctl;help;db;guard;install'= {
        }
        &'userctl;help;db;guard;remove'= {
        }
        &'userctl;help;completions'= {
        }
        &'userctl;help;help'= {
        }
    ]
    $completions[$command]
}
