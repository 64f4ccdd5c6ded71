//! `linkstar creators search`: the dashboard's creator pool from the shell. The filters
//! are parsed by core's [`PoolFilterText`] (the dashboard's filter form uses the same
//! rules) and the page comes from the app's pool read model ([`search_pool`]), so the
//! shell and the dashboard list and score the same creators.

use std::io::Write as _;
use std::process::ExitCode;

use clap::Args;
use serde_json::{Value, json};

use linkstar_app::Store as _;
use linkstar_app::pool::{PoolRow, search_pool};
use linkstar_core::creator::Creator;
use linkstar_core::pool_filter::{PoolFilterField, PoolFilterText};
use linkstar_i18n::{ShellLine, Ui};

use super::Context;
use super::deals::{Format, NOT_FOUND, not_found};
use super::table::{self, Align};

pub(crate) const SEARCH_HELP: &str = "The creator pool filtered as the dashboard's Creators view filters it
(same filters, same order: largest audience first), one page at a time.

Follower and engagement filters apply to the --platform account when one is given,
otherwise to the creator's largest account. --campaign scores each creator's fit
(0-100) against that campaign's wanted profile, as the dashboard does.

JSON (--format json) is an array of objects, stable across versions:
  id (integer), name (string), country (ISO 3166 code), languages, categories,
  audience_countries (arrays of strings), accounts: [{platform, handle, followers,
  engagement_bp}], followers, engagement_bp (of the largest account), tier (nano, micro,
  mid, macro, mega), risk_flags (array of strings), rating (1-5 or null),
  pool_status (normal, favourite, blocked), fit (0-100, or null without --campaign).
CSV (--format csv) has id, name, country, platform, handle, followers, engagement_bp,
tier, fit, risk_flags (separated by ';') with a header row.";

pub(crate) const SEARCH_EXIT: &str = "Exit codes: 0 success (also when nobody matches); 1 failure (database, output); 2 a filter that does not parse, an unknown campaign (with a suggestion), or a usage mistake.";

/// Filters and output of `creators search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Text in the name or a handle.
    text: Option<String>,
    /// Only creators with an account on this platform (tiktok, instagram, youtube).
    #[arg(long)]
    platform: Option<String>,
    /// Country of residence (ISO 3166 code, e.g. BR).
    #[arg(long)]
    country: Option<String>,
    /// A language spoken (language subtag, e.g. pt).
    #[arg(long)]
    language: Option<String>,
    /// A content category (e.g. beauty).
    #[arg(long)]
    category: Option<String>,
    /// Minimum followers (10000, 10,000 or 10_000).
    #[arg(long)]
    min_followers: Option<String>,
    /// Maximum followers.
    #[arg(long)]
    max_followers: Option<String>,
    /// Minimum engagement rate in percent (3.5).
    #[arg(long)]
    min_engagement: Option<String>,
    /// A follower tier (nano, micro, mid, macro, mega).
    #[arg(long)]
    tier: Option<String>,
    /// Leave out creators with any risk flag.
    #[arg(long)]
    exclude_risky: bool,
    /// Pool status (normal, favourite, blocked).
    #[arg(long)]
    pool_status: Option<String>,
    /// Score fit against this campaign (name or id).
    #[arg(long)]
    campaign: Option<String>,
    /// Creators per page (at most 500).
    #[arg(long, default_value_t = 50)]
    limit: u32,
    /// Page number, from 1.
    #[arg(long, default_value_t = 1)]
    page: u64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

impl SearchArgs {
    fn typed(&self) -> PoolFilterText<'_> {
        fn s(v: &Option<String>) -> &str {
            v.as_deref().unwrap_or("")
        }
        PoolFilterText {
            platform: s(&self.platform),
            country: s(&self.country),
            language: s(&self.language),
            category: s(&self.category),
            min_followers: s(&self.min_followers),
            max_followers: s(&self.max_followers),
            min_engagement: s(&self.min_engagement),
            tier: s(&self.tier),
            exclude_risky: self.exclude_risky,
            pool_status: s(&self.pool_status),
            text: s(&self.text),
        }
    }

    fn value(&self, field: PoolFilterField) -> &str {
        let typed = self.typed();
        match field {
            PoolFilterField::Platform => typed.platform,
            PoolFilterField::Country => typed.country,
            PoolFilterField::Language => typed.language,
            PoolFilterField::Category => typed.category,
            PoolFilterField::MinFollowers => typed.min_followers,
            PoolFilterField::MaxFollowers => typed.max_followers,
            PoolFilterField::MinEngagement => typed.min_engagement,
            PoolFilterField::Tier => typed.tier,
            PoolFilterField::PoolStatus => typed.pool_status,
            PoolFilterField::Text => typed.text,
        }
    }
}

/// Runs `creators search`.
pub async fn search(ctx: &Context, args: SearchArgs) -> anyhow::Result<ExitCode> {
    let mut query = match args.typed().query() {
        Ok(q) => q,
        Err(field) => {
            let line = ShellLine::PoolBadFilter { field: field.as_str(), value: args.value(field) };
            eprintln!("{}", ctx.localizer.shell(&line, ctx.language));
            return Ok(ExitCode::from(NOT_FOUND));
        }
    };
    query.limit = args.limit.clamp(1, 500);
    query.offset = args.page.saturating_sub(1).saturating_mul(u64::from(query.limit));
    let (store, _app) = ctx.open().await?;
    let operator = ctx.operator(store.as_ref()).await?;
    let campaign = match &args.campaign {
        Some(name) => match ctx.campaign(store.as_ref(), name).await {
            // Another brand's campaign is as unknown here as a missing one.
            Ok(c) if c.brand_id == operator.brand_id => Some(c),
            Ok(_) => {
                let all = store.list_campaigns().await?;
                let names = all.iter().filter(|c| c.brand_id == operator.brand_id).map(|c| c.spec.name.as_str());
                let unknown = super::guide::Unknown::among(name, names);
                return Ok(not_found(ctx, &super::guide::Problem::UnknownCampaign(unknown).into()));
            }
            Err(e) => return Ok(not_found(ctx, &e)),
        },
        None => None,
    };
    let rows = search_pool(store.as_ref(), &query, campaign.as_ref()).await?;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            let docs: Vec<Value> = rows.iter().map(row_json).collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&docs)?)?;
        }
        Format::Csv => {
            let mut csv = csv::Writer::from_writer(out);
            csv.write_record([
                "id",
                "name",
                "country",
                "platform",
                "handle",
                "followers",
                "engagement_bp",
                "tier",
                "fit",
                "risk_flags",
            ])?;
            for r in &rows {
                let p = &r.creator.profile;
                let top = top_account(&r.creator);
                csv.write_record([
                    r.creator.id.0.to_string(),
                    p.name.clone(),
                    p.country.to_string(),
                    top.map_or(String::new(), |a| a.platform.as_str().to_string()),
                    top.map_or(String::new(), |a| a.handle.to_string()),
                    top.map_or(0, |a| a.followers).to_string(),
                    top.map_or(0, |a| a.engagement_bp).to_string(),
                    p.tier().as_str().to_string(),
                    r.fit.as_ref().map_or(String::new(), |f| f.score.to_string()),
                    p.risk_flags.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(";"),
                ])?;
            }
            csv.flush()?;
        }
        Format::Table => {
            let (loc, lang) = (&ctx.localizer, ctx.language);
            if rows.is_empty() {
                writeln!(out, "{}", loc.shell(&ShellLine::PoolEmpty, lang))?;
                return Ok(ExitCode::SUCCESS);
            }
            if let Some(c) = &campaign {
                writeln!(out, "{}", loc.shell(&ShellLine::PoolFitFor { campaign: &c.spec.name }, lang))?;
            }
            let mut lines = vec![
                [
                    Ui::ColCreator,
                    Ui::ColCountry,
                    Ui::ColHandle,
                    Ui::ColFollowers,
                    Ui::ColEngagement,
                    Ui::ColTier,
                    Ui::ColFit,
                    Ui::ColFlags,
                ]
                .map(|u| loc.ui(u, lang))
                .to_vec(),
            ];
            lines.extend(rows.iter().map(|r| {
                let p = &r.creator.profile;
                let top = top_account(&r.creator);
                vec![
                    p.name.clone(),
                    p.country.to_string(),
                    top.map_or(String::new(), |a| format!("{} {}", a.platform, a.handle)),
                    loc.number(top.map_or(0, |a| a.followers.min(i64::MAX as u64) as i64), lang),
                    top.map_or(String::new(), |a| format!("{:.1}%", f64::from(a.engagement_bp) / 100.0)),
                    p.tier().as_str().to_string(),
                    r.fit.as_ref().map_or(String::new(), |f| f.score.to_string()),
                    p.risk_flags.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(","),
                ]
            }));
            let align = [
                Align::Left,
                Align::Left,
                Align::Left,
                Align::Right,
                Align::Right,
                Align::Left,
                Align::Right,
                Align::Left,
            ];
            for line in table::render(&lines, &align, "  ") {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The account the dashboard shows for a creator: the largest audience.
fn top_account(c: &Creator) -> Option<&linkstar_core::creator::SocialAccount> {
    c.profile.accounts.iter().max_by_key(|a| a.followers)
}

fn row_json(r: &PoolRow) -> Value {
    let p = &r.creator.profile;
    let top = top_account(&r.creator);
    json!({
        "id": r.creator.id.0,
        "name": p.name,
        "country": p.country.to_string(),
        "languages": p.languages,
        "categories": p.categories,
        "audience_countries": p.audience_countries.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
        "accounts": p.accounts.iter().map(|a| json!({
            "platform": a.platform.as_str(),
            "handle": a.handle.to_string(),
            "followers": a.followers,
            "engagement_bp": a.engagement_bp,
        })).collect::<Vec<_>>(),
        "followers": top.map_or(0, |a| a.followers),
        "engagement_bp": top.map_or(0, |a| a.engagement_bp),
        "tier": p.tier().as_str(),
        "risk_flags": p.risk_flags.iter().map(|f| f.as_str()).collect::<Vec<_>>(),
        "rating": p.rating,
        "pool_status": p.pool_status.as_str(),
        "fit": r.fit.as_ref().map(|f| f.score),
    })
}
