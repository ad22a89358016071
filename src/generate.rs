//! Completion scripts and man pages rendered from the clap tree: printed by
//! `userctl completions SHELL`, and committed under `completions/` and `man/`,
//! where a test keeps them from going stale.

use std::path::PathBuf;

use anyhow::Result;
use clap::{CommandFactory, ValueEnum};

use crate::cli::{Cli, ENVIRONMENT, EXIT_CODES};
use crate::db::names::Kind;

/// The shells userctl writes completion scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
}

impl Shell {
    pub const ALL: [Shell; 5] = [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::Elvish,
        Shell::Powershell,
    ];

    /// The file name of the committed script under `completions/`.
    pub fn file_name(self) -> &'static str {
        match self {
            Shell::Bash => "userctl.bash",
            Shell::Zsh => "_userctl",
            Shell::Fish => "userctl.fish",
            Shell::Elvish => "userctl.elv",
            Shell::Powershell => "_userctl.ps1",
        }
    }
}

/// The completion script for one shell. For bash, zsh and fish, clap's script is
/// wrapped by a function that first asks `userctl __complete` whether the word is a
/// name (an account, role, group, attribute, setting …, read from the database
/// named by `--db` or `USERCTL_DB`), and falls back to clap's completion when it is not.
pub fn completion(shell: Shell) -> Vec<u8> {
    use clap_complete::Shell as S;
    let target = match shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Elvish => S::Elvish,
        Shell::Powershell => S::PowerShell,
    };
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(target, &mut cmd, "userctl", &mut out);
    let script = String::from_utf8_lossy(&out).into_owned();
    match shell {
        Shell::Bash => format!("{script}{BASH_NAMES}"),
        Shell::Zsh => match script.rfind(ZSH_TAIL) {
            Some(at) => format!("{}{ZSH_NAMES}", &script[..at]),
            None => script,
        },
        Shell::Fish => {
            let mut out = format!("{script}{FISH_NAMES}");
            // fish completes an option's value only from the rules that declare
            // the option: one rule for each option whose value is a name.
            for (short, long) in name_options() {
                let short = short.map(|s| format!(" -s {s}")).unwrap_or_default();
                out.push_str(&format!(
                    "complete -c userctl -n '__fish_userctl_names >/dev/null'{short} -l {long} -x -a '(__fish_userctl_names)'\n"
                ));
            }
            out
        }
        Shell::Elvish | Shell::Powershell => script,
    }
    .into_bytes()
}

const BASH_NAMES: &str = r#"
# Names (accounts, roles, groups, attributes, settings …) from the database named
# by --db or USERCTL_DB. A name ending in '=' is followed by its value, not a space.
_userctl_names() {
    local cur="${COMP_WORDS[COMP_CWORD]}" names
    [[ $cur == "=" ]] && cur=""
    names="$("${COMP_WORDS[0]}" __complete -- "${COMP_WORDS[@]:0:COMP_CWORD+1}" 2>/dev/null)"
    if [[ $? -eq 0 ]]; then
        local IFS=$'
'
        COMPREPLY=( $(compgen -W "${names}" -- "${cur}") )
        [[ ${COMPREPLY[*]} == *= ]] && compopt -o nospace
        return 0
    fi
    _userctl "$@"
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _userctl_names -o nosort -o bashdefault -o default userctl
else
    complete -F _userctl_names -o bashdefault -o default userctl
fi
"#;

/// The end of clap's zsh script, replaced by [`ZSH_NAMES`].
const ZSH_TAIL: &str = r#"if [ "$funcstack[1]" = "_userctl" ]; then"#;

const ZSH_NAMES: &str = r#"# Names (accounts, roles, groups, attributes, settings …) from the database named
# by --db or USERCTL_DB. A name ending in '=' is followed by its value, not a space.
_userctl_names() {
    local out
    out="$(${words[1]} __complete -- "${(@)words[1,CURRENT]}" 2>/dev/null)" || {
        _userctl "$@"
        return
    }
    local -a names assignments
    names=(${(f)out})
    assignments=(${(M)names:#*=})
    names=(${names:#*=})
    [[ $PREFIX == --*=* ]] && compset -P '*='
    (( $#assignments )) && compadd -S '' -a assignments
    compadd -a names
}

compdef _userctl_names userctl
if [ "$funcstack[1]" = "_userctl" ]; then
    _userctl_names "$@"
fi
"#;

const FISH_NAMES: &str = r#"
# Names (accounts, roles, groups, attributes, settings …) from the database named
# by --db or USERCTL_DB. A name ending in '=' is followed by its value, not a space.
function __fish_userctl_names
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    $words[1] __complete -- $words "$current" 2>/dev/null
end
complete -c userctl -f -n '__fish_userctl_names >/dev/null' -a '(__fish_userctl_names)'
"#;

/// A word being completed that names an account, a role, a group, an attribute, a
/// setting …
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSlot {
    pub kind: Kind,
    /// What was typed of it so far.
    pub prefix: String,
    /// The database the command line names: `--db`, else `USERCTL_DB`, else
    /// `userctl.db`.
    pub db: PathBuf,
}

/// What the last of `words` (a command line from `userctl` on, the last word
/// being the one completed) names, found by walking the clap tree: the value of an
/// option, or a positional argument, whose value name or id [`name_kind`] knows,
/// or USER|PERMISSION. The new name given to a `create` or `add` command is not one.
pub fn name_slot(words: &[String]) -> Option<NameSlot> {
    let (prefix, typed) = words.split_last()?;
    let mut cmd = Cli::command();
    cmd.build();
    let mut node = &cmd;
    let mut positional = 0;
    let mut pending: Option<&clap::Arg> = None;
    let mut db = None;
    let mut after_dashes = false;
    let mut parent = "";
    // The ids of the options given so far (they decide what `user grant`'s arguments are).
    let mut given: Vec<String> = Vec::new();
    // bash splits a positional `timezone=UTC` into `timezone`, `=`, `UTC`: the `=`
    // and the word after it are the rest of that argument.
    let mut glued = false;
    for word in typed.iter().skip(1) {
        if std::mem::take(&mut glued) {
            continue;
        }
        if let Some(arg) = pending.take() {
            // bash splits `--role=mod` into `--role`, `=`, `mod`.
            if word == "=" {
                pending = Some(arg);
                continue;
            }
            if arg.get_id() == "db" {
                db = Some(PathBuf::from(word));
            }
            continue;
        }
        if word == "=" && positional > 0 {
            glued = true;
        } else if !after_dashes && word == "--" {
            after_dashes = true;
        } else if let Some(long) = word.strip_prefix("--").filter(|_| !after_dashes) {
            match long.split_once('=') {
                Some(("db", path)) => db = Some(PathBuf::from(path)),
                Some((long, _)) => given.push(long.replace('-', "_")),
                None => pending = node.get_arguments().find(|a| a.get_long() == Some(long)),
            }
        } else if word.len() > 1 && word.starts_with('-') && !after_dashes {
            let short = word.chars().last();
            pending = node
                .get_arguments()
                .find(|a| a.get_short().is_some() && a.get_short() == short);
        } else if let Some(sub) = node.find_subcommand(word).filter(|_| positional == 0) {
            parent = node.get_name();
            node = sub;
        } else {
            positional += 1;
        }
        if let Some(arg) = pending {
            given.push(arg.get_id().to_string());
            if !arg.get_action().takes_values() {
                pending = None;
            }
        }
    }
    // `--role=mod`: the value of that option, completed after the '='.
    let mut prefix = prefix.as_str();
    if pending.is_some() && prefix == "=" {
        prefix = "";
    }
    if let (None, false, Some((long, value))) = (
        pending,
        after_dashes,
        prefix.strip_prefix("--").and_then(|p| p.split_once('=')),
    ) {
        pending = node
            .get_arguments()
            .find(|a| a.get_long() == Some(long) && a.get_action().takes_values());
        pending?;
        prefix = value;
    }
    let arg = match pending {
        Some(arg) => arg,
        None if prefix.starts_with('-') && !after_dashes => return None,
        // The value of a positional NAME=VALUE (after bash split it at the `=`).
        None if glued || prefix == "=" => return None,
        None => {
            // `role create ROLE`, `group create GROUP`: a new name, not an existing one.
            if node.get_name() == "create" && matches!(parent, "role" | "group") {
                return None;
            }
            let positionals: Vec<&clap::Arg> = node.get_positionals().collect();
            let last = *positionals.last()?;
            match positionals.get(positional) {
                Some(arg) => *arg,
                None if last.get_num_args().is_some_and(|n| n.max_values() > 1) => last,
                None => return None,
            }
        }
    };
    let kind = if value_name(arg) == USER_OR_PERMISSION {
        user_or_permission(&given, positional)
    } else {
        name_kind(arg)?
    };
    // NAME=VALUE: the name is completed; once its `=` is typed, the value is not.
    if kind == Kind::AttributeAssignment && prefix.contains('=') {
        return None;
    }
    let db = db
        .or_else(|| {
            std::env::var_os("USERCTL_DB")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(|| PathBuf::from("userctl.db"));
    Some(NameSlot {
        kind,
        prefix: prefix.to_string(),
        db,
    })
}

/// The value name of `user grant|deny`'s arguments: accounts or permissions.
pub const USER_OR_PERMISSION: &str = "USER|PERMISSION";

/// An argument's value name (its id in capitals when it has none).
fn value_name(arg: &clap::Arg) -> String {
    arg.get_value_names()
        .and_then(|v| v.first())
        .map_or_else(|| arg.get_id().as_str().to_uppercase(), ToString::to_string)
}

/// What the argument at `position` of `user grant|deny` names, as the command reads
/// it: with `-p` every argument is an account; with `--from` or `--all-matching` every
/// argument is a permission; otherwise the first is an account and the rest permissions.
fn user_or_permission(given: &[String], position: usize) -> Kind {
    let has = |id: &str| given.iter().any(|g| g == id);
    if has("permission") {
        Kind::User
    } else if has("from") || has("all_matching") || position > 0 {
        Kind::Permission
    } else {
        Kind::User
    }
}

/// What an argument's value names, by its value name (USER, ROLE, GROUP, PERMISSION,
/// ATTRIBUTE, ATTRIBUTE=VALUE, KEY, SUBJECT, SOURCE|none) or id (`--as`, `--actor`,
/// a resource type). Every name a command reads from the database or knows is
/// here: this is the one place that says which.
fn name_kind(arg: &clap::Arg) -> Option<Kind> {
    match (value_name(arg).as_str(), arg.get_id().as_str()) {
        (_, "as_user" | "actor") | ("USER", _) => Some(Kind::User),
        ("ROLE", _) => Some(Kind::Role),
        ("GROUP", _) => Some(Kind::Group),
        ("PERMISSION", _) => Some(Kind::Permission),
        ("ATTRIBUTE", _) => Some(Kind::Attribute),
        ("ATTRIBUTE=VALUE", _) => Some(Kind::AttributeAssignment),
        ("KEY", _) => Some(Kind::Setting),
        ("SUBJECT", _) => Some(Kind::Subject),
        (_, "resource_type") => Some(Kind::ResourceType),
        ("SOURCE|none", _) => Some(Kind::Source),
        _ => None,
    }
}

/// The short (if any) and long names of every option, in any subcommand, whose
/// value is a name.
fn name_options() -> std::collections::BTreeSet<(Option<char>, String)> {
    fn walk(cmd: &clap::Command, out: &mut std::collections::BTreeSet<(Option<char>, String)>) {
        for arg in cmd.get_arguments() {
            if let (Some(long), Some(_)) = (arg.get_long(), name_kind(arg)) {
                out.insert((arg.get_short(), long.to_string()));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, out);
        }
    }
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = std::collections::BTreeSet::new();
    walk(&cmd, &mut out);
    out
}

/// Every man page: `userctl.1` and one `userctl-NOUN-VERB.1` per subcommand, as
/// (file name, contents).
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    collect(cmd, None, &mut pages)?;
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(pages)
}

fn collect(
    cmd: clap::Command,
    parent: Option<&str>,
    pages: &mut Vec<(String, Vec<u8>)>,
) -> Result<()> {
    let stem = match parent {
        Some(parent) => format!("{parent}-{}", cmd.get_name()),
        None => cmd.get_name().to_string(),
    };
    let children: Vec<String> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| format!("{stem}-{}", s.get_name()))
        .collect();
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
        collect(sub, Some(&stem), pages)?;
    }
    // The examples and the exit codes get their own sections instead of the
    // after-help text.
    let examples = cmd.get_after_long_help().map(ToString::to_string);
    let man = clap_mangen::Man::new(cmd.after_help(None::<&str>).after_long_help(None::<&str>));
    let mut out = Vec::new();
    man.render(&mut out)?;
    out.extend_from_slice(exit_status_roff().as_bytes());
    out.extend_from_slice(environment_roff().as_bytes());
    out.extend_from_slice(FILES_ROFF.as_bytes());
    if let Some(examples) = examples {
        out.extend_from_slice(examples_roff(&examples).as_bytes());
    }
    out.extend_from_slice(see_also_roff(parent, &children).as_bytes());
    pages.push((man.get_filename(), out));
    Ok(())
}

/// Text as a roff line: hyphens and backslashes escaped, a leading `.` or `'`
/// kept from being read as a request.
fn roff_text(line: &str) -> String {
    let text = line.replace('\\', "\\e").replace('-', "\\-");
    if text.starts_with(['.', '\'']) {
        format!("\\&{text}")
    } else {
        text
    }
}

/// The `Examples:` after-help as an EXAMPLES section: each `# comment` a
/// paragraph, each command a literal line.
fn examples_roff(text: &str) -> String {
    let mut roff = String::from(".SH EXAMPLES\n");
    let mut lines = text.lines();
    // A heading longer than "Examples:" says what the examples are.
    if let Some(what) = lines
        .next()
        .and_then(|l| l.strip_prefix("Examples ("))
        .and_then(|l| l.strip_suffix("):"))
    {
        roff.push_str(&format!(".PP\n{}:\n", roff_text(&upper_first(what))));
    }
    let mut in_comment = false;
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match line.strip_prefix("# ") {
            // Consecutive comment lines are one paragraph.
            Some(comment) if in_comment => roff.push_str(&format!("{}\n", roff_text(comment))),
            Some(comment) => roff.push_str(&format!(".PP\n{}\n", roff_text(comment))),
            None => roff.push_str(&format!(".PP\n.nf\n\\fB{}\\fR\n.fi\n", roff_text(line))),
        }
        in_comment = line.starts_with("# ");
    }
    roff
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The pages around this one (its parent and its subcommands), and the guides.
fn see_also_roff(parent: Option<&str>, children: &[String]) -> String {
    let pages: Vec<String> = parent
        .into_iter()
        .map(str::to_string)
        .chain(children.iter().cloned())
        .map(|page| format!("\\fB{}\\fR(1)", roff_text(&page)))
        .collect();
    let mut roff = String::from(".SH \"SEE ALSO\"\n");
    if !pages.is_empty() {
        roff.push_str(&format!("{}\n.PP\n", pages.join(", ")));
    }
    roff.push_str(
        "The operator guide (docs/operator\\-guide.md: accounts, access, imports, recovery, \
         audit, database care, security), the application guide \
         (docs/application\\-guide.md: what an application runs, the schema) and README.md \
         in userctl's source.\n",
    );
    roff
}

/// The environment variables, as in `userctl --help`.
fn environment_roff() -> String {
    let mut roff = String::from(".SH ENVIRONMENT\n");
    for line in ENVIRONMENT.lines().skip(1) {
        let line = line.trim();
        let (name, text) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        roff.push_str(&format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            roff_text(name),
            roff_text(text.trim())
        ));
    }
    roff
}

const FILES_ROFF: &str = r".SH FILES
.TP
\fB./userctl.db\fR
The database when neither \fB\-\-db\fR nor \fBUSERCTL_DB\fR names one. A new
database, its \fB\-wal\fR and \fB\-shm\fR files, backups, exports and password
files are created mode 0600.
.TP
\fB$SQLITE_TMPDIR\fR, \fB/var/tmp\fR, \fB/tmp\fR
Where SQLite keeps the temporary staging file of \fBimport\-csv\fR (about 200
bytes a row), the first that is writable.
";

/// The contract's exit codes as a roff section.
fn exit_status_roff() -> String {
    let mut roff = String::from(".SH \"EXIT STATUS\"\n");
    for line in EXIT_CODES.lines().skip(1) {
        let line = line.trim();
        let (code, text) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        roff.push_str(&format!(
            ".TP\n\\fB{code}\\fR\n{}\n",
            text.trim().replace('\\', "\\e").replace('-', "\\-")
        ));
    }
    roff
}

/// Every generated file, as (path relative to the repository, contents).
pub fn all_files() -> Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = Shell::ALL
        .iter()
        .map(|&s| {
            (
                PathBuf::from("completions").join(s.file_name()),
                completion(s),
            )
        })
        .collect();
    for (name, page) in man_pages()? {
        files.push((PathBuf::from("man").join(name), page));
    }
    Ok(files)
}
