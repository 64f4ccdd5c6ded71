//! `linkstar creators import FILE.csv`, `linkstar creators export` and
//! `linkstar creators search` (in `creators_search.rs`).

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

use linkstar_app::Store;
use linkstar_core::creator::CreatorProfile;
use linkstar_core::ids::CreatorId;
use linkstar_csv::creators;
use linkstar_i18n::{Console, Job};

use crate::progress::Progress;

use super::Context;

/// Creator pool commands.
#[derive(Debug, Subcommand)]
pub enum CreatorsCommand {
    /// Import creators from CSV. Bad rows are reported with line numbers and skipped;
    /// good rows are kept. Exits with 2 when some rows were refused.
    Import {
        /// The CSV file (see README for the columns).
        file: PathBuf,
    },
    /// Export the whole pool as CSV (same columns as import).
    Export {
        /// Write here instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Search the pool with the dashboard's filters, with fit for a campaign.
    #[command(long_about = super::creators_search::SEARCH_HELP, after_help = super::creators_search::SEARCH_EXIT)]
    Search(Box<super::creators_search::SearchArgs>),
}

/// Rows per import transaction.
const BATCH: usize = 5_000;

/// Runs a creators command.
pub async fn run(ctx: &Context, cmd: CreatorsCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        CreatorsCommand::Import { file } => import(ctx, file).await,
        CreatorsCommand::Export { output } => export(ctx, output).await,
        CreatorsCommand::Search(args) => super::creators_search::search(ctx, *args).await,
    }
}

async fn import(ctx: &Context, path: PathBuf) -> anyhow::Result<ExitCode> {
    let file = File::open(&path).with_context(|| format!("opening {}", path.display()))?;
    let (store, app) = ctx.open().await?;
    let operator = ctx.operator(store.as_ref()).await?;
    let mut progress = Progress::start(&ctx.localizer, ctx.language, Job::Import, None);
    let mut refused: Vec<(u64, String)> = Vec::new();
    let mut imported = 0usize;
    let mut batch: Vec<(u64, CreatorProfile)> = Vec::with_capacity(BATCH);
    let mut rows = creators::read(BufReader::new(file)).peekable();
    while rows.peek().is_some() {
        for row in rows.by_ref().take(BATCH) {
            match row {
                Ok(good) => batch.push(good),
                Err(bad) => refused.push((bad.line, bad.reason)),
            }
        }
        let report = app.import_creators(operator.id, std::mem::take(&mut batch)).await?;
        imported += report.imported.len();
        refused.extend(report.rejected);
        progress.set(imported as u64);
    }
    progress.finish();
    refused.sort_by_key(|(line, _)| *line);
    for (line, reason) in &refused {
        eprintln!("{}", ctx.say(Console::RowRefused { line: *line, reason }));
    }
    println!("{}", ctx.say(Console::ImportDone { imported, refused: refused.len() }));
    Ok(if refused.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) })
}

async fn export(ctx: &Context, output: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let (store, _) = ctx.open().await?;
    let out: Box<dyn Write> = match &output {
        Some(path) => Box::new(File::create(path).with_context(|| format!("creating {}", path.display()))?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut writer = creators::Writer::new(BufWriter::new(out))?;
    let mut after = CreatorId(0);
    let mut count = 0u64;
    let total = store.count_creators().await?;
    let mut progress = Progress::start(&ctx.localizer, ctx.language, Job::Export, Some(total));
    loop {
        let page = store.creators_after(after, 2_000).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        for c in &page {
            writer.write(c)?;
        }
        count += page.len() as u64;
        progress.set(count);
    }
    writer.finish()?.flush()?;
    progress.finish();
    if output.is_some() {
        println!("{}", ctx.say(Console::Exported { count }));
    }
    Ok(ExitCode::SUCCESS)
}
