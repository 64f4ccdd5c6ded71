//! What creators hand in during the demo: captions, draft files, post links, chat
//! accounts, and the metrics their posts collect.

use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use linkstar_app::port::MetricsSnapshot;
use linkstar_core::campaign::{Compliance, ContentFormat};
use linkstar_core::checks::{FileFacts, disclosure_tags_for};
use linkstar_core::content::{DraftKind, DraftUpload};
use linkstar_core::creator::SocialAccount;
use linkstar_core::ids::CreatorId;
use linkstar_core::metrics::Figures;
use linkstar_core::money::Money;
use linkstar_core::place::{ChatAccount, ChatPlatform, Country, Platform};

/// The chat account a creator talks to the assistant from: Telegram for most, Discord
/// for every third; the id is unique per creator.
pub(crate) fn chat(creator: CreatorId) -> ChatAccount {
    let n = u64::try_from(creator.0).unwrap_or(0);
    if n % 3 == 0 {
        ChatAccount {
            platform: ChatPlatform::Discord,
            external_id: (1_090_000_000_000_000_000 + n * 7_919_113).to_string(),
        }
    } else {
        ChatAccount { platform: ChatPlatform::Telegram, external_id: (5_100_000_000 + n * 104_729).to_string() }
    }
}

/// A caption opening in the creator's language.
fn hook(language: &str, product: &str) -> String {
    match language {
        "es" => format!("Mi rutina de mañana con {product} ✨ ¡la textura es increíble!"),
        "pt" => format!("Minha rotina da manhã com {product} ✨ a textura é perfeita!"),
        "id" => format!("Rutinitas pagiku pakai {product} ☀️ ringan banget di kulit!"),
        "th" => format!("รูทีนตอนเช้ากับ {product} ☀️ เนื้อบางเบามาก"),
        "vi" => format!("Chu trình buổi sáng với {product} ☀️ thấm nhanh, không bết!"),
        "ja" => format!("毎日のメイクに {product} 💄 発色がきれい！"),
        "zh" => format!("今日妆容用了 {product} 💄 颜色太好看了！"),
        "de" => format!("Meine Morgenroutine mit {product} ✨ die Textur ist so leicht!"),
        "fr" => format!("Ma routine du matin avec {product} ✨ la texture est parfaite !"),
        _ => format!("My morning routine with {product} ✨ obsessed with the texture!"),
    }
}

/// A caption with the campaign's hashtags and mentions and, when `disclosed`, the
/// market's first disclosure tag.
pub(crate) fn caption(
    language: &str,
    product: &str,
    compliance: &Compliance,
    country: Country,
    disclosed: bool,
) -> String {
    let mut parts = vec![hook(language, product)];
    if disclosed {
        parts.extend(disclosure_tags_for(country, compliance).into_iter().take(1));
    }
    parts.extend(compliance.required_hashtags.iter().cloned());
    parts.extend(compliance.required_mentions.iter().map(|m| format!("@{m}")));
    parts.push("#skincare #beautytok".into());
    parts.join(" ")
}

/// A draft of `format`: a phone video or photos; a first draft that still needs work
/// is now and then only a text script.
pub(crate) fn draft(rng: &mut StdRng, format: ContentFormat, script: bool, caption: String) -> DraftUpload {
    let sha256 = format!("{:032x}{:032x}", rng.random::<u128>(), rng.random::<u128>());
    let file = |name: String, mime: &str, size_bytes: u64| {
        Some(FileFacts { name, mime: mime.into(), size_bytes, sha256: sha256.clone() })
    };
    match format {
        ContentFormat::Image => {
            let heic = rng.random_bool(0.4);
            let (ext, mime) = if heic { ("HEIC", "image/heic") } else { ("jpg", "image/jpeg") };
            let name = format!("IMG_{}.{ext}", rng.random_range(1000..9999));
            DraftUpload {
                kind: DraftKind::Photo,
                caption,
                file: file(name, mime, rng.random_range(1_800_000..7_500_000)),
            }
        }
        _ if script && rng.random_bool(0.4) => DraftUpload { kind: DraftKind::Text, caption, file: None },
        _ => {
            let (name, mime) = if rng.random_bool(0.5) {
                (format!("IMG_{}.MOV", rng.random_range(1000..9999)), "video/quicktime")
            } else {
                (format!("draft_{}_final.mp4", rng.random_range(1..40)), "video/mp4")
            };
            let size = rng.random_range(9_000_000..180_000_000);
            DraftUpload { kind: DraftKind::Video, caption, file: file(name, mime, size) }
        }
    }
}

/// Notes for a change request: the missing disclosure first, else a content note.
pub(crate) fn change_notes(rng: &mut StdRng, missing_tag: Option<&str>) -> String {
    if let Some(tag) = missing_tag {
        return format!("Please add {tag} at the start of the caption; it is required in your market.");
    }
    let notes = [
        "Show the texture close-up in the first 3 seconds, please.",
        "Please mention that it is fragrance-free and vegan.",
        "The music is not cleared for ads; please swap it for a track from the commercial library.",
        "Hold the bottle so the label faces the camera at the end.",
        "Lovely! Could you film it in daylight so the shade reads true?",
    ];
    notes.choose(rng).copied().unwrap_or(notes[0]).to_string()
}

fn post_id(rng: &mut StdRng, len: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    (0..len).map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())])).collect()
}

/// The live post's link on the creator's own account, in the shapes people share.
pub(crate) fn post_url(rng: &mut StdRng, account: &SocialAccount, format: ContentFormat) -> String {
    let handle = account.handle.as_str();
    match (account.platform, format) {
        (Platform::TikTok, _) => {
            let id = rng.random_range(7_400_000_000_000_000_000u64..7_490_000_000_000_000_000);
            format!("https://www.tiktok.com/@{handle}/video/{id}?is_from_webapp=1")
        }
        (Platform::Instagram, ContentFormat::Story) => {
            format!(
                "https://www.instagram.com/stories/{handle}/{}/",
                rng.random_range(3_400_000_000_000_000_000u64..3_500_000_000_000_000_000)
            )
        }
        (Platform::Instagram, ContentFormat::Image) => {
            format!("https://www.instagram.com/{handle}/p/{}/?igsh={}", post_id(rng, 11), post_id(rng, 8))
        }
        (Platform::Instagram, _) => format!("https://www.instagram.com/{handle}/reel/{}/", post_id(rng, 11)),
        (Platform::YouTube, ContentFormat::Video) if rng.random_bool(0.3) => {
            format!("https://youtu.be/{}?si={}", post_id(rng, 11), post_id(rng, 8))
        }
        (Platform::YouTube, _) => format!("https://www.youtube.com/@{handle}/shorts/{}", post_id(rng, 11)),
    }
}

/// Cumulative metrics of a post `day` days after it went live. The post's reach and
/// rates come from `post_seed`, so later snapshots only grow. `order_value` is the
/// average order in the deal's currency.
pub(crate) fn metrics(account: &SocialAccount, day: u32, order_value: Money, post_seed: u64) -> MetricsSnapshot {
    let mut rng = StdRng::seed_from_u64(post_seed);
    let reach = match account.platform {
        Platform::TikTok => rng.random_range(0.4..1.8),
        Platform::Instagram => rng.random_range(0.15..0.6),
        Platform::YouTube => rng.random_range(0.3..0.9),
    };
    let share = match day {
        0..=1 => 0.55,
        2..=3 => 0.8,
        4..=7 => 0.93,
        _ => 1.0,
    };
    let views = (account.followers.max(500) as f64 * reach * share) as i64;
    let er = f64::from(account.engagement_bp) / 10_000.0;
    let likes = (views as f64 * er * rng.random_range(0.7..1.1)) as i64;
    let clicks = (views as f64 * rng.random_range(0.003..0.012)) as i64;
    let conversions = (clicks as f64 * rng.random_range(0.015..0.06)) as i64;
    // Field order is the order the generator draws in: the demo stays the same.
    let figures = Figures {
        views,
        likes,
        comments: likes / rng.random_range(25..60),
        shares: likes / rng.random_range(12..30),
        saves: likes / rng.random_range(8..20),
        clicks,
        conversions,
        revenue_minor: conversions * order_value.minor,
    };
    MetricsSnapshot { at: None, figures, source: "manual".into() }
}
