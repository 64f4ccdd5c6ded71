//! LinkStar's operator dashboard: the whole pipeline in a terminal, over SSH.
//!
//! Shape (after gitui and atuin): views draw themselves from their own state and answer
//! [`keymap::Command`]s with action values; the [`Dashboard`] turns actions into
//! [`request::Request`]s and never does IO; the event loop ([`run`]) runs requests on
//! background tasks through a [`request::Worker`] (reads through the dashboard read port,
//! writes only through `App` operations) and feeds results back. The keymap is data a
//! user can override, the clock is injected, and every text comes from Fluent.

pub mod ask;
pub mod dashboard;
pub mod draft_file;
pub mod forms;
pub mod harness;
pub mod input;
pub mod keymap;
mod modal;
pub mod overlay;
pub mod picture;
pub mod request;
pub mod run;
pub mod theme;
pub mod views;

pub use dashboard::Dashboard;
pub use harness::Harness;
pub use keymap::{Command, Keymap};
pub use request::{Request, Worker};
pub use theme::Theme;
