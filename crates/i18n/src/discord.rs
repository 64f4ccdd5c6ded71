//! The few words only the Discord bot says: Discord lets people press buttons on a
//! message someone else got in a server, and edit messages they already sent.

use i18n_embed_fl::fl;

use crate::{Language, Localizer, clean};

/// A line the Discord bot says about Discord itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiscordLine {
    /// Someone pressed a button under a message meant for another person.
    NotYourButton,
    /// An edited message that is not the answer a step waits for.
    EditNotTaken,
}

impl Localizer {
    /// A line of the Discord bot, in `language`.
    pub fn discord(&self, line: DiscordLine, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match line {
            DiscordLine::NotYourButton => fl!(l, "discord-not-your-button"),
            DiscordLine::EditNotTaken => fl!(l, "discord-edit-not-taken"),
        })
    }
}
