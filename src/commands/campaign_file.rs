//! `linkstar campaigns edit <campaign> --file F`: a campaign's whole set-up from a TOML or
//! JSON file — fields, deliverables, compliance rules, the wanted creator profile, brief
//! variants — saved through [`App::update_campaign`]. `campaigns show --format toml`
//! (or `json`) prints exactly what this reads, so show → edit → show round-trips.
//!
//! [`App::update_campaign`]: linkstar_app::App::update_campaign

use std::path::Path;
use std::process::ExitCode;

use serde_json::Value;

use linkstar_core::DomainError;
use linkstar_core::campaign::CampaignSpec;
use linkstar_i18n::ShellLine;

use super::Context;
use super::deals::{NOT_FOUND, not_found};

pub(crate) const EDIT_HELP: &str = "Replaces a campaign's set-up with the contents of a file:
name, product, markets, languages, budget, wanted creator profile, deliverables, dates,
brief template and variants, compliance rules, tracking link, reminders.

The file is TOML (.toml) or JSON (.json), in exactly the shape `campaigns show --format
toml` or `--format json` prints (a JSON file may be the whole `show` document: its `spec`
is read, the figures beside it are ignored). Money is {minor, currency}: minor units.

A file that does not parse, or a field that is refused, is named with the reason, and
nothing is changed.";

pub(crate) const EDIT_EXIT: &str = "Exit codes: 0 saved; 1 failure (database, a role that may not edit campaigns); 2 a file that cannot be read or is refused (the field and reason are printed), an unknown campaign (with a suggestion), or a usage mistake.";

/// A refused campaign file: the field and why.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum FileProblem {
    /// The file could not be read.
    Unreadable(String),
    /// Neither `.toml` nor `.json`.
    Kind,
    /// A field (a path such as `deliverables[0].count`, or `campaign` for a rule across
    /// fields) and the reason.
    Invalid { field: String, reason: String },
}

/// The spec a campaign file holds, checked as `App::update_campaign` will check it.
pub(crate) fn read_spec(path: &Path) -> Result<CampaignSpec, FileProblem> {
    let kind = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let json = match kind.as_deref() {
        Some("json") => true,
        Some("toml") => false,
        _ => return Err(FileProblem::Kind),
    };
    let text = std::fs::read_to_string(path).map_err(|e| FileProblem::Unreadable(e.to_string()))?;
    let whole = |reason: String| FileProblem::Invalid { field: "file".into(), reason };
    let spec: CampaignSpec = if json {
        let mut doc: Value = serde_json::from_str(&text).map_err(|e| whole(e.to_string()))?;
        // `campaigns show --format json` wraps the spec among read-only figures.
        if let Some(spec) = doc.get_mut("spec") {
            doc = spec.take();
        }
        serde_path_to_error::deserialize(doc).map_err(path_problem)?
    } else {
        let doc: toml::Value = toml::from_str(&text).map_err(|e| whole(e.message().to_string()))?;
        serde_path_to_error::deserialize(doc).map_err(path_problem)?
    };
    spec.validate().map_err(|e| match e {
        DomainError::Invalid { field, reason } => FileProblem::Invalid { field: field.to_string(), reason },
        other => FileProblem::Invalid { field: "campaign".into(), reason: other.to_string() },
    })?;
    Ok(spec)
}

fn path_problem<E: std::fmt::Display>(e: serde_path_to_error::Error<E>) -> FileProblem {
    let field = e.path().to_string();
    FileProblem::Invalid { field: if field == "." { "file".into() } else { field }, reason: e.inner().to_string() }
}

/// Runs `campaigns edit`.
pub async fn edit(ctx: &Context, campaign: &str, file: &Path) -> anyhow::Result<ExitCode> {
    let shown = file.display().to_string();
    let spec = match read_spec(file) {
        Ok(spec) => spec,
        Err(problem) => {
            let line = match &problem {
                FileProblem::Unreadable(reason) => ShellLine::CampaignFileUnreadable { file: &shown, reason },
                FileProblem::Kind => ShellLine::CampaignFileKind { file: &shown },
                FileProblem::Invalid { field, reason } => {
                    ShellLine::CampaignFileInvalid { file: &shown, field, reason }
                }
            };
            eprintln!("{}", ctx.localizer.shell(&line, ctx.language));
            return Ok(ExitCode::from(NOT_FOUND));
        }
    };
    let (store, app) = ctx.open().await?;
    let operator = ctx.operator(store.as_ref()).await?;
    let found = match ctx.campaign(store.as_ref(), campaign).await {
        Ok(c) => c,
        Err(e) => return Ok(not_found(ctx, &e)),
    };
    let name = spec.name.clone();
    match app.update_campaign(operator.id, found.id, spec).await {
        Ok(()) => {
            println!("{}", ctx.localizer.shell(&ShellLine::CampaignUpdated { name: &name }, ctx.language));
            Ok(ExitCode::SUCCESS)
        }
        // Another brand's campaign is as unknown here as a missing one.
        Err(e @ linkstar_app::AppError::NotFound(_)) => Ok(not_found(ctx, &e.into())),
        Err(e @ (linkstar_app::AppError::Domain(_) | linkstar_app::AppError::Duplicate(_))) => {
            eprintln!("{}", ctx.describe(&e.into()));
            Ok(ExitCode::from(NOT_FOUND))
        }
        Err(e) => Err(e.into()),
    }
}
