//! `linkstar config show`: every setting's effective value and where it came from.
//! Secrets show only whether they are set; a database URL loses its password.

use std::process::ExitCode;

use clap::Subcommand;
use figment::Figment;
use figment::providers::{Format, Toml};
use linkstar_i18n::SetupConsole;

use super::Context;
use super::status::with_source;
use crate::config::Source;

/// Settings commands.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// The effective settings, each with where it came from (secrets redacted).
    Show,
}

/// Settings whose values are never printed.
const SECRETS: &[&str] = &["telegram_token", "discord_token", "youtube_api_key"];

/// Runs a settings command.
pub async fn run(ctx: &Context, cmd: ConfigCommand) -> anyhow::Result<ExitCode> {
    let ConfigCommand::Show = cmd;
    let file = ctx.config_file().map(|f| (f.to_path_buf(), Figment::from(Toml::file(f))));
    let database = ctx.database()?;
    let operator = ctx.operator_choice()?;
    let serde_json::Value::Object(values) = serde_json::to_value(&ctx.settings)? else {
        anyhow::bail!("the settings are not a table");
    };
    for (key, value) in values {
        // The two values the command line can override are shown as resolved.
        let (shown, source) = match key.as_str() {
            "database_url" => (Some(linkstar_store::redact(&database.url)), Some(database.source.clone())),
            "operator" => match &operator {
                Some((name, source)) => (Some(name.clone()), Some(source.clone())),
                None => (None, None),
            },
            _ => {
                let shown = match &value {
                    v if unset(v) => None,
                    _ if SECRETS.contains(&key.as_str()) => Some("<redacted>".to_string()),
                    serde_json::Value::String(s) => Some(s.clone()),
                    other => Some(other.to_string()),
                };
                let env = format!("LINKSTAR_{}", key.to_uppercase());
                let source = if std::env::var_os(&env).is_some() {
                    Some(Source::Environment(env))
                } else {
                    file.as_ref()
                        .filter(|(_, f)| f.find_value(&key).is_ok())
                        .map(|(path, _)| Source::File(path.clone()))
                };
                (shown, source)
            }
        };
        let line = match (&shown, &source) {
            (Some(value), Some(source)) => with_source(source, |source| {
                ctx.guide_line(SetupConsole::ConfigValue { key: &key, value, source: Some(source) })
            }),
            (Some(value), None) => ctx.guide_line(SetupConsole::ConfigValue { key: &key, value, source: None }),
            (None, _) => ctx.guide_line(SetupConsole::ConfigUnset { key: &key }),
        };
        println!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Whether a value holds nothing: null, or a table of nothing (`[alerts]` unset).
fn unset(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::Null => true,
        serde_json::Value::Object(o) => o.values().all(unset),
        _ => false,
    }
}
