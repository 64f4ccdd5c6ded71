//! Test-only helpers: fresh databases on both backends, a small seeded world, and a
//! fake Telegram Bot API server. Only ever a dev-dependency.

pub mod db;
pub mod discord;
pub mod pool;
pub mod telegram;
pub mod world;
pub mod youtube;

pub use db::{TestDb, backends};
pub use telegram::FakeTelegram;
pub use world::World;
pub use youtube::FakeYouTube;
