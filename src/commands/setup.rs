//! `linkstar setup init|brand|operator|campaign`: the brand set-up from the command line,
//! and the guided first run that `linkstar` alone starts on an empty database.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

use linkstar_app::port::{NewBrand, NewOperator};
use linkstar_core::brand::Role;
use linkstar_core::campaign::CampaignSpec;
use linkstar_core::ids::BrandId;
use linkstar_core::money::Currency;
use linkstar_core::place::Locale;
use linkstar_store::SqlStore;

use linkstar_i18n::Console;

use super::Context;
pub use init::{InitArgs, first_run};

#[path = "setup_init.rs"]
mod init;

/// Set-up commands.
#[derive(Debug, Subcommand)]
pub enum SetupCommand {
    /// Set up your own brand with you as its admin, and make its database the active one.
    /// On a terminal, asks for what is not given (and for optional bot tokens).
    Init(InitArgs),
    /// Create a brand (the first one needs no operator; later ones need an admin).
    Brand {
        /// Display name.
        #[arg(long)]
        name: String,
        /// Legal name for contracts.
        #[arg(long)]
        legal_name: String,
        /// Default currency (ISO 4217).
        #[arg(long)]
        currency: String,
    },
    /// Add an operator (a brand's first operator must be an admin).
    Operator {
        /// Brand id.
        #[arg(long)]
        brand: i64,
        /// Display name.
        #[arg(long)]
        name: String,
        /// OS user name the dashboard maps to this operator.
        #[arg(long)]
        username: String,
        /// admin, manager, reviewer, finance or viewer.
        #[arg(long)]
        role: String,
        /// Dashboard language.
        #[arg(long, default_value = "en-US")]
        locale: String,
    },
    /// Create a campaign from a JSON file (the fields of a campaign spec).
    Campaign {
        /// The spec file.
        #[arg(long)]
        file: PathBuf,
    },
}

async fn acting(ctx: &Context, store: &SqlStore) -> anyhow::Result<Option<linkstar_core::ids::OperatorId>> {
    // Bootstrap: on an empty database nobody exists to act as.
    Ok(ctx.operator(store).await.ok().map(|o| o.id))
}

/// Runs a set-up command.
pub async fn run(ctx: &Context, cmd: SetupCommand) -> anyhow::Result<ExitCode> {
    if let SetupCommand::Init(args) = cmd {
        // One's own brand never goes into the demo database the profile may point at.
        let url = ctx.own_database_url()?;
        let (store, app) = ctx.open_url(&url).await?;
        return init::run(ctx, &url, &store, &app, args).await;
    }
    let (store, app) = ctx.open().await?;
    match cmd {
        SetupCommand::Init(_) => {}
        SetupCommand::Brand { name, legal_name, currency } => {
            let by = acting(ctx, store.as_ref()).await?;
            let brand = NewBrand {
                name,
                legal_name,
                default_currency: Currency::parse(&currency)?,
                disclosure_rules: BTreeMap::new(),
            };
            let created = app.create_brand(by, brand).await?;
            println!("{}", ctx.say(Console::BrandCreated { id: created.id.0, name: &created.name }));
        }
        SetupCommand::Operator { brand, name, username, role, locale } => {
            let by = acting(ctx, store.as_ref()).await?;
            let op = NewOperator {
                brand_id: BrandId(brand),
                name,
                username,
                role: Role::parse(&role)?,
                locale: Locale::parse(&locale)?,
            };
            let id = app.create_operator(by, op).await?;
            println!("{}", ctx.say(Console::OperatorCreated { id: id.0 }));
        }
        SetupCommand::Campaign { file } => {
            let operator = ctx.operator(store.as_ref()).await?;
            let text = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
            let spec: CampaignSpec =
                serde_json::from_str(&text).with_context(|| format!("{} is not a campaign spec", file.display()))?;
            let id = app.create_campaign(operator.id, operator.brand_id, spec).await?;
            println!("{}", ctx.say(Console::CampaignCreated { id: id.0 }));
        }
    }
    Ok(ExitCode::SUCCESS)
}
