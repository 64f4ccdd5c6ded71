//! Every answer right (issue 14), in Indonesian, Vietnamese and English: what the
//! assistant says while an offer waits, to a re-sent invite, to Accept pressed twice, to a
//! deal that is not there, and in the fee dialogue. Refused input changes nothing: the
//! audit log and the deal's stage stay as they were.

mod common;

use common::{chat, labels};
use linkstar_assistant::Input;
use linkstar_core::place::ChatPlatform;
use linkstar_core::stage::Stage;

const TG: ChatPlatform = ChatPlatform::Telegram;

fn offer_buttons(code: &str) -> Vec<Vec<String>> {
    let rows: [[&str; 2]; 2] = match code {
        "id" => [["Terima", "Tolak"], ["Ajukan fee", "Baca brief lengkap"]],
        "vi" => [["Chấp nhận", "Từ chối"], ["Đề xuất thù lao", "Đọc toàn bộ brief"]],
        _ => [["Accept", "Decline"], ["Propose a fee", "Read the full brief"]],
    };
    rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect()
}

#[tokio::test]
async fn text_while_an_offer_waits_asks_for_an_answer_with_the_buttons_again() {
    for (code, want) in [
        (
            "id",
            "Penawaran untuk Glow Lumen sedang menunggu jawabanmu: terima, tolak, atau ajukan fee lain dengan tombol di bawah ini.",
        ),
        (
            "vi",
            "Lời mời hợp tác cho Glow Lumen đang chờ bạn trả lời: chấp nhận, từ chối hoặc đề xuất mức thù lao khác bằng các nút bên dưới.",
        ),
        (
            "en",
            "Your offer for Glow Lumen is waiting for your answer: accept it, decline it or propose another fee with the buttons below.",
        ),
    ] {
        let c = chat(code, TG).await;
        let before = c.audit().await;
        let out = c.send(Input::from_text("halo, ini Sari")).await;
        assert_eq!(out.replies[0].text, want);
        assert_eq!(labels(&out.replies[0].buttons), offer_buttons(code));
        assert_eq!((c.audit().await, c.stage().await), (before, Stage::Offered));
    }
}

#[tokio::test]
async fn re_sending_the_own_used_invite_says_you_are_connected_and_what_is_next() {
    for (code, want) in [
        (
            "id",
            "Kamu sudah terhubung: chat ini sudah tertaut ke undanganmu untuk Glow Lumen, jadi tautan itu tidak perlu dibuka lagi.\n\nBaca penawaran untuk Glow Lumen dan brief-nya, lalu jawab dengan tombol di bawah penawaran.",
        ),
        (
            "vi",
            "Bạn đã được kết nối rồi: cuộc trò chuyện này đã liên kết với lời mời của bạn cho Glow Lumen, nên không cần dùng lại đường link đó.\n\nHãy đọc lời mời hợp tác cho Glow Lumen và brief, rồi trả lời bằng các nút bên dưới lời mời.",
        ),
        (
            "en",
            "You're already connected: this chat is linked to your invite for Glow Lumen, so there is nothing more to do with that link.\n\nRead the offer for Glow Lumen and the brief, then answer with the buttons under the offer.",
        ),
    ] {
        let c = chat(code, TG).await;
        let before = c.audit().await;
        let out = c.send(Input::Command { name: "start".into(), argument: c.token.clone() }).await;
        assert_eq!(out.replies[0].text, want);
        assert_eq!(labels(&out.replies[0].buttons), offer_buttons(code));
        assert_eq!((c.audit().await, c.stage().await), (before, Stage::Offered));

        // Someone else's used invite keeps the warning.
        let other =
            c.db.app
                .make_offer(
                    c.world.manager,
                    c.world.campaign,
                    c.world.ana,
                    linkstar_testkit::world::terms(linkstar_core::place::Platform::TikTok),
                )
                .await
                .expect("offer");
        let ana = linkstar_core::place::ChatAccount { platform: TG, external_id: "ana".into() };
        c.db.app.link_chat(&ana, other.token.expose()).await.expect("ana links");
        let before = c.audit().await;
        let refused = c.say(&format!("/start {}", other.token.expose())).await;
        assert_eq!(refused, c.words.error("token-used", linkstar_i18n::Language::matching(code).expect("language")));
        assert_eq!(c.audit().await, before);
    }
}

#[tokio::test]
async fn accept_pressed_again_says_when_it_was_accepted() {
    for (code, want) in [
        (
            "id",
            "Kamu sudah menerima penawaran untuk Glow Lumen pada 25 Nov 2026, 10.30 GMT+7.\n\nKirim draf untuk Glow Lumen di sini: video, foto, atau dokumen, dengan caption di pesan yang sama.",
        ),
        (
            "vi",
            "Bạn đã chấp nhận lời mời cho Glow Lumen vào 10:30 GMT+7 25 thg 11, 2026.\n\nGửi bản nháp cho Glow Lumen tại đây: video, ảnh hoặc tài liệu, kèm chú thích trong cùng tin nhắn.",
        ),
        (
            "en",
            "You already accepted the offer for Glow Lumen on Nov 25, 2026, 10:30\u{202f}AM GMT+7.\n\nSend your draft for Glow Lumen here: a video, photo or document, with the caption in the same message.",
        ),
    ] {
        let c = chat(code, TG).await;
        c.db.clock.set("2026-11-25T03:30:00.000250Z".parse().expect("instant"));
        assert_eq!(c.stage().await, Stage::Offered);
        let first = c.accept().await;
        assert!(first.close_buttons);
        assert_eq!(c.stage().await, Stage::Contracted);
        c.db.clock.set("2026-11-26T10:00:00Z".parse().expect("instant"));
        let before = c.audit().await;
        let again = c.accept().await;
        assert_eq!(again.replies[0].text, want);
        assert!(again.close_buttons);
        assert_eq!((c.audit().await, c.stage().await), (before, Stage::Contracted));
    }
}

#[tokio::test]
async fn a_deal_that_is_not_there_and_someone_elses_get_the_same_neutral_answer() {
    for (code, want) in [
        ("id", "Kolaborasi itu tidak tersedia di chat ini. Kirim /status untuk melihat kolaborasimu."),
        ("vi", "Hợp tác này không có trong cuộc trò chuyện này. Gửi /status để xem các hợp tác của bạn."),
        ("en", "That collaboration isn't available in this chat. Send /status to see yours."),
    ] {
        let c = chat(code, TG).await;
        let other =
            c.db.app
                .make_offer(
                    c.world.manager,
                    c.world.campaign,
                    c.world.ana,
                    linkstar_testkit::world::terms(linkstar_core::place::Platform::TikTok),
                )
                .await
                .expect("offer");
        let before = c.audit().await;
        let hash = "0123456789abcdef";
        for data in [
            format!("acc:{}:{hash}", other.deal_id),
            format!("acc:999999:{hash}"),
            "dec:999999".into(),
            format!("fee:{}", other.deal_id),
        ] {
            let out = c.send(Input::Button(data.clone())).await;
            assert_eq!(out.replies[0].text, want, "{data}");
        }
        assert_eq!((c.audit().await, c.stage().await), (before, Stage::Offered));
    }
}

#[tokio::test]
async fn a_fee_with_another_currency_is_refused_with_the_reason_and_fee_entry_stays() {
    for (code, ask, wrong, unreadable, cancel, sent) in [
        (
            "id",
            "Berapa fee yang ingin kamu ajukan untuk Glow Lumen? Kirim jumlahnya dalam EUR, misalnya 500.00. Untuk membiarkan penawaran seperti semula, ketuk Batal.",
            "Fee harus dalam EUR, mata uang kesepakatan ini, bukan USD. Kirim jumlahnya dalam EUR, misalnya 500.00, atau ketuk Batal.",
            "Saya tidak bisa membaca itu sebagai jumlah. Kirim angkanya saja, misalnya 500.00. Atau ketuk Batal.",
            "Batal",
            "Terima kasih! Ajuan €350,00 sudah saya kirim ke brand. Saya kabari begitu mereka menjawab.",
        ),
        (
            "vi",
            "Bạn muốn đề xuất mức thù lao bao nhiêu cho Glow Lumen? Gửi số tiền bằng EUR, ví dụ 500.00. Nếu muốn giữ nguyên lời mời, hãy bấm Hủy.",
            "Thù lao phải tính bằng EUR, đơn vị tiền tệ của hợp tác này, không phải USD. Hãy gửi số tiền bằng EUR, ví dụ 500.00, hoặc bấm Hủy.",
            "Mình không đọc được số tiền này. Bạn chỉ cần gửi con số, ví dụ 500.00. Hoặc bấm Hủy.",
            "Hủy",
            "Cảm ơn bạn! Mình đã gửi đề xuất 350,00\u{a0}€ của bạn cho nhãn hàng và sẽ báo ngay khi họ trả lời.",
        ),
        (
            "en",
            "What fee would you like to propose for Glow Lumen? Send the amount in EUR, for example 500.00. To keep the offer as it is, tap Cancel.",
            "The fee must be in EUR, the deal's currency, not USD. Please send the amount in EUR, for example 500.00, or tap Cancel.",
            "I couldn't read that as an amount. Please send just the number, for example 500.00, or tap Cancel.",
            "Cancel",
            "Thank you! I've sent your proposal of €350.00 to the brand. I'll tell you as soon as they answer.",
        ),
    ] {
        let c = chat(code, TG).await;
        let asked = c.send(Input::Button(format!("fee:{}", c.deal))).await;
        assert!(asked.awaiting_fee);
        assert_eq!(asked.replies[0].text, ask);
        assert_eq!(labels(&asked.replies[0].buttons), [[cancel]]);
        let before = c.audit().await;
        for (typed, want) in [("350 USD", wrong), ("$350", wrong), ("banyak", unreadable)] {
            let out = c.send(Input::from_text(typed)).await;
            assert_eq!(out.replies[0].text, want, "{typed}");
            assert_eq!(labels(&out.replies[0].buttons), [[cancel]], "{typed}");
            assert_eq!((c.audit().await, c.stage().await), (before, Stage::Offered), "{typed}");
        }
        // Still in fee entry: the next amount is the proposal.
        assert_eq!(c.say("350").await, sent);
        assert_eq!(c.stage().await, Stage::Negotiating);
    }
}

#[tokio::test]
async fn fee_entry_can_be_cancelled_and_the_offer_stands() {
    for (code, cancelled, nothing) in [
        (
            "id",
            "Baik, tidak ada fee baru yang diajukan. Penawaran untuk Glow Lumen tetap seperti semula: jawab dengan tombol di bawah ini.",
            "Saat ini tidak ada yang perlu dibatalkan.",
        ),
        (
            "vi",
            "Được rồi, không có đề xuất thù lao mới. Lời mời cho Glow Lumen vẫn giữ nguyên: hãy trả lời bằng các nút bên dưới.",
            "Hiện không có gì để hủy.",
        ),
        (
            "en",
            "OK, no new fee proposed. The offer for Glow Lumen stands as it is: answer it with the buttons below.",
            "There is nothing to cancel right now.",
        ),
    ] {
        let c = chat(code, TG).await;
        let before = c.audit().await;
        // The Cancel button, then /cancel: both leave fee entry.
        for how in [Input::Button("cancel:-".into()), Input::from_text("/cancel")] {
            let asked = c.send(Input::Button(format!("fee:{}", c.deal))).await;
            assert_eq!(asked.replies[0].buttons[0][0].data, "cancel:-");
            let out = c.send(how).await;
            assert_eq!(out.replies[0].text, cancelled);
            assert_eq!(labels(&out.replies[0].buttons), offer_buttons(code));
            // A number now is no fee: the offer waits for an answer.
            let after = c.send(Input::from_text("350")).await;
            assert_eq!(labels(&after.replies[0].buttons), offer_buttons(code));
            assert_ne!(after.replies[0].text, cancelled);
        }
        assert_eq!(c.say("/cancel").await, nothing);
        assert_eq!((c.audit().await, c.stage().await), (before, Stage::Offered));
    }
}

#[tokio::test]
async fn the_offer_card_states_the_answer_deadline_once() {
    for (code, due) in [
        ("id", "1 Des 2026, 19.00 GMT+7"),
        ("vi", "19:00 GMT+7 1 thg 12, 2026"),
        ("en", "Dec 1, 2026, 7:00\u{202f}PM GMT+7"),
    ] {
        let c = chat(code, TG).await;
        let me =
            linkstar_app::ChatStore::find_creator_by_id(&*c.db.store, c.creator).await.expect("read").expect("creator");
        let terms = linkstar_testkit::world::terms(linkstar_core::place::Platform::TikTok);
        let notice = linkstar_core::message::Notice::Invite {
            deal: c.deal,
            campaign: "Glow Lumen".into(),
            product: "Glow Serum".into(),
            fee: terms.fee,
            respond_by: terms.respond_by,
        };
        let reply = c.assistant.render_notice(&me, &c.chat, &notice).await.expect("render");
        assert_eq!(reply.text.matches(due).count(), 1, "{}", reply.text);
        assert_eq!(labels(&reply.buttons), offer_buttons(code));
    }
}

#[tokio::test]
async fn a_declined_counter_comes_with_the_standing_offer_to_answer() {
    for code in ["en", "vi"] {
        let c = chat(code, TG).await;
        let me =
            linkstar_app::ChatStore::find_creator_by_id(&*c.db.store, c.creator).await.expect("read").expect("creator");
        let terms = linkstar_testkit::world::terms(linkstar_core::place::Platform::TikTok);
        let notice = linkstar_core::message::Notice::CounterDeclined {
            deal: c.deal,
            campaign: "Glow Lumen".into(),
            fee: terms.fee,
            due: terms.respond_by,
            note: "Budget is fixed".into(),
        };
        let reply = c.assistant.render_notice(&me, &c.chat, &notice).await.expect("render");
        assert!(reply.text.contains("Budget is fixed"), "{}", reply.text);
        assert_eq!(labels(&reply.buttons), offer_buttons(code), "the creator can answer the offer right there");
    }
}

#[tokio::test]
async fn a_file_not_fetched_while_nothing_waited_is_asked_for_again_not_stored() {
    for code in ["id", "vi"] {
        let c = chat(code, TG).await;
        c.accept().await;
        let before = c.audit().await;
        // The frontend saw nothing waiting and did not fetch it: no content hash.
        let unfetched = Input::File(linkstar_assistant::Upload {
            kind: linkstar_core::content::DraftKind::Video,
            facts: linkstar_core::checks::FileFacts {
                name: "cut.mp4".into(),
                mime: "video/mp4".into(),
                size_bytes: 1_000,
                sha256: String::new(),
            },
            caption: "#GlowLumen".into(),
        });
        let answer = c.say_input(unfetched).await;
        let platform = ChatPlatform::Telegram;
        let language = linkstar_i18n::Language::matching(code).expect("language");
        let expect = c.words.say_on(linkstar_i18n::Line::ExpectFile { campaign: "Glow Lumen" }, language, platform);
        assert_eq!(answer, expect);
        assert_eq!((c.audit().await, c.stage().await), (before, Stage::Contracted));
    }
}
