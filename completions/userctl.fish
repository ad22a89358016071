# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_userctl_global_optspecs
    string join \n db= as= format= y/yes q/quiet dry-run wait= color= wide no-input h/help V/version
end

function __fish_userctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_userctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_userctl_using_subcommand
    set -l cmd (__fish_userctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c userctl -n "__fish_userctl_needs_command" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_needs_command" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_needs_command" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_needs_command" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_needs_command" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_needs_command" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_needs_command" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_needs_command" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_needs_command" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_needs_command" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "init" -d 'Create the database (mode 0600) or migrate it, and create the first admin'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "demo" -d 'Create a database of realistic sample data, then print its statistics'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "user" -d 'Add, list, show, edit and manage user accounts'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "import-csv" -d 'Import users from a CSV file, all or nothing'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "export-csv" -d 'Export users as CSV (the columns import-csv reads)'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "session" -d 'List and revoke login sessions'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "key" -d 'List, create and revoke API keys'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "role" -d 'List, create, change and delete roles'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "permission" -d 'The permission names the application knows'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "group" -d 'Groups of accounts that share permissions and resource grants'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "access" -d 'Resources (TYPE:ID) granted to accounts and groups; check access'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "attr" -d 'Attributes kept per account (timezone, budgets …)'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "owned" -d 'The application\'s per-account tables: what an account owns, and what happens to it when the account leaves'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "stats" -d 'Counts of users by status and role, sessions, 2FA, recent sign-ups'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "audit" -d 'Read and verify the audit log'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "recover" -d 'Break-glass recovery when every admin is locked out (needs only file access)'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "config" -d 'Read and change the settings kept in the database'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "db" -d 'Check, back up and migrate the database file'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c userctl -n "__fish_userctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand init" -l admin -d 'Username of the first admin' -r
complete -c userctl -n "__fish_userctl_using_subcommand init" -l email -d 'Email of the first admin' -r
complete -c userctl -n "__fish_userctl_using_subcommand init" -l name -d 'Display name of the first admin' -r
complete -c userctl -n "__fish_userctl_using_subcommand init" -l password-file -d 'Read the password from the first line of FILE (keep it mode 0600)' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand init" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand init" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand init" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand init" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand init" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand init" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c userctl -n "__fish_userctl_using_subcommand init" -l generate-password -d 'Generate a strong random password and print it once'
complete -c userctl -n "__fish_userctl_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand init" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand init" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand init" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand init" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand init" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand demo" -l users -d 'How many sample users' -r
complete -c userctl -n "__fish_userctl_using_subcommand demo" -l seed -d 'Seed of the sample data (the same seed makes the same people)' -r
complete -c userctl -n "__fish_userctl_using_subcommand demo" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand demo" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand demo" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand demo" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand demo" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand demo" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand demo" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand demo" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand demo" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand demo" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "add" -d 'Create an account'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "list" -d 'List accounts (newest first)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "show" -d 'Show every field of one account, its permissions, sessions, keys and recent audit events'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "edit" -d 'Change an account\'s username, email, name or must-change-password flag'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "role" -d 'Change an account\'s role (guarded: the last admin cannot be demoted)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "deactivate" -d 'Deactivate an account: it cannot log in, its sessions are revoked (guarded)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "activate" -d 'Reactivate an account'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "delete" -d 'Delete an account permanently, with its sessions, keys and invitations (guarded; asks first, and answering no exits 1)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "passwd" -d 'Set a new password; revokes the account\'s sessions unless --keep-sessions'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "unlock" -d 'End accounts\' locks after failed logins and reset their counts of failures'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "reset-2fa" -d 'Clear an account\'s second factor; they enrol again at next login'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "recovery-codes" -d 'Make new recovery codes for accounts\' second factor: ten each, printed once (only their hashes are stored); a new set replaces the old one'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "verify" -d 'Check a password like a login: exit 0 if right and the account may log in, else 6 (also when there is no such account, or it is locked); a wrong one counts as a failed login'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "invite" -d 'Issue a new invitation token to an invited account; earlier ones stop working'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "reset-link" -d 'Issue one-time password-reset links: a token per account, printed once (only its hash is stored); earlier unused links of the account stop working'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "grant" -d 'Give accounts permissions beyond their role (known names only): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "deny" -d 'Take permissions from accounts whatever their role or groups give (guarded): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "transfer" -d 'Move the data one account owns in the application\'s registered tables to another (all or nothing; see `owned list`)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "export-data" -d 'Write everything kept about accounts to a file, one JSON document per account and line (mode 0600): the right of access'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "erase" -d 'Erase an account\'s personal data (the right to erasure): the row is scrubbed to erased-ID, its registered data moved or deleted, and its names redacted from the audit log, which still verifies (guarded; asks first)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "reset-permissions" -d 'Remove an account\'s grants and denials: back to its role\'s defaults (guarded)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "set" -d 'Set attribute values of an account (see `attr list`)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "unset" -d 'Remove attribute values of an account (it falls back to the default)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and not __fish_seen_subcommand_from add list show edit role deactivate activate delete passwd unlock reset-2fa recovery-codes verify invite reset-link grant deny transfer export-data erase reset-permissions set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'Email address (unique, case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l name -d 'Display name' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'Role of the new account' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from the first line of FILE (keep it mode 0600)' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l expires -d 'The account may not log in after this: a date (2027-03-31), a UTC time, a duration from now (90d) or never' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l generate-password -d 'Generate a strong random password and print it once'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l must-change-password -d 'Make them choose a new password at first login'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l invite -d 'Create the account as invited, without a password, and print a one-time invitation token'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l inactive -d 'Create the account inactive'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l if-missing -d 'Succeed without changing anything when this user already exists (for scripts)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l service -d 'A service account: no password and no interactive login, API keys only; never counted as an admin'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l sort -d 'Order of the rows' -r -f -a "created\t'Newest first'
username\t''
email\t''
last-active\t'Most recently active first (logins, sessions, API keys), never-active last'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l limit -d 'At most N rows (on a terminal 50 are shown unless --limit or --all)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l all -d 'Every matching row, also on a terminal'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l counts -d 'Add columns with each account\'s number of groups and resource grants'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from show" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from show" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from show" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from show" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from show" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l username -d 'New username (one USER only)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l email -d 'New email ("" removes it; one USER only)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l name -d 'New display name' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l must-change-password -d 'Whether they must choose a new password at next login' -r -f -a "true\t''
false\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l managed-by -d 'Adopt the accounts for this import source (`import-csv --mode sync --source SOURCE` then manages them), or release them to be managed by hand ("none")' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l expires -d 'The account may not log in after this: a date (2027-03-31), a UTC time, a duration from now (90d) or never (guarded when it is in the past)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l service -d 'Make it a service account (true: password removed, API keys only; guarded) or a person again (false)' -r -f -a "true\t''
false\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l currently-managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l until -d 'End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to run then, from that instant on it is no longer read as access' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l reason -d 'Why (kept with the account and in the audit log)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l transfer-to -d 'Hand the accounts\' registered `transfer` data to this account first, in the same transaction (without it, such data refuses the deletion)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-file -d 'Read the password from the first line of FILE (keep it mode 0600)' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l hash-file -d 'Set a password hash from another system read from the first line of FILE' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l generate-password -d 'Generate a strong random password and print it once'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l keep-sessions -d 'Keep the account\'s sessions (by default they are revoked)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l must-change-password -d 'Make them choose a new password at next login'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l hash-stdin -d 'Set a password hash from another system (argon2, bcrypt, Django, Werkzeug, passlib, crypt(3), …) read from the first line of standard input'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l allow-weak-hashes -d 'With --hash-stdin or --hash-file: accept a hash of a broken scheme (md5, sha1, {SHA}, …); the account must then change its password at next login'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-2fa" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l generate -d 'Make a new set of ten codes per account and print them once (required: the codes in use are never shown again)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from recovery-codes" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l password-file -d 'Read the password from the first line of FILE' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -l expires -d 'When the invitation stops working: a span (7d, 48h) or a date (default: the setting invitation.lifetime_hours)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l expires -d 'When the link stops working: a span (1h, 30m) or a date' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-link" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -s p -l permission -d 'A permission (repeat for several); the arguments are then all accounts' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l until -d 'End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to run then, from that instant on it is no longer read as access' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -s p -l permission -d 'A permission (repeat for several); the arguments are then all accounts' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from deny" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -l only -d 'Only these labels (several allowed; default: every registered label)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -s o -l output -d 'The file to write (created with mode 0600, never through a symlink; it appears complete or not at all)' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l force -d 'Replace an existing --output file (by writing beside it and renaming)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from export-data" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l transfer-to -d 'Hand the accounts\' registered `transfer` data to this account (without it, such data refuses the erasure)' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from erase" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-permissions" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-permissions" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-permissions" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-permissions" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-permissions" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-permissions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-permissions" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-permissions" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-permissions" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-permissions" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from reset-permissions" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from set" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from set" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from set" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from set" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from set" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from set" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from set" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from set" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unset" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unset" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unset" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unset" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unset" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unset" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unset" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create an account'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts (newest first)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every field of one account, its permissions, sessions, keys and recent audit events'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an account\'s username, email, name or must-change-password flag'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "role" -d 'Change an account\'s role (guarded: the last admin cannot be demoted)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate an account: it cannot log in, its sessions are revoked (guarded)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Reactivate an account'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an account permanently, with its sessions, keys and invitations (guarded; asks first, and answering no exits 1)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Set a new password; revokes the account\'s sessions unless --keep-sessions'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'End accounts\' locks after failed logins and reset their counts of failures'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "reset-2fa" -d 'Clear an account\'s second factor; they enrol again at next login'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "recovery-codes" -d 'Make new recovery codes for accounts\' second factor: ten each, printed once (only their hashes are stored); a new set replaces the old one'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a password like a login: exit 0 if right and the account may log in, else 6 (also when there is no such account, or it is locked); a wrong one counts as a failed login'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Issue a new invitation token to an invited account; earlier ones stop working'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "reset-link" -d 'Issue one-time password-reset links: a token per account, printed once (only its hash is stored); earlier unused links of the account stop working'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Give accounts permissions beyond their role (known names only): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "deny" -d 'Take permissions from accounts whatever their role or groups give (guarded): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Move the data one account owns in the application\'s registered tables to another (all or nothing; see `owned list`)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "export-data" -d 'Write everything kept about accounts to a file, one JSON document per account and line (mode 0600): the right of access'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "erase" -d 'Erase an account\'s personal data (the right to erasure): the row is scrubbed to erased-ID, its registered data moved or deleted, and its names redacted from the audit log, which still verifies (guarded; asks first)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "reset-permissions" -d 'Remove an account\'s grants and denials: back to its role\'s defaults (guarded)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set attribute values of an account (see `attr list`)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove attribute values of an account (it falls back to the default)'
complete -c userctl -n "__fish_userctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l mode -d 'create: only create (an existing user is an invalid row); upsert: create and update; sync: upsert, then deactivate the active accounts managed by this --source that are absent from the file' -r -f -a "create\t'Only create; a row naming an existing account is invalid'
upsert\t'Create new accounts, update changed ones, leave the rest alone'
sync\t'Upsert, then deactivate active accounts absent from the file'"
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l source -d 'The name of this feed: accounts it creates are managed by it, and --mode sync only ever deactivates accounts of the same source' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l max-deactivate -d 'Sync: refuse (exit 7, nothing written) to deactivate more than N accounts, or P% of the source\'s active accounts (default: setting import.max_deactivate, 10%)' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l max-changes -d 'Refuse (exit 7, nothing written) to create + update + deactivate more than N accounts, or P% of the source\'s active accounts' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l map -d 'Read the file\'s column HEADER as a userctl column, e.g. --map \'Email Address [Required]=email\' (repeatable; HEADER is case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l map-file -d 'Read --map lines (HEADER=column) from FILE; blank lines and # comments skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l ignore-column -d 'Ignore the file\'s column HEADER (repeatable)' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l username-from -d 'Derive the username from the email\'s local part (lower-cased)' -r -f -a "email\t''"
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l status-map -d 'Read the status cell VALUE as active, inactive or invited (repeatable, case-insensitive), e.g. --status-map \'PROVISIONED=invited\'' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l role-map -d 'Read the role cell VALUE as ROLE (repeatable, case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l skip-lines -d 'Skip N lines before the header (a preamble such as "version:v1.0")' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l encoding -d 'The file\'s encoding, a WHATWG label: windows-1252, iso-8859-15, utf-16le … (default UTF-8; a UTF-8 or UTF-16 byte order mark is detected)' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l default-role -d 'The role of new users whose row has no role' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l delimiter -d 'The field separator (one ASCII character; \\t for tab)' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l rejects -d 'Write the rejected rows, with a reason column, to this CSV file (mode 0600, never through a symlink)' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l passwords-out -d 'Give new users without a password a generated one (they must change it at first login) and write username,password to this file (mode 0600). Without it such users are created as invited' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l adopt -d 'Also make the existing accounts the file names that no source manages managed by --source (so a later sync may deactivate them). Never the accounts made by init or recover, nor service accounts. Without it the import only updates their fields'
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l reset-passwords -d 'Replace the passwords of existing accounts with the file\'s (each audited as a reset; their sessions end). Without it, file passwords are initial passwords only'
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l skip-invalid -d 'Import the valid rows even if some are invalid (exit 7 still reports them)'
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l force -d 'Replace an existing --rejects file (by writing beside it and renaming)'
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l allow-weak-hashes -d 'Accept password_hash values of broken schemes (md5, sha1, {SHA}, …); their accounts must change their password at next login'
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand import-csv" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -s o -l output -d 'Write to this file (created with mode 0600, never through a symlink; it appears complete or not at all) instead of standard output' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l force -d 'Replace an existing --output file (by writing beside it and renaming)'
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l with-password-hashes -d 'Also export the password_hash column (the stored hashes, in whatever format each was imported: treat the file as a secret). Off by default'
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand export-csv" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -f -a "list" -d 'List login sessions (unexpired ones unless --all)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -f -a "revoke" -d 'Revoke sessions by id, all of one user\'s (--user), or all (--all)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -f -a "impersonate" -d 'Open a short session as another account, for support: its token is printed once; the session is marked with who opened it and why, and audited at start and at revoke (needs the setting impersonation.enabled and the permission users.impersonate)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and not __fish_seen_subcommand_from list revoke impersonate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -l user -d 'Only this user\'s sessions (username or email)' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -l all -d 'Include expired sessions'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -l impersonated -d 'Only sessions opened by `session impersonate`'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l user -d 'Revoke every session of these users (usernames or emails; asks for confirmation)' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l all -d 'Revoke every session of every user: everybody logs in again (asks for confirmation)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -l reason -d 'Why (kept with the session and in the audit log)' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -l ttl -d 'How long the session lasts: a span (15m, 1h) or an end date or timestamp; at most impersonation.max_minutes' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from impersonate" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "list" -d 'List login sessions (unexpired ones unless --all)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke sessions by id, all of one user\'s (--user), or all (--all)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "impersonate" -d 'Open a short session as another account, for support: its token is printed once; the session is marked with who opened it and why, and audited at start and at revoke (needs the setting impersonation.enabled and the permission users.impersonate)'
complete -c userctl -n "__fish_userctl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -f -a "list" -d 'List API keys (of one user with --user)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -f -a "create" -d 'Create an API key for a user and print it once'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -f -a "revoke" -d 'Revoke an API key (asks for confirmation)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -f -a "suspend" -d 'Suspend an API key: it stops working until resumed (not revoked)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -f -a "resume" -d 'Resume a suspended API key'
complete -c userctl -n "__fish_userctl_using_subcommand key; and not __fish_seen_subcommand_from list create revoke suspend resume help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -l user -d 'Only this user\'s keys (username or email)' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -l label -d 'What the key is for, e.g. "backup script"' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -l expires -d 'When the key stops working: after DURATION (90d, 12w) or at DATE (2027-01-31)' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from suspend" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from suspend" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from suspend" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from suspend" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from suspend" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from suspend" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from suspend" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from suspend" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from resume" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from resume" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from resume" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from resume" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from resume" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from resume" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from resume" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from resume" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from resume" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from resume" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from resume" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "list" -d 'List API keys (of one user with --user)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an API key for a user and print it once'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke an API key (asks for confirmation)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend an API key: it stops working until resumed (not revoked)'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume a suspended API key'
complete -c userctl -n "__fish_userctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -f -a "list" -d 'List roles with their permissions and how many accounts hold them'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -f -a "show" -d 'Show one role'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -f -a "create" -d 'Create a custom role'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -f -a "grant" -d 'Add permissions to a role'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -f -a "revoke" -d 'Remove permissions from a role (guarded: the last admin keeps users.manage)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -f -a "delete" -d 'Delete a custom role no account holds (asks for confirmation)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and not __fish_seen_subcommand_from list show create grant revoke delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from list" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from list" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from list" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from list" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from list" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from list" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from show" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from show" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from show" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from show" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from show" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from show" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from show" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from show" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -l permission -d 'Permissions of the role, e.g. --permission users.view audit.view (or repeat the flag)' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -l description -d 'What the role is for' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from grant" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from grant" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from grant" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from grant" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from grant" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from grant" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from grant" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from grant" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'List roles with their permissions and how many accounts hold them'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one role'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a custom role'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Add permissions to a role'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Remove permissions from a role (guarded: the last admin keeps users.manage)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a custom role no account holds (asks for confirmation)'
complete -c userctl -n "__fish_userctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -f -a "list" -d 'List the known permission names and how many roles, groups and accounts use each'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -f -a "add" -d 'Add a permission name the application checks'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -f -a "remove" -d 'Remove a custom permission name nothing uses'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and not __fish_seen_subcommand_from list add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from list" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from list" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from list" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from list" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from list" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from list" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -l description -d 'What the permission allows' -r
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from remove" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from remove" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from remove" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from remove" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from remove" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from remove" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from remove" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the known permission names and how many roles, groups and accounts use each'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a permission name the application checks'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a custom permission name nothing uses'
complete -c userctl -n "__fish_userctl_using_subcommand permission; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -f -a "create" -d 'Create a group'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -f -a "list" -d 'List groups with their permissions, member and grant counts'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -f -a "show" -d 'Show a group: permissions, members, resource grants'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -f -a "delete" -d 'Delete a group with its memberships and grants (asks; guarded)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -f -a "add" -d 'Add accounts to a group: several USERs, --from FILE, or --all-matching with filters'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -f -a "remove" -d 'Remove accounts from a group (guarded): several USERs, --from FILE, or --all-matching with filters'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -f -a "grant" -d 'Give a group permissions (known names only)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -f -a "revoke" -d 'Take permissions from a group (guarded)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add remove grant revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -l description -d 'What the group is for' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from list" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from list" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from list" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from list" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from list" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from list" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from show" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from show" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from show" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from show" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from show" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from show" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from show" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from show" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l until -d 'End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to run then, from that instant on it is no longer read as access' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l from -d 'Read the accounts from FILE ("-": standard input), one username or email a line; blank lines and lines starting with # are skipped' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l search -d 'Only accounts whose username, name or email contains TEXT (case-insensitive)' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l role -d 'Only accounts with this role' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l status -d 'Only accounts with this status' -r -f -a "active\t''
inactive\t''
invited\t''"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l group -d 'Only members of this group' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l managed-by -d 'Only accounts managed by this import source ("none": accounts managed by hand)' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l inactive-since -d 'Only accounts not active since then: no login, session or API key use within DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l created-before -d 'Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l 2fa -d 'Only accounts with a second factor (on), without one (off), or past their 2FA grace period without one (overdue: 2fa.required applies and they may not log in)' -r -f -a "on\t'A second factor is set up (`totp_secret` not NULL)'
off\t'No second factor'
overdue\t'The 2FA policy applies, there is no second factor and the grace period has passed'"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l max -d 'Refuse, changing nothing, when more than N accounts are selected (exit 7)' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l all-matching -d 'Act on every account the filters select (at least one filter; see --dry-run)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l never-logged-in -d 'Only accounts that never logged in, held a session or used an API key'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l expired -d 'Only accounts past their expiry date'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l locked -d 'Only accounts locked now after too many failed logins'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from grant" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from grant" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from grant" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from grant" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from grant" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from grant" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from grant" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from grant" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from revoke" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from revoke" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from revoke" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from revoke" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a group'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "list" -d 'List groups with their permissions, member and grant counts'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a group: permissions, members, resource grants'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a group with its memberships and grants (asks; guarded)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add accounts to a group: several USERs, --from FILE, or --all-matching with filters'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove accounts from a group (guarded): several USERs, --from FILE, or --all-matching with filters'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Give a group permissions (known names only)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take permissions from a group (guarded)'
complete -c userctl -n "__fish_userctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -f -a "grant" -d 'Grant a resource to an account or @group at a level'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -f -a "revoke" -d 'Remove a resource grant from an account or @group'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -f -a "mode" -d 'How an account reaches a type: full (everything), allow (only granted), deny (all but listed)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -f -a "list" -d 'List grants and modes, of everyone or of one account or @group'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -f -a "check" -d 'Whether an account may open a resource: exit 0 allowed, 6 not'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -f -a "rls" -d 'Row-level security from grants on an application table (PostgreSQL)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and not __fish_seen_subcommand_from grant revoke mode list check rls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -l level -d 'Access level' -r -f -a "read\t''
write\t''"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -l until -d 'End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to run then, from that instant on it is no longer read as access' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -l level -d 'The level of what the mode reaches (full and deny)' -r -f -a "read\t''
write\t''"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from mode" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -l type -d 'Only this resource type' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -l level -d 'The level asked for' -r -f -a "read\t''
write\t''"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -f -a "enable" -d 'Policies on TABLE: a session that has set `userctl.account` sees the rows `access check` allows (read for SELECT, write for changes) and the rows it owns. PostgreSQL only (SQLite: exit 2); the table\'s owner and superusers are not subject to policies, so the application connects as another role'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -f -a "disable" -d 'Drop userctl\'s policies on TABLE (row-level security goes off unless the application has policies of its own there)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -f -a "list" -d 'The tables userctl\'s policies protect'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from rls" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Grant a resource to an account or @group at a level'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Remove a resource grant from an account or @group'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "mode" -d 'How an account reaches a type: full (everything), allow (only granted), deny (all but listed)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "list" -d 'List grants and modes, of everyone or of one account or @group'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "check" -d 'Whether an account may open a resource: exit 0 allowed, 6 not'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "rls" -d 'Row-level security from grants on an application table (PostgreSQL)'
complete -c userctl -n "__fish_userctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -f -a "define" -d 'Define an attribute: its type and default'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -f -a "list" -d 'List the attributes with their types, defaults and how many accounts set them'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -f -a "remove" -d 'Remove an attribute and every account\'s value of it (asks)'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and not __fish_seen_subcommand_from define list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -l type -d 'text, int, bool, timezone (IANA name), time (HH:MM) or enum:A,B,…' -r
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -l default -d 'The value of accounts that have none of their own' -r
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from define" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from list" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from list" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from list" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from list" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from list" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from list" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from remove" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from remove" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from remove" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from remove" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from remove" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from remove" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from remove" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from help" -f -a "define" -d 'Define an attribute: its type and default'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the attributes with their types, defaults and how many accounts set them'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an attribute and every account\'s value of it (asks)'
complete -c userctl -n "__fish_userctl_using_subcommand attr; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Register a column of the application\'s that references users(id): its rows belong to an account, and are counted, moved, exported and erased with it'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'List the registered columns, their departure rules, and any that no longer hold'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Stop tracking a label (the application\'s rows are left as they are)'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -l label -d 'The name counts and messages use ("personas: 12"): a-z, 0-9, \'.\', \'_\', \'-\'' -r
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -l on-departure -d 'What happens to an account\'s rows when it is deleted or erased' -r -f -a "transfer\t'Handed to another account (`user delete|erase --transfer-to USER`)'
delete\t'Deleted with the account, by userctl (whatever the foreign key says)'
block\t'The account cannot be deleted or erased while it has such rows'"
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from list" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from list" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from list" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from list" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from list" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from list" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from remove" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from remove" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from remove" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from remove" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from remove" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from remove" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from remove" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a column of the application\'s that references users(id): its rows belong to an account, and are counted, moved, exported and erased with it'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the registered columns, their departure rules, and any that no longer hold'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Stop tracking a label (the application\'s rows are left as they are)'
complete -c userctl -n "__fish_userctl_using_subcommand owned; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand stats" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand stats" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand stats" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand stats" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand stats" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand stats" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand stats" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand stats" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand stats" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand stats" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand stats" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "list" -d 'List audit entries, newest first'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "verify" -d 'Check the audit log\'s hash chain: exit 0 intact, 9 tampered (naming the first bad entry)'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l user -d 'Only entries about this account (username)' -r
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only entries by this actor: `os:LOGIN`, `user:NAME`, or a bare name matching either' -r
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Only this action (`user.add`), or a family of them (`user`, `recover`)' -r
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only entries since a date (2026-11-01), a UTC timestamp (2026-11-01T08:00:00Z) or an age (30m, 12h, 7d, 2w)' -r
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'At most N entries (on a terminal 50 are shown unless --limit or --all)' -r
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l all -d 'Every matching entry, also on a terminal'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l expect-head -d 'A chain head printed by an earlier `audit verify` and kept elsewhere: the log must still contain it, else newest entries were removed (exit 9)' -r
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit entries, newest first'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the audit log\'s hash chain: exit 0 intact, 9 tampered (naming the first bad entry)'
complete -c userctl -n "__fish_userctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l user -d 'Reset this account: new password (changed at next login), reactivate, clear 2FA, revoke sessions; it gets the admin role if its role cannot manage users' -r
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l promote -d 'Make this existing account an active admin (role admin, status active)' -r
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l create -d 'Create a new active admin with this username (needs --email)' -r
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l email -d 'Email of the admin created with --create' -r
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l password-file -d 'Read the password from the first line of FILE (keep it mode 0600)' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l link -d 'With --user: instead of a new password, issue a one-time password-reset link (valid for an hour, printed once); the account keeps its password'
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l generate-password -d 'Generate a strong random password and print it once'
complete -c userctl -n "__fish_userctl_using_subcommand recover" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand recover" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand recover" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand recover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand recover" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -f -a "list" -d 'Show every setting, its value and its default'
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -f -a "get" -d 'Show one setting'
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -f -a "set" -d 'Change one setting (validated, audited)'
complete -c userctl -n "__fish_userctl_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from list" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from list" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from list" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from list" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from list" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from list" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from list" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from get" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from get" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from get" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from get" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from get" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from get" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from get" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from set" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from set" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from set" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from set" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from set" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Show every setting, its value and its default'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one setting'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change one setting (validated, audited)'
complete -c userctl -n "__fish_userctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -f -a "check" -d 'Check integrity, foreign keys, schema version, the active-admin invariant, the audit chain and file permissions: exit 0 healthy, 9 not'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -f -a "backup" -d 'Copy the database through SQLite\'s online backup API (safe while the application writes)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -f -a "copy" -d 'Copy the whole database into an empty one on either engine: a new SQLite file or an empty PostgreSQL database (ids, sequences and the audit chain as they are)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -f -a "migrate" -d 'Apply pending schema migrations (back up first)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -f -a "guard" -d 'The last-manager guard inside a PostgreSQL database: refuse, at commit, any transaction (the application\'s too) that leaves no active manager'
complete -c userctl -n "__fish_userctl_using_subcommand db; and not __fish_seen_subcommand_from check backup copy migrate guard help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from check" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from check" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from check" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from check" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from check" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from check" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l force -d 'Replace FILE if it exists'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'The target: a SQLite file that does not exist yet (created mode 0600), or an empty PostgreSQL database as a URL or a key=value string. A password in it is refused: put it in ~/.pgpass or PGPASSFILE' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -f -a "install" -d 'Install (or repair) the guard\'s triggers; nothing changes when it is installed. PostgreSQL only (SQLite has no trigger deferred to commit: exit 2); run as the role that owns userctl\'s tables'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -f -a "remove" -d 'Remove the guard\'s triggers and functions'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from guard" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check integrity, foreign keys, schema version, the active-admin invariant, the audit chain and file permissions: exit 0 healthy, 9 not'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Copy the database through SQLite\'s online backup API (safe while the application writes)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy the whole database into an empty one on either engine: a new SQLite file or an empty PostgreSQL database (ids, sequences and the audit chain as they are)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply pending schema migrations (back up first)'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "guard" -d 'The last-manager guard inside a PostgreSQL database: refuse, at commit, any transaction (the application\'s too) that leaves no active manager'
complete -c userctl -n "__fish_userctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand completions" -l db -d 'The database: a SQLite file, or a PostgreSQL URL or key=value connection string (no password on the command line) [env: USERCTL_DB] [default: userctl.db]' -r -F
complete -c userctl -n "__fish_userctl_using_subcommand completions" -l as -d 'Act as this application account: its role\'s permissions apply. Its password is asked on a terminal, else read from the USERCTL_PASSWORD environment variable' -r
complete -c userctl -n "__fish_userctl_using_subcommand completions" -l format -d 'Output of commands that print records' -r -f -a "table\t'Aligned columns for a person'
json\t'JSON with exact values and stable field names'
csv\t'RFC 4180 CSV with a header row'"
complete -c userctl -n "__fish_userctl_using_subcommand completions" -l wait -d 'Seconds to wait for a database locked by another writer' -r
complete -c userctl -n "__fish_userctl_using_subcommand completions" -l color -d 'When to use colour on stderr (NO_COLOR is honoured)' -r -f -a "auto\t'When stderr is a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c userctl -n "__fish_userctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c userctl -n "__fish_userctl_using_subcommand completions" -s q -l quiet -d 'No progress bars or informational lines; errors still go to stderr'
complete -c userctl -n "__fish_userctl_using_subcommand completions" -l dry-run -d 'Check everything and report what would change, but write nothing'
complete -c userctl -n "__fish_userctl_using_subcommand completions" -l wide -d 'Tables show every cell in full instead of fitting the terminal\'s width'
complete -c userctl -n "__fish_userctl_using_subcommand completions" -l no-input -d 'Never ask anything, even on a terminal: a missing value is a usage error (exit 2), as in a script [env: USERCTL_NO_INPUT=1]'
complete -c userctl -n "__fish_userctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c userctl -n "__fish_userctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "init" -d 'Create the database (mode 0600) or migrate it, and create the first admin'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "demo" -d 'Create a database of realistic sample data, then print its statistics'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "user" -d 'Add, list, show, edit and manage user accounts'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "import-csv" -d 'Import users from a CSV file, all or nothing'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "export-csv" -d 'Export users as CSV (the columns import-csv reads)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "session" -d 'List and revoke login sessions'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "key" -d 'List, create and revoke API keys'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "role" -d 'List, create, change and delete roles'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "permission" -d 'The permission names the application knows'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "group" -d 'Groups of accounts that share permissions and resource grants'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "access" -d 'Resources (TYPE:ID) granted to accounts and groups; check access'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "attr" -d 'Attributes kept per account (timezone, budgets …)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "owned" -d 'The application\'s per-account tables: what an account owns, and what happens to it when the account leaves'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "stats" -d 'Counts of users by status and role, sessions, 2FA, recent sign-ups'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "audit" -d 'Read and verify the audit log'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "recover" -d 'Break-glass recovery when every admin is locked out (needs only file access)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "config" -d 'Read and change the settings kept in the database'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "db" -d 'Check, back up and migrate the database file'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c userctl -n "__fish_userctl_using_subcommand help; and not __fish_seen_subcommand_from init demo user import-csv export-csv session key role permission group access attr owned stats audit recover config db completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Create an account'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List accounts (newest first)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show every field of one account, its permissions, sessions, keys and recent audit events'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "edit" -d 'Change an account\'s username, email, name or must-change-password flag'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "role" -d 'Change an account\'s role (guarded: the last admin cannot be demoted)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "deactivate" -d 'Deactivate an account: it cannot log in, its sessions are revoked (guarded)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "activate" -d 'Reactivate an account'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete an account permanently, with its sessions, keys and invitations (guarded; asks first, and answering no exits 1)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Set a new password; revokes the account\'s sessions unless --keep-sessions'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "unlock" -d 'End accounts\' locks after failed logins and reset their counts of failures'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "reset-2fa" -d 'Clear an account\'s second factor; they enrol again at next login'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "recovery-codes" -d 'Make new recovery codes for accounts\' second factor: ten each, printed once (only their hashes are stored); a new set replaces the old one'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "verify" -d 'Check a password like a login: exit 0 if right and the account may log in, else 6 (also when there is no such account, or it is locked); a wrong one counts as a failed login'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "invite" -d 'Issue a new invitation token to an invited account; earlier ones stop working'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "reset-link" -d 'Issue one-time password-reset links: a token per account, printed once (only its hash is stored); earlier unused links of the account stop working'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "grant" -d 'Give accounts permissions beyond their role (known names only): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "deny" -d 'Take permissions from accounts whatever their role or groups give (guarded): USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "transfer" -d 'Move the data one account owns in the application\'s registered tables to another (all or nothing; see `owned list`)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "export-data" -d 'Write everything kept about accounts to a file, one JSON document per account and line (mode 0600): the right of access'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "erase" -d 'Erase an account\'s personal data (the right to erasure): the row is scrubbed to erased-ID, its registered data moved or deleted, and its names redacted from the audit log, which still verifies (guarded; asks first)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "reset-permissions" -d 'Remove an account\'s grants and denials: back to its role\'s defaults (guarded)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set" -d 'Set attribute values of an account (see `attr list`)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "unset" -d 'Remove attribute values of an account (it falls back to the default)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "list" -d 'List login sessions (unexpired ones unless --all)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "revoke" -d 'Revoke sessions by id, all of one user\'s (--user), or all (--all)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "impersonate" -d 'Open a short session as another account, for support: its token is printed once; the session is marked with who opened it and why, and audited at start and at revoke (needs the setting impersonation.enabled and the permission users.impersonate)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "list" -d 'List API keys (of one user with --user)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "create" -d 'Create an API key for a user and print it once'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "revoke" -d 'Revoke an API key (asks for confirmation)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "suspend" -d 'Suspend an API key: it stops working until resumed (not revoked)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "resume" -d 'Resume a suspended API key'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List roles with their permissions and how many accounts hold them'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "show" -d 'Show one role'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "create" -d 'Create a custom role'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "grant" -d 'Add permissions to a role'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "revoke" -d 'Remove permissions from a role (guarded: the last admin keeps users.manage)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a custom role no account holds (asks for confirmation)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from permission" -f -a "list" -d 'List the known permission names and how many roles, groups and accounts use each'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from permission" -f -a "add" -d 'Add a permission name the application checks'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from permission" -f -a "remove" -d 'Remove a custom permission name nothing uses'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create a group'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List groups with their permissions, member and grant counts'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "show" -d 'Show a group: permissions, members, resource grants'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "delete" -d 'Delete a group with its memberships and grants (asks; guarded)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "add" -d 'Add accounts to a group: several USERs, --from FILE, or --all-matching with filters'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "remove" -d 'Remove accounts from a group (guarded): several USERs, --from FILE, or --all-matching with filters'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "grant" -d 'Give a group permissions (known names only)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "revoke" -d 'Take permissions from a group (guarded)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "grant" -d 'Grant a resource to an account or @group at a level'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "revoke" -d 'Remove a resource grant from an account or @group'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "mode" -d 'How an account reaches a type: full (everything), allow (only granted), deny (all but listed)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "list" -d 'List grants and modes, of everyone or of one account or @group'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "check" -d 'Whether an account may open a resource: exit 0 allowed, 6 not'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "rls" -d 'Row-level security from grants on an application table (PostgreSQL)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from attr" -f -a "define" -d 'Define an attribute: its type and default'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from attr" -f -a "list" -d 'List the attributes with their types, defaults and how many accounts set them'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from attr" -f -a "remove" -d 'Remove an attribute and every account\'s value of it (asks)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from owned" -f -a "add" -d 'Register a column of the application\'s that references users(id): its rows belong to an account, and are counted, moved, exported and erased with it'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from owned" -f -a "list" -d 'List the registered columns, their departure rules, and any that no longer hold'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from owned" -f -a "remove" -d 'Stop tracking a label (the application\'s rows are left as they are)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit entries, newest first'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the audit log\'s hash chain: exit 0 intact, 9 tampered (naming the first bad entry)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Show every setting, its value and its default'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Show one setting'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change one setting (validated, audited)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check integrity, foreign keys, schema version, the active-admin invariant, the audit chain and file permissions: exit 0 healthy, 9 not'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Copy the database through SQLite\'s online backup API (safe while the application writes)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy the whole database into an empty one on either engine: a new SQLite file or an empty PostgreSQL database (ids, sequences and the audit chain as they are)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending schema migrations (back up first)'
complete -c userctl -n "__fish_userctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "guard" -d 'The last-manager guard inside a PostgreSQL database: refuse, at commit, any transaction (the application\'s too) that leaves no active manager'

# Names (accounts, roles, groups, attributes, settings …) from the database named
# by --db or USERCTL_DB. A name ending in '=' is followed by its value, not a space.
function __fish_userctl_names
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    $words[1] __complete -- $words "$current" 2>/dev/null
end
complete -c userctl -f -n '__fish_userctl_names >/dev/null' -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -l actor -x -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -l as -x -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -l currently-managed-by -x -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -l default-role -x -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -l group -x -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -l managed-by -x -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -l permission -x -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -l promote -x -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -l role -x -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -l transfer-to -x -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -l type -x -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -l user -x -a '(__fish_userctl_names)'
complete -c userctl -n '__fish_userctl_names >/dev/null' -s p -l permission -x -a '(__fish_userctl_names)'
