//! `linkstar audit verify`.

use std::process::ExitCode;

use clap::Subcommand;

use linkstar_i18n::Console;

use super::Context;

/// Audit log commands.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain; exit non-zero naming the first broken event.
    Verify,
}

/// Runs an audit command.
pub async fn run(ctx: &Context, cmd: AuditCommand) -> anyhow::Result<ExitCode> {
    let AuditCommand::Verify = cmd;
    let (_, app) = ctx.open().await?;
    match app.verify_audit().await? {
        Ok(n) => {
            println!("{}", ctx.say(Console::AuditIntact { events: n }));
            Ok(ExitCode::SUCCESS)
        }
        Err(broken) => {
            eprintln!("{}", ctx.say(Console::AuditBroken { event: broken.id.0, problem: broken.problem }));
            Ok(ExitCode::FAILURE)
        }
    }
}
