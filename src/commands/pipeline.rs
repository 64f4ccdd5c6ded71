//! What the pipeline's write commands share: their exit codes, the deal an operator may
//! act on, the question asked before a change that is hard to take back, and their
//! lines in the operator's language.

use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::process::ExitCode;

use linkstar_app::dashboard::DashboardReads;
use linkstar_app::port::DealSummary;
use linkstar_app::{AppError, Store};
use linkstar_core::brand::Operator;
use linkstar_core::ids::DealId;
use linkstar_i18n::PipelineConsole;
use linkstar_store::SqlStore;

use super::Context;

/// Exit code for something named that does not exist, a usage mistake, or a change
/// that needs `--yes` off a terminal.
pub(crate) const NOT_FOUND: u8 = super::deals::NOT_FOUND;

/// Exit code for a change the deal's rules refuse (wrong stage, rounds used up, bad
/// input); nothing changed.
pub(crate) const REFUSED: u8 = 3;

/// The exit codes as `--help` states them for every write command.
pub(crate) const EXIT_HELP: &str = "Exit codes: 0 done; 1 failure (database, output); 2 unknown deal, campaign or creator (with a suggestion), a usage mistake, or a change that needs --yes when not on a terminal (nothing changed); 3 refused by the deal's rules, e.g. not possible at its stage (nothing changed, the reason is printed).";

/// A pipeline line in the operator's language.
pub(crate) fn say(ctx: &Context, line: PipelineConsole) -> String {
    ctx.localizer.pipeline_console(&line, ctx.language)
}

/// Prints a line to stdout; a closed pipe ends the output quietly (see `main`).
pub(crate) fn print(text: &str) -> std::io::Result<()> {
    writeln!(std::io::stdout(), "{text}")
}

/// The deal `id` with its names, when it belongs to the operator's brand; another
/// brand's deal is as unknown as a missing one.
pub(crate) async fn brand_deal(store: &SqlStore, operator: &Operator, id: i64) -> anyhow::Result<Option<DealSummary>> {
    let reads: &dyn DashboardReads = store;
    let Some(summary) = reads.deal_summary(DealId(id)).await? else { return Ok(None) };
    let campaign = store.find_campaign(&summary.deal.campaign_id.0.to_string()).await?;
    Ok(campaign.filter(|c| c.brand_id == operator.brand_id).map(|_| summary))
}

/// The answer to an unknown deal: the error in the operator's language and exit code 2.
pub(crate) fn unknown_deal(ctx: &Context) -> ExitCode {
    super::deals::not_found(ctx, &anyhow::Error::new(AppError::NotFound("deal")))
}

/// Tells why an operation failed and picks the exit code: an unknown deal 2, a refusal
/// by the rules 3; anything else (the database, the disk) goes back to `main` as a failure.
pub(crate) fn refused(ctx: &Context, error: AppError) -> anyhow::Result<ExitCode> {
    let code = match &error {
        AppError::NotFound(_) | AppError::NotYourDeal => NOT_FOUND,
        AppError::Store(_) => return Err(error.into()),
        _ => REFUSED,
    };
    eprintln!("{}", ctx.describe(&anyhow::Error::new(error)));
    Ok(ExitCode::from(code))
}

/// Whether to go ahead with a change: yes with `--yes`; on a terminal, the operator's
/// answer to `question`; off a terminal nobody can answer, so the flag to add is printed
/// and the exit code (2) comes back as the error.
pub(crate) fn confirm(ctx: &Context, question: &str, yes: bool) -> anyhow::Result<Result<(), ExitCode>> {
    if yes {
        return Ok(Ok(()));
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        eprintln!("{}", say(ctx, PipelineConsole::NeedsYes { flag: "--yes" }));
        return Ok(Err(ExitCode::from(NOT_FOUND)));
    }
    let mut err = std::io::stderr();
    write!(err, "{question} ")?;
    err.flush()?;
    let mut answer = String::new();
    stdin.lock().read_line(&mut answer)?;
    if is_yes(&say(ctx, PipelineConsole::YesWords), &answer) {
        Ok(Ok(()))
    } else {
        eprintln!("{}", say(ctx, PipelineConsole::NothingChanged));
        Ok(Err(ExitCode::SUCCESS))
    }
}

/// Whether `answer` is one of the comma-separated `words` meaning yes (case aside).
fn is_yes(words: &str, answer: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    !answer.is_empty() && words.split(',').any(|w| w.trim().to_lowercase() == answer)
}

#[cfg(test)]
mod tests {
    use super::is_yes;

    #[test]
    fn only_the_languages_yes_words_confirm() {
        assert!(is_yes("j, ja, y, yes", "Ja\n"));
        assert!(is_yes("y, yes", " y "));
        assert!(!is_yes("y, yes", "\n"));
        assert!(!is_yes("y, yes", "no"));
        assert!(!is_yes("y, yes", "yess"));
    }
}
