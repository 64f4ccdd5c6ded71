//! The bot on a gateway that goes away: asked to reconnect (op 7) it resumes; when the
//! connection drops, an interaction dispatched meanwhile is replayed on resume and
//! answered once; a refused resume (op 9) makes it identify again and carry on.

mod support;

use serde_json::json;

use linkstar_i18n::{HelpTopic, Language, Line};
use support::{Act, DiscordWords, Harness, WAIT};

const CAI: u64 = 700_000_000_000_000_031;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bot_resumes_and_misses_nothing() {
    let h = Harness::start().await;
    let fake = &h.fake;
    let help = h.words.said(Line::Help { topic: HelpTopic::NotLinked, campaign: "" }, Language::FrFr);
    let ask_help = Act::Slash("help", json!([]), json!({}));

    // Op 7: the bot reconnects and resumes the session, and still answers.
    fake.ask_reconnect();
    assert!(fake.wait_until(WAIT, |f| f.resumed() == 1).await, "no resume after op 7");
    assert_eq!(h.ask(CAI, "fr", &ask_help).await.content, help);

    // The connection drops; an interaction arrives before the bot is back. It is
    // replayed on resume and answered, once.
    fake.drop_connections();
    let before = fake.posted_to(CAI).len();
    fake.slash_command(CAI, "fr", "help", json!([]), json!({}));
    assert!(fake.wait_until(WAIT, |f| f.resumed() == 2).await, "no resume after the drop");
    let posted = fake.wait_posted(CAI, before + 1, WAIT).await;
    assert_eq!(posted.get(before).map(|p| p.content.as_str()), Some(help.as_str()), "{posted:#?}");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(fake.posted_to(CAI).len(), before + 1, "answered once");

    // A resume refused with op 9: the bot identifies again and answers in the new session.
    fake.refuse_next_resume();
    fake.ask_reconnect();
    assert!(fake.wait_until(WAIT, |f| f.identified().len() == 2).await, "no new identify after op 9");
    assert_eq!(fake.resumed(), 2);
    assert_eq!(h.ask(CAI, "fr", &ask_help).await.content, help);
    assert_eq!(fake.problems(), Vec::<String>::new());
    h.stop().await;
}
