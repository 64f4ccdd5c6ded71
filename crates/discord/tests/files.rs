//! Draft attachments: a file larger than Discord declared is stopped at the limit while
//! it downloads (by its announced length, or by counting a stream without one), is
//! answered with the limit and leaves nothing in the blob store; an attachment no step
//! waits for is never downloaded.

mod support;

use serde_json::{Value, json};

use linkstar_core::checks::{FileLimits, FileProblem};
use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Language, Line};
use linkstar_testkit::discord::{FakeDiscord, Posted};
use linkstar_testkit::world::terms;
use support::{Act, DiscordWords, Harness, WAIT};

const ANA: u64 = 700_000_000_000_000_061;
const BEA: u64 = 700_000_000_000_000_062;
const CAI: u64 = 700_000_000_000_000_063;
const MAX: u64 = 1_000_000;

/// An attachment as Discord describes it in a message, claiming `size` bytes.
fn attachment(fake: &FakeDiscord, name: &str, size: u64, url: &str) -> Value {
    json!({"id": fake.next_id().to_string(), "filename": name, "size": size, "url": url, "proxy_url": url,
        "content_type": "video/mp4"})
}

/// Sends a DM with `attachment` and returns the answer.
async fn dm_file(h: &Harness, user: u64, attachment: Value) -> Posted {
    let seen = h.fake.posted_to(user).len();
    h.fake.dm_with(user, "Mein Entwurf #publi", &[attachment]);
    let posted = h.fake.wait_posted(user, seen + 1, WAIT).await;
    assert!(posted.len() > seen, "no answer");
    posted[seen].clone()
}

/// Links `user` in `locale` and accepts the offer, so the deal waits for a draft.
async fn contracted(h: &Harness, user: u64, creator: linkstar_core::ids::CreatorId, locale: &str) {
    let (db, w) = (&h.db, &h.w);
    let offer = db.app.make_offer(w.manager, w.campaign, creator, terms(Platform::TikTok)).await.expect("offer");
    h.ask(user, locale, &Act::link(offer.token.expose())).await;
    h.outbox_drained().await;
    let card = h.fake.posted_to(user).into_iter().find(|p| !p.buttons.is_empty()).expect("the invite card");
    let accept = card.buttons.iter().find(|(_, id)| id.starts_with("acc:")).expect("accept").1.clone();
    h.ask(user, locale, &Act::Press(accept)).await;
    assert_eq!(h.stage(offer.deal_id).await, Stage::Contracted);
    h.outbox_drained().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_larger_than_declared_is_stopped_at_the_limit_and_not_kept() {
    let h = Harness::start_with(FileLimits { max_bytes: MAX, ..FileLimits::default() }).await;
    let (fake, w, words) = (&h.fake, &h.w, &h.words);
    contracted(&h, ANA, w.ana, "de").await;
    contracted(&h, BEA, w.bea, "en-US").await;
    let events = h.events().await;
    let huge = vec![7u8; 3_000_000];

    // /draft claiming 9 bytes; the download announces 3 MB and is refused before a byte.
    let url = fake.attachment("lying.mp4", huge.clone());
    let answer = h.ask(ANA, "de", &Act::draft(fake, "lying.mp4", 9, "video/mp4", &url)).await;
    let too_large = FileProblem::TooLarge { size_bytes: 3_000_000, max_bytes: MAX };
    assert_eq!(answer.content, words.file_check(&too_large, Language::DeDe));
    assert_eq!(fake.downloads(), vec!["lying.mp4".to_string()]);

    // A DM attachment claiming 9 bytes, streamed without a length: counted while it
    // arrives and stopped past the limit; answered in English with the limit.
    let url = fake.attachment_streamed("stream.mp4", huge);
    let answer = dm_file(&h, BEA, attachment(fake, "stream.mp4", 9, &url)).await;
    let over_the_limit = (MAX + 1..=3_000_000).step_by(50_000).chain([3_000_000]).any(|size| {
        answer.content == words.file_check(&FileProblem::TooLarge { size_bytes: size, max_bytes: MAX }, Language::EnUs)
    });
    assert!(over_the_limit, "{answer:?}");
    assert!(answer.content.contains(" 1 MiB"), "the limit is named: {answer:?}");

    // Nothing of either file was kept, and nothing changed.
    assert_eq!(h.blob_files(), Vec::<std::path::PathBuf>::new());
    assert_eq!(h.events().await, events);

    // A file as large as declared and within the limit is taken.
    let url = fake.attachment("cut.mp4", b"final cut".to_vec());
    let answer = dm_file(&h, ANA, attachment(fake, "cut.mp4", 9, &url)).await;
    let received = words.said(Line::DraftReceived { campaign: "Glow Launch", version: 1 }, Language::DeDe);
    assert!(answer.content.starts_with(&received), "{answer:?}");
    assert_eq!(h.blob_files().len(), 1);
    assert_eq!(fake.problems(), Vec::<String>::new());
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_attachment_nothing_waits_for_is_never_downloaded() {
    let h = Harness::start().await;
    let (fake, db, w, words) = (&h.fake, &h.db, &h.w, &h.words);

    // Not linked: answered, not fetched. (The first interaction told the bot French.)
    h.ask(CAI, "fr", &Act::Slash("help", json!([]), json!({}))).await;
    let url = fake.attachment("early.mp4", b"too early".to_vec());
    let answer = dm_file(&h, CAI, attachment(fake, "early.mp4", 9, &url)).await;
    assert_eq!(answer.content, words.said(Line::NotLinked, Language::FrFr));

    // Linked, but the offer is not accepted yet: no deal waits for a draft.
    let offer = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
    h.ask(ANA, "de", &Act::link(offer.token.expose())).await;
    h.outbox_drained().await;
    let answer = h.ask(ANA, "de", &Act::draft(fake, "early.mp4", 9, "video/mp4", &url)).await;
    assert_eq!(answer.content, words.said(Line::NothingExpected, Language::DeDe));
    let answer = dm_file(&h, ANA, attachment(fake, "early.mp4", 9, &url)).await;
    assert_eq!(answer.content, words.said(Line::NothingExpected, Language::DeDe));

    assert_eq!(fake.downloads(), Vec::<String>::new(), "nothing nobody asked for is fetched");
    assert_eq!(h.blob_files(), Vec::<std::path::PathBuf>::new());
    assert_eq!(h.stage(offer.deal_id).await, Stage::Offered);
    assert_eq!(fake.problems(), Vec::<String>::new());
    h.stop().await;
}
