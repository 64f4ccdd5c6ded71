//! The creator assistant: one conversation engine for every chat platform, and the
//! delivery worker that sends outbox messages to creators' chats.
//!
//! Frontends (the Telegram adapter today, Discord later) translate platform updates into
//! an [`Inbound`] — a command, text, a file with its caption, or a button press from a
//! chat account — and turn the [`Outcome`]'s [`Reply`]s back into platform messages.
//! Everything in between lives here: linking a chat with an invite token, the offer card
//! and its buttons, the counter-offer dialogue, drafts (asking which deal when several
//! wait), post links, `/status`, `/help` and `/language`. Every state change goes through
//! an [`App`](linkstar_app::App) operation; every word comes from Fluent in the
//! creator's language. The dialogue state is stored per chat in the database, so a
//! restart forgets nothing, and each platform update id is recorded before it is
//! handled, so a redelivered update changes nothing twice.
//!
//! [`delivery::Delivery`] is the worker: it claims due outbox rows under a lease,
//! renders each in the recipient's language at send time, sends it through the
//! platform's [`delivery::Sender`] within the platform's rate limits, and marks it sent.

pub mod blobs;
pub mod delivery;
pub mod digest;
mod engine;
mod flows;
mod input;
mod posts;
pub mod scheduler;
mod state;
mod views;

pub use blobs::{BlobError, BlobStore};
pub use engine::Assistant;
pub use input::{Button, Inbound, Input, Outcome, Reply, Upload};
pub use views::CommandMenu;
