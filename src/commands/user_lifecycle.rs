//! `userctl user edit|role|deactivate|activate|delete|passwd|reset-2fa|verify`.

use anyhow::Result;

use crate::commands::user::UserCommand;
use crate::commands::{not_yet, Ctx};

pub fn run(_ctx: &Ctx, cmd: &UserCommand) -> Result<()> {
    not_yet(&format!("user {cmd:?}"))
}
