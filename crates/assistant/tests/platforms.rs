//! Each platform's texts name that platform's commands: Telegram's /status and /help,
//! Discord's /deals, /help, /link and /draft under their names in the reader's language.

mod common;

use std::sync::Arc;

use common::chat;
use linkstar_app::ChatStore;
use linkstar_assistant::{Assistant, Inbound, Input};
use linkstar_core::checks::FileLimits;
use linkstar_core::place::{ChatAccount, ChatPlatform};
use linkstar_i18n::Localizer;
use linkstar_testkit::TestDb;

const DC: ChatPlatform = ChatPlatform::Discord;
const TG: ChatPlatform = ChatPlatform::Telegram;

#[tokio::test]
async fn discord_help_lists_discords_commands_and_never_status() {
    for (code, want) in [
        (
            "id",
            "Baca penawaran untuk Glow Lumen dan brief-nya, lalu jawab dengan tombol di bawah penawaran.\n\nPerintah:\n/kesepakatan — Kesepakatan, tenggat, dan pembayaranmu\n/draf — Kirim draf untuk ditinjau\n/postingan — Kirim tautan postingan yang sudah terbit\n/tautkan — Hubungkan chat ini dengan undangan LinkStar kamu\n/bahasa — Ganti bahasa\n/bantuan — Apa yang perlu dilakukan selanjutnya",
        ),
        (
            "vi",
            "Hãy đọc lời mời hợp tác cho Glow Lumen và brief, rồi trả lời bằng các nút bên dưới lời mời.\n\nCác lệnh:\n/thỏa_thuận — Thỏa thuận, hạn chót và khoản thanh toán của bạn\n/bản_nháp — Gửi bản nháp để duyệt\n/bài_đăng — Gửi liên kết bài đã đăng\n/liên_kết — Kết nối cuộc trò chuyện này với lời mời LinkStar của bạn\n/ngôn_ngữ — Đổi ngôn ngữ\n/trợ_giúp — Việc cần làm tiếp theo",
        ),
        (
            "en",
            "Read the offer for Glow Lumen and the brief, then answer with the buttons under the offer.\n\nCommands:\n/deals — Your deals, deadlines and payments\n/draft — Send a draft for review\n/post — Submit the link to your published post\n/link — Connect this chat to your LinkStar invite\n/language — Change the language\n/help — What to do next",
        ),
    ] {
        let c = chat(code, DC).await;
        let help = c.say("/help").await;
        assert_eq!(help, want);
        assert!(!help.contains("/status"));
    }
}

#[tokio::test]
async fn lines_naming_a_command_name_the_platforms_own() {
    for (code, tg, dc) in [
        (
            "id",
            [
                "Saya tidak mengenal perintah itu. Kirim /help untuk melihat apa yang bisa saya bantu.",
                "Tombol itu sudah tidak berlaku. Kirim /status untuk melihat perkembangannya.",
                "Kirim draf untuk Glow Lumen sebagai file, foto, atau video, dengan caption di pesan yang sama.",
            ],
            [
                "Saya tidak mengenal perintah itu. Kirim /bantuan untuk melihat apa yang bisa saya bantu.",
                "Tombol itu sudah tidak berlaku. Kirim /kesepakatan untuk melihat perkembangannya.",
                "Kirim draf untuk Glow Lumen dengan /draf: lampirkan berkasnya dan tambahkan caption kamu.",
            ],
        ),
        (
            "vi",
            [
                "Mình không biết lệnh này. Gửi /help để xem mình có thể giúp gì.",
                "Nút này không còn hiệu lực. Gửi /status để xem tình hình hiện tại.",
                "Hãy gửi bản nháp cho Glow Lumen dưới dạng tệp, ảnh hoặc video, kèm chú thích trong cùng tin nhắn.",
            ],
            [
                "Mình không biết lệnh này. Gửi /trợ_giúp để xem mình có thể giúp gì.",
                "Nút này không còn hiệu lực. Gửi /thỏa_thuận để xem tình hình hiện tại.",
                "Hãy gửi bản nháp cho Glow Lumen bằng /bản_nháp: đính kèm tệp và thêm chú thích của bạn.",
            ],
        ),
        (
            "en",
            [
                "I don't know that command. Send /help to see what I can do.",
                "That button is no longer valid. Send /status to see where things stand.",
                "Please send your draft for Glow Lumen as a file, photo or video, with your caption in the same message.",
            ],
            [
                "I don't know that command. Send /help to see what I can do.",
                "That button is no longer valid. Send /deals to see where things stand.",
                "Please send your draft for Glow Lumen with /draft: attach the file and add your caption.",
            ],
        ),
    ] {
        for (platform, want) in [(TG, tg), (DC, dc)] {
            let c = chat(code, platform).await;
            assert_eq!(c.say("/dance").await, want[0]);
            assert_eq!(c.say_input(Input::Button("nope:1".into())).await, want[1]);
            c.accept().await;
            assert_eq!(c.say("selesai").await, want[2]);
        }
    }
}

#[tokio::test]
async fn an_unlinked_discord_chat_is_told_to_use_link() {
    let db = TestDb::sqlite().await;
    let words = Arc::new(Localizer::new().expect("messages"));
    let chats: Arc<dyn ChatStore> = db.store.clone();
    let a = Assistant::new(db.app.clone(), chats, words.clone(), FileLimits::default());
    for (code, platform, welcome, not_linked) in [
        (
            "id",
            DC,
            "Halo! Saya asisten untuk kolaborasi kamu dengan brand. Untuk mulai, kirim /tautkan dengan kode dari undangan yang dikirim brand kepadamu.",
            "Chat ini belum terhubung ke undangan. Silakan kirim /tautkan dengan kode dari undangan yang dikirim brand kepadamu.",
        ),
        (
            "id",
            TG,
            "Halo! Saya asisten untuk kolaborasi kamu dengan brand. Untuk mulai, buka tautan undangan yang dikirim brand kepadamu.",
            "Chat ini belum terhubung ke undangan. Silakan buka tautan undangan yang dikirim brand kepadamu.",
        ),
        (
            "vi",
            DC,
            "Xin chào! Mình là trợ lý cho các hợp tác của bạn với nhãn hàng. Để bắt đầu, hãy gửi /liên_kết kèm mã trong lời mời mà nhãn hàng đã gửi cho bạn.",
            "Cuộc trò chuyện này chưa được kết nối với lời mời nào. Hãy gửi /liên_kết kèm mã trong lời mời mà nhãn hàng đã gửi cho bạn.",
        ),
        (
            "en",
            DC,
            "Hello! I'm the assistant for your brand collaborations. To get started, send /link with the code from the invite the brand sent you.",
            "This chat isn't connected to an invite yet. Please send /link with the code from the invite the brand sent you.",
        ),
    ] {
        let chat = ChatAccount { platform, external_id: format!("{code}-{}", platform.as_str()) };
        let send = |input| Inbound { chat: chat.clone(), update_id: None, language_code: Some(code.into()), input };
        let out = a.handle(send(Input::from_text("/start"))).await.expect("handled");
        assert_eq!(out.replies[0].text, welcome);
        let out = a.handle(send(Input::from_text("halo"))).await.expect("handled");
        assert_eq!(out.replies[0].text, not_linked);
    }
}
