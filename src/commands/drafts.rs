//! `linkstar drafts list|show|download`: the creators' drafts from the shell, read
//! through the dashboard's read model and the store's draft rows, files from the blob
//! store `linkstar serve` writes.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Subcommand, ValueEnum};
use serde_json::{Value, json};

use linkstar_app::dashboard::DashboardReads;
use linkstar_app::port::DealSummary;
use linkstar_app::{ChatStore, Store};
use linkstar_assistant::blobs::BlobStore;
use linkstar_core::brand::Operator;
use linkstar_core::checks::check_caption;
use linkstar_core::content::{Decision, Draft, Review};
use linkstar_i18n::{PipelineConsole, Ui};
use linkstar_store::SqlStore;

use super::Context;
use super::deals::{Format, rfc3339};
use super::pipeline::{self, NOT_FOUND, brand_deal, print, say};
use super::table::{self, Align};

/// Draft commands.
#[derive(Debug, Subcommand)]
pub enum DraftsCommand {
    /// Deals with drafts: the newest version of each and the brand's decision on it.
    #[command(long_about = LIST_HELP, after_help = EXIT_HELP)]
    List {
        /// Only this campaign (name or id).
        #[arg(long)]
        campaign: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// One deal's draft versions: file facts, caption checks and the brand's notes.
    #[command(long_about = SHOW_HELP, after_help = EXIT_HELP)]
    Show {
        /// The deal's id.
        id: i64,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ShowFormat::Table)]
        format: ShowFormat,
    },
    /// Save a draft's file (the newest unless --version) into a folder; an existing file
    /// is never overwritten. Prints the path written.
    #[command(after_help = EXIT_HELP)]
    Download {
        /// The deal's id.
        id: i64,
        /// The version (default the newest).
        #[arg(long)]
        version: Option<u32>,
        /// The folder to write into (default the current one).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// How `drafts show` prints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// Lines for people, in the operator's language.
    #[default]
    Table,
    /// One JSON document for scripts.
    Json,
}

const LIST_HELP: &str = "Deals with drafts: the newest version of each and the brand's decision on it.

JSON (--format json) is an array of objects, stable across versions:
  deal (integer), campaign (string), creator (string), stage (string, as in `deals list`),
  version (integer, the newest), submitted_at (RFC 3339),
  decision (string: approved, changes_requested, or null while waiting for review),
  problems (integer: caption checks failed at upload).
CSV (--format csv) has the same columns with a header row.";

const SHOW_HELP: &str = "One deal's draft versions, oldest first.

JSON (--format json) is one object, stable across versions: deal, campaign, creator, stage,
versions: [{version, submitted_at, kind (file, photo, video, text), caption,
file: {name, mime, size_bytes, sha256} or null, problems: [check codes],
review: {decision, notes, at} or null}].";

const EXIT_HELP: &str = "Exit codes: 0 done; 1 failure (database, disk, output); 2 unknown deal or campaign (with a suggestion), a version the deal does not have, no drafts yet, the draft's file is not in the blob store, or the file to write exists already (nothing overwritten).";

/// Runs a drafts command.
pub async fn run(ctx: &Context, cmd: DraftsCommand) -> anyhow::Result<ExitCode> {
    let (store, _app) = ctx.open().await?;
    let op = ctx.operator(store.as_ref()).await?;
    match cmd {
        DraftsCommand::List { campaign, format } => {
            let campaign = match &campaign {
                Some(name) => match ctx.campaign(store.as_ref(), name).await {
                    Ok(c) => Some(c.id),
                    Err(e) => return Ok(super::deals::not_found(ctx, &e)),
                },
                None => None,
            };
            list(ctx, &store, &op, campaign, format).await
        }
        DraftsCommand::Show { id, format } => {
            let Some(summary) = brand_deal(&store, &op, id).await? else { return Ok(pipeline::unknown_deal(ctx)) };
            let drafts = store.drafts(summary.deal.id).await?;
            let reviews = DashboardReads::reviews(store.as_ref(), summary.deal.id).await?;
            match format {
                ShowFormat::Json => print(&serde_json::to_string_pretty(&show_json(&summary, &drafts, &reviews))?)?,
                ShowFormat::Table => show(ctx, &store, &summary, &drafts, &reviews).await?,
            }
            Ok(ExitCode::SUCCESS)
        }
        DraftsCommand::Download { id, version, out } => {
            let Some(summary) = brand_deal(&store, &op, id).await? else { return Ok(pipeline::unknown_deal(ctx)) };
            let drafts = store.drafts(summary.deal.id).await?;
            download(ctx, id, &drafts, version, out.as_deref())
        }
    }
}

/// The brand's deals with drafts, newest change first.
async fn list(
    ctx: &Context,
    store: &SqlStore,
    op: &Operator,
    campaign: Option<linkstar_core::ids::CampaignId>,
    format: Format,
) -> anyhow::Result<ExitCode> {
    let deals = super::deals::list(store, op.brand_id, campaign, None).await?;
    let mut rows = Vec::new();
    for summary in deals.into_iter().filter(|d| d.deal.draft_versions > 0) {
        let drafts = store.drafts(summary.deal.id).await?;
        let Some(newest) = drafts.into_iter().max_by_key(|d| d.version) else { continue };
        let reviews = DashboardReads::reviews(store, summary.deal.id).await?;
        let decision = reviews.iter().find(|r| r.draft_id == newest.id).map(|r| r.decision);
        rows.push((summary, newest, decision));
    }
    match format {
        Format::Json => {
            let doc: Vec<Value> = rows
                .iter()
                .map(|(s, d, decision)| {
                    json!({
                        "deal": s.deal.id.0,
                        "campaign": s.campaign,
                        "creator": s.creator,
                        "stage": s.deal.stage.as_str(),
                        "version": d.version,
                        "submitted_at": rfc3339(d.submitted_at),
                        "decision": decision.map(decision_name),
                        "problems": d.problems.len(),
                    })
                })
                .collect();
            print(&serde_json::to_string_pretty(&doc)?)?;
        }
        Format::Csv => {
            let mut out = csv::Writer::from_writer(std::io::stdout().lock());
            out.write_record([
                "deal",
                "campaign",
                "creator",
                "stage",
                "version",
                "submitted_at",
                "decision",
                "problems",
            ])?;
            for (s, d, decision) in &rows {
                out.write_record([
                    s.deal.id.0.to_string(),
                    s.campaign.clone(),
                    s.creator.clone(),
                    s.deal.stage.as_str().to_string(),
                    d.version.to_string(),
                    rfc3339(d.submitted_at),
                    decision.map(decision_name).unwrap_or_default().to_string(),
                    d.problems.len().to_string(),
                ])?;
            }
            out.flush()?;
        }
        Format::Table => {
            let (loc, lang, zone) = (&ctx.localizer, ctx.language, ctx.zone()?);
            let mut lines = vec![vec![
                "#".to_string(),
                loc.ui(Ui::ColCampaign, lang),
                loc.ui(Ui::ColCreator, lang),
                loc.ui(Ui::ColStage, lang),
                loc.ui(Ui::ColVersion, lang),
                loc.ui(Ui::ColWhen, lang),
            ]];
            lines.extend(rows.iter().map(|(s, d, _)| {
                vec![
                    s.deal.id.0.to_string(),
                    s.campaign.clone(),
                    s.creator.clone(),
                    loc.stage(s.deal.stage, lang),
                    d.version.to_string(),
                    loc.date_time(d.submitted_at, lang, &zone),
                ]
            }));
            let align = [Align::Right, Align::Left, Align::Left, Align::Left, Align::Right, Align::Left];
            for line in table::render(&lines, &align, "  ") {
                writeln!(std::io::stdout(), "{line}")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn decision_name(decision: Decision) -> &'static str {
    match decision {
        Decision::Approved => "approved",
        Decision::ChangesRequested => "changes_requested",
    }
}

fn show_json(summary: &DealSummary, drafts: &[Draft], reviews: &[Review]) -> Value {
    let versions: Vec<Value> = drafts
        .iter()
        .map(|d| {
            let review = reviews.iter().find(|r| r.draft_id == d.id);
            json!({
                "version": d.version,
                "submitted_at": rfc3339(d.submitted_at),
                "kind": d.upload.kind.as_str(),
                "caption": d.upload.caption,
                "file": d.upload.file.as_ref().map(|f| json!({
                    "name": f.name,
                    "mime": f.mime,
                    "size_bytes": f.size_bytes,
                    "sha256": f.sha256,
                })),
                "problems": d.problems,
                "review": review.map(|r| json!({
                    "decision": decision_name(r.decision),
                    "notes": r.notes,
                    "at": rfc3339(r.at),
                })),
            })
        })
        .collect();
    json!({
        "deal": summary.deal.id.0,
        "campaign": summary.campaign,
        "creator": summary.creator,
        "stage": summary.deal.stage.as_str(),
        "versions": versions,
    })
}

/// Each version with its file, the caption's checks as the dashboard's review screen
/// shows them, and the brand's decision.
async fn show(
    ctx: &Context,
    store: &SqlStore,
    summary: &DealSummary,
    drafts: &[Draft],
    reviews: &[Review],
) -> anyhow::Result<()> {
    let (loc, lang, zone) = (&ctx.localizer, ctx.language, ctx.zone()?);
    let id = summary.deal.id.0;
    if drafts.is_empty() {
        return Ok(print(&say(ctx, PipelineConsole::NoDrafts { deal: id }))?);
    }
    print(&format!("#{id} {} · {} · {}", summary.campaign, summary.creator, loc.stage(summary.deal.stage, lang)))?;
    let campaign = store.find_campaign(&summary.deal.campaign_id.0.to_string()).await?;
    let creator = ChatStore::find_creator_by_id(store, summary.deal.creator_id).await?;
    for d in drafts {
        print("")?;
        let when = loc.date_time(d.submitted_at, lang, &zone);
        print(&say(
            ctx,
            PipelineConsole::DraftVersion { version: d.version, when: &when, kind: d.upload.kind.as_str() },
        ))?;
        if let Some(f) = &d.upload.file {
            let size = loc.number(i64::try_from(f.size_bytes).unwrap_or(i64::MAX), lang);
            let line = PipelineConsole::DraftFile { name: &f.name, mime: &f.mime, size: &size, sha: &f.sha256 };
            print(&format!("  {}", say(ctx, line)))?;
        }
        if !d.upload.caption.trim().is_empty() {
            print(&format!("  {}:", loc.ui(Ui::Caption, lang)))?;
            for line in d.upload.caption.lines() {
                print(&format!("    {line}"))?;
            }
        }
        let problems = match (&campaign, &creator) {
            (Some(c), Some(p)) => check_caption(&d.upload.caption, &c.spec.compliance, p.profile.country),
            _ => Vec::new(),
        };
        print(&format!("  {}:", loc.ui(Ui::Checks, lang)))?;
        if problems.is_empty() {
            print(&format!("    ✓ {}", loc.ui(Ui::ChecksPassed, lang)))?;
        }
        for p in &problems {
            print(&format!("    ✗ {}", loc.caption_check(p, lang)))?;
        }
        if let Some(r) = reviews.iter().find(|r| r.draft_id == d.id) {
            let when = loc.date_time(r.at, lang, &zone);
            let line = PipelineConsole::DraftReview {
                approved: r.decision == Decision::Approved,
                when: &when,
                notes: &r.notes,
            };
            print(&format!("  {}", say(ctx, line)))?;
        }
    }
    Ok(())
}

/// Writes a draft's file (or, for a text draft, its text) into `out`, never over an
/// existing file.
fn download(
    ctx: &Context,
    id: i64,
    drafts: &[Draft],
    version: Option<u32>,
    out: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let Some(newest) = drafts.iter().map(|d| d.version).max() else {
        eprintln!("{}", say(ctx, PipelineConsole::NoDrafts { deal: id }));
        return Ok(ExitCode::from(NOT_FOUND));
    };
    let wanted = version.unwrap_or(newest);
    let Some(draft) = drafts.iter().find(|d| d.version == wanted) else {
        eprintln!("{}", say(ctx, PipelineConsole::DraftNoVersion { deal: id, version: wanted, versions: newest }));
        return Ok(ExitCode::from(NOT_FOUND));
    };
    let dir = match out {
        Some(dir) => dir.to_path_buf(),
        None => std::env::current_dir().context("the current folder")?,
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let (name, source) = match &draft.upload.file {
        Some(file) => {
            let blob_dir = &ctx.settings.blob_dir;
            let blobs =
                BlobStore::new(blob_dir).with_context(|| format!("opening the blob store {}", blob_dir.display()))?;
            let path = blobs.path(&file.sha256);
            if !path.is_file() {
                let line = PipelineConsole::DraftBlobMissing { version: wanted, path: &path.display().to_string() };
                eprintln!("{}", say(ctx, line));
                return Ok(ExitCode::from(NOT_FOUND));
            }
            (format!("deal-{id}-v{wanted}-{}", safe_name(&file.name)), Some(path))
        }
        None => (format!("deal-{id}-v{wanted}.txt"), None),
    };
    let target = dir.join(name);
    let mut written = match std::fs::OpenOptions::new().write(true).create_new(true).open(&target) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("{}", say(ctx, PipelineConsole::DraftExists { path: &target.display().to_string() }));
            return Ok(ExitCode::from(NOT_FOUND));
        }
        Err(e) => return Err(e).with_context(|| format!("writing {}", target.display())),
    };
    let copied = match &source {
        Some(path) => std::fs::File::open(path).and_then(|mut from| std::io::copy(&mut from, &mut written)).map(|_| ()),
        None => written.write_all(draft.upload.caption.as_bytes()),
    };
    if let Err(e) = copied.and_then(|()| written.sync_all()) {
        // A half-written file must not pass for the draft.
        let _ = std::fs::remove_file(&target);
        return Err(e).with_context(|| format!("writing {}", target.display()));
    }
    let path = target.display().to_string();
    print(&say(ctx, PipelineConsole::DraftSaved { deal: id, version: wanted, path: &path }))?;
    Ok(ExitCode::SUCCESS)
}

/// The creator's file name reduced to a plain name in the folder: no directories, no
/// leading dots, nothing a shell or a file system would trip over.
fn safe_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String =
        base.chars().map(|c| if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' }).collect();
    let trimmed = cleaned.trim_start_matches('.');
    if trimmed.is_empty() { "draft".to_string() } else { trimmed.to_string() }
}

#[cfg(test)]
mod tests {
    use super::safe_name;

    #[test]
    fn a_creators_file_name_cannot_leave_the_folder() {
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("C:\\Users\\me\\cut 2.mp4"), "cut_2.mp4");
        assert_eq!(safe_name(".."), "draft");
        assert_eq!(safe_name("vídeo final.mp4"), "vídeo_final.mp4");
    }
}
