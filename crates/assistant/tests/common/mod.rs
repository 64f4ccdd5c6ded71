//! A creator in a chat with the assistant, on a fresh database: Sari (Indonesia,
//! TikTok `@sari.dewi`) or Minh (Vietnam, TikTok `@minh.anh`), invited to "Glow Lumen",
//! a campaign requiring `#GlowLumen`, and linked through `/start TOKEN` as a creator does.

#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use linkstar_app::{ChatStore, Store};
use linkstar_assistant::{Assistant, Button, Inbound, Input, Outcome, Upload};
use linkstar_core::campaign::Compliance;
use linkstar_core::checks::{FileFacts, FileLimits};
use linkstar_core::content::DraftKind;
use linkstar_core::ids::{CreatorId, DealId, EventId};
use linkstar_core::place::{ChatAccount, ChatPlatform, Platform};
use linkstar_core::stage::Stage;
use linkstar_i18n::Localizer;
use linkstar_testkit::world::{campaign_spec, creator, terms};
use linkstar_testkit::{TestDb, World};

/// One creator's chat with the assistant.
pub struct Chat {
    pub db: TestDb,
    pub words: Arc<Localizer>,
    pub assistant: Assistant,
    pub world: World,
    pub creator: CreatorId,
    pub chat: ChatAccount,
    pub deal: DealId,
    pub token: String,
    code: &'static str,
    update: AtomicU64,
}

/// Draft files may be at most 5 MiB here.
pub const LIMIT: u64 = 5 * 1024 * 1024;

/// The chat of the creator speaking `code` (`id`, `vi` or `en`) on `platform`, linked to
/// a fresh offer. On PostgreSQL when `LINKSTAR_TEST_POSTGRES_URL` is set (the answers do
/// not depend on the backend; the reads they make must work on both), else on SQLite.
pub async fn chat(code: &'static str, platform: ChatPlatform) -> Chat {
    let db = match TestDb::postgres().await {
        Some(pg) => pg,
        None => TestDb::sqlite().await,
    };
    let world = World::seed(&db.app).await;
    let profile = match code {
        "vi" => creator("Nguyen Minh Anh", Platform::TikTok, "@minh.anh", "VN", "vi", "Asia/Ho_Chi_Minh"),
        _ => creator("Sari Dewi", Platform::TikTok, "@sari.dewi", "ID", "id", "Asia/Jakarta"),
    };
    let report = db.app.import_creators(world.admin, vec![(4, profile)]).await.expect("creator");
    let creator = report.imported[0];
    let mut spec = campaign_spec("Glow Lumen");
    spec.compliance = Compliance { required_hashtags: vec!["#GlowLumen".into()], ..Compliance::default() };
    let campaign = db.app.create_campaign(world.manager, world.brand, spec).await.expect("campaign");
    let invite = db.app.make_offer(world.manager, campaign, creator, terms(Platform::TikTok)).await.expect("offer");
    let words = Arc::new(Localizer::new().expect("messages"));
    let chats: Arc<dyn ChatStore> = db.store.clone();
    let limits = FileLimits { max_bytes: LIMIT, ..FileLimits::default() };
    let assistant = Assistant::new(db.app.clone(), chats, words.clone(), limits);
    let chat = ChatAccount { platform, external_id: format!("{code}-1") };
    let token = invite.token.expose().to_string();
    let c = Chat {
        db,
        words,
        assistant,
        world,
        creator,
        chat,
        deal: invite.deal_id,
        token: token.clone(),
        code,
        update: AtomicU64::new(0),
    };
    c.send(Input::Command { name: "start".into(), argument: token }).await;
    c
}

impl Chat {
    /// Sends one update and returns the answer.
    pub async fn send(&self, input: Input) -> Outcome {
        let n = self.update.fetch_add(1, Ordering::SeqCst);
        let inbound = Inbound {
            chat: self.chat.clone(),
            update_id: Some(n.to_string()),
            language_code: Some(self.code.into()),
            input,
        };
        self.assistant.handle(inbound).await.expect("handled")
    }

    /// Sends text as a message, and returns the first reply's text.
    pub async fn say(&self, text: &str) -> String {
        self.send(Input::from_text(text)).await.replies[0].text.clone()
    }

    /// Sends any input, and returns the first reply's text.
    pub async fn say_input(&self, input: Input) -> String {
        self.send(input).await.replies[0].text.clone()
    }

    /// Audit events so far: a refused input adds none.
    pub async fn audit(&self) -> usize {
        self.db.store.audit_events(EventId(0), 100_000).await.expect("audit").len()
    }

    /// The deal's stage now.
    pub async fn stage(&self) -> Stage {
        ChatStore::find_deal(&*self.db.store, self.deal).await.expect("deal").expect("exists").stage
    }

    /// Accepts the offer through its button.
    pub async fn accept(&self) -> Outcome {
        let fingerprint = terms(Platform::TikTok).fingerprint().0;
        self.send(Input::Button(format!("acc:{}:{}", self.deal, &fingerprint[..16]))).await
    }

    /// Accepts, sends a draft with `#GlowLumen`, and has the brand approve it.
    pub async fn approved(&self) {
        self.accept().await;
        self.send(file("cut.mp4", "video/mp4", 1_000, "#GlowLumen #ad")).await;
        self.db.app.approve_draft(self.world.reviewer, self.deal, "").await.expect("approve");
        assert_eq!(self.stage().await, Stage::Approved);
    }
}

/// A file upload with its caption.
pub fn file(name: &str, mime: &str, size_bytes: u64, caption: &str) -> Input {
    Input::File(Upload {
        kind: DraftKind::Video,
        facts: FileFacts { name: name.into(), mime: mime.into(), size_bytes, sha256: "ab".repeat(32) },
        caption: caption.into(),
    })
}

/// The labels of a reply's buttons, row by row.
pub fn labels(buttons: &[Vec<Button>]) -> Vec<Vec<String>> {
    buttons.iter().map(|row| row.iter().map(|b| b.label.clone()).collect()).collect()
}
