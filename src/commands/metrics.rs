//! `linkstar metrics import FILE.csv | add | fetch`: post metrics over time.

use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

use linkstar_app::Store;
use linkstar_app::port::MetricsSnapshot;
use linkstar_core::ids::DealId;
use linkstar_core::metrics::Figures;
use linkstar_core::metrics::MetricsEntry;
use linkstar_core::money::Money;
use linkstar_core::time::parse_instant;
use linkstar_csv::metrics;
use linkstar_fetch::YouTubeFetcher;
use linkstar_i18n::{Console, MoneyConsole};

use super::Context;

/// Metrics commands.
#[derive(Debug, Subcommand)]
pub enum MetricsCommand {
    /// Import snapshots from CSV, matched by post_url, tracking_code or discount_code.
    /// Bad rows are reported with line numbers and skipped; exits with 2 when some were.
    Import {
        /// The CSV file (see README for the columns).
        file: PathBuf,
    },
    /// Record one snapshot by hand (all figures are totals so far).
    Add {
        /// The deal.
        #[arg(long)]
        deal: i64,
        /// When measured (date or RFC 3339; default now).
        #[arg(long)]
        at: Option<String>,
        /// Views.
        #[arg(long, default_value_t = 0)]
        views: i64,
        /// Likes.
        #[arg(long, default_value_t = 0)]
        likes: i64,
        /// Comments.
        #[arg(long, default_value_t = 0)]
        comments: i64,
        /// Shares.
        #[arg(long, default_value_t = 0)]
        shares: i64,
        /// Saves.
        #[arg(long, default_value_t = 0)]
        saves: i64,
        /// Tracking-link clicks.
        #[arg(long, default_value_t = 0)]
        clicks: i64,
        /// Attributed orders.
        #[arg(long, default_value_t = 0)]
        conversions: i64,
        /// Attributed revenue, e.g. "1234.50 EUR" (the deal's currency).
        #[arg(long)]
        revenue: Option<String>,
    },
    /// Fetch the statistics of a campaign's YouTube posts (needs `youtube_api_key`).
    Fetch {
        /// Campaign name or id.
        #[arg(long)]
        campaign: String,
    },
}

/// Rows per import transaction.
const BATCH: usize = 5_000;

/// Runs a metrics command.
pub async fn run(ctx: &Context, cmd: MetricsCommand) -> anyhow::Result<ExitCode> {
    let (store, app) = ctx.open().await?;
    let operator = ctx.operator(store.as_ref()).await?;
    match cmd {
        MetricsCommand::Import { file } => {
            let input = File::open(&file).with_context(|| format!("opening {}", file.display()))?;
            let mut refused: Vec<(u64, String)> = Vec::new();
            let mut imported = 0usize;
            let mut batch: Vec<(u64, MetricsEntry)> = Vec::with_capacity(BATCH);
            let mut rows = metrics::read(BufReader::new(input)).peekable();
            while rows.peek().is_some() {
                for row in rows.by_ref().take(BATCH) {
                    match row {
                        Ok(good) => batch.push(good),
                        Err(bad) => refused.push((bad.line, bad.reason)),
                    }
                }
                let report = app.import_metrics(operator.id, std::mem::take(&mut batch)).await?;
                imported += report.imported;
                refused.extend(report.rejected);
            }
            refused.sort_by_key(|(line, _)| *line);
            for (line, reason) in &refused {
                eprintln!("{}", ctx.say(Console::RowRefused { line: *line, reason }));
            }
            println!("{}", ctx.tell(MoneyConsole::MetricsImported { imported, refused: refused.len() }));
            Ok(if refused.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) })
        }
        MetricsCommand::Add { deal, at, views, likes, comments, shares, saves, clicks, conversions, revenue } => {
            let revenue_minor = revenue.as_deref().map(Money::parse).transpose()?.map_or(0, |m| m.minor);
            let snapshot = MetricsSnapshot {
                at: at.as_deref().map(parse_instant).transpose()?,
                figures: Figures { views, likes, comments, shares, saves, clicks, conversions, revenue_minor },
                source: "manual".into(),
            };
            app.record_metrics(operator.id, DealId(deal), snapshot).await?;
            println!("{}", ctx.tell(MoneyConsole::MetricsRecorded { deal }));
            Ok(ExitCode::SUCCESS)
        }
        MetricsCommand::Fetch { campaign } => {
            let c = store.find_campaign(&campaign).await?.with_context(|| format!("no campaign {campaign:?}"))?;
            let key =
                ctx.settings.youtube_api_key.as_ref().context("set youtube_api_key (LINKSTAR_YOUTUBE_API_KEY)")?;
            let base = ctx.settings.youtube_api_url.as_str();
            let fetcher = YouTubeFetcher::new(base, key.expose())?;
            let report = app.fetch_metrics(operator.id, c.id, &fetcher).await?;
            for (deal, why) in &report.failed {
                eprintln!("{}", ctx.tell(MoneyConsole::MetricsFetchFailed { deal: deal.0, reason: &why.to_string() }));
            }
            let (fetched, failed) = (report.recorded.len(), report.failed.len());
            println!("{}", ctx.tell(MoneyConsole::MetricsFetched { fetched, failed }));
            Ok(if report.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) })
        }
    }
}
