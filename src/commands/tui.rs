//! `linkstar tui` (and bare `linkstar`, and `linkstar demo`): the operator dashboard.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;

use linkstar_app::dashboard::DashboardReads;
use linkstar_app::{App, Clock, SystemClock};
use linkstar_assistant::BlobStore;
use linkstar_store::SqlStore;
use linkstar_tui::draft_file::DraftFiles;
use linkstar_tui::{Dashboard, Keymap, Theme, Worker};

use super::Context;

/// Opens the dashboard on the configured database.
pub async fn run(ctx: &Context) -> anyhow::Result<ExitCode> {
    let (store, _) = ctx.open().await?;
    open(ctx, store, Arc::new(SystemClock)).await
}

/// Opens the dashboard on an open store, acting as the configured operator, with
/// `clock` as "now" for the dashboard and its operations.
pub async fn open(ctx: &Context, store: Arc<SqlStore>, clock: Arc<dyn Clock>) -> anyhow::Result<ExitCode> {
    let app = App::new(store.clone(), clock.clone());
    let operator = ctx.operator(store.as_ref()).await?;
    let loc = std::rc::Rc::new(linkstar_i18n::Localizer::new().context("loading the messages")?);
    let lang = linkstar_i18n::operator_language(ctx.settings.language.as_deref());
    let (keys, refused) = Keymap::with_overrides(&ctx.settings.keys);
    for r in refused {
        tracing::warn!(setting = %r, "ignoring a [keys] setting: unknown command or key");
    }
    let zone = ctx.zone()?;
    tracing::info!(operator = %operator.username, language = lang.tag(), "dashboard opening");
    let dashboard = Dashboard::new(loc, lang, keys, Theme::from_env(), clock, operator.clone(), zone);
    let reads: Arc<dyn DashboardReads> = store;
    let blob_dir = &ctx.settings.blob_dir;
    let blobs = BlobStore::new(blob_dir).with_context(|| format!("opening the blob store {}", blob_dir.display()))?;
    let worker = Worker::new(app, reads, operator).with_files(Arc::new(Blobs(blobs)));
    linkstar_tui::run::run_terminal(dashboard, worker).await?;
    Ok(ExitCode::SUCCESS)
}

/// The blob store as the dashboard reads it: a draft's SHA-256 to the path of its bytes.
struct Blobs(BlobStore);

impl DraftFiles for Blobs {
    fn locate(&self, sha256: &str) -> std::path::PathBuf {
        self.0.path(sha256)
    }
}
