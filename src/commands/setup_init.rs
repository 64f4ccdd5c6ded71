//! `linkstar setup init` and the guided first run: a brand, its first admin mapped to
//! the OS user, optional bot tokens, and the database made the active profile so that
//! no later command needs `--operator`.

use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use clap::Args;

use linkstar_app::App;
use linkstar_app::port::{NewBrand, NewOperator};
use linkstar_core::brand::Role;
use linkstar_core::money::Currency;
use linkstar_core::place::Locale;
use linkstar_i18n::SetupConsole;
use linkstar_store::SqlStore;

use crate::commands::{Context, os_user};
use crate::config::{self, Profile};

/// What `setup init` asks for; on a terminal, whatever is missing is asked.
#[derive(Debug, Default, Args)]
pub struct InitArgs {
    /// The brand's display name.
    #[arg(long)]
    brand: Option<String>,
    /// The brand's legal name for contracts (default: the display name).
    #[arg(long)]
    legal_name: Option<String>,
    /// The brand's default currency (ISO 4217, such as EUR).
    #[arg(long)]
    currency: Option<String>,
    /// Your display name (default: your username).
    #[arg(long)]
    name: Option<String>,
    /// Your username; the dashboard and the commands map your OS user to it (default:
    /// your OS user name).
    #[arg(long)]
    username: Option<String>,
}

/// Whether a person can answer questions: both ends are a terminal.
fn on_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Asks one question on the terminal; an empty answer takes `default`.
fn ask(ctx: &Context, line: SetupConsole, default: Option<&str>) -> anyhow::Result<String> {
    let label = ctx.guide_line(line);
    match default {
        Some(d) if !d.is_empty() => print!("{label} [{d}]: "),
        _ => print!("{label}: "),
    }
    std::io::stdout().flush()?;
    let mut answer = String::new();
    let read = std::io::stdin().lock().read_line(&mut answer)?;
    anyhow::ensure!(read > 0, "no answer (end of input)");
    let answer = answer.trim();
    Ok(if answer.is_empty() { default.unwrap_or_default().to_string() } else { answer.to_string() })
}

/// Sets up the brand and its first admin in `store`, then makes it the active profile.
pub async fn run(
    ctx: &Context,
    url: &str,
    store: &Arc<SqlStore>,
    app: &App,
    args: InitArgs,
) -> anyhow::Result<ExitCode> {
    let interactive = on_terminal();
    let (brand, currency) = match (args.brand, args.currency, interactive) {
        (Some(b), Some(c), _) => (b, c),
        (b, c, true) => {
            let b = match b {
                Some(b) => b,
                None => ask(ctx, SetupConsole::AskBrand, None)?,
            };
            let c = match c {
                Some(c) => c,
                None => ask(ctx, SetupConsole::AskCurrency, Some("EUR"))?,
            };
            (b, c)
        }
        // Nobody to ask: say exactly what to type.
        (_, _, false) => {
            eprintln!("{}", ctx.guide(url));
            return Ok(ExitCode::from(2));
        }
    };
    let currency = Currency::parse(&currency.to_uppercase())?;
    let legal_name = match args.legal_name {
        Some(l) => l,
        None if interactive => ask(ctx, SetupConsole::AskLegalName, Some(&brand))?,
        None => brand.clone(),
    };
    let username = args.username.or_else(os_user).unwrap_or_else(|| "admin".into());
    let name = match args.name {
        Some(n) => n,
        None if interactive => ask(ctx, SetupConsole::AskOperatorName, Some(&username))?,
        None => username.clone(),
    };
    // Someone already set up may add a brand; on an empty database nobody acts.
    let by = ctx.operator(store.as_ref()).await.ok().map(|o| o.id);
    let created = app
        .create_brand(
            by,
            NewBrand { name: brand, legal_name, default_currency: currency, disclosure_rules: BTreeMap::new() },
        )
        .await?;
    let locale = Locale::parse(ctx.language.tag())?;
    app.create_operator(
        by,
        NewOperator { brand_id: created.id, name, username: username.clone(), role: Role::Admin, locale },
    )
    .await?;
    Profile { database_url: url.to_string(), operator: username.clone(), demo: false }.save()?;
    println!(
        "{}",
        ctx.guide_line(SetupConsole::SetUpDone {
            brand: &created.name,
            username: &username,
            url: &linkstar_store::redact(url)
        })
    );
    if interactive {
        save_tokens(ctx)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Asks for the bot tokens not yet configured and appends the given ones to the default
/// settings file, which only its owner may read.
fn save_tokens(ctx: &Context) -> anyhow::Result<()> {
    let mut lines = String::new();
    for (bot, key, set) in [
        ("Telegram", "telegram_token", ctx.settings.telegram_token.is_some()),
        ("Discord", "discord_token", ctx.settings.discord_token.is_some()),
    ] {
        if set {
            continue;
        }
        let token = ask(ctx, SetupConsole::AskToken { bot }, None)?;
        if !token.is_empty() {
            // A JSON string is a valid TOML basic string: quotes and backslashes escaped.
            lines.push_str(&format!("{key} = {}\n", serde_json::to_string(&token)?));
        }
    }
    if lines.is_empty() {
        return Ok(());
    }
    let path = config::default_config_file().context("no settings directory for this user")?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let existing = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    config::write_private(&path, &format!("{existing}{lines}"))?;
    println!("{}", ctx.guide_line(SetupConsole::TokensSaved { path: &path.display().to_string() }));
    Ok(())
}

/// Before the dashboard opens: on a database nobody has set up, runs the guided set-up
/// on a terminal, or prints the commands to run and answers `Some(exit code)` off one.
pub async fn first_run(ctx: &Context) -> anyhow::Result<Option<ExitCode>> {
    let url = ctx.database_url()?;
    if ctx.profile().is_some_and(|p| p.demo && p.database_url == url) {
        // The demo is active: the dashboard opens on it as its operator.
        return Ok(None);
    }
    let missing = linkstar_store::sqlite_file(&url).is_some_and(|p| !p.exists());
    if !missing {
        let (store, _) = ctx.open().await?;
        if store.brand_count().await? > 0 {
            return Ok(None);
        }
    }
    if !on_terminal() {
        // Nothing is created off a terminal: the commands printed do that.
        eprintln!("{}", ctx.guide(&url));
        return Ok(Some(ExitCode::from(2)));
    }
    let (store, app) = ctx.open_creating().await?;
    match run(ctx, &url, &store, &app, InitArgs::default()).await? {
        code if code == ExitCode::SUCCESS => Ok(None),
        code => Ok(Some(code)),
    }
}
