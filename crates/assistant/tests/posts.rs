//! Post links and draft files, in Indonesian, Vietnamese and English: links held to the
//! platforms' real shapes, short links refused with the way to the full link, an early
//! link confirmed first, text after approval answered as a bad post link; refused files
//! explained in words and binary units; a missing hashtag quoted as the brand wrote it.

mod common;

use common::{LIMIT, chat, file, labels};
use linkstar_app::Store;
use linkstar_assistant::Input;
use linkstar_core::place::ChatPlatform;
use linkstar_core::stage::Stage;

const TG: ChatPlatform = ChatPlatform::Telegram;
const LIVE: &str = "https://www.tiktok.com/@sari.dewi/video/7312345678901234567";

#[tokio::test]
async fn bad_post_links_are_refused_with_the_reason_and_change_nothing() {
    for (code, not_a_link, short, expected) in [
        (
            "id",
            "Itu sepertinya bukan tautan. Silakan kirim alamat lengkap postinganmu.",
            "Itu tautan pendek, yang tidak menunjukkan milik siapa postingannya. Buka postinganmu di aplikasi, ketuk Bagikan → Salin tautan, lalu kirim tautan lengkap itu (bentuknya seperti https://www.tiktok.com/@namamu/video/…).",
            "Saya menunggu tautan postinganmu yang sudah tayang untuk Glow Lumen. Kirim tautan lengkap dari Bagikan → Salin tautan di aplikasi, misalnya https://www.tiktok.com/@namamu/video/…",
        ),
        (
            "vi",
            "Đây có vẻ không phải là đường dẫn. Vui lòng gửi địa chỉ đầy đủ của bài đăng.",
            "Đây là link rút gọn, không cho biết bài đăng của ai. Hãy mở bài đăng trong ứng dụng, bấm Chia sẻ → Sao chép liên kết, rồi gửi cho mình đường link đầy đủ đó (có dạng https://www.tiktok.com/@tencuaban/video/…).",
            "Mình đang chờ đường link bài đăng đã lên của bạn cho Glow Lumen. Hãy gửi đường link đầy đủ từ Chia sẻ → Sao chép liên kết trong ứng dụng, ví dụ https://www.tiktok.com/@tencuaban/video/…",
        ),
        (
            "en",
            "That doesn't look like a link. Please send the full address of your post.",
            "That is a short link, which doesn't show whose post it is. Please open your post in the app, tap Share → Copy link, and send me that full link (it looks like https://www.tiktok.com/@yourname/video/…).",
            "I'm waiting for the link to your published post for Glow Lumen. Please send the full link from the app's Share → Copy link, for example https://www.tiktok.com/@yourname/video/…",
        ),
    ] {
        let c = chat(code, TG).await;
        c.approved().await;
        c.db.clock.set("2026-12-12T09:00:00.000125Z".parse().expect("instant"));
        let handle = if code == "vi" { "minh.anh" } else { "sari.dewi" };
        let wall = format!("https://www.tiktok.com/@{handle}/video/7312345678901234567?x={}", "a".repeat(5_000));
        let before = c.audit().await;
        for (text, want) in [
            (wall.as_str(), not_a_link),
            (&format!("https://www.tiktok.com/@{handle}/video/12345"), not_a_link),
            ("ftp://www.tiktok.com/@sari.dewi/video/7312345678901234567", not_a_link),
            ("https://vm.tiktok.com/ZMhAbC123/", short),
            ("vt.tiktok.com/ZSabc12/", short),
            ("tiktok dot com / sari.dewi", expected),
            ("sudah tayang!", expected),
        ] {
            assert_eq!(c.say(text).await, want, "{}", &text[..text.len().min(80)]);
        }
        assert_eq!((c.audit().await, c.stage().await), (before, Stage::Approved));
    }
}

#[tokio::test]
async fn an_early_link_is_confirmed_first() {
    for (code, early, cancelled, received, live, cancel) in [
        (
            "id",
            "Periode publikasi untuk Glow Lumen baru dibuka pada 10 Des 2026, 07.00 GMT+7. Apakah postinganmu sudah tayang? Ketuk \"Ya, sudah tayang\" untuk mengirim tautannya ke brand, atau Batal.",
            "Baik, tautan itu tidak saya catat. Kirim lagi setelah postinganmu tayang, mulai 10 Des 2026, 07.00 GMT+7.",
            "Terima kasih! Postinganmu untuk Glow Lumen sudah tercatat. Brand akan segera memverifikasinya.",
            "Ya, sudah tayang",
            "Batal",
        ),
        (
            "vi",
            "Thời gian đăng bài cho Glow Lumen chỉ bắt đầu từ 07:00 GMT+7 10 thg 12, 2026. Bài đăng của bạn đã lên chưa? Bấm \"Đúng, đã đăng\" để gửi đường link cho nhãn hàng, hoặc bấm Hủy.",
            "Được rồi, mình chưa ghi nhận đường link. Hãy gửi lại khi bài đăng đã lên, từ 07:00 GMT+7 10 thg 12, 2026.",
            "Cảm ơn bạn! Bài đăng cho Glow Lumen đã được ghi nhận. Nhãn hàng sẽ sớm xác minh.",
            "Đúng, đã đăng",
            "Hủy",
        ),
        (
            "en",
            "The publish window for Glow Lumen only opens on Dec 10, 2026, 7:00\u{202f}AM GMT+7. Is your post already live? Tap \"Yes, it's live\" to send the link to the brand, or Cancel.",
            "OK, I didn't record the link. Send it again once your post is live, from Dec 10, 2026, 7:00\u{202f}AM GMT+7.",
            "Thanks! Your post for Glow Lumen is recorded. The brand will verify it shortly.",
            "Yes, it's live",
            "Cancel",
        ),
    ] {
        let c = chat(code, TG).await;
        c.approved().await;
        let link = LIVE.replace("sari.dewi", if code == "vi" { "minh.anh" } else { "sari.dewi" });
        // Two weeks before the window opens on 10 December.
        c.db.clock.set("2026-11-26T09:00:00.000125Z".parse().expect("instant"));
        let before = c.audit().await;
        let asked = c.send(Input::from_text(&link)).await;
        assert_eq!(asked.replies[0].text, early);
        assert_eq!(labels(&asked.replies[0].buttons), [[live, cancel]]);
        let out = c.send(Input::Button(asked.replies[0].buttons[0][1].data.clone())).await;
        assert_eq!(out.replies[0].text, cancelled);
        assert_eq!((c.audit().await, c.stage().await), (before, Stage::Approved));

        let asked = c.send(Input::from_text(&link)).await;
        let out = c.send(Input::Button(asked.replies[0].buttons[0][0].data.clone())).await;
        assert_eq!(out.replies[0].text, received);
        assert!(out.close_buttons);
        assert_eq!(c.stage().await, Stage::Published);
    }
}

#[tokio::test]
async fn refused_files_are_explained_in_words_and_binary_units() {
    for (code, large, kind) in [
        (
            "id",
            "Berkas ini lebih besar dari batas 5 MiB. Kirim berkas yang lebih kecil, misalnya hasil ekspor yang lebih pendek atau beresolusi lebih rendah.",
            "Jenis berkas ini tidak diterima. Silakan kirim video, gambar, atau berkas PDF.",
        ),
        (
            "vi",
            "Tệp này lớn hơn giới hạn 5 MiB. Hãy gửi tệp nhỏ hơn, ví dụ bản xuất ngắn hơn hoặc độ phân giải thấp hơn.",
            "Loại tệp này không được chấp nhận. Vui lòng gửi video, hình ảnh hoặc tệp PDF.",
        ),
        (
            "en",
            "This file is larger than the 5 MiB limit. Please send a smaller file, for example a shorter or lower-resolution export.",
            "This file type isn't accepted. Please send videos, images, or PDF files.",
        ),
    ] {
        let c = chat(code, TG).await;
        c.accept().await;
        let before = c.audit().await;
        // Cut at the limit (a lower bound), unknown (u32::MAX from a platform), far over.
        for size in [LIMIT + 1, u64::from(u32::MAX), 10 * LIMIT] {
            let text = c.say_input(file("cut.mp4", "video/mp4", size, "#GlowLumen")).await;
            assert_eq!(text, large, "{size}");
            assert!(!text.contains("4,295") && !text.contains("4.295"));
        }
        assert_eq!(c.say_input(file("setup.exe", "application/x-msdownload", 10, "")).await, kind);
        assert_eq!((c.audit().await, c.stage().await), (before, Stage::Contracted));
        assert!(c.db.store.drafts(c.deal).await.expect("drafts").is_empty());
    }
}

#[tokio::test]
async fn a_missing_hashtag_is_quoted_as_the_brand_wrote_it() {
    for (code, want) in [
        ("id", "Caption kamu belum memuat hashtag #GlowLumen."),
        ("vi", "Chú thích của bạn còn thiếu hashtag #GlowLumen."),
        ("en", "Your caption is missing the hashtag #GlowLumen."),
    ] {
        let c = chat(code, TG).await;
        c.accept().await;
        let text = c.say_input(file("cut.mp4", "video/mp4", 1_000, "#iklan #ad #quangcao #glow")).await;
        assert!(text.contains(&format!("• {want}")), "{text}");
        assert_eq!(c.stage().await, Stage::InReview);
        // Matching ignores case: the brand's tag in any case passes.
        let c = chat(code, TG).await;
        c.accept().await;
        let text = c.say_input(file("cut.mp4", "video/mp4", 1_000, "#iklan #ad #quangcao #GLOWLUMEN")).await;
        assert!(!text.contains("#GlowLumen"), "{text}");
    }
}
