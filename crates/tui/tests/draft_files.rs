//! The review pane's draft file on the demo data: facts and earlier versions at 80×24,
//! 120×40 and 200×50 in English, Chinese and Japanese; the picture in half-blocks from a
//! hand-made blob; saving a copy; a missing blob; the video notes hint.

mod common;

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use linkstar_app::dashboard::DashboardReads;
use linkstar_app::{Clock, ManualClock};
use linkstar_core::content::{Draft, DraftKind};
use linkstar_core::place::TimeZoneName;
use linkstar_i18n::{Language, Localizer, Ui};
use linkstar_tui::draft_file::DraftFiles;
use linkstar_tui::{Dashboard, Harness, Keymap, Theme, Worker};

use common::{Fixture, fixture, now, screen};

/// A blob folder laid out flat: `<dir>/<sha256>`.
struct Flat(PathBuf);

impl DraftFiles for Flat {
    fn locate(&self, sha256: &str) -> PathBuf {
        self.0.join(sha256)
    }
}

/// A harness whose worker reads draft files from `blobs`.
async fn harness(fx: &Fixture, lang: Language, width: u16, height: u16, blobs: &Path) -> Harness {
    let operator = fx.app.store().operator_by_username("admin").await.expect("read").expect("operator");
    let loc = Rc::new(Localizer::new().expect("messages"));
    let clock: Arc<dyn Clock> = Arc::new(ManualClock::new(now()));
    let zone = TimeZoneName::parse("UTC").expect("UTC");
    let dash = Dashboard::new(loc, lang, Keymap::default(), Theme::new(true), clock, operator.clone(), zone);
    let reads: Arc<dyn DashboardReads> = fx.store.clone();
    let worker = Worker::new(fx.app.clone(), reads, operator).with_files(Arc::new(Flat(blobs.to_path_buf())));
    Harness::start(dash, worker, width, height).await
}

/// The review queue's rows, in the dashboard's order, each with its drafts.
async fn queue(fx: &Fixture) -> Vec<Vec<Draft>> {
    let operator = fx.app.store().operator_by_username("admin").await.expect("read").expect("operator");
    let items = fx.store.review_queue(operator.brand_id, 0, 100).await.expect("queue");
    let mut rows = Vec::new();
    for item in items {
        rows.push(fx.app.store().drafts(item.summary.deal.id).await.expect("drafts"));
    }
    rows
}

/// Opens the review queue and moves to row `row`.
async fn select(h: &mut Harness, row: usize) {
    h.char('4').await;
    for _ in 0..row {
        h.code(KeyCode::Down).await;
    }
}

/// The first row whose drafts match `wanted`.
fn row_where(rows: &[Vec<Draft>], wanted: impl Fn(&[Draft]) -> bool) -> usize {
    rows.iter().position(|d| wanted(d)).expect("the demo has such a draft in review")
}

fn png() -> Vec<u8> {
    let image = image::RgbImage::from_fn(32, 24, |x, _| image::Rgb([(x * 8) as u8, 120, 200]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(image).write_to(&mut bytes, image::ImageFormat::Png).expect("encode");
    bytes.into_inner()
}

/// Makes the newest draft of queue row `row` a PNG photo whose bytes are in `blobs`, as
/// a creator's photo upload would be: the demo's review queue holds videos and scripts.
async fn photo_in_review(fx: &Fixture, rows: &[Vec<Draft>], row: usize, blobs: &Path) -> usize {
    let draft = rows[row].last().expect("a draft");
    let bytes = png();
    let sha = "ab".repeat(32);
    std::fs::write(blobs.join(&sha), &bytes).expect("hand-made blob");
    let file = format!(r#"{{"name":"IMG_4021.png","mime":"image/png","size_bytes":{},"sha256":"{sha}"}}"#, bytes.len());
    let sql = format!("UPDATE drafts SET kind = 'photo', file = '{file}' WHERE id = {}", draft.id);
    fx.store.execute_raw(&sql).await.expect("a photo draft");
    row
}

fn text(ui: Ui, lang: Language) -> String {
    Localizer::new().expect("messages").ui(ui, lang)
}

async fn pane_at(width: u16, height: u16, lang: Language, tag: &str) {
    let fx = fixture().await;
    let rows = queue(&fx).await;
    // A draft with earlier versions, so the versions and their notes are on screen.
    let row = row_where(&rows, |d| d.len() >= 2 && d.last().is_some_and(|l| l.upload.file.is_some()));
    let blobs = tempfile::tempdir().expect("tmp");
    let mut h = harness(&fx, lang, width, height, blobs.path()).await;
    select(&mut h, row).await;
    let shown = screen(&mut h);
    assert!(shown.contains(&text(Ui::EarlierVersions, lang)) || height < 30, "{shown}");
    insta::assert_snapshot!(format!("{tag}_review_file_{width}x{height}"), shown);
}

#[tokio::test]
async fn review_pane_in_english() {
    for (w, h) in [(80, 24), (120, 40), (200, 50)] {
        pane_at(w, h, Language::EnUs, "en").await;
    }
}

#[tokio::test]
async fn review_pane_in_chinese() {
    for (w, h) in [(80, 24), (120, 40), (200, 50)] {
        pane_at(w, h, Language::ZhCn, "zh").await;
    }
}

#[tokio::test]
async fn review_pane_in_japanese() {
    for (w, h) in [(80, 24), (120, 40), (200, 50)] {
        pane_at(w, h, Language::JaJp, "ja").await;
    }
}

#[tokio::test]
async fn earlier_versions_stand_beside_the_draft_at_120_columns_and_below_it_at_80() {
    let fx = fixture().await;
    let rows = queue(&fx).await;
    let row = row_where(&rows, |d| d.len() >= 2);
    let blobs = tempfile::tempdir().expect("tmp");
    let this = text(Ui::ThisVersion, Language::EnUs);
    let earlier = text(Ui::EarlierVersions, Language::EnUs);
    for (width, beside) in [(120, true), (80, false)] {
        let mut h = harness(&fx, Language::EnUs, width, 40, blobs.path()).await;
        select(&mut h, row).await;
        let shown = screen(&mut h);
        let line_of = |t: &str| shown.lines().position(|l| l.contains(t));
        let (a, b) = (line_of(&this).expect("this version"), line_of(&earlier).expect("earlier versions"));
        assert_eq!(a == b, beside, "at {width} columns:\n{shown}");
    }
}

#[tokio::test]
async fn a_photo_draft_is_shown_in_half_blocks_from_its_blob() {
    let fx = fixture().await;
    let rows = queue(&fx).await;
    let blobs = tempfile::tempdir().expect("tmp");
    let row = photo_in_review(&fx, &rows, 0, blobs.path()).await;
    let mut h = harness(&fx, Language::EnUs, 120, 40, blobs.path()).await;
    select(&mut h, row).await;
    assert!(!screen(&mut h).contains('▀'));
    h.char('i').await;
    let shown = screen(&mut h);
    assert!(shown.contains('▀'), "the picture is drawn:\n{shown}");
    assert!(shown.contains("32×24 px"), "its real size is among the facts:\n{shown}");
    insta::assert_snapshot!("en_review_picture_120x40", shown);
    // The same key puts the facts back.
    h.char('i').await;
    assert!(!screen(&mut h).contains('▀'));
}

#[tokio::test]
async fn a_missing_blob_is_said_and_nothing_breaks() {
    let fx = fixture().await;
    let rows = queue(&fx).await;
    let blobs = tempfile::tempdir().expect("tmp");
    let row = photo_in_review(&fx, &rows, 0, blobs.path()).await;
    std::fs::remove_file(blobs.path().join("ab".repeat(32))).expect("the blob goes missing");
    let mut h = harness(&fx, Language::EnUs, 120, 40, blobs.path()).await;
    select(&mut h, row).await;
    h.char('i').await;
    let shown = screen(&mut h);
    assert!(shown.contains(&text(Ui::FileMissing, Language::EnUs)[..30]), "{shown}");
    assert!(!shown.contains('▀'));
    h.char('s').await;
    h.press(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)).await;
    let target = tempfile::tempdir().expect("tmp");
    h.type_text(&target.path().display().to_string()).await;
    h.code(KeyCode::Enter).await;
    assert!(screen(&mut h).contains(&text(Ui::FileMissing, Language::EnUs)[..30]));
    assert_eq!(std::fs::read_dir(target.path()).expect("dir").count(), 0, "nothing was written");
}

#[tokio::test]
async fn saving_writes_the_exact_bytes_and_never_overwrites() {
    let fx = fixture().await;
    let rows = queue(&fx).await;
    let row = row_where(&rows, |d| d.last().is_some_and(|l| l.upload.file.is_some()));
    let facts = rows[row].last().and_then(|d| d.upload.file.clone()).expect("a file");
    let blobs = tempfile::tempdir().expect("tmp");
    let bytes: Vec<u8> = (0..70_000u32).map(|i| (i * 31 % 251) as u8).collect();
    std::fs::write(blobs.path().join(&facts.sha256), &bytes).expect("hand-made blob");
    let target = tempfile::tempdir().expect("tmp");
    std::fs::write(target.path().join(&facts.name), b"the operator's own file").expect("existing");
    let mut h = harness(&fx, Language::EnUs, 120, 40, blobs.path()).await;
    select(&mut h, row).await;
    for _ in 0..2 {
        h.char('s').await;
        assert!(screen(&mut h).contains(&text(Ui::SaveTo, Language::EnUs)));
        h.press(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)).await;
        h.type_text(&target.path().display().to_string()).await;
        h.code(KeyCode::Enter).await;
    }
    assert_eq!(std::fs::read(target.path().join(&facts.name)).expect("kept"), b"the operator's own file");
    let (stem, ext) = facts.name.rsplit_once('.').expect("an extension");
    for n in [2, 3] {
        let copy = target.path().join(format!("{stem} ({n}).{ext}"));
        assert_eq!(std::fs::read(&copy).expect("the copy"), bytes, "{}", copy.display());
    }
    let shown = screen(&mut h);
    assert!(shown.contains(&text(Ui::FileSaved, Language::EnUs)), "{shown}");
}

#[tokio::test]
async fn video_notes_take_several_timestamped_lines() {
    let fx = fixture().await;
    let rows = queue(&fx).await;
    let row = row_where(&rows, |d| d.last().is_some_and(|l| l.upload.kind == DraftKind::Video));
    let blobs = tempfile::tempdir().expect("tmp");
    let mut h = harness(&fx, Language::EnUs, 80, 24, blobs.path()).await;
    select(&mut h, row).await;
    h.char('r').await;
    h.type_text("0:12 show the label").await;
    h.code(KeyCode::Enter).await;
    h.type_text("0:30 say the price").await;
    let shown = screen(&mut h);
    assert!(shown.contains("0:12 show the label") && shown.contains("0:30 say the price"), "{shown}");
    assert!(shown.contains("0:12 show the label"), "{shown}");
    assert!(shown.contains("Ctrl-S"), "the submit key is shown:\n{shown}");
    assert!(shown.contains(&text(Ui::NotesVideoHint, Language::EnUs)[..20]), "{shown}");
    insta::assert_snapshot!("en_video_notes_80x24", shown);
}

#[tokio::test]
async fn over_ssh_the_open_key_says_why_it_is_unavailable() {
    let fx = fixture().await;
    let rows = queue(&fx).await;
    let row = row_where(&rows, |d| d.last().is_some_and(|l| l.upload.file.is_some()));
    let blobs = tempfile::tempdir().expect("tmp");
    let mut h = harness(&fx, Language::EnUs, 120, 40, blobs.path()).await;
    h.dash.for_terminal(ratatui_image::picker::Picker::halfblocks(), true);
    select(&mut h, row).await;
    let open = text(Ui::ActionOpenFile, Language::EnUs);
    assert!(!screen(&mut h).contains(&open), "the key is not offered over SSH");
    h.char('x').await;
    let shown = screen(&mut h);
    assert!(shown.contains(&text(Ui::OpenRemote, Language::EnUs)[..40]), "{shown}");
}
