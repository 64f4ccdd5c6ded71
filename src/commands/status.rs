//! `linkstar status`: which database, operator, language and bots this run would use,
//! and where each choice came from. Secrets are never printed: a bot is only
//! "configured" or not, and a database URL loses its password.

use std::process::ExitCode;

use linkstar_i18n::{SetupConsole, SourceWords};
use linkstar_store::SqlStore;

use super::Context;
use crate::config::Source;

/// Prints the status. It reads the database but never creates or migrates it.
pub async fn run(ctx: &Context) -> anyhow::Result<ExitCode> {
    let database = ctx.database()?;
    let url = linkstar_store::redact(&database.url);
    with_source(&database.source, |source| {
        println!("{}", ctx.guide_line(SetupConsole::StatusDatabase { url: &url, source }));
    });
    let missing = linkstar_store::sqlite_file(&database.url).is_some_and(|p| !p.exists());
    if missing {
        println!("{}", ctx.guide_line(SetupConsole::StatusNoFile));
    }
    if let Some((name, source)) = ctx.operator_choice()? {
        with_source(&source, |source| {
            println!("{}", ctx.guide_line(SetupConsole::StatusOperator { name: &name, source }));
        });
        if !missing {
            let store = ctx.connect(&database.url).await?;
            brand_line(ctx, &store, &name).await?;
            store.close().await;
        }
    }
    let language_source = language_source(ctx);
    let language = ctx.localizer.language_name(ctx.language);
    with_source(&language_source, |source| {
        println!("{}", ctx.guide_line(SetupConsole::StatusLanguage { language: &language, source }));
    });
    for (bot, token) in [("Telegram", &ctx.settings.telegram_token), ("Discord", &ctx.settings.discord_token)] {
        let configured = token.as_ref().is_some_and(|t| !t.expose().is_empty());
        println!("{}", ctx.guide_line(SetupConsole::StatusBot { bot, configured }));
    }
    Ok(ExitCode::SUCCESS)
}

/// The operator's brand and role, when the operator exists in the database.
async fn brand_line(ctx: &Context, store: &SqlStore, name: &str) -> anyhow::Result<()> {
    use linkstar_app::Store;
    if let Some(operator) = store.operator_by_username(name).await?
        && let Some(brand) = store.brand_by_id(operator.brand_id).await?
    {
        println!("{}", ctx.guide_line(SetupConsole::StatusBrand { brand: &brand.name, role: operator.role.as_str() }));
    }
    Ok(())
}

/// Where the language came from: the `language` setting, else the first locale
/// variable that is set, else the default.
fn language_source(ctx: &Context) -> Source {
    if ctx.settings.language.is_some() {
        return match ctx.config_file() {
            Some(file) if std::env::var_os("LINKSTAR_LANGUAGE").is_none() => Source::File(file.to_path_buf()),
            _ => Source::Environment("LINKSTAR_LANGUAGE".into()),
        };
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find(|name| std::env::var(name).is_ok_and(|v| !v.is_empty()))
        .map_or(Source::Default, |name| Source::Environment(name.into()))
}

/// Calls `f` with the words for `source` (the paths borrowed for the call).
pub fn with_source<T>(source: &Source, f: impl FnOnce(SourceWords) -> T) -> T {
    match source {
        Source::Flag => f(SourceWords::Flag),
        Source::Environment(name) => f(SourceWords::Environment { name }),
        Source::File(path) => f(SourceWords::File { path: &path.display().to_string() }),
        Source::Profile(path) => f(SourceWords::Profile { path: &path.display().to_string() }),
        Source::OsUser => f(SourceWords::OsUser),
        Source::Default => f(SourceWords::Default),
    }
}
