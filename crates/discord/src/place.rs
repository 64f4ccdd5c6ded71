//! Where an interaction happened, and whose a message's buttons are.
//!
//! The creator's DM with the bot is private: only they and the bot are in it. Anywhere
//! else (a server channel, a group DM) other people read along, so everything the bot
//! says there is ephemeral (only the presser sees it), and a button under a message is
//! pressed only by the person the message answered.

use serenity::all::{
    ChannelType, GuildId, InteractionContext, Message, MessageInteractionMetadata, PartialChannel, UserId,
};

/// Where an interaction came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The user's DM with the bot: nobody else reads it.
    BotDm,
    /// A server channel or a group DM: others read it.
    Shared,
}

impl Place {
    /// The place of an interaction from its guild and Discord's `context`. Anything not
    /// plainly the bot's DM (an unknown context too) counts as shared.
    pub fn of(guild: Option<GuildId>, context: Option<InteractionContext>) -> Place {
        match (guild, context) {
            (None, None | Some(InteractionContext::BotDm)) => Place::BotDm,
            _ => Place::Shared,
        }
    }

    /// The place of a modal submit, which carries no `context`: its guild, else its
    /// channel's kind (the bot's DM is a private channel; a group DM is not).
    pub fn of_channel(guild: Option<GuildId>, channel: Option<&PartialChannel>) -> Place {
        match (guild, channel.map(|c| c.kind)) {
            (None, None | Some(ChannelType::Private)) => Place::BotDm,
            _ => Place::Shared,
        }
    }

    /// Whether answers must be ephemeral here.
    pub fn is_shared(self) -> bool {
        self == Place::Shared
    }
}

/// The user whose message `message` is, so only they may press its buttons: the user
/// whose interaction it answered, else — in the bot's DM, where only one person can
/// see it — the presser. A message in a shared place that answered no interaction
/// has no owner: nobody's presses are taken.
pub fn owner(message: &Message, place: Place, presser: UserId) -> Option<UserId> {
    let answered = message.interaction_metadata.as_deref().and_then(|m| match m {
        MessageInteractionMetadata::Command(c) => Some(c.user.id),
        MessageInteractionMetadata::Component(c) => Some(c.user.id),
        MessageInteractionMetadata::ModalSubmit(c) => Some(c.user.id),
        _ => None,
    });
    #[allow(deprecated)] // Older messages carry only the deprecated `interaction`.
    let answered = answered.or_else(|| message.interaction.as_ref().map(|i| i.user.id));
    match (answered, place) {
        (Some(user), _) => Some(user),
        (None, Place::BotDm) => Some(presser),
        (None, Place::Shared) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn message(metadata: Option<serde_json::Value>) -> Message {
        let mut m = json!({"id": "10", "channel_id": "11", "type": 0, "content": "",
            "author": {"id": "12", "username": "LinkStar", "discriminator": "0", "global_name": null,
                "avatar": null, "bot": true},
            "timestamp": "2026-11-24T08:00:00.000000+00:00", "edited_timestamp": null, "tts": false,
            "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
            "pinned": false});
        if let Some(meta) = metadata {
            m["interaction_metadata"] = meta;
        }
        serde_json::from_value(m).expect("message")
    }

    #[test]
    fn only_the_bots_own_dm_is_private() {
        assert_eq!(Place::of(None, None), Place::BotDm);
        assert_eq!(Place::of(None, Some(InteractionContext::BotDm)), Place::BotDm);
        assert_eq!(Place::of(None, Some(InteractionContext::PrivateChannel)), Place::Shared);
        assert_eq!(Place::of(Some(GuildId::new(5)), Some(InteractionContext::Guild)), Place::Shared);
        assert_eq!(Place::of(Some(GuildId::new(5)), None), Place::Shared);
        assert_eq!(Place::of(None, Some(InteractionContext::Unknown(9))), Place::Shared);
        let channel = |kind: u8| -> PartialChannel {
            serde_json::from_value(json!({"id": "40", "type": kind})).expect("channel")
        };
        assert_eq!(Place::of_channel(None, Some(&channel(1))), Place::BotDm);
        assert_eq!(Place::of_channel(None, Some(&channel(3))), Place::Shared);
        assert_eq!(Place::of_channel(Some(GuildId::new(5)), Some(&channel(0))), Place::Shared);
    }

    #[test]
    fn a_message_belongs_to_whom_it_answered() {
        let (ana, bea) = (UserId::new(21), UserId::new(22));
        let answered = message(Some(json!({"id": "30", "type": 2, "user": {"id": "21", "username": "ana",
            "discriminator": "0", "global_name": null, "avatar": null},
            "authorizing_integration_owners": {"0": "5"}})));
        assert_eq!(owner(&answered, Place::Shared, bea), Some(ana));
        assert_eq!(owner(&answered, Place::BotDm, bea), Some(ana));
        let posted = message(None);
        assert_eq!(owner(&posted, Place::BotDm, bea), Some(bea));
        assert_eq!(owner(&posted, Place::Shared, bea), None);
    }
}
