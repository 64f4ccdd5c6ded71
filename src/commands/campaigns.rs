//! `linkstar campaigns`: the dashboard's campaign figures from the shell, through the same
//! read model ([`DashboardReads::campaign_figures`]); a campaign's set-up as TOML or JSON
//! and `campaigns edit` from such a file (in `campaign_file.rs`).

use std::io::Write as _;
use std::process::ExitCode;

use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};
use serde_json::{Value, json};

use linkstar_app::dashboard::{CampaignFigures, DashboardReads};
use linkstar_core::campaign::CampaignStatus;
use linkstar_i18n::Ui;

use super::Context;
use super::deals::{Format, not_found, rfc3339};
use super::table::{self, Align};

/// Campaign read commands.
#[derive(Debug, Subcommand)]
pub enum CampaignsCommand {
    /// The brand's campaigns with their money and progress.
    #[command(long_about = LIST_HELP, after_help = EXIT_HELP)]
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// One campaign (name or id): its figures and deals per stage, or its set-up.
    #[command(long_about = SHOW_HELP, after_help = EXIT_HELP)]
    Show {
        /// The campaign's name or id.
        campaign: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ShowFormat::Table)]
        format: ShowFormat,
    },
    /// Replace a campaign's set-up from a TOML or JSON file.
    #[command(long_about = super::campaign_file::EDIT_HELP, after_help = super::campaign_file::EDIT_EXIT)]
    Edit {
        /// The campaign's name or id.
        campaign: String,
        /// The file (.toml or .json), as `campaigns show --format toml|json` prints it.
        #[arg(long)]
        file: PathBuf,
    },
}

/// How `campaigns show` prints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// Aligned columns for people.
    #[default]
    Table,
    /// The figures and the set-up (`spec`) as one JSON document.
    Json,
    /// The campaign's row as CSV.
    Csv,
    /// The set-up as TOML, the file `campaigns edit` reads.
    Toml,
}

const LIST_HELP: &str = "The brand's campaigns with their money and progress, in id order.

JSON (--format json) is an array of objects, stable across versions:
  id (integer), name (string), status (draft, active, closed), currency (ISO 4217 code),
  budget_minor, committed_minor, paid_minor (integers, minor units of that currency),
  deals, contracted, delivered (counts), starts_at, ends_at (RFC 3339).
CSV (--format csv) has the same columns with a header row.";

const SHOW_HELP: &str = "One campaign, by name or id: the fields of `campaigns list` plus
stages, an object from stage name (offered, negotiating, …) to its count of deals, and
spec, the campaign's whole set-up as `campaigns edit` reads it.
CSV (--format csv) prints the campaign's row as `campaigns list` does.
TOML (--format toml) prints the set-up alone: edit it and pass it to `campaigns edit`.";

const EXIT_HELP: &str =
    "Exit codes: 0 success; 1 failure (database, output); 2 unknown campaign (with a suggestion), or a usage mistake.";

const COLUMNS: [&str; 12] = [
    "id",
    "name",
    "status",
    "currency",
    "budget_minor",
    "committed_minor",
    "paid_minor",
    "deals",
    "contracted",
    "delivered",
    "starts_at",
    "ends_at",
];

/// Runs a campaigns command.
pub async fn run(ctx: &Context, cmd: CampaignsCommand) -> anyhow::Result<ExitCode> {
    // A list, or the campaign to show; an edit is answered on its own.
    let show = match cmd {
        CampaignsCommand::Edit { campaign, file } => return super::campaign_file::edit(ctx, &campaign, &file).await,
        CampaignsCommand::List { format } => Err(format),
        CampaignsCommand::Show { campaign, format } => Ok((campaign, format)),
    };
    let (store, _app) = ctx.open().await?;
    let operator = ctx.operator(store.as_ref()).await?;
    let reads: &dyn DashboardReads = store.as_ref();
    let figures = reads.campaign_figures(operator.brand_id).await?;
    match show {
        Err(format) => print(ctx, &figures, format)?,
        Ok((campaign, format)) => {
            let found = match ctx.campaign(store.as_ref(), &campaign).await {
                Ok(c) => c,
                Err(e) => return Ok(not_found(ctx, &e)),
            };
            // Another brand's campaign is not among the operator's figures: unknown here.
            let Some(one) = figures.iter().find(|f| f.campaign.id == found.id).cloned() else {
                let names = figures.iter().map(|f| f.campaign.spec.name.as_str());
                let unknown = super::guide::Unknown::among(&campaign, names);
                return Ok(not_found(ctx, &super::guide::Problem::UnknownCampaign(unknown).into()));
            };
            let stages = reads.stage_counts(operator.brand_id, Some(one.campaign.id)).await?;
            match format {
                ShowFormat::Json => {
                    let mut doc = row_json(&one);
                    let counts: serde_json::Map<String, Value> =
                        stages.iter().map(|(s, n)| (s.as_str().to_string(), json!(n))).collect();
                    if let Value::Object(base) = &mut doc {
                        base.insert("stages".into(), Value::Object(counts));
                        base.insert("spec".into(), serde_json::to_value(&one.campaign.spec)?);
                    }
                    writeln!(std::io::stdout(), "{}", serde_json::to_string_pretty(&doc)?)?;
                }
                ShowFormat::Toml => write!(std::io::stdout(), "{}", toml::to_string_pretty(&one.campaign.spec)?)?,
                ShowFormat::Csv => print(ctx, std::slice::from_ref(&one), Format::Csv)?,
                ShowFormat::Table => {
                    print(ctx, std::slice::from_ref(&one), Format::Table)?;
                    let (loc, lang) = (&ctx.localizer, ctx.language);
                    let rows: Vec<Vec<String>> = stages
                        .iter()
                        .filter(|(_, n)| *n > 0)
                        .map(|(s, n)| vec![loc.stage(*s, lang), n.to_string()])
                        .collect();
                    writeln!(std::io::stdout())?;
                    for line in table::render(&rows, &[Align::Left, Align::Right], "  ") {
                        writeln!(std::io::stdout(), "{line}")?;
                    }
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn status(s: CampaignStatus) -> &'static str {
    match s {
        CampaignStatus::Draft => "draft",
        CampaignStatus::Active => "active",
        CampaignStatus::Closed => "closed",
    }
}

fn cells(f: &CampaignFigures) -> Vec<String> {
    let spec = &f.campaign.spec;
    vec![
        f.campaign.id.0.to_string(),
        spec.name.clone(),
        status(f.campaign.status).to_string(),
        spec.budget.currency.code().to_string(),
        spec.budget.minor.to_string(),
        f.committed.minor.to_string(),
        f.paid.minor.to_string(),
        f.deals.to_string(),
        f.contracted.to_string(),
        f.delivered.to_string(),
        rfc3339(spec.starts_at),
        rfc3339(spec.ends_at),
    ]
}

fn row_json(f: &CampaignFigures) -> Value {
    let spec = &f.campaign.spec;
    json!({
        "id": f.campaign.id.0,
        "name": spec.name,
        "status": status(f.campaign.status),
        "currency": spec.budget.currency.code(),
        "budget_minor": spec.budget.minor,
        "committed_minor": f.committed.minor,
        "paid_minor": f.paid.minor,
        "deals": f.deals,
        "contracted": f.contracted,
        "delivered": f.delivered,
        "starts_at": rfc3339(spec.starts_at),
        "ends_at": rfc3339(spec.ends_at),
    })
}

fn print(ctx: &Context, figures: &[CampaignFigures], format: Format) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            let rows: Vec<Value> = figures.iter().map(row_json).collect();
            writeln!(std::io::stdout(), "{}", serde_json::to_string_pretty(&rows)?)?;
        }
        Format::Csv => {
            let mut out = csv::Writer::from_writer(std::io::stdout().lock());
            out.write_record(COLUMNS)?;
            for f in figures {
                out.write_record(cells(f))?;
            }
            out.flush()?;
        }
        Format::Table => {
            let (loc, lang) = (&ctx.localizer, ctx.language);
            let mut rows = vec![vec![
                "#".to_string(),
                loc.ui(Ui::Name, lang),
                loc.ui(Ui::ColStatus, lang),
                loc.ui(Ui::ColBudget, lang),
                loc.ui(Ui::ColCommitted, lang),
                loc.ui(Ui::ColPaid, lang),
                loc.ui(Ui::ColDelivered, lang),
            ]];
            rows.extend(figures.iter().map(|f| {
                let status = match f.campaign.status {
                    CampaignStatus::Draft => Ui::CampaignDraft,
                    CampaignStatus::Active => Ui::CampaignActive,
                    CampaignStatus::Closed => Ui::CampaignClosed,
                };
                vec![
                    f.campaign.id.0.to_string(),
                    f.campaign.spec.name.clone(),
                    loc.ui(status, lang),
                    loc.money(f.campaign.spec.budget, lang),
                    loc.money(f.committed, lang),
                    loc.money(f.paid, lang),
                    format!("{}/{}", f.delivered, f.contracted),
                ]
            }));
            let align =
                [Align::Right, Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right];
            for line in table::render(&rows, &align, "  ") {
                writeln!(std::io::stdout(), "{line}")?;
            }
        }
    }
    Ok(())
}
