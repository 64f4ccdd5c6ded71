//! The post link of an approved deal: held to the platform's real link shapes first,
//! confirmed with the creator when it comes before the publish window opens, then
//! submitted through the `App`.

use linkstar_app::StoreError;
use linkstar_core::checks::{LinkProblem, check_link_shape, check_post_link};
use linkstar_core::deal::Deal;
use linkstar_i18n::{Label, Line};

use crate::engine::Turn;
use crate::input::{Action, Button, Outcome, Reply};
use crate::state::Dialog;

/// Whether text is meant as a link (and so is judged as one): one word with a scheme,
/// `www.` or a platform's domain in it.
pub(crate) fn looks_like_link(text: &str) -> bool {
    let t = text.trim().to_ascii_lowercase();
    !t.is_empty()
        && !t.contains(char::is_whitespace)
        && (t.contains("://")
            || t.starts_with("www.")
            || ["tiktok.com", "instagram.com", "instagr.am", "youtube.com", "youtu.be"].iter().any(|d| t.contains(d)))
}

impl Turn<'_> {
    /// A link while deals in `approved` wait for theirs.
    pub(crate) async fn post_link(&mut self, approved: &[&Deal], text: &str) -> Result<Outcome, StoreError> {
        let platform = match check_link_shape(text) {
            Ok(parsed) => Some(parsed.platform),
            // Another site: the deal's check names the platforms it publishes on.
            Err(LinkProblem::WrongPlatform { .. }) => None,
            Err(problem) => return self.refused(linkstar_core::DomainError::PostLink(problem).into()),
        };
        let Some(deal) = approved
            .iter()
            .find(|d| platform.is_some_and(|p| d.terms.deliverables.iter().any(|x| x.platform == p)))
            .or(approved.last())
        else {
            return Ok(self.say(Line::NothingExpected));
        };
        let opens = deal.terms.publish_window.opens;
        let Some(me) = self.creator() else { return Ok(self.say(Line::NotLinked)) };
        if self.a.app.clock().now() < opens {
            // Checked now, so the creator confirms a link that would be taken.
            let platforms: Vec<_> = deal.terms.deliverables.iter().map(|d| d.platform).collect();
            if let Err(problem) = check_post_link(text, &platforms, &me.profile, false) {
                return self.refused(linkstar_core::DomainError::PostLink(problem).into());
            }
            let zone = me.profile.time_zone.clone();
            let campaign = self.campaign_name(deal).await?;
            let words = &self.a.words;
            let button =
                |label, action: Action| Button { label: words.label(label, self.language), data: action.encode() };
            let buttons = vec![vec![
                button(Label::ButtonPostLive, Action::PostLive(deal.id)),
                button(Label::ButtonCancel, Action::Cancel),
            ]];
            self.dialog = Dialog::ConfirmingPost { deal: deal.id, url: text.trim().to_string() };
            let text = self.line(Line::PostEarly { campaign: &campaign, opens, zone: &zone });
            return Ok(Outcome::say(Reply { text, buttons }));
        }
        self.submit_post(deal, text).await
    }

    /// Submits the post link of `deal`.
    pub(crate) async fn submit_post(&mut self, deal: &Deal, url: &str) -> Result<Outcome, StoreError> {
        match self.a.app.submit_post(self.chat, deal.id, url).await {
            Ok(_) => {
                let campaign = self.campaign_name(deal).await?;
                Ok(self.say(Line::PostReceived { campaign: &campaign }))
            }
            Err(e) => self.refused(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::looks_like_link;

    #[test]
    fn what_is_meant_as_a_link() {
        for link in ["https://x.example/a", "ftp://tiktok.com/@a", "www.tiktok.com/@a", "vm.tiktok.com/ZM1/"] {
            assert!(looks_like_link(link), "{link}");
        }
        for text in ["", "tiktok dot com / sari.dewi", "thanks!", "600"] {
            assert!(!looks_like_link(text), "{text}");
        }
    }
}
