//! The one way userctl creates files: exports, rejects, password files, backups and
//! new databases.
//!
//! - Every file is created with `O_CREAT|O_EXCL|O_NOFOLLOW` — never through a symlink,
//!   never over an existing file — and is mode 0600 from the first byte, whatever the
//!   umask.
//! - An [`Output`] is written beside its target under an unpredictable hidden name
//!   (`.NAME.partial-PID-RANDOM`) and moved into place when complete, so a failed or
//!   killed command never leaves a half-written target. Without `--force` the move
//!   refuses an existing target atomically (a no-replace rename, or a hard link); with
//!   it, a rename replaces the target's directory entry, so a symlink or hard link
//!   there is replaced, never written through.
//! - [`open_append`] opens a secrets file that must grow only when it is a regular
//!   file of ours, not linked elsewhere, and private.
//! - No output may be the database, its side files or the command's input
//!   ([`Protected`]), whatever `--force` says: compared by device and inode and by
//!   path, the database's real file (its symlinks resolved, as SQLite resolves them)
//!   as well as the name it was given.
//! - `--force` replaces a regular file or a symlink (the link, never its target); a
//!   directory, FIFO, device or socket at an output path is refused (exit 4).
//! - Content is written through the file descriptor userctl created, never reopened
//!   by name; a target that is not that file once moved into place (another user
//!   swapped the name in a directory they may write) is an error.
//! - Leftovers of killed runs (`.NAME.partial-PID…` of a process that no longer runs)
//!   are removed by the next run writing the same target, and listed by
//!   [`stale_partials`] for `db check`.

use std::ffi::OsString;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::error::{refuse, Refusal};

/// The mode of every file userctl creates.
pub const MODE: u32 = 0o600;

/// The marker in the names of files being written beside their target.
const PARTIAL: &str = ".partial-";

/// What to do when the target already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Refuse (exit 4): the default.
    Refuse,
    /// Replace it by renaming the new file over it (`--force`).
    Replace,
}

impl Existing {
    /// `--force` → [`Existing::Replace`].
    pub fn from_force(force: bool) -> Self {
        if force {
            Existing::Replace
        } else {
            Existing::Refuse
        }
    }
}

/// Paths no output may be: the database, its -wal/-shm/-journal, the command's input.
/// Compared by device and inode and by canonical path.
#[derive(Debug, Clone, Default)]
pub struct Protected {
    entries: Vec<(PathBuf, String)>,
}

impl Protected {
    /// Nothing protected (a command without a database or input).
    pub fn none() -> Self {
        Self::default()
    }

    /// The database and its side files, under the name given and under the real
    /// file's name: SQLite resolves a symlinked `--db` and keeps its -wal, -shm and
    /// -journal beside the real file.
    pub fn database(db: &Path) -> Self {
        let mut p = Self::none();
        let mut names = vec![db.to_path_buf()];
        if let Ok(real) = std::fs::canonicalize(db) {
            names.push(real);
        }
        for name in names {
            p.entries.push((name.clone(), "the database".into()));
            for suffix in ["-wal", "-shm", "-journal"] {
                p.entries.push((
                    with_suffix(&name, suffix),
                    format!("the database's {suffix} file"),
                ));
            }
        }
        p
    }

    /// Adds the command's input file (standard input, "-", is nothing to protect).
    #[must_use]
    pub fn input(mut self, input: &Path) -> Self {
        if input != Path::new("-") {
            self.entries
                .push((input.to_path_buf(), "the command's input file".into()));
        }
        self
    }

    /// Refuses (exit 2) a target that is one of the protected files.
    pub fn check(&self, target: &Path) -> Result<()> {
        let target_ids = identities(target);
        let target_paths = canonical_forms(target);
        for (path, what) in &self.entries {
            let same_inode = identities(path).iter().any(|id| target_ids.contains(id));
            let same_path = canonical_forms(path)
                .iter()
                .any(|p| target_paths.contains(p));
            if same_inode || same_path {
                return refuse(
                    Refusal::usage(format!(
                        "refusing to write {}: it is {what} ({})",
                        target.display(),
                        path.display()
                    ))
                    .hint("an output file may never be the database, its -wal/-shm/-journal files or the input; name another file"),
                );
            }
        }
        Ok(())
    }
}

/// `path` with `suffix` appended to its file name (`users.db` → `users.db-wal`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// (device, inode) of the path itself and of what it points to, where they exist.
fn identities(path: &Path) -> Vec<(u64, u64)> {
    [std::fs::symlink_metadata(path), std::fs::metadata(path)]
        .into_iter()
        .filter_map(|m| m.ok().map(|m| (m.dev(), m.ino())))
        .collect()
}

/// The canonical path of the file itself (its directory resolved, the name kept) and,
/// when it resolves, of what it points to.
fn canonical_forms(path: &Path) -> Vec<PathBuf> {
    let mut forms = Vec::new();
    if let Ok(p) = std::fs::canonicalize(path) {
        forms.push(p);
    }
    if let (Ok(dir), Some(name)) = (std::fs::canonicalize(parent_dir(path)), path.file_name()) {
        forms.push(dir.join(name));
    }
    forms
}

/// The directory holding `path` ("." for a bare file name).
pub fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn file_name(path: &Path) -> OsString {
    path.file_name()
        .map_or_else(|| OsString::from("output"), ToOwned::to_owned)
}

/// What a file is, for messages: "a regular file", "a directory", "a FIFO (named
/// pipe)", "a character device", "a block device", "a socket", "a symbolic link".
pub fn file_kind(t: std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_file() {
        "a regular file"
    } else if t.is_symlink() {
        "a symbolic link"
    } else if t.is_dir() {
        "a directory"
    } else if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    }
}

/// Whether an existing `target` (its `lstat`) may be replaced: only a regular file
/// or a symlink, and only when replacing; anything else is refused (exit 4) naming
/// what it is, `--force` or not.
fn replaceable(target: &Path, meta: &std::fs::Metadata, existing: Existing) -> Result<()> {
    let t = meta.file_type();
    if !t.is_file() && !t.is_symlink() {
        return refuse(
            Refusal::conflict(format!(
                "{} is {}: refusing to write over it",
                target.display(),
                file_kind(t)
            ))
            .hint("an output replaces only a regular file or a symbolic link (with --force); name a new file"),
        );
    }
    match existing {
        Existing::Refuse => refuse(exists_refusal(target)),
        Existing::Replace => Ok(()),
    }
}

fn exists_refusal(target: &Path) -> Refusal {
    Refusal::conflict(format!("{} already exists", target.display()))
        .hint("choose another name, or add --force to replace it")
}

/// Checks a target before any work is done: not protected, not existing (unless
/// replacing), not a directory. [`Output::create`] runs it; call it yourself to fail
/// before a long command writes anything.
pub fn preflight(target: &Path, existing: Existing, protected: &Protected) -> Result<()> {
    protected.check(target)?;
    match std::fs::symlink_metadata(target) {
        Ok(m) => replaceable(target, &m, existing),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let dir = parent_dir(target);
            if dir.is_dir() {
                Ok(())
            } else {
                refuse(Refusal::not_found(format!(
                    "cannot write {}: no directory {}",
                    target.display(),
                    dir.display()
                )))
            }
        }
        Err(e) => Err(e).with_context(|| format!("checking {}", target.display())),
    }
}

/// Creates a new file at `path`: `O_CREAT|O_EXCL|O_NOFOLLOW`, mode 0600 whatever the
/// umask. An existing file (or symlink) is refused with exit 4.
pub fn create_new(path: &Path) -> Result<File> {
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(MODE)
        .custom_flags(nofollow())
        .open(path)
        .map_err(|e| {
            if e.kind() == io::ErrorKind::AlreadyExists {
                anyhow::Error::new(exists_refusal(path))
            } else {
                anyhow::Error::new(e).context(format!("creating {}", path.display()))
            }
        })?;
    // The umask may have taken bits away (0277 would leave 0400): set exactly 0600
    // while the file is still empty.
    file.set_permissions(std::fs::Permissions::from_mode(MODE))
        .with_context(|| format!("setting the mode of {}", path.display()))?;
    Ok(file)
}

fn nofollow() -> i32 {
    open_flags(rustix::fs::OFlags::NOFOLLOW)
}

/// `O_*` bits as `OpenOptionsExt::custom_flags` takes them (all far below `i32::MAX`).
fn open_flags(flags: rustix::fs::OFlags) -> i32 {
    flags.bits() as i32
}

/// A file being written beside its target, moved into place by [`Output::commit`];
/// dropped uncommitted, it is removed (with any -wal/-shm/-journal SQLite made for it).
#[derive(Debug)]
pub struct Output {
    file: Option<File>,
    /// (device, inode) of the file created: what must end up at the target.
    identity: (u64, u64),
    temp: PathBuf,
    target: PathBuf,
    existing: Existing,
    committed: bool,
}

impl Output {
    /// Checks the target ([`preflight`]), removes leftovers of killed runs for it, and
    /// creates the hidden file beside it.
    pub fn create(target: &Path, existing: Existing, protected: &Protected) -> Result<Self> {
        preflight(target, existing, protected)?;
        remove_stale_partials(target);
        let dir = parent_dir(target);
        let mut prefix = OsString::from(".");
        prefix.push(file_name(target));
        prefix.push(format!("{PARTIAL}{}-", std::process::id()));
        // An unpredictable name; a collision (never in practice) is simply retried.
        let mut last = None;
        for _ in 0..8 {
            let mut name = prefix.clone();
            name.push(random_hex()?);
            let temp = dir.join(name);
            match create_new(&temp) {
                Ok(file) => {
                    let meta = file
                        .metadata()
                        .with_context(|| format!("checking {}", temp.display()))?;
                    return Ok(Output {
                        file: Some(file),
                        identity: (meta.dev(), meta.ino()),
                        temp,
                        target: target.to_path_buf(),
                        existing,
                        committed: false,
                    });
                }
                Err(e) if crate::error::refusal_of(&e).is_some() => last = Some(e),
                Err(e) => return Err(e.context(format!("writing beside {}", target.display()))),
            }
        }
        Err(last.unwrap_or_else(|| anyhow::anyhow!("no free temporary name")))
            .with_context(|| format!("writing beside {}", target.display()))
    }

    /// Where the content is being written (for SQLite, which opens files by name).
    pub fn temp_path(&self) -> &Path {
        &self.temp
    }

    /// Where it goes.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Gives the target the owner and group of an existing file it replaces (a
    /// database an application's account made, say). Best effort: only root may.
    pub fn keep_owner_of(&self, existing: &std::fs::Metadata) {
        if let Some(file) = &self.file {
            let _ = std::os::unix::fs::fchown(file, Some(existing.uid()), Some(existing.gid()));
        }
    }

    /// Flushes the content to disk and moves it into place: over an existing target
    /// only when replacing, else refused (exit 4) without touching it.
    pub fn commit(mut self) -> Result<()> {
        if let Some(file) = self.file.take() {
            file.sync_all()
                .with_context(|| format!("writing {}", self.target.display()))?;
        }
        for suffix in ["-wal", "-journal"] {
            let side = with_suffix(&self.temp, suffix);
            if std::fs::metadata(&side).is_ok_and(|m| m.len() > 0) {
                anyhow::bail!(
                    "{} was not completed: changes are still in {} (is the disk full?)",
                    self.target.display(),
                    side.display()
                );
            }
        }
        self.check_identity(&self.temp)?;
        if let Err(e) = place(&self.temp, &self.target, self.existing) {
            // Gone or replaced since the check above: say so, not "no such file".
            self.check_identity(&self.temp)?;
            return Err(e);
        }
        self.committed = true;
        self.check_identity(&self.target)?;
        remove_side_files(&self.temp);
        // Make the new directory entry durable; a failure here loses nothing written.
        if let Ok(dir) = File::open(parent_dir(&self.target)) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

impl Output {
    /// Refuses (exit 4) when `name` is no longer the file this output created: in a
    /// directory another user may write, they swapped it.
    fn check_identity(&self, name: &Path) -> Result<()> {
        let found = std::fs::symlink_metadata(name).map(|m| (m.dev(), m.ino()));
        if found.ok() == Some(self.identity) {
            return Ok(());
        }
        refuse(
            Refusal::conflict(format!(
                "{} was replaced by another file while userctl wrote it: another user can \
                 change names in {}",
                name.display(),
                parent_dir(name).display()
            ))
            .hint("write into a directory only you can change (not writable by others, or with the sticky bit, like /tmp)"),
        )
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.file {
            Some(f) => f.write(buf),
            None => Err(io::Error::other("the file was already moved into place")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.file {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        if !self.committed {
            self.file = None;
            let _ = std::fs::remove_file(&self.temp);
            remove_side_files(&self.temp);
        }
    }
}

fn remove_side_files(path: &Path) {
    for suffix in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(with_suffix(path, suffix));
    }
}

/// Moves `temp` to `target`: a rename when replacing; otherwise a rename that never
/// replaces (`renameat2(RENAME_NOREPLACE)`, or a hard link where that is unsupported).
fn place(temp: &Path, target: &Path, existing: Existing) -> Result<()> {
    let moving = || format!("moving the new file into place at {}", target.display());
    if existing == Existing::Replace {
        if let Ok(m) = std::fs::symlink_metadata(target) {
            replaceable(target, &m, existing)?;
        }
        return std::fs::rename(temp, target).with_context(moving);
    }
    let cwd = rustix::fs::CWD;
    match rustix::fs::renameat_with(cwd, temp, cwd, target, rustix::fs::RenameFlags::NOREPLACE) {
        Ok(()) => Ok(()),
        Err(rustix::io::Errno::EXIST) => refuse(exists_refusal(target)),
        Err(rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS | rustix::io::Errno::OPNOTSUPP) => {
            match std::fs::hard_link(temp, target) {
                Ok(()) => {
                    let _ = std::fs::remove_file(temp);
                    Ok(())
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    refuse(exists_refusal(target))
                }
                Err(e) => Err(e).with_context(moving),
            }
        }
        Err(e) => Err(io::Error::from(e)).with_context(moving),
    }
}

fn random_hex() -> Result<String> {
    let mut bytes = [0u8; 8];
    getrandom::getrandom(&mut bytes).context("reading the system's random source")?;
    Ok(format!("{:016x}", u64::from_le_bytes(bytes)))
}

/// Reads all of `reader` when it holds at most `limit` bytes; `None` when it holds
/// more (a device like /dev/zero never ends): every whole-file read of an input
/// (`--from`, `--map-file`) is bounded by this.
pub fn read_bounded(reader: impl io::Read, limit: u64) -> io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Opens an existing secrets file for appending, never through a symlink: `None` when
/// there is no file. Refused (exit 4, naming the reason) unless it is a regular file
/// owned by this user, with no other hard link, and not open to group or others.
pub fn open_append(path: &Path, protected: &Protected) -> Result<Option<File>> {
    protected.check(path)?;
    let before = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("checking {}", path.display())),
    };
    check_appendable(path, &before)?;
    // O_NONBLOCK: should a FIFO be swapped in after the check, the open fails
    // instead of hanging; the identity check below catches any swap.
    let file = OpenOptions::new()
        .append(true)
        .custom_flags(open_flags(
            rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK,
        ))
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    let meta = file
        .metadata()
        .with_context(|| format!("checking {}", path.display()))?;
    if (meta.dev(), meta.ino()) != (before.dev(), before.ino()) {
        return refuse(Refusal::conflict(format!(
            "{} was replaced while it was being opened",
            path.display()
        )));
    }
    check_appendable(path, &meta)?;
    Ok(Some(file))
}

fn check_appendable(path: &Path, meta: &std::fs::Metadata) -> Result<()> {
    let shown = path.display();
    let reason = if meta.file_type().is_symlink() {
        Some("is a symbolic link".to_string())
    } else if !meta.is_file() {
        Some(format!(
            "is {}, not a regular file",
            file_kind(meta.file_type())
        ))
    } else if meta.uid() != rustix::process::geteuid().as_raw() {
        Some(format!("is owned by another user (uid {})", meta.uid()))
    } else if meta.nlink() != 1 {
        Some(format!("has {} hard links", meta.nlink()))
    } else if meta.mode() & 0o077 != 0 {
        Some(format!(
            "is open to other users (mode {:04o}; chmod 600 it)",
            meta.mode() & 0o7777
        ))
    } else {
        None
    };
    match reason {
        Some(reason) => refuse(
            Refusal::conflict(format!("refusing to add secrets to {shown}: it {reason}"))
                .hint("name a new file, or a private file of your own"),
        ),
        None => Ok(()),
    }
}

/// The process id in a partial file's name, if it is one: `.NAME.partial-PID[-…]`.
fn partial_pid(name: &str) -> Option<i32> {
    if !name.starts_with('.') {
        return None;
    }
    let rest = &name[name.rfind(PARTIAL)? + PARTIAL.len()..];
    let digits: &str = rest.split(|c: char| !c.is_ascii_digit()).next()?;
    digits.parse().ok()
}

fn running(pid: i32) -> bool {
    match rustix::process::Pid::from_raw(pid) {
        // EPERM: it exists, owned by someone else.
        Some(pid) => !matches!(
            rustix::process::test_kill_process(pid),
            Err(rustix::io::Errno::SRCH)
        ),
        None => false,
    }
}

/// Partial files left in `dir` by killed runs (their process no longer runs): the
/// half-written exports, backups and databases `db check` reports.
pub fn stale_partials(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| {
            e.file_name()
                .to_str()
                .and_then(partial_pid)
                .is_some_and(|pid| !running(pid))
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// Removes this user's leftovers of killed runs writing `target`.
fn remove_stale_partials(target: &Path) {
    let mut prefix = OsString::from(".");
    prefix.push(file_name(target));
    prefix.push(PARTIAL);
    let Some(prefix) = prefix.to_str().map(str::to_owned) else {
        return;
    };
    let me = rustix::process::geteuid().as_raw();
    for path in stale_partials(&parent_dir(target)) {
        let ours = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(&prefix));
        if ours && std::fs::symlink_metadata(&path).is_ok_and(|m| m.uid() == me) {
            let _ = std::fs::remove_file(&path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn read(path: &Path) -> String {
        let mut s = String::new();
        File::open(path).unwrap().read_to_string(&mut s).unwrap();
        s
    }

    fn mode(path: &Path) -> u32 {
        std::fs::symlink_metadata(path).unwrap().mode() & 0o7777
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn output_appears_only_on_commit_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        let mut out = Output::create(&target, Existing::Refuse, &Protected::none()).unwrap();
        out.write_all(b"a,b\n").unwrap();
        assert!(!target.exists());
        assert_eq!(mode(out.temp_path()), 0o600);
        let name = out
            .temp_path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(name.starts_with(&format!(".out.csv.partial-{}-", std::process::id())));
        out.commit().unwrap();
        assert_eq!(read(&target), "a,b\n");
        assert_eq!(mode(&target), 0o600);
        assert_eq!(entries(dir.path()), ["out.csv"]);
    }

    #[test]
    fn dropped_output_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        let mut out = Output::create(&target, Existing::Refuse, &Protected::none()).unwrap();
        out.write_all(b"half").unwrap();
        drop(out);
        assert!(entries(dir.path()).is_empty());
    }

    #[test]
    fn existing_target_refused_without_replace_and_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        std::fs::write(&target, "precious").unwrap();
        let err = Output::create(&target, Existing::Refuse, &Protected::none()).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 4);
        assert_eq!(read(&target), "precious");
    }

    #[test]
    fn target_appearing_during_the_write_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        let mut out = Output::create(&target, Existing::Refuse, &Protected::none()).unwrap();
        out.write_all(b"new").unwrap();
        std::fs::write(&target, "precious").unwrap();
        let err = out.commit().unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 4);
        assert_eq!(read(&target), "precious");
        assert_eq!(entries(dir.path()), ["out.csv"]);
    }

    #[test]
    fn replacing_a_symlink_replaces_the_link_not_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "precious").unwrap();
        let target = dir.path().join("out.csv");
        std::os::unix::fs::symlink(&victim, &target).unwrap();
        let err = Output::create(&target, Existing::Refuse, &Protected::none()).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 4);
        let mut out = Output::create(&target, Existing::Replace, &Protected::none()).unwrap();
        out.write_all(b"new").unwrap();
        out.commit().unwrap();
        assert_eq!(read(&victim), "precious");
        assert!(!std::fs::symlink_metadata(&target)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(read(&target), "new");
        assert_eq!(mode(&target), 0o600);
    }

    #[test]
    fn replacing_a_hard_link_leaves_the_other_name_alone() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "precious").unwrap();
        let target = dir.path().join("out.csv");
        std::fs::hard_link(&victim, &target).unwrap();
        let mut out = Output::create(&target, Existing::Replace, &Protected::none()).unwrap();
        out.write_all(b"new").unwrap();
        out.commit().unwrap();
        assert_eq!(read(&victim), "precious");
        assert_eq!(read(&target), "new");
    }

    #[test]
    fn create_new_never_follows_a_dangling_symlink() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("would-be-created");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        let err = create_new(&link).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 4);
        assert!(!victim.exists());
    }

    #[test]
    fn protected_paths_refused_by_path_inode_and_link() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("users.db");
        std::fs::write(&db, "db").unwrap();
        let input = dir.path().join("in.csv");
        std::fs::write(&input, "x").unwrap();
        let protected = Protected::database(&db).input(&input);
        let hard = dir.path().join("hard");
        std::fs::hard_link(&db, &hard).unwrap();
        let soft = dir.path().join("soft");
        std::os::unix::fs::symlink(&db, &soft).unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let dotted = sub.join("../users.db");
        for target in [
            db.clone(),
            with_suffix(&db, "-wal"),
            with_suffix(&db, "-journal"),
            input.clone(),
            hard,
            soft,
            dotted,
        ] {
            for existing in [Existing::Refuse, Existing::Replace] {
                let err = Output::create(&target, existing, &protected).unwrap_err();
                assert_eq!(crate::error::exit_code(&err), 2, "{}", target.display());
            }
        }
        assert!(protected.check(&dir.path().join("other.csv")).is_ok());
        assert_eq!(read(&db), "db");
    }

    #[test]
    fn append_only_to_a_private_regular_file_of_ours() {
        let dir = tempfile::tempdir().unwrap();
        let p = Protected::none();
        let secrets = dir.path().join("pw.csv");
        assert!(open_append(&secrets, &p).unwrap().is_none());
        create_new(&secrets).unwrap().write_all(b"one\n").unwrap();
        open_append(&secrets, &p)
            .unwrap()
            .unwrap()
            .write_all(b"two\n")
            .unwrap();
        assert_eq!(read(&secrets), "one\ntwo\n");
        assert_eq!(mode(&secrets), 0o600);

        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&secrets, &link).unwrap();
        let hard = dir.path().join("hard");
        std::fs::hard_link(&secrets, &hard).unwrap();
        for refused in [&link, &hard, &secrets] {
            let err = open_append(refused, &p).unwrap_err();
            assert_eq!(crate::error::exit_code(&err), 4, "{}", refused.display());
        }
        std::fs::remove_file(&hard).unwrap();
        std::fs::set_permissions(&secrets, std::fs::Permissions::from_mode(0o640)).unwrap();
        let err = open_append(&secrets, &p).unwrap_err();
        assert!(format!("{err:#}").contains("mode 0640"), "{err:#}");
        let err = open_append(dir.path(), &p).unwrap_err();
        assert!(format!("{err:#}").contains("not a regular file"));
        assert_eq!(read(&secrets), "one\ntwo\n");
    }

    #[test]
    fn partial_names() {
        assert_eq!(partial_pid(".b.db.partial-123"), Some(123));
        assert_eq!(partial_pid(".b.db.partial-123-abcdef"), Some(123));
        assert_eq!(partial_pid(".x.partial-1.y.partial-77-ff-wal"), Some(77));
        assert_eq!(partial_pid("b.db.partial-123"), None);
        assert_eq!(partial_pid(".b.db"), None);
    }

    #[test]
    fn leftovers_of_dead_processes_are_removed_by_the_next_write() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("b.db");
        // A pid far above pid_max cannot be running.
        let dead = dir.path().join(".b.db.partial-2147483646-00ff");
        let other = dir.path().join(".c.db.partial-2147483646");
        let live = dir
            .path()
            .join(format!(".b.db.partial-{}", std::process::id()));
        for f in [&dead, &other, &live] {
            std::fs::write(f, "hash").unwrap();
        }
        assert_eq!(stale_partials(dir.path()), [dead.clone(), other.clone()]);
        let out = Output::create(&target, Existing::Refuse, &Protected::none()).unwrap();
        out.commit().unwrap();
        assert!(!dead.exists());
        assert!(other.exists() && live.exists());
    }
}
